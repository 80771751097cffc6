/**
 * Text search that ignores case and diacritics ("Sila Sibiri" finds "Síla Sibíri", "ёлка" finds
 * "елка"), matching every word of the query in any order. Records are normalised once per dataset
 * and queries once per keystroke, so a match is a few `includes` calls.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATORS = /[\s\u00a0\u3000,;:!?()[\]{}"“”«»„]+/u;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The distinct words of a query, normalised; an empty list matches everything. */
export function searchTokens(query: string): string[] {
  const tokens = normalizeForSearch(query).split(SEPARATORS).filter(Boolean);
  return [...new Set(tokens)];
}

/** True when every token occurs in the (already normalised) haystack. */
export function matchesAllTokens(haystack: string, tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!haystack.includes(tokens[i]!)) return false;
  }
  return true;
}

/** Joins the searchable texts of a record into one normalised string. */
export function searchableText(parts: readonly (string | undefined)[]): string {
  return normalizeForSearch(parts.filter(Boolean).join('\n'));
}
