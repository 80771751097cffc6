/**
 * Text search that ignores case and diacritics ("Sila Sibiri" finds "Síla Sibíri", "ёлка" finds
 * "елка"), matching every word of the query in any order. Records are normalised once per dataset
 * and queries once per keystroke.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATORS = /[\s\u00a0\u3000,;:!?()[\]{}"“”«»„]+/u;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The distinct words of a query, normalised; an empty list matches everything. */
export function searchTokens(query: string): string[] {
  // NUL separates the records of a search corpus (see createSearchCorpus), so no token holds one.
  const tokens = normalizeForSearch(query).replaceAll('\u0000', ' ').split(SEPARATORS).filter(Boolean);
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

/**
 * The normalised texts of many records in one string, each followed by a NUL. Searching it is one
 * native `indexOf` sweep per word, several times faster than an `includes` call per record.
 */
export interface SearchCorpus {
  text: string;
  /** Where each record's text starts, then where one more would (the text's length + 1). */
  starts: Int32Array;
  /** Each record's text, as views into `text` (no copy). */
  texts: readonly string[];
}

export function createSearchCorpus(texts: readonly string[]): SearchCorpus {
  const text = texts.join('\u0000');
  const starts = new Int32Array(texts.length + 1);
  for (let position = 0; position < texts.length; position++) starts[position + 1] = starts[position]! + texts[position]!.length + 1;
  // Slices of one flat string share its memory, so the corpus does not hold every text twice.
  return { text, starts, texts: texts.map((_, position) => text.slice(starts[position], starts[position + 1]! - 1)) };
}

/** Below this share of all records (1 in 16), `recordsHolding` reads the records' own texts. */
const FEW_RECORDS = 16;

/**
 * The records (by position, in order) whose text holds `token`, among `among` (all when absent).
 * Among many records, a record is found from the next occurrence of the token at or after its start,
 * which stays valid for the records that follow until they pass it: the corpus is read at most once
 * per token. Among a few, reading just their texts is quicker than looking for a rare token through
 * the whole corpus.
 */
function recordsHolding({ text, starts, texts }: SearchCorpus, token: string, among: ArrayLike<number> | undefined): number[] {
  const found: number[] = [];
  if (among && among.length <= texts.length / FEW_RECORDS) {
    for (let i = 0; i < among.length; i++) if (texts[among[i]!]!.includes(token)) found.push(among[i]!);
    return found;
  }
  if (!among) {
    let record = 0;
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, starts[record + 1])) {
      while (starts[record + 1]! <= at) record++;
      found.push(record);
    }
    return found;
  }
  let next = -1;
  for (let i = 0; i < among.length; i++) {
    const record = among[i]!;
    if (next < starts[record]!) {
      next = text.indexOf(token, starts[record]);
      if (next === -1) break;
    }
    if (next < starts[record + 1]!) found.push(record);
  }
  return found;
}

/** The rows (by position) whose text holds every token of one query. */
export interface QueryMatches {
  tokens: readonly string[];
  /** 1 at the position of each matching text. */
  matches: Uint8Array;
  /** The matching positions, in order. */
  positions: Int32Array;
}

/** Every earlier token occurs within some later token, so anything the later query matches, the earlier one did. */
const narrows = (later: readonly string[], earlier: readonly string[]) =>
  earlier.every((token) => later.some((other) => other.includes(token)));

/**
 * Matches queries against a corpus of records and remembers the last few results. A query that
 * narrows a remembered one ("gas" → "gas p") looks only at that query's matches, and a query met
 * again (deleting a letter) is answered from memory.
 */
export function createTextMatcher(corpus: SearchCorpus, remember = 16) {
  const recent = new Map<string, QueryMatches>();
  const count = corpus.starts.length - 1;
  return (tokens: readonly string[]): QueryMatches => {
    const key = tokens.join('\u0000');
    const known = recent.get(key);
    if (known) {
      // Most recently used last, so the oldest is evicted first.
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    let narrowest: QueryMatches | undefined;
    for (const entry of recent.values()) {
      if (narrows(tokens, entry.tokens) && (!narrowest || entry.positions.length < narrowest.positions.length)) narrowest = entry;
    }
    let found: ArrayLike<number> | undefined = narrowest?.positions;
    for (const token of tokens) found = recordsHolding(corpus, token, found);
    const positions = found ? new Int32Array(found) : Int32Array.from({ length: count }, (_, position) => position);
    const matches = new Uint8Array(count);
    for (const position of positions) matches[position] = 1;
    const answer = { tokens, matches, positions };
    recent.set(key, answer);
    if (recent.size > remember) recent.delete(recent.keys().next().value!);
    return answer;
  };
}
