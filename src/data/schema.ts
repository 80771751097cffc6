import './zod-config';
import { z } from 'zod';
import {
  CONFIDENCES,
  ISO_DATE,
  MAX_TEXT,
  PARTIAL_DATE,
  SECTORS,
  SOURCE_KINDS,
  STATUSES,
  SUMMIT_KINDS,
  isCalendarDate,
  isHttpUrl,
} from './vocabulary';

/**
 * Dataset format, version 1. This file is the single definition of the format: the app parses
 * with it, `npm run validate-data` checks files with it, and data/relations.schema.json is
 * generated from it (`npm run schema`).
 */


const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
    message: 'must be 1–100 letters, digits, dots, dashes or underscores',
  })
  .meta({ description: 'Identifier, unique within its list: letters, digits, ".", "-", "_".' });

const text = (description: string) =>
  z.string().trim().min(1, { message: 'must not be empty' }).max(MAX_TEXT).meta({ description });

const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a real calendar date' })
  .meta({ description: 'A calendar date, YYYY-MM-DD.', format: 'date' });

const partialDate = z
  .string()
  .regex(PARTIAL_DATE, { message: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY' })
  .refine((value) => value.length < 10 || isCalendarDate(value), {
    message: 'is not a real calendar date',
  })
  .meta({ description: 'Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known.' });

const httpUrl = z
  .string()
  .max(2000)
  .refine(isHttpUrl, { message: 'must be an http:// or https:// address' })
  .meta({ description: 'Web address (http or https only).', format: 'uri' });

const year = z
  .number()
  .int({ message: 'must be a whole year' })
  .min(1900, { message: 'must be 1900 or later' })
  .max(2100, { message: 'must be 2100 or earlier' });

const usdBn = (description: string) =>
  z
    .number()
    .finite()
    .min(0, { message: 'must not be negative' })
    .max(1_000_000)
    .meta({ description });

const sourceIds = z
  .array(id)
  .min(1, { message: 'must name at least one source' })
  .meta({ description: 'Ids of the entries in `sources` that support this record.' });

const confidence = z.enum(CONFIDENCES).meta({
  description:
    'verified: stated in a cited source; partial: the sources support part of it; derived: computed from sourced figures (say how in note); unverified: not confirmed by a retrieved source.',
});

const note = text('Free-text remark: caveats, derivations, disagreements.').optional();

const translation = z
  .object({
    title: text('Translated title.').optional(),
    summary: text('Translated summary.').optional(),
    statement: text('Translated statement (claims).').optional(),
    name: text('Translated name (parties).').optional(),
    description: text('Translated description (meta).').optional(),
  })
  .meta({ description: 'Translated text fields for one language.' });

const translations = z
  .record(
    z.string().regex(/^[a-z]{2,3}$/, { message: 'must be a language code such as "ru" or "zh"' }),
    translation,
  )
  .optional()
  .meta({
    description:
      'Optional translations keyed by language code ("ru", "zh", ...). Missing fields fall back to the English text.',
  });

export const PartySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,12}$/, { message: 'must be a short code such as "RU"' }),
  name: text('Name of the party (country).'),
  translations,
});

export const MetaSchema = z.object({
  title: text('Title of the dataset.'),
  parties: z
    .array(PartySchema)
    .length(2, { message: 'must list exactly two parties' })
    .meta({ description: 'The two parties of the relationship.' }),
  currency: z.literal('USD', { message: 'must be "USD" (trade figures are in US dollars)' }),
  updated: isoDate.meta({ description: 'When the dataset was last updated, YYYY-MM-DD.' }),
  license: text('Licence of the dataset, e.g. "CC BY 4.0".'),
  description: text('What the dataset covers.'),
  version: z.string().max(40).optional().meta({ description: 'Optional dataset version label.' }),
  translations,
});

export const SourceSchema = z.object({
  id,
  title: text('Title of the article, release or table.'),
  publisher: text('Who published it.'),
  date: partialDate,
  url: httpUrl.optional(),
  kind: z.enum(SOURCE_KINDS),
  note,
});

export const TradeSchema = z.object({
  year,
  reporter: z.string().meta({ description: 'Id of the party whose statistics these are.' }),
  totalUsdBn: usdBn('Total trade turnover between the parties, USD billions.'),
  exportsUsdBn: usdBn("The reporter's exports to the other party, USD billions.").optional(),
  importsUsdBn: usdBn("The reporter's imports from the other party, USD billions.").optional(),
  yoyPercent: z
    .number()
    .finite()
    .min(-100)
    .max(10_000)
    .optional()
    .meta({ description: 'Year-on-year change of the total as published, percent.' }),
  sourceIds,
  confidence,
  note,
});

export const SummitSchema = z.object({
  id,
  start: isoDate.meta({ description: 'First day of the meeting, YYYY-MM-DD.' }),
  end: isoDate.optional().meta({ description: 'Last day, if it lasted more than one day.' }),
  title: text('Short title in your own words.'),
  kind: z.enum(SUMMIT_KINDS),
  host: z
    .string()
    .meta({ description: 'A party id, "third-country" (elsewhere) or "online" (video).' }),
  city: text('City.').optional(),
  country: text('Country.').optional(),
  event: text('The larger event it was part of, e.g. "SCO summit".').optional(),
  summary: text('One or two sentences on why it mattered.'),
  agreementIds: z
    .array(id)
    .default([])
    .meta({ description: 'Ids of agreements signed at this meeting.' }),
  sourceIds,
  confidence,
  note,
  translations,
});

export const AgreementSchema = z.object({
  id,
  title: text('Short title in your own words.'),
  date: isoDate.meta({ description: 'Date signed or announced, YYYY-MM-DD.' }),
  summitId: id.optional().meta({ description: 'Id of the meeting where it was signed, if any.' }),
  sector: z.enum(SECTORS),
  status: z.enum(STATUSES),
  summary: text('What it is, in one or two sentences.'),
  sourceIds,
  confidence,
  note,
  translations,
});

export const ClaimSchema = z.object({
  id,
  topic: text('What the claim is about, e.g. "trade-2024" or "meeting-count".'),
  statement: text('The statement, in your own words or quoted in quotation marks.'),
  value: z.number().finite().optional().meta({ description: 'The number stated, if any.' }),
  unit: text('Unit of value, e.g. "USD bn" or "%".').optional(),
  year: year.optional().meta({ description: 'The year the claim refers to, if any.' }),
  summitId: id.optional().meta({ description: 'The meeting the claim mentions, if any.' }),
  sourceIds,
  confidence: confidence.optional(),
  note,
  translations,
});

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(1, { message: 'must be 1 (this app reads format version 1)' }),
    meta: MetaSchema,
    sources: z.array(SourceSchema).min(1, { message: 'must list at least one source' }),
    trade: z.array(TradeSchema),
    summits: z.array(SummitSchema),
    agreements: z.array(AgreementSchema),
    claims: z.array(ClaimSchema).default([]),
  })
  .meta({
    title: 'Bilateral dataset, format version 1',
    description:
      'Trade by year, leader meetings and agreements between two parties, every record with its sources and confidence.',
  });

export type Dataset = z.output<typeof DatasetSchema>;
export type Party = Dataset['meta']['parties'][number];
export type Source = Dataset['sources'][number];
export type TradeRecord = Dataset['trade'][number];
export type Summit = Dataset['summits'][number];
export type Agreement = Dataset['agreements'][number];
export type Claim = Dataset['claims'][number];
export type Translations = Summit['translations'];
