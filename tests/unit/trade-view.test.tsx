import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { Brush } from 'recharts';
import { I18nProvider } from '../../src/lib/use-translation';
import { Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { AppRouter } from '../../src/app/router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, withCoAttendedSummit } from './fixtures';
import { renderRoute } from './render';
import { testI18n } from './messages';
import { TradeChart } from '../../src/features/trade/components/trade-chart';
import { PALETTES } from '../../src/features/trade/lib/palette';
import { tradeChartData } from '../../src/features/trade/lib/trade-series';
import { stateVisitMarkers } from '../../src/features/trade/lib/meetings';

const other = loadFixture('other-pair.json');

// The route is lazy and pulls in Recharts: load it once up front so no test waits on the first transform.
beforeAll(async () => {
  await import('../../src/features/trade/trade-page');
}, 60_000);

/** Captures what the page saves as a download. */
let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
  });
});
afterEach(() => vi.restoreAllMocks());

const chart = (name: string) => screen.getByRole('region', { name });

describe('the charts view', () => {
  it('shows three charts, each with units, a generated summary, sources and downloads', async () => {
    renderRoute('/trade', other);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trade, meetings and agreements by year' })).toBeInTheDocument();
    const trade = chart('Trade by year');
    expect(within(trade).getByText('USD bn; as reported by Freedonia (solid line) and by Sylvania (dashed line)')).toBeInTheDocument();
    expect(within(trade).getByRole('figure', { name: 'Trade by year' })).toHaveAccessibleDescription(/^Total trade rose from US\$10\.5bn in 2020 to US\$14bn in 2023/);
    expect(within(trade).getByText(/^Sources:/)).toHaveTextContent('Sources: Freedonia Statistics Office (fictional); Sylvania Gazette (fictional). All sources');
    expect(within(trade).getByRole('link', { name: 'All sources' })).toHaveAttribute('href', '/sources');
    expect(within(chart('Leader meetings per year')).getByText('3 leader meetings between 2021 and 2024; busiest year 2021, with 1.')).toBeInTheDocument();
    expect(within(chart('Agreements by sector')).getByRole('button', { name: /^CSV: download the data of Agreements by sector/ })).toBeInTheDocument();
  });

  it('leaves co-attended summits out of the meetings chart, and says so', async () => {
    renderRoute('/trade', withCoAttendedSummit(other));
    const meetings = await screen.findByRole('region', { name: 'Leader meetings per year' });
    expect(within(meetings).getByText('3 leader meetings between 2021 and 2024; busiest year 2021, with 1.')).toBeInTheDocument();
    expect(within(meetings).getByText('Not counted: 1 summit both leaders attended without a confirmed meeting of their own (listed in the timeline).')).toBeInTheDocument();
  });

  it('switches to tables (view=table) and the CSV holds exactly the table’s numbers', async () => {
    const { history } = renderRoute('/trade?from=2021&to=2022', other);
    const trade = await screen.findByRole('region', { name: 'Trade by year' });
    await userEvent.click(within(trade).getByRole('button', { name: 'Table' }));
    expect(history.location.search).toBe('?from=2021&to=2022&view=table');
    const table = within(trade).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('2022');
    expect(rows[2]).toHaveTextContent('11.25');
    expect(rows[2]).toHaveTextContent('Derived');
    expect(rows[2]).toHaveTextContent('Sum of quarterly figures.');
    expect(rows[2]).toHaveTextContent('10.9');

    await userEvent.click(within(trade).getByRole('button', { name: /^CSV/ }));
    // The CSV writer is fetched on the first click, so the file is saved a moment later.
    await waitFor(() => expect(saved[0]?.name).toBe('trade-by-year_total_2021-2022.csv'));
    const csv = Papa.parse<string[]>((await saved[0]!.blob.text()).replace('\uFEFF', ''), { skipEmptyLines: true }).data;
    expect(csv).toHaveLength(3);
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    for (const header of headers) expect(csv[0]).toContain(header);
    expect(csv[2]![0]).toBe('2022');
    expect(csv[2]![csv[0]!.indexOf('Total trade, Freedonia (USD bn)')]).toBe('11.25');
    expect(csv[2]![csv[0]!.indexOf('Total trade, Sylvania (USD bn)')]).toBe('10.9');

    await userEvent.click(within(trade).getByRole('button', { name: /^JSON/ }));
    const json = JSON.parse(await saved[1]!.blob.text()) as { rows: { year: number }[]; range: unknown };
    expect(saved[1]?.name).toBe('trade-by-year_total_2021-2022.json');
    expect(json.rows.map((row) => row.year)).toEqual([2021, 2022]);
    expect(json.range).toEqual({ from: 2021, to: 2022 });
  });

  it('sets the year range from the selects, updating the URL, every summary and the linked views', async () => {
    const { history } = renderRoute('/trade', other);
    await screen.findByRole('region', { name: 'Trade by year' });
    await userEvent.selectOptions(screen.getByLabelText('From'), '2022');
    await waitFor(() => expect(history.location.search).toBe('?from=2022'));
    expect(screen.getByText('Showing 2022 to 2024.')).toBeInTheDocument();
    expect(within(chart('Trade by year')).getByRole('figure')).toHaveAccessibleDescription(/^Total trade rose from US\$11\.25bn|^Total trade rose from US\$11\.3bn/);
    expect(within(chart('Leader meetings per year')).getByText('2 leader meetings between 2022 and 2024; busiest year 2023, with 1.')).toBeInTheDocument();
    expect(within(chart('Agreements by sector')).getByText('1 agreement in 2022; most in Agriculture (1).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See these 2 meetings in the summit timeline' })).toHaveAttribute('href', '/summits?from=2022');
    expect(screen.getByRole('link', { name: 'Browse this agreement' })).toHaveAttribute('href', '/agreements?from=2022');
    await userEvent.click(screen.getByRole('button', { name: 'Show all years' }));
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('links each sector in the table to its agreements with the same range', async () => {
    renderRoute('/trade?view=table&from=2021', other);
    const sectors = await screen.findByRole('region', { name: 'Agreements by sector' });
    expect(within(sectors).getByRole('link', { name: 'Agriculture' })).toHaveAttribute('href', '/agreements?from=2021&sector=agriculture');
  });

  it('turns meeting kinds off from the legend and keeps them in the URL', async () => {
    const { history } = renderRoute('/trade', other);
    const meetings = await screen.findByRole('region', { name: 'Leader meetings per year' });
    await userEvent.click(within(meetings).getByRole('button', { name: 'Video meetings' }));
    expect(within(meetings).getByRole('button', { name: 'Video meetings' })).toHaveAttribute('aria-pressed', 'false');
    expect(new URLSearchParams(history.location.search).get('kind')).toBe('state-visit,official-visit,working-visit,multilateral');
    expect(within(meetings).getByText('2 leader meetings between 2021 and 2024; busiest year 2021, with 1.')).toBeInTheDocument();
  });

  it('ignores bad parameters with a note', async () => {
    renderRoute('/trade?from=20x&view=pie', other);
    const note = await screen.findByRole('note', { name: 'Ignored settings' });
    expect(note).toHaveTextContent('from=20x');
    expect(note).toHaveTextContent('view=pie');
  });

  it('speaks Russian', async () => {
    renderRoute('/trade?lang=ru', other, 'ru');
    expect(await screen.findByRole('heading', { level: 1, name: 'Торговля, встречи и соглашения по годам' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Торговля по годам' })).toHaveTextContent('млрд долл. США; по данным сторон: Freedonia (сплошная линия) и Sylvania (пунктир)');
  });
});

describe('the trade chart', () => {
  function renderChart(years?: { startIndex: number; endIndex: number }) {
    const data = tradeChartData(other.trade, 'total');
    const markers = stateVisitMarkers(other.summits, {});
    const history = createMemoryHistory({ initialEntries: ['/'], v5Compat: true });
    render(
      <I18nProvider i18n={testI18n('en')}>
        <AppRouter history={history}>
          <Routes>
            <Route
              path="/"
              element={
                <TradeChart
                  data={data}
                  reporterNames={['Freedonia', 'Sylvania']}
                  brushWindow={years ?? { startIndex: 0, endIndex: data.rows.length - 1 }}
                  brush={{ Brush, onChange: () => {} }}
                  markers={markers}
                  markerLinks={new Map(markers.map((marker) => [marker.id, `/summits/${marker.id}`]))}
                  sources={new Map(other.sources.map((source) => [source.id, source]))}
                  palette={PALETTES.light}
                  title="Trade by year"
                  summary="A summary."
                  width={640}
                  height={360}
                />
              }
            />
            <Route path="/summits/:id" element={<p>summit page</p>} />
          </Routes>
        </AppRouter>
      </I18nProvider>,
    );
    return history;
  }

  it('draws uncertain values hollow and is focusable with a name', () => {
    const { container } = { container: document.body };
    renderChart();
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).toHaveAttribute('tabindex', '0');
    expect(svg?.querySelector('title')).toHaveTextContent('Trade by year');
    // 2022 (derived, Freedonia) and 2022 (unverified, Sylvania) are hollow; the verified years are not.
    expect(container.querySelectorAll('circle[data-uncertain="true"]')).toHaveLength(2);
  });

  it('marks state visits with links that open the summit', async () => {
    const history = renderChart();
    const marker = screen.getByRole('link', { name: /^State visit: / });
    expect(marker).toHaveAttribute('href', '/summits/2021-06-fredonia-city');
    await userEvent.click(marker);
    expect(history.location.pathname).toBe('/summits/2021-06-fredonia-city');
  });

  it('marks only the state visits of the years shown', () => {
    // Rows 2020–2023: showing 2022–2023 leaves out the visit of June 2021.
    renderChart({ startIndex: 2, endIndex: 3 });
    expect(screen.queryByRole('link', { name: /^State visit: / })).not.toBeInTheDocument();
  });

  it('labels the axes with the years shown and the values in the reader\'s format', () => {
    renderChart({ startIndex: 1, endIndex: 3 });
    const labels = [...document.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((label) => label.textContent);
    expect(labels).toEqual(expect.arrayContaining(['2021', '2022', '2023', '0', '12.5', '15']));
    expect(labels).not.toContain('2020');
  });
});
