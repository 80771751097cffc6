export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'bilateral.theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage may be blocked; the URL still carries the theme.
  }
}

/** Whether a theme choice shows dark, given the system preference (used for `auto`). */
export const isDark = (theme: Theme, systemPrefersDark: boolean): boolean =>
  theme === 'dark' || (theme === 'auto' && systemPrefersDark);

export function applyTheme(theme: Theme): void {
  const systemDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const dark = isDark(theme, systemDark);
  // One of the two is always set once the app runs: styles.css follows the system only before that.
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.classList.toggle('light', !dark);
}
