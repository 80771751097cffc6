import { bundleFromFiles, I18n, loadEnglish, NAMESPACES, type Language, type MessageBundle } from '../../src/lib/i18n';

/** Every language's messages, loaded at once (the app loads them one language at a time). */
export const allMessages: Record<Language, MessageBundle> = {
  en: bundleFromFiles(import.meta.glob<Record<string, unknown>>('../../src/locales/en/*.json', { eager: true, import: 'default' })),
  ru: bundleFromFiles(import.meta.glob<Record<string, unknown>>('../../src/locales/ru/*.json', { eager: true, import: 'default' })),
  zh: bundleFromFiles(import.meta.glob<Record<string, unknown>>('../../src/locales/zh/*.json', { eager: true, import: 'default' })),
};

// The app fetches a view's English messages with the view; tests draw any component at once.
await Promise.all(NAMESPACES.map(loadEnglish));

/** The app's messages for tests, with every language available. */
export const testI18n = (language: Language) => new I18n(language, { ru: allMessages.ru, zh: allMessages.zh });
