import type { Language } from '../lib/i18n';
import type { Translations } from './vocabulary';

type TranslatableField = 'title' | 'summary' | 'statement' | 'name' | 'description';

export interface LocalizedText {
  text: string;
  /** True when the reader's language was asked for but the record has no translation, so English shows. */
  fallback: boolean;
}

/** A record's text in the reader's language, falling back to the dataset's own (English) text. */
export function localized(
  record: { translations?: Translations } & Partial<Record<TranslatableField, string>>,
  field: TranslatableField,
  language: Language,
): LocalizedText {
  const original = record[field] ?? '';
  if (language === 'en') return { text: original, fallback: false };
  const translated = record.translations?.[language]?.[field];
  return translated ? { text: translated, fallback: false } : { text: original, fallback: true };
}
