import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { isLanguage, rememberLanguage, switchLanguage, type I18n, type Language } from '../lib/i18n';
import { applyTheme, isTheme, rememberTheme, storedTheme, type Theme } from '../lib/theme';
import { datasetOriginFromParams } from '../data/load';
import type { ParamNote } from '../lib/url-params';
import { useClientValue } from '../lib/use-client-value';

/** The reader's language (which follows `lang`, the stored choice or the browser). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/**
 * Keeps `lang` and `theme` in the URL, the remembered choice and the document in step.
 * `defaultTheme` is what applies with no `theme` parameter: the remembered choice in the dashboard,
 * always `light` in embeds so a host page is never surprised by dark mode.
 */
export function useAppSettings(defaultTheme: 'remembered' | 'light'): { theme: Theme; notes: ParamNote[] } {
  const [params] = useSearchParams();
  const { i18n } = useTranslation();
  const notes: ParamNote[] = [];

  const langParam = params.get('lang');
  if (langParam && !isLanguage(langParam)) notes.push({ param: 'lang', value: langParam.slice(0, 40), problem: 'unknown-value' });
  const themeParam = params.get('theme');
  if (themeParam && !isTheme(themeParam)) notes.push({ param: 'theme', value: themeParam.slice(0, 40), problem: 'unknown-value' });
  const { refused } = datasetOriginFromParams(params);
  if (refused !== undefined) notes.push({ param: 'data', value: refused, problem: 'bad-url' });

  // A page drawn at build time knows no remembered choice.
  const remembered = useClientValue(storedTheme, undefined);
  const theme: Theme = isTheme(themeParam) ? themeParam : defaultTheme === 'light' ? 'light' : (remembered ?? 'auto');

  useEffect(() => {
    if (isLanguage(langParam) && i18n.language !== langParam) void switchLanguage(i18n, langParam);
  }, [langParam, i18n]);

  useEffect(() => {
    const language = isLanguage(i18n.language) ? i18n.language : 'en';
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : language;
  }, [i18n.language]);

  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'auto') return;
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('auto');
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, [theme]);

  return { theme, notes };
}

export function chooseLanguage(language: Language, i18n: I18n): void {
  rememberLanguage(language);
  // Never rejects: a language whose messages fail to download leaves the current one shown.
  void switchLanguage(i18n, language);
}

export function chooseTheme(theme: Theme): void {
  rememberTheme(theme);
  applyTheme(theme);
}
