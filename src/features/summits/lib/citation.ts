/**
 * Citations of a meeting page and of its sources, in APA 7 and BibTeX. Pure: the page address and
 * the access date come from the caller (window.location and today's date at the call site).
 * Citation styles are English-language conventions, so month names and wording are English.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

interface DateParts {
  year: string;
  month?: number; // 1–12
  day?: number;
}

/** Splits YYYY, YYYY-MM or YYYY-MM-DD; anything else is kept as the year text. */
function dateParts(date: string): DateParts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return { year: date.trim() || 'n.d.' };
  const parts: DateParts = { year: match[1]! };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return parts;
}

/**
 * "(2024, June 2)", "(2024, June)", "(2024)" or "(n.d.)"; a date worked out from the content rather
 * than stated by the source is approximate, "(ca. 2024)".
 */
export function apaDate(date: string | undefined, inferred = false): string {
  if (!date) return '(n.d.)';
  const { year, month, day } = dateParts(date);
  const monthName = month !== undefined ? MONTHS[month - 1] : undefined;
  const shown = !monthName ? year : day !== undefined ? `${year}, ${monthName} ${day}` : `${year}, ${monthName}`;
  return inferred ? `(ca. ${shown})` : `(${shown})`;
}

/** "November 23, 2026", as APA writes retrieval dates. */
export function apaRetrievalDate(isoDate: string): string {
  const { year, month, day } = dateParts(isoDate);
  const monthName = month !== undefined ? MONTHS[month - 1] : undefined;
  if (!monthName) return year;
  return day !== undefined ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}

/** A title or name closed with a full stop, unless it already ends with punctuation that closes it. */
function closed(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface PageCitationInput {
  /** The meeting's title as the page shows it. */
  title: string;
  /** The site, which APA treats as the group author: "Bilateral". */
  siteName: string;
  /** The dataset the page belongs to: its title. */
  datasetTitle: string;
  /** When the dataset was last updated, YYYY-MM-DD: the page's date. */
  updated: string;
  /** The page address, from window.location at the call site. */
  url: string;
  /** Today, YYYY-MM-DD: pages built from a dataset change, so APA asks for a retrieval date. */
  accessed: string;
}

/** APA 7, page in a changing reference work: "Site. (Date). Title. In Dataset. Retrieved Month D, YYYY, from URL" */
export function apaPageCitation(input: PageCitationInput): string {
  return `${closed(input.siteName)} ${apaDate(input.updated)}. ${closed(input.title)} In ${closed(input.datasetTitle)} Retrieved ${apaRetrievalDate(input.accessed)}, from ${input.url}`;
}

export interface SourceCitationInput {
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; none when not known. */
  date?: string | undefined;
  /** The date is worked out from the content, not stated by the source. */
  dateInferred?: boolean | undefined;
  url?: string | undefined;
}

/** APA 7 with the publisher as group author: "Publisher. (Date). Title. URL" */
export function apaSourceCitation(source: SourceCitationInput): string {
  const parts = [closed(source.publisher), `${apaDate(source.date, source.dateInferred)}.`, closed(source.title)];
  if (source.url) parts.push(source.url);
  return parts.join(' ');
}

/** Escapes the characters that mean something to (La)TeX inside a braced BibTeX field. */
export function bibtexEscape(text: string): string {
  const specials: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text
    .replace(/[\\{}&%$#_~^]/g, (char) => specials[char] ?? `\\${char}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A citation key from an id: letters, digits, "-", "_" and ":" only. */
export function bibtexKey(prefix: string, id: string): string {
  return `${prefix}:${id}`.replace(/[^A-Za-z0-9:_-]/g, '-');
}

/** A URL made safe inside braces (braces and backslashes percent-encoded; nothing else touched). */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\\/g, '%5C');
}

function bibtexEntry(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value},` : `  ${name} = {${value}},`));
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

function bibtexDateFields(date: string | undefined): [string, string | undefined][] {
  if (!date) return [];
  const { year, month } = dateParts(date);
  return [
    ['year', /^\d{4}$/.test(year) ? year : undefined],
    ['month', month !== undefined ? BIBTEX_MONTHS[month - 1] : undefined],
  ];
}

/** A @misc entry for the meeting page (url and urldate for biblatex, howpublished and note for classic BibTeX). */
export function bibtexPageCitation(input: PageCitationInput & { id: string }): string {
  return bibtexEntry('misc', bibtexKey('bilateral', input.id), [
    ['author', `{${bibtexEscape(input.siteName)}}`],
    ['title', bibtexEscape(input.title)],
    ['howpublished', `In: ${bibtexEscape(input.datasetTitle)}`],
    ...bibtexDateFields(input.updated),
    ['url', bibtexUrl(input.url)],
    ['urldate', input.accessed],
    ['note', `Accessed ${input.accessed}`],
  ]);
}

/** A @misc entry for one source, with the publisher as (corporate) author. */
export function bibtexSourceCitation(source: SourceCitationInput & { id: string }): string {
  return bibtexEntry('misc', bibtexKey('source', source.id), [
    ['author', `{${bibtexEscape(source.publisher)}}`],
    ['title', bibtexEscape(source.title)],
    ['publisher', bibtexEscape(source.publisher)],
    ...bibtexDateFields(source.date),
    ['url', source.url ? bibtexUrl(source.url) : undefined],
    ['note', source.date && source.dateInferred ? 'Date inferred from the content' : undefined],
  ]);
}

/** Today's date as YYYY-MM-DD in the reader's calendar (not UTC: it is the day they read the page). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
