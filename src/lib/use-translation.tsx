import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { englishFailure, hasEnglish, loadEnglish, type I18n, type Translate } from './i18n';

const I18nContext = createContext<I18n | null>(null);

/** Makes `i18n` the messages of everything inside. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/**
 * A lookup in `namespaces` (default `common`), in the reader's language, and the messages
 * themselves. The component draws again when the language changes, and `t` is then a new function,
 * so memoised values that use it are worked out again. A namespace whose English messages have not
 * arrived yet (its view did not fetch them with its code) suspends the component until they have.
 */
export function useTranslation(namespaces: string | readonly string[] = 'common'): { t: Translate; i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an I18nProvider above it');
  for (const namespace of typeof namespaces === 'string' ? [namespaces] : namespaces) {
    // Suspends the way React.lazy and suspense queries do; the component is drawn again once the
    // messages are there. (React's `use` would have to be called again on that next render.) Messages
    // that failed to arrive throw their error instead, for the nearest error boundary to show.
    if (hasEnglish(namespace)) continue;
    const failure = englishFailure(namespace);
    if (failure) throw failure.error;
    throw loadEnglish(namespace);
  }
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language, () => i18n.language);
  // Callers pass a fresh array each time; the joined names keep `t` the same between renders.
  const names = typeof namespaces === 'string' ? namespaces : namespaces.join(',');
  const t = useMemo(() => i18n.translator(names.split(','), language), [i18n, names, language]);
  return { t, i18n };
}
