import { test, expect, expectNoAxeViolations, openView } from './fixtures';

const ROUTES = ['/', '/trade', '/summits', '/agreements', '/sources', '/embed'];

test.describe('languages', () => {
  test('the header switches to Russian and to Chinese, and the choice survives a reload', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.getByRole('navigation', { name: 'Основное' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    // The address carries the choice, for a link to share; the browser remembers it for a bare address.
    await expect(page).toHaveURL(/\?lang=ru$/);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Соглашения', exact: true })).toBeVisible();
    await openView(page, '/agreements');
    await expect(page.getByRole('link', { name: 'Соглашения', exact: true })).toBeVisible();

    await page.getByRole('combobox', { name: 'Язык' }).selectOption('zh');
    await expect(page.getByRole('link', { name: '协议', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('lang= in the address wins and is kept in links', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/?lang=zh');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '资料来源' })).toHaveAttribute('href', /lang=zh/);
    // Numbers follow the locale: Chinese groups billions as 亿.
    await expect(page.getByRole('main')).toContainText('亿');
  });

  for (const route of ROUTES) {
    test(`${route} is translated in Russian and Chinese`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, `${route}?lang=ru`);
      await expect(page.getByRole('link', { name: 'Обзор' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[А-Яа-яЁё]/);
      await openView(page, `${route}?lang=zh`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u4e00-\u9fff]/);
    });
  }

  test('places, events, notes and source titles, which the dataset has in English only, are marked as English for screen readers', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/summits?lang=ru');
    await expect(page.locator('main [lang="en"]', { hasText: 'Moscow, Russia' }).first()).toBeVisible();
    await expect(page.locator('main [lang="en"]', { hasText: /BRICS summit/ }).first()).toBeVisible();
    await expect(page.getByText('В рамках:').first()).toBeVisible();
    await openView(page, '/summits/2024-05-beijing?lang=zh');
    await expect(page.locator('dd[lang="en"]', { hasText: 'Beijing and Harbin, China' })).toBeVisible();
    await expect(page.locator('dd[lang="en"]', { hasText: /18th trip to China/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /TASS report on Putin's May 2024 state visit to China/ }).locator('[lang="en"]')).toBeVisible();
  });
});

test('the first visit follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await openView(page, '/');
  await expect(page.getByRole('navigation', { name: 'Основное' })).toBeVisible();
  await context.close();
});

test.describe('themes', () => {
  test('the theme choice applies and is remembered', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.locator('html')).not.toHaveClass(/dark/);
  });

  test('auto follows the system preference', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openView(page, '/?theme=auto');
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  for (const route of ROUTES) {
    test(`${route} in the dark theme passes axe, colour contrast included`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, `${route}?theme=dark`);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expectNoAxeViolations(page);
    });
  }

  test('print uses the light theme and hides navigation', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/?theme=dark');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });
});
