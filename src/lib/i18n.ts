export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the language pickers list it (whatever the language shown). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', zh: '中文' };

/** BCP 47 tags handed to Intl for each interface language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

/** One language's messages: namespace (one per view) -> messages. */
export type MessageBundle = Record<string, Record<string, unknown>>;

/** The namespace of a message file named src/locales/<language>/<namespace>.json. */
const namespaceOf = (path: string): string => /([\w-]+)\.json$/.exec(path)?.[1] ?? path;

/** Builds a bundle from message files named src/locales/<language>/<namespace>.json. */
export function bundleFromFiles(files: Record<string, Record<string, unknown>>): MessageBundle {
  return Object.fromEntries(Object.entries(files).map(([path, messages]) => [namespaceOf(path), messages]));
}

/** Adds every message of `bundle` to `messages` under its full key, `namespace:path.to.key`. */
function addFlattened(messages: Map<string, string>, bundle: MessageBundle): void {
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') messages.set(prefix + key, value);
      else if (value && typeof value === 'object') walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  for (const [namespace, node] of Object.entries(bundle)) walk(node, `${namespace}:`);
}

/**
 * English, the fallback of every language, by full key. The namespaces of the page's frame
 * (`common`, `data`) ship with the app; each view's own arrive with the view's code (see lazyView
 * in router.tsx), or else when a component first asks for them (useTranslation waits). Like the
 * files themselves, they are shared by every I18n.
 */
const english = new Map<string, string>();
addFlattened(
  english,
  bundleFromFiles(
    import.meta.glob<Record<string, unknown>>(['../locales/en/common.json', '../locales/en/data.json'], { eager: true, import: 'default' }),
  ),
);
const englishLoaders: Record<string, () => Promise<Record<string, unknown>>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<Record<string, unknown>>(['../locales/en/*.json', '!../locales/en/common.json', '!../locales/en/data.json'], { import: 'default' }),
  ).map(([path, load]) => [namespaceOf(path), load]),
);
const englishLoaded = new Set(['common', 'data']);

export const NAMESPACES: readonly string[] = [...englishLoaded, ...Object.keys(englishLoaders)];

const englishArriving = new Map<string, Promise<void>>();
const englishFailures = new Map<string, unknown>();

/** Whether `namespace`'s English messages are at hand (an unknown namespace has none to wait for). */
export function hasEnglish(namespace: string): boolean {
  return englishLoaded.has(namespace) || !(namespace in englishLoaders);
}

/**
 * Why `namespace`'s English messages could not be fetched, if they could not. A browser keeps a
 * failed module import for the page's life, so the fetch is not tried again: only a reload does.
 */
export function englishFailure(namespace: string): { error: unknown } | undefined {
  return englishFailures.has(namespace) ? { error: englishFailures.get(namespace) } : undefined;
}

/** Fetches `namespace`'s English messages, once. */
export function loadEnglish(namespace: string): Promise<void> {
  let arriving = englishArriving.get(namespace);
  if (!arriving) {
    const load = englishLoaders[namespace];
    arriving = load
      ? load().then(
          (messages) => {
            addFlattened(english, { [namespace]: messages });
            englishLoaded.add(namespace);
          },
          (error: unknown) => {
            englishFailures.set(namespace, error);
            throw error;
          },
        )
      : Promise.resolve();
    englishArriving.set(namespace, arriving);
  }
  return arriving;
}

/** The languages other than English, whose messages load as one file each when chosen. */
export type OtherLanguage = Exclude<Language, 'en'>;

const loaders: Record<OtherLanguage, () => Promise<{ default: MessageBundle }>> = {
  ru: () => import('../locales/ru'),
  zh: () => import('../locales/zh'),
};

export async function loadMessages(language: OtherLanguage): Promise<MessageBundle> {
  return (await loaders[language]()).default;
}

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

/** What a lookup may take besides its key: values for the message's {{placeholders}}, and these. */
export interface TranslateOptions {
  /** Chooses the plural form (`key_one`, `key_few`, `key_other`...) and fills {{count}}. */
  count?: number;
  /** Shown when no language has the key. */
  defaultValue?: string;
  /** A language other than the reader's; its messages must be loaded, else English is used. */
  lng?: Language;
  [placeholder: string]: unknown;
}

/** Looks up a message: `key` in the translator's namespaces, or `namespace:key`. */
export type Translate = (key: string, options?: TranslateOptions) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Fills {{name}} with `values.name`; a missing value leaves nothing. Text only: React escapes it. */
function interpolate(text: string, values: TranslateOptions | undefined): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values?.[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * The interface messages in the reader's language, with English behind every gap. Messages are
 * JSON files, one per namespace; plural forms follow the language's CLDR rules (`Intl.PluralRules`)
 * through the suffixes `_zero`, `_one`, `_two`, `_few`, `_many` and `_other`.
 */
export class I18n {
  #messages = new Map<Language, Map<string, string>>([['en', english]]);
  #plurals = new Map<Language, Intl.PluralRules>();
  #listeners = new Set<() => void>();
  #language: Language;

  /** Shows `language`; `bundles` must hold its messages unless it is English. */
  constructor(language: Language, bundles: Partial<Record<OtherLanguage, MessageBundle>> = {}) {
    for (const [code, bundle] of Object.entries(bundles)) this.addMessages(code as OtherLanguage, bundle);
    this.#language = language;
  }

  get language(): Language {
    return this.#language;
  }

  /** Lookups in the `common` namespace. */
  readonly t: Translate = (key, options) => this.translator(['common'])(key, options);

  hasMessages(language: Language): boolean {
    return this.#messages.has(language);
  }

  addMessages(language: OtherLanguage, bundle: MessageBundle): void {
    const messages = new Map<string, string>();
    addFlattened(messages, bundle);
    this.#messages.set(language, messages);
  }

  /** Shows `language` (its messages must have been added) and tells every subscriber. */
  changeLanguage(language: Language): void {
    if (language === this.#language) return;
    this.#language = language;
    for (const listener of this.#listeners) listener();
  }

  /** Calls `listener` after each change of language; returns the way to stop. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * A lookup that tries `namespaces` in order, each first in the language and then in English.
   * A key no language has shows as itself (or its `defaultValue`), so a gap is visible, not blank.
   */
  translator(namespaces: readonly string[], language: Language = this.#language): Translate {
    return (key, options) => {
      const separator = key.indexOf(':');
      const explicit = separator > 0 && NAMESPACES.includes(key.slice(0, separator));
      const path = explicit ? key.slice(separator + 1) : key;
      const searched = explicit ? [key.slice(0, separator)] : namespaces;
      const code = options?.lng ?? language;
      for (const namespace of searched) {
        for (const lookupIn of code === 'en' ? (['en'] as const) : [code, 'en' as const]) {
          const text = this.#find(lookupIn, `${namespace}:${path}`, options?.count);
          if (text !== undefined) return interpolate(text, options);
        }
      }
      return options?.defaultValue === undefined ? path : interpolate(options.defaultValue, options);
    };
  }

  #find(language: Language, fullKey: string, count: number | undefined): string | undefined {
    const messages = this.#messages.get(language);
    if (!messages) return undefined;
    if (count !== undefined) {
      let rules = this.#plurals.get(language);
      if (!rules) this.#plurals.set(language, (rules = new Intl.PluralRules(LOCALES[language])));
      const plural =
        (count === 0 ? messages.get(`${fullKey}_zero`) : undefined) ??
        messages.get(`${fullKey}_${rules.select(count)}`) ??
        messages.get(`${fullKey}_other`);
      if (plural !== undefined) return plural;
    }
    return messages.get(fullKey);
  }
}

/** The language last asked of each I18n, so a slow download does not undo a later choice. */
const requestedLanguage = new WeakMap<I18n, Language>();

/**
 * Loads a language's messages if needed, then shows it, unless another language has been asked for
 * meanwhile: the latest choice wins, whichever download ends first. If the messages fail to
 * download, the language shown stays as it is. Resolves to whether `language` is now shown.
 */
export async function switchLanguage(i18n: I18n, language: Language): Promise<boolean> {
  requestedLanguage.set(i18n, language);
  if (language !== 'en' && !i18n.hasMessages(language)) {
    try {
      const bundle = await loadMessages(language);
      if (!i18n.hasMessages(language)) i18n.addMessages(language, bundle);
    } catch {
      return false;
    }
  }
  if (requestedLanguage.get(i18n) !== language) return false;
  i18n.changeLanguage(language);
  return true;
}
