import { LOCALES, type Language, type Translate } from './i18n';

/** A cache key from the options' values (cheaper than serialising the object on every call). */
const optionsKey = (language: Language, options: object) => {
  let key: string = language;
  for (const [name, value] of Object.entries(options)) key += `|${name}=${String(value)}`;
  return key;
};

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = optionsKey(language, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A value in billions of US dollars, in the locale's usual short form ("US$244.8bn", "244,8 млрд $", "US$2448亿"). */
export function formatUsdBn(valueBn: number, language: Language): string {
  return numberFormat(language, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(Math.round(valueBn * 1000) * 1e6); // whole millions: no floating-point tail in the digits
}

/** A plain number with at most `digits` decimals, in the locale's separators. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return numberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** A signed percentage such as "+1.9%". */
export function formatChange(percent: number, language: Language): string {
  return numberFormat(language, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(percent / 100);
}

/** Creating an Intl formatter is costly (tens of microseconds, far more on slow phones); each is made once. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = optionsKey(language, options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

const formattedDates = new Map<string, string>();

/** The instant and the Intl options that write a dataset date (YYYY-MM-DD, YYYY-MM or YYYY), or undefined when it is not one. */
function dateToFormat(isoDate: string, style: 'long' | 'short'): { date: Date; options: Intl.DateTimeFormatOptions } | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return undefined;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = style;
  if (day !== undefined) options.day = 'numeric';
  return { date: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)), options };
}

/** Remembered: tables and timelines show the same dates again on every redraw. */
function remembered(key: string, format: () => string): string {
  let text = formattedDates.get(key);
  if (text === undefined) formattedDates.set(key, (text = format()));
  return text;
}

/**
 * A dataset date (YYYY-MM-DD, YYYY-MM or YYYY) in the reader's locale. Dates are calendar days, not
 * instants, so they are formatted in UTC to keep the day from shifting with the reader's time zone.
 */
export function formatDate(isoDate: string, language: Language, style: 'long' | 'short' = 'long'): string {
  return remembered(`${language}|${style}|${isoDate}`, () => {
    const found = dateToFormat(isoDate, style);
    return found ? dateFormat(language, found.options).format(found.date) : isoDate;
  });
}

/**
 * A source's publication date as readers see it: marked when it is worked out from the source's
 * content rather than stated in it, and said to be unknown when the dataset gives none.
 */
export function formatSourceDate(
  source: { date?: string | undefined; dateInferred?: boolean | undefined },
  language: Language,
  t: Translate,
  style: 'long' | 'short' = 'long',
): string {
  if (source.date === undefined) return t('common:sourceDate.unknown');
  const date = formatDate(source.date, language, style);
  return source.dateInferred ? t('common:sourceDate.inferred', { date }) : date;
}

/**
 * formatDate's short form for a narrow column: the date wraps, if it must, only before the year
 * ("15 Sept" over "2025", "15 сент." over "2025 г."), never between a day and its month or a year
 * and its suffix.
 */
export function formatDateForColumn(isoDate: string, language: Language): string {
  return remembered(`${language}|column|${isoDate}`, () => {
    const found = dateToFormat(isoDate, 'short');
    if (!found) return isoDate;
    const parts = dateFormat(language, found.options).formatToParts(found.date);
    return parts
      .map((part, index) => (part.type === 'literal' && parts[index + 1]?.type === 'year' ? part.value : part.value.replaceAll(' ', '\u00a0')))
      .join('');
  });
}

/** A date range such as "22 – 24 March 2013", collapsing shared parts the way the locale does. */
export function formatDateRange(start: string, end: string | undefined, language: Language): string {
  if (!end || end === start) return formatDate(start, language);
  // ICU writes Chinese ranges as bare numbers ("2024/5/16 – 2024/5/17") while single dates read
  // "2024年5月16日"; two written-out dates joined by 至 ("to") keep the two alike.
  if (language === 'zh') return `${formatDate(start, language)}至${formatDate(end, language)}`;
  const toDate = (iso: string) => {
    const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  // ICU versions differ on the spaces around the dash (thin in newer ones, plain in others); plain
  // spaces make the text the same wherever it is formatted, at build time or in the browser.
  return dateFormat(language, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' })
    .formatRange(toDate(start), toDate(end))
    .replace(/\u2009/g, ' ');
}
