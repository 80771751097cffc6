/**
 * The fixed vocabulary of dataset format version 1 and its small checks, without the schema library:
 * views import these, so the schema (and its library) can load with the data instead of with the
 * first screen. src/data/schema.ts builds the full format from them.
 */

export const SECTORS = [
  'energy',
  'trade-finance',
  'technology-industry',
  'infrastructure-logistics',
  'agriculture',
  'security-strategic',
  'culture-humanitarian',
] as const;
export type Sector = (typeof SECTORS)[number];

export const STATUSES = [
  'signed',
  'contract',
  'memorandum',
  'under-negotiation',
  'announced',
  'operational',
] as const;
export type AgreementStatus = (typeof STATUSES)[number];

export const SUMMIT_KINDS = [
  'state-visit',
  'official-visit',
  'working-visit',
  'multilateral',
  'co-attended',
  'virtual',
] as const;
export type SummitKind = (typeof SUMMIT_KINDS)[number];

/** How sure the record is: from a retrieved source, partly so, computed from sourced figures, or not confirmed. */
export const CONFIDENCES = ['verified', 'partial', 'derived', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const SOURCE_KINDS = ['statistics', 'official', 'press', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Hosts that are not one of the two parties. */
export const NON_PARTY_HOSTS = ['third-country', 'online'] as const;

export const MAX_TEXT = 4000;

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Files larger than this are refused before parsing: no real dataset of this kind comes near it. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

export type { Agreement, Claim, Dataset, Party, Source, Summit, Topic, TradeRecord, Translations } from './schema';
