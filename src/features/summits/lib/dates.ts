import { formatDateRange } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';

/*
 * formatDateRange builds a new Intl.DateTimeFormat per call, which profiling showed as the largest
 * script cost of a filter change on a long timeline. Meeting dates repeat across renders, so the
 * formatted text is kept (bounded: at most a few thousand short strings per language).
 */
const cache = new Map<string, string>();
const MAX_ENTRIES = 20_000;

export function meetingDates(start: string, end: string | undefined, language: Language): string {
  const key = `${language}|${start}|${end ?? ''}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = formatDateRange(start, end, language);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, text);
  }
  return text;
}
