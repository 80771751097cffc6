import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadFixture, withCoAttendedSummit } from './fixtures';
import { renderRoute } from './render';

const dataset = loadFixture('other-pair.json');

describe('overview', () => {
  it('shows headline figures computed from the data', async () => {
    renderRoute('/', dataset);
    expect(await screen.findByRole('heading', { level: 1, name: 'Freedonia and Sylvania: trade, summits and agreements' })).toBeInTheDocument();
    const trade = screen.getByRole('region', { name: 'Trade' });
    expect(within(trade).getByText('US$14bn')).toBeInTheDocument();
    expect(within(trade).getByText('+24.4% on 2022')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Leader meetings' })).getByText('3 meetings between 2021 and 2024')).toBeInTheDocument();
    const agreements = screen.getByRole('region', { name: 'Agreements' });
    expect(within(agreements).getByRole('link', { name: 'Agriculture' })).toHaveAttribute('href', '/agreements?sector=agriculture');
  });

  it('counts only meetings, and says how many co-attended summits it leaves out', async () => {
    renderRoute('/', withCoAttendedSummit(dataset));
    const meetings = await screen.findByRole('region', { name: 'Leader meetings' });
    expect(within(meetings).getByText('3 meetings between 2021 and 2024')).toBeInTheDocument();
    expect(within(meetings).getByText('Not counted: 1 summit both leaders attended without a confirmed meeting of their own')).toBeInTheDocument();
  });

  it('keeps the language and the year range in links to other views', async () => {
    renderRoute('/?lang=ru&from=2021&to=2023', dataset, 'ru');
    const nav = await screen.findByRole('navigation', { name: 'Основное' });
    expect(within(nav).getByRole('link', { name: 'Встречи' })).toHaveAttribute('href', '/summits?lang=ru&from=2021&to=2023');
    expect(screen.getByText('3 встречи с 2021 по 2024 год')).toBeInTheDocument();
  });

  it('shows the dataset title, update date and licence in the footer', async () => {
    renderRoute('/', dataset);
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent('Freedonia–Sylvania relations (synthetic test data)');
    expect(footer).toHaveTextContent('Updated 15 January 2026');
    expect(footer).toHaveTextContent('Licence: CC0 1.0');
  });
});

describe('navigation and addresses', () => {
  it('moves between views from the header', async () => {
    const { history } = renderRoute('/', dataset);
    await userEvent.click(await screen.findByRole('link', { name: 'Sources' }));
    await waitFor(() => expect(history.location.pathname).toBe('/sources'), { timeout: 5000 });
  });

  it('says which address values it ignored', async () => {
    renderRoute('/?theme=neon', dataset);
    const note = await screen.findByRole('note', { name: 'Ignored settings' });
    expect(note).toHaveTextContent('theme=neon: not a known value');
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderRoute('/nowhere', dataset);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});
