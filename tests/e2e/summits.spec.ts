import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openView } from './fixtures';
import type { Dataset } from '../../src/data/vocabulary';
import { EMPTY_FILTERS, countsPerYear, filterSummits, sortSummits } from '../../src/features/summits/lib/timeline';
import { generateDataset } from '../bench/generate';

// The dataset the build under test ships (BILATERAL_DATASET may point at another file).
const dataset = JSON.parse(readFileSync(process.env.BILATERAL_DATASET ?? 'data/relations.json', 'utf8')) as Dataset;
const total = dataset.summits.length;
const virtualCount = filterSummits(dataset.summits, { ...EMPTY_FILTERS, kinds: ['virtual', 'multilateral'] }).length;
const chronological = sortSummits(dataset.summits, 'asc');
const first = chronological[0]!;
const second = chronological[1]!;
// A place to search for, written in capitals to check the search ignores case.
const searchable = dataset.summits.find((summit) => summit.city)!;
const placeQuery = searchable.city!.toUpperCase();
const placeMatches = filterSummits(dataset.summits, { ...EMPTY_FILTERS, q: placeQuery }).length;

const status = (page: Page) => page.getByRole('status').filter({ hasText: /meeting/ }).first();
const countText = (shown: number) => new RegExp(`^${shown} of ${total} meetings?$`);

test.describe('summit timeline', () => {
  test('lists every meeting grouped by year, with a year strip that jumps', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits');
    await expect(page.getByRole('heading', { level: 1, name: 'Leader meetings' })).toBeVisible();
    await expect(status(page)).toHaveText(`${total} meetings`);
    const years = countsPerYear(dataset.summits).filter((row) => row.count > 0);
    await expect(page.getByRole('heading', { level: 2, name: String(years[0]!.year), exact: true })).toBeVisible();
    const list = page.getByRole('region', { name: 'Meetings by year' });
    await expect(list.getByRole('listitem')).toHaveCount(total);
    // The strip: one button per year with meetings, named with its count; it moves focus to the year.
    const last = years.at(-1)!;
    const strip = page.getByRole('navigation', { name: 'Meetings per year' });
    await expect(strip.getByRole('button')).toHaveCount(years.length);
    await strip.getByRole('button', { name: `${last.year}: ${last.count} meeting${last.count === 1 ? '' : 's'}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: String(last.year), exact: true })).toBeFocused();
  });

  test('filters by kind and text, keeps them in the URL and across a reload', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits');
    await page.getByRole('checkbox', { name: 'Video meeting' }).check();
    await page.getByRole('checkbox', { name: 'Multilateral sidelines' }).check();
    await expect(page).toHaveURL(/kind=multilateral%2Cvirtual|kind=multilateral,virtual/);
    await expect(status(page)).toHaveText(countText(virtualCount));

    await page.getByRole('checkbox', { name: 'Multilateral sidelines' }).uncheck();
    await page.getByRole('checkbox', { name: 'Video meeting' }).uncheck();
    await page.getByRole('searchbox', { name: 'Search meetings' }).fill(placeQuery);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(placeQuery).replace(/%20/g, '(\\+|%20)')}`));
    await expect(status(page)).toHaveText(countText(placeMatches));
    await expect(page.getByRole('link', { name: searchable.title })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toHaveValue(placeQuery);
    await expect(status(page)).toHaveText(countText(placeMatches));
  });

  test('an empty result says so and clears the filters', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits?q=zzqxnothing&kind=virtual');
    await expect(page.getByRole('heading', { name: 'No meeting matches these filters.' })).toBeVisible();
    await expect(status(page)).toHaveText(countText(0));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status(page)).toHaveText(`${total} meetings`);
    await expect(page).not.toHaveURL(/q=|kind=/);
    await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toBeFocused();
    await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toHaveValue('');
  });

  test('opens a meeting and returns to the same filtered list (link and browser Back)', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const filtered = `/summits?q=${encodeURIComponent(placeQuery)}&sort=date%3Adesc`;
    await openView(page, filtered);
    await page.getByRole('link', { name: searchable.title }).click();
    await expect(page).toHaveURL(new RegExp(`/summits/${searchable.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(searchable.title);

    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toHaveValue(placeQuery);
    await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('desc');
    await expect(status(page)).toHaveText(countText(placeMatches));

    await page.getByRole('link', { name: searchable.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(searchable.title);
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Search meetings' })).toHaveValue(placeQuery);
    await expect(status(page)).toHaveText(countText(placeMatches));
  });

  test('works with the keyboard alone', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits');
    const search = page.getByRole('searchbox', { name: 'Search meetings' });
    for (let i = 0; i < 25 && !(await search.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(search).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'State visit' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/kind=state-visit/);
    const stateVisits = filterSummits(dataset.summits, { ...EMPTY_FILTERS, kinds: ['state-visit'] });
    await expect(status(page)).toHaveText(countText(stateVisits.length));

    // On through the other filters to the year strip; Enter jumps to the year, Tab enters its list.
    const firstYear = countsPerYear(stateVisits).find((row) => row.count > 0)!;
    const yearButton = page.getByRole('button', { name: new RegExp(`^${firstYear.year}: `) });
    for (let i = 0; i < 30 && !(await yearButton.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(yearButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: String(firstYear.year), exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    const firstStateVisit = sortSummits(stateVisits, 'asc')[0]!;
    const entryLink = page.getByRole('link', { name: firstStateVisit.title, exact: true });
    await expect(entryLink).toBeFocused();
    const outline = await entryLink.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/summits/${firstStateVisit.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Back on the timeline, focus is on the meeting's link again, where the reader left off.
    await page.goBack();
    await expect(entryLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // A reload starts afresh, like any first load: nothing is focused (no ring on the heading).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(firstStateVisit.title);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  });

  test('prints a clean handout: no navigation or filters, every entry, numbered sources', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits?kind=state-visit');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Meetings per year' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toBeVisible();
    await expect(sources.getByRole('listitem').first()).toContainText('[1]');
    await expect(page.getByText(/Sources \[1\]/).first()).toBeVisible();
    const breakInside = await page.getByRole('region', { name: 'Meetings by year' }).getByRole('listitem').first().evaluate((element) => getComputedStyle(element).breakInside);
    expect(breakInside).toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    await expect(sources).toBeHidden();
  });

  test('fits a 360 px screen without horizontal scrolling', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 360, height: 800 });
    for (const url of ['/summits', `/summits/${first.id}`]) {
      await openView(page, url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, url] of [
      ['the timeline', '/summits'],
      ['an empty result', '/summits?q=zzqxnothing'],
      ['a meeting', `/summits/${first.id}`],
      ['an unknown meeting', '/summits/no-such-meeting'],
    ] as const) {
      test(`${name} has no axe violations (${theme})`, async ({ page, allowConsoleErrors }) => {
        void allowConsoleErrors;
        test.setTimeout(60_000);
        await openView(page, `${url}${url.includes('?') ? '&' : '?'}theme=${theme}`);
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('a meeting page', () => {
  test('shows the facts, agreements, sources and moves to the next meeting', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, `/summits/${first.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
    if (first.agreementIds.length > 0) {
      await expect(page.getByRole('link', { name: /agreements? in the agreements table/ })).toHaveAttribute('href', new RegExp(`/agreements\\?summit=${first.id}$`));
    }
    const nav = page.getByRole('navigation', { name: 'Previous and next meeting' });
    await expect(nav.getByRole('link', { name: /Previous meeting/ })).toHaveCount(0);
    await nav.getByRole('link', { name: /Next meeting/ }).click();
    await expect(page).toHaveURL(new RegExp(`/summits/${second.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
    await expect(nav.getByRole('link', { name: /Previous meeting/ })).toContainText(first.title);
  });

  test('prints in the light theme, with the sources\' addresses and where it was printed from', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    // A badge prints in its light-theme colours, whatever the theme on screen.
    const kindColour = () => page.getByText('Multilateral sidelines', { exact: true }).evaluate((element) => getComputedStyle(element).color);
    await page.emulateMedia({ media: 'print' });
    await openView(page, '/summits/2014-05-shanghai?theme=light');
    const light = await kindColour();
    await openView(page, '/summits/2014-05-shanghai?theme=dark');
    expect(await kindColour()).toBe(light);
    await page.emulateMedia({ media: 'screen' });
    expect(await kindColour()).not.toBe(light);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('http://osw.waw.pl/en/publikacje/osw-commentary/2014-06-16/eastern-partnership-gas-gazprom-and-cnpc-strike-a-deal-gas', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Printed from http:\/\/.+\/summits\/2014-05-shanghai\?theme=dark on \d+ \w+ \d{4}\.$/)).toBeVisible();
    await expect(page.getByRole('link', { name: /agreements? in the agreements table/ })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Previous and next meeting' })).toBeHidden();
  });

  test('copies APA and BibTeX citations and says so', async ({ page, context, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openView(page, `/summits/${first.id}`);
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await cite.getByRole('button', { name: 'Copy the APA citation of this page' }).click();
    await expect(cite.getByText('Copied.')).toBeVisible();
    const apa = await page.evaluate(() => navigator.clipboard.readText());
    expect(apa).toContain(first.title);
    expect(apa).toContain(`/summits/${first.id}`);
    expect(apa).toMatch(/Retrieved \w+ \d{1,2}, \d{4}, from http/);
    await cite.getByRole('button', { name: 'Copy the BibTeX entry of this page' }).click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(new RegExp(`^@misc\\{bilateral:${first.id},`));
  });

  test('an unknown id says so and links back to the timeline', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits/no-such-meeting');
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeVisible();
    await expect(page).toHaveTitle('Meeting not found · Bilateral');
    await page.getByRole('link', { name: 'See all meetings' }).click();
    await expect(page).toHaveURL(/\/summits$/);
    await expect(status(page)).toHaveText(`${total} meetings`);
  });
});

test.describe('a dense timeline (5,000 generated meetings)', () => {
  test.use({ serviceWorkers: 'block' });
  const large = generateDataset({ summits: 5000, agreements: 2000 });
  const largeYears = countsPerYear(large.summits).filter((row) => row.count > 0);

  test('draws what is on screen, filters, jumps to a late year and prints everything', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.route('**/data/relations.json', (route) => route.fulfill({ json: large }));
    await openView(page, '/summits');
    await expect(status(page)).toHaveText('5,000 meetings');
    const items = page.getByRole('region', { name: 'Meetings by year' }).getByRole('listitem');
    expect(await items.count()).toBeLessThan(200);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(largeYears.length + 1); // years + the strip

    const last = largeYears.at(-1)!;
    await page.getByRole('button', { name: `${last.year}: ${last.count} meetings` }).click();
    const heading = page.getByRole('heading', { level: 2, name: String(last.year), exact: true });
    await expect(heading).toBeFocused();
    const lastYearFirst = sortSummits(large.summits.filter((summit) => summit.start.startsWith(String(last.year))), 'asc')[0]!;
    await expect(page.getByRole('link', { name: lastYearFirst.title, exact: true }).first()).toBeInViewport();

    // Scrolling back up through the undrawn years: meetings, not empty placeholders, are on screen.
    const drawnOnScreen = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('section[aria-labelledby^="year-"] li:not([aria-hidden])')].some((item) => {
          const box = item.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }),
      );
    for (let step = 0; step < 4; step++) {
      await page.mouse.wheel(0, -2500);
      await expect.poll(drawnOnScreen).toBe(true);
    }

    await page.getByRole('checkbox', { name: 'Video meeting' }).check();
    const videos = filterSummits(large.summits, { ...EMPTY_FILTERS, kinds: ['virtual'] }).length;
    await expect(status(page)).toHaveText(`${videos.toLocaleString('en-GB')} of 5,000 meetings`);

    await page.emulateMedia({ media: 'print' });
    await expect(items).toHaveCount(videos);
  });
});
