import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { AppRouter } from '../../src/app/router';
import { expect, it } from 'vitest';
import { useUrlState } from '../../src/lib/use-url-state';

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
  const history = createMemoryHistory({ initialEntries: ['/?lang=ru'], v5Compat: true });
  render(
    <AppRouter history={history}>
      <Filters />
    </AppRouter>,
  );
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
  render(
    <AppRouter history={createMemoryHistory({ v5Compat: true })}>
      <Recorder />
    </AppRouter>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Type' }));
  expect(await screen.findByText('q=a')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Type' }));
  expect(await screen.findByText('q=aa')).toBeInTheDocument();
  expect(setters.size).toBe(1);
});
