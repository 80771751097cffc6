import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { AppRouter } from '../../src/app/router';
import { expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { useUrlState } from '../../src/lib/use-url-state';

/** Renders `ui` inside the app's router at `address`; returns the history to inspect. */
function renderInRouter(ui: ReactNode, address = '/') {
  const history = createMemoryHistory({ initialEntries: [address], v5Compat: true });
  render(<AppRouter history={history}>{ui}</AppRouter>);
  return history;
}

function Filters() {
  const [params, update] = useUrlState();
  return (
    <>
      <output aria-label="query">{params.toString()}</output>
      <button
        type="button"
        onClick={() => {
          // Two changes before the router re-renders, as when two checkboxes are ticked in quick succession.
          update({ sector: ['energy'] });
          update({ status: 'signed' });
        }}
      >
        Apply
      </button>
    </>
  );
}

it('keeps both of two quick changes and the parameters already there', async () => {
  const history = renderInRouter(<Filters />, '/?lang=ru');
  await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
  expect(await screen.findByText('lang=ru&sector=energy&status=signed')).toBeInTheDocument();
  // Filter changes replace the history entry rather than adding one.
  expect(history.action).toBe('REPLACE');
});

it('hands out the same setter after the URL changes, and it still applies changes', async () => {
  const setters = new Set<unknown>();
  function Recorder() {
    const [params, update] = useUrlState();
    setters.add(update);
    return (
      <>
        <output aria-label="query">{params.toString()}</output>
        <button type="button" onClick={() => update({ q: `${params.get('q') ?? ''}a` })}>
          Type
        </button>
      </>
    );
  }
  renderInRouter(<Recorder />);
  await userEvent.click(screen.getByRole('button', { name: 'Type' }));
  expect(await screen.findByText('q=a')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Type' }));
  expect(await screen.findByText('q=aa')).toBeInTheDocument();
  expect(setters.size).toBe(1);
});

it('draws a change at once, inside the click; a change marked as a transition follows later', async () => {
  const seenRightAfter: string[] = [];
  function Probe() {
    const [params, update] = useUrlState();
    /** Applies a change, then notes what the page shows before the handler returns. */
    const change = (changes: Record<string, string | string[]>, transition: boolean) => {
      update(changes, { transition });
      seenRightAfter.push(document.querySelector('output')?.textContent ?? '');
    };
    return (
      <>
        <output aria-label="query">{params.toString()}</output>
        <button type="button" onClick={() => change({ sector: ['energy'] }, false)}>
          At once
        </button>
        <button type="button" onClick={() => change({ q: 'gas' }, true)}>
          Later
        </button>
      </>
    );
  }
  renderInRouter(<Probe />);
  await userEvent.click(screen.getByRole('button', { name: 'At once' }));
  await userEvent.click(screen.getByRole('button', { name: 'Later' }));
  expect(await screen.findByText('sector=energy&q=gas')).toBeInTheDocument();
  expect(seenRightAfter).toEqual(['sector=energy', 'sector=energy']);
});
