import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { agreementsDataset } from './agreements-fixture';
import { renderRoute } from './render';
import { prepareAgreements } from '../../src/features/agreements/lib/agreement-rows';
import { matchesAllTokens, searchTokens } from '../../src/lib/search-text';
import { ExportBar } from '../../src/features/agreements/components/export-bar';
import { I18nProvider } from '../../src/lib/use-translation';
import { testI18n } from './messages';

const dataset = agreementsDataset();

describe('the agreements page', () => {
  it('filters by sector and status with counts, writes the URL, and offers to clear an empty result', async () => {
    const user = userEvent.setup();
    const { history } = renderRoute('/agreements', dataset);
    expect(await screen.findByRole('heading', { level: 1, name: 'Agreements' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('6 of 6 agreements')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Energy (2)' }));
    expect(history.location.search).toBe('?sector=energy');
    expect(await screen.findByText('2 of 6 agreements')).toBeInTheDocument();
    // Status counts now follow the sector filter.
    expect(screen.getByRole('checkbox', { name: 'Contract (1)' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search titles and summaries' }), 'port');
    expect(await screen.findByText('No agreement matches these filters.')).toBeInTheDocument();
    const [clear] = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear!);
    await waitFor(() => expect(history.location.search).toBe(''));
    expect(screen.getByText('6 of 6 agreements')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue('');
  }, 30_000);

  it('keeps every typed letter in the box and the address, and shows a search the address brings', async () => {
    const user = userEvent.setup();
    const { history } = renderRoute('/agreements', dataset);
    const box = await screen.findByRole('searchbox', { name: 'Search titles and summaries' }, { timeout: 15_000 });
    await user.type(box, 'reacteur');
    expect(box).toHaveValue('reacteur');
    await waitFor(() => expect(history.location.search).toBe('?q=reacteur'));
    expect(await screen.findByText('1 of 6 agreements')).toBeInTheDocument();
    // The address changed from outside (a link, Back): the box and the table follow it.
    await act(() => history.push('/agreements?q=pipeline'));
    await waitFor(() => expect(box).toHaveValue('pipeline'));
    expect(await screen.findByText('1 of 6 agreements')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /pipeline/i })).toBeInTheDocument();
  }, 30_000);

  it('writes a search to the address once typing pauses, as one change, and at once when focus leaves the box', async () => {
    const user = userEvent.setup();
    const { history } = renderRoute('/agreements', dataset);
    const box = await screen.findByRole('searchbox', { name: 'Search titles and summaries' }, { timeout: 15_000 });
    const replace = vi.spyOn(history, 'replace');
    await user.type(box, 'reacteur');
    expect(screen.getByText('1 of 6 agreements')).toBeInTheDocument();
    await waitFor(() => expect(history.location.search).toBe('?q=reacteur'));
    expect(replace).toHaveBeenCalledTimes(1);

    await user.clear(box);
    await user.type(box, 'pipe');
    await user.tab();
    expect(history.location.search).toBe('?q=pipe');
    expect(replace).toHaveBeenCalledTimes(2);
  }, 30_000);

  it('shows the rows of a search keystroke by the time the key press has been handled', async () => {
    const { history } = renderRoute('/agreements', dataset);
    const box = await screen.findByRole<HTMLInputElement>('searchbox', { name: 'Search titles and summaries' }, { timeout: 15_000 });
    // Typed as the browser does it, outside act(), which would otherwise hold every update until
    // the end of each event: a listener on the document hears each input after the page has.
    const countAfterEachKey: string[] = [];
    const noteCount = () => countAfterEachKey.push(screen.getByText(/ of 6 agreements$/).textContent ?? '');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironmentBefore = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    document.addEventListener('input', noteCount);
    try {
      for (const letter of 'reacteur') {
        setValue.call(box, box.value + letter);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await waitFor(() => expect(history.location.search).toBe('?q=reacteur'));
    } finally {
      document.removeEventListener('input', noteCount);
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = actEnvironmentBefore;
    }
    // What a plain scan finds for the text typed so far, after each letter.
    const { rows } = prepareAgreements(dataset);
    const expected = [...'reacteur'].map((_, index) => {
      const tokens = searchTokens('reacteur'.slice(0, index + 1));
      return `${rows.filter((row) => matchesAllTokens(row.search, tokens)).length} of 6 agreements`;
    });
    expect(new Set(expected).size).toBeGreaterThan(1);
    expect(countAfterEachKey).toEqual(expected);
  }, 30_000);

  it('shows a year from the address outside the data in the year picker, as the filter in force', async () => {
    renderRoute('/agreements?from=2030', dataset);
    expect(await screen.findByText('0 of 6 agreements', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2030');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2024');
  }, 30_000);

  it('sorts from the column headers (aria-sort) and expands a row to its summary and sources', async () => {
    const user = userEvent.setup();
    const { history } = renderRoute('/agreements?sort=title:asc', dataset);
    const table = await screen.findByRole('table', {}, { timeout: 15_000 });
    const titleHeader = within(table).getByRole('columnheader', { name: /Title/ });
    expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    const firstTitle = () => within(table).getAllByRole('rowheader')[0]!.textContent;
    expect(firstTitle()).toBe('Alpha payments agreement');

    await user.click(within(titleHeader).getByRole('button'));
    expect(history.location.search).toBe('?sort=title%3Adesc');
    expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firstTitle()).toBe('Réacteur nucléaire memorandum');

    const disclosure = screen.getByRole('button', { name: 'Details: Réacteur nucléaire memorandum' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Intent to study a reactor, with financing, credit lines and the like.')).toBeInTheDocument();
    expect(screen.getByText('Partly verified')).toBeInTheDocument();

    // The open row stays with its agreement when the sort moves it: the first row now shows another
    // agreement, closed, and the reactor memorandum is still open further down.
    await user.click(within(titleHeader).getByRole('button'));
    expect(firstTitle()).toBe('Alpha payments agreement');
    expect(screen.getByRole('button', { name: 'Details: Alpha payments agreement' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Details: Réacteur nucléaire memorandum' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Intent to study a reactor, with financing, credit lines and the like.')).toBeInTheDocument();
  }, 30_000);

  it('links a meeting to its page and shows a translation marker where one is missing', async () => {
    renderRoute('/agreements?lang=ru&summit=2021-06-fredonia-city', dataset, 'ru');
    expect(await screen.findByText('1 из 6 соглашений', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /First state visit to Freedonia/ })).toHaveAttribute('href', '/summits/2021-06-fredonia-city?lang=ru');
    expect(screen.getAllByText('(англ.)').length).toBeGreaterThan(0);
  }, 30_000);
});

describe('the export bar', () => {
  it('says so when a download fails, as when its code cannot be fetched', async () => {
    const user = userEvent.setup();
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    render(
      <I18nProvider i18n={testI18n('en')}>
        <ExportBar onCsv={offline} onJson={offline} disabled={false} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The file could not be created. Check the connection, then try again.');
  });
});
