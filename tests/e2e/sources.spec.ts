import { test, expect, expectNoAxeViolations, openView } from './fixtures';

test.describe('sources page', () => {
  test('lists sources with citation counts linking to the records, and searches', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources');
    const status = page.getByRole('status').filter({ hasText: /of \d+ sources/ });
    const total = Number(/of (\d+)/.exec(await status.innerText())?.[1]);
    expect(total).toBeGreaterThan(10);

    await page.getByRole('searchbox', { name: 'Search sources and claims' }).fill('interfax');
    await expect(page).toHaveURL(/q=interfax/);
    await expect(status).not.toHaveText(`${total} of ${total} sources`);

    // An agreements count opens the table filtered to that source, with exactly that many rows.
    await page.getByRole('searchbox', { name: 'Search sources and claims' }).fill('');
    await expect(page).not.toHaveURL(/q=/);
    const agreementsLink = page.getByRole('article').getByRole('link', { name: /^\d+ agreements?$/ }).first();
    const expected = Number(/^\d+/.exec(await agreementsLink.innerText())?.[0]);
    await agreementsLink.click();
    await expect(page).toHaveURL(/\/agreements\?source=/);
    await expect(page.getByRole('status').filter({ hasText: /of \d+ agreements?/ })).toContainText(`${expected} of`);
  });

  test('a publication date the source does not state is marked as inferred, or as unknown', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources?q=Russian Export Center');
    await expect(page.getByRole('article').filter({ hasText: 'SOTT.net' })).toContainText('2021 (date inferred)');
    await page.getByRole('searchbox', { name: 'Search sources and claims' }).fill('Maslov');
    await expect(page.getByRole('article').filter({ hasText: 'Maslov' })).toContainText('Unattributed commentary, date unknown');
  });

  test('a meetings count opens the list of those meetings on the page', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources');
    const meetings = page.getByRole('article').getByRole('link', { name: /^\d+ meetings?$/ }).first();
    const n = Number(/^\d+/.exec(await meetings.innerText())?.[0]);
    await meetings.click();
    const list = page.locator(`[id="${(await meetings.getAttribute('href'))!.slice(1)}"]`);
    await expect(list).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(n);
    await list.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/summits\/[\w.-]+/);
  });

  test('disagreeing trade claims stand beside the dataset figure', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources?q=trade 2024');
    const group = page.getByRole('region', { name: /^Trade in 2024/ });
    await expect(group).toContainText('Figures differ');
    await expect(group.getByText('In this dataset').first()).toBeVisible();
    await expect(group).toContainText(/2024, .* statistics: US\$\d/);
    // A claim's source link leads to that source's entry, even past the first batch of the list.
    const sourceLink = page.getByRole('region', { name: /^Trade in 2024/ }).locator('a[href*="#source-"]').first();
    const target = (await sourceLink.getAttribute('href'))!.split('#')[1]!;
    await sourceLink.click();
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
    await expect(page).not.toHaveURL(/q=/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations (${theme})`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      // axe checks contrast node by node: slow on a busy 2-core runner, so this test gets more time.
      test.setTimeout(90_000);
      await openView(page, `/sources?theme=${theme}`);
      await page.getByText(/^Records citing this source/).first().click();
      await expectNoAxeViolations(page);
    });
  }

  test('"Show all" hands focus to the first source it brought into view', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources');
    const cards = page.getByRole('article');
    const before = await cards.count();
    await page.getByRole('button', { name: /^Show all \d+ sources$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(cards.nth(before)).toBeVisible();
    await expect(cards.nth(before).getByRole('link').first()).toBeFocused();
  });

  test('in Russian, the dataset figure beside a claim names the reporting country in Russian', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/sources?lang=ru');
    await expect(page.getByText(/2024, Китай \(официальная статистика\)/).first()).toBeVisible();
  });

  test('at 360 px the page does not scroll sideways', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 360, height: 800 });
    await openView(page, '/sources');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
