import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 tags handed to Intl for each interface language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

/** One language's messages: namespace (one per view) -> messages. */
export type MessageBundle = Record<string, Record<string, unknown>>;

/** Builds a bundle from message files named src/locales/<language>/<namespace>.json. */
export function bundleFromFiles(files: Record<string, Record<string, unknown>>): MessageBundle {
  const bundle: MessageBundle = {};
  for (const [path, messages] of Object.entries(files)) {
    const namespace = /([\w-]+)\.json$/.exec(path)?.[1];
    if (namespace) bundle[namespace] = messages;
  }
  return bundle;
}

/** English ships with the app (it is also the fallback); the other languages load when chosen. */
const english = bundleFromFiles(
  import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' }),
);
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: MessageBundle }>> = {
  ru: () => import('../locales/ru'),
  zh: () => import('../locales/zh'),
};

export async function loadMessages(language: Language): Promise<MessageBundle> {
  return language === 'en' ? english : (await loaders[language]()).default;
}

export const NAMESPACES = Object.keys(english);

const STORAGE_KEY = 'bilateral.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be blocked (private mode, locked-down browsers); the URL still carries the language.
  }
}

/** The `lang` parameter wins, then the reader's last choice, then the browser's language. */
export function initialLanguage(search: string, browserLanguages: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = readStored();
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** An i18next instance showing `language`; `bundles` must hold that language's messages (English is always there). */
export function createI18n(language: Language, bundles: Partial<Record<Language, MessageBundle>> = {}) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { ...bundles, en: english },
    lng: language,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as markup.
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Loads a language's messages if needed, then shows it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    const bundle = await loadMessages(language);
    for (const [namespace, messages] of Object.entries(bundle)) instance.addResourceBundle(language, namespace, messages);
  }
  await instance.changeLanguage(language);
}
