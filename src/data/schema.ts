import './zod-config';
import { z } from 'zod/mini';
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
 *
 * Written with zod's small functional API (`zod/mini`): every page loads it, and the method-chaining
 * API brings its whole library along (JSON Schema output included) whether used or not.
 */

const id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'must be 1–100 letters, digits, dots, dashes or underscores' }),
  z.meta({ description: 'Identifier, unique within its list: letters, digits, ".", "-", "_".' }),
);

const text = (description: string) =>
  z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }), z.maxLength(MAX_TEXT), z.meta({ description }));

/** A schema with a description for the JSON Schema (a copy: the original keeps its own). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.meta({ description })) as T;

const isoDate = z.string().check(
  z.regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD' }),
  z.refine(isCalendarDate, { message: 'is not a real calendar date' }),
  z.meta({ description: 'A calendar date, YYYY-MM-DD.', format: 'date' }),
);

const partialDate = z.string().check(
  z.regex(PARTIAL_DATE, { message: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY' }),
  z.refine((value) => value.length === 4 || isCalendarDate(value.length === 7 ? `${value}-01` : value), { message: 'is not a real calendar date' }),
  z.meta({ description: 'Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. Leave it out when the date is not known at all.' }),
);

const httpUrl = z.string().check(
  z.maxLength(2000),
  z.refine(isHttpUrl, { message: 'must be an http:// or https:// address' }),
  z.meta({ description: 'Web address (http or https only).', format: 'uri' }),
);

const year = z.number().check(
  z.int({ message: 'must be a whole year' }),
  z.minimum(1900, { message: 'must be 1900 or later' }),
  z.maximum(2100, { message: 'must be 2100 or earlier' }),
);

const usdBn = (description: string) =>
  z.number().check(z.minimum(0, { message: 'must not be negative' }), z.maximum(1_000_000), z.meta({ description }));

const sourceIds = z.array(id).check(
  z.minLength(1, { message: 'must name at least one source' }),
  z.meta({ description: 'Ids of the entries in `sources` that support this record.' }),
);

const confidence = described(
  z.enum(CONFIDENCES),
  'verified: stated in a cited source; partial: the sources support part of it; derived: computed from sourced figures (say how in note); unverified: not confirmed by a retrieved source.',
);

const note = z.optional(text('Free-text remark: caveats, derivations, disagreements.'));

const translation = described(
  z.object({
    title: z.optional(text('Translated title.')),
    summary: z.optional(text('Translated summary.')),
    statement: z.optional(text('Translated statement (claims).')),
    name: z.optional(text('Translated name (parties).')),
    description: z.optional(text('Translated description (meta).')),
  }),
  'Translated text fields for one language.',
);

const translations = described(
  z.optional(z.record(z.string().check(z.regex(/^[a-z]{2,3}$/, { message: 'must be a language code such as "ru" or "zh"' })), translation)),
  'Optional translations keyed by language code ("ru", "zh", ...). Missing fields fall back to the English text.',
);

export const PartySchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,12}$/, { message: 'must be a short code such as "RU"' })),
  name: text('Name of the party (country).'),
  translations,
});

export const MetaSchema = z.object({
  title: text('Title of the dataset.'),
  parties: z.array(PartySchema).check(z.length(2, { message: 'must list exactly two parties' }), z.meta({ description: 'The two parties of the relationship.' })),
  currency: z.literal('USD', { message: 'must be "USD" (trade figures are in US dollars)' }),
  updated: described(isoDate, 'When the dataset was last updated, YYYY-MM-DD.'),
  license: text('Licence of the dataset, e.g. "CC BY 4.0".'),
  description: text('What the dataset covers.'),
  version: described(z.optional(z.string().check(z.maxLength(40))), 'Optional dataset version label.'),
  translations,
});

export const SourceSchema = z.object({
  id,
  title: text('Title of the article, release or table.'),
  publisher: text('Who published it.'),
  date: z.optional(partialDate),
  dateInferred: described(
    z.optional(z.boolean()),
    'true when the source does not state its date and `date` is worked out from its content (say how in note); shown as such.',
  ),
  url: z.optional(httpUrl),
  kind: z.enum(SOURCE_KINDS),
  note,
});

export const TradeSchema = z.object({
  year,
  reporter: described(z.string(), 'Id of the party whose statistics these are.'),
  totalUsdBn: usdBn('Total trade turnover between the parties, USD billions.'),
  exportsUsdBn: z.optional(usdBn("The reporter's exports to the other party, USD billions.")),
  importsUsdBn: z.optional(usdBn("The reporter's imports from the other party, USD billions.")),
  yoyPercent: described(
    z.optional(z.number().check(z.minimum(-100), z.maximum(10_000))),
    'Year-on-year change of the total, percent, as published. A change computed from two totals makes the row derived (say so in note).',
  ),
  sourceIds,
  confidence,
  note,
});

export const SummitSchema = z.object({
  id,
  start: described(isoDate, 'First day of the meeting, YYYY-MM-DD.'),
  end: described(z.optional(isoDate), 'Last day, if it lasted more than one day.'),
  title: text('Short title in your own words.'),
  kind: z.enum(SUMMIT_KINDS),
  host: described(z.string(), 'A party id, "third-country" (elsewhere) or "online" (video).'),
  city: z.optional(text('City.')),
  country: z.optional(text('Country.')),
  event: z.optional(text('The larger event it was part of, e.g. "SCO summit".')),
  summary: text('One or two sentences on why it mattered.'),
  agreementIds: described(z._default(z.array(id), []), 'Ids of agreements signed at this meeting.'),
  sourceIds,
  confidence,
  note,
  translations,
});

export const AgreementSchema = z.object({
  id,
  title: text('Short title in your own words.'),
  date: described(isoDate, 'Date signed or announced, YYYY-MM-DD.'),
  summitId: described(z.optional(id), 'Id of the meeting where it was signed, if any.'),
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
  value: described(z.optional(z.number()), 'The number stated, if any.'),
  unit: z.optional(text('Unit of value, e.g. "USD bn" or "%".')),
  year: described(z.optional(year), 'The year the claim refers to, if any.'),
  summitId: described(z.optional(id), 'The meeting the claim mentions, if any.'),
  sourceIds,
  confidence: z.optional(confidence),
  note,
  translations,
});

export const TopicSchema = z.object({
  id: described(id, 'The topic, as written in the claims\' `topic`.'),
  title: text('A short heading for the topic in your own words, e.g. "Trade in 2024".'),
  translations,
});

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(1, { message: 'must be 1 (this app reads format version 1)' }),
    meta: MetaSchema,
    sources: z.array(SourceSchema).check(z.minLength(1, { message: 'must list at least one source' })),
    trade: z.array(TradeSchema),
    summits: z.array(SummitSchema),
    agreements: z.array(AgreementSchema),
    claims: z._default(z.array(ClaimSchema), []),
    topics: described(z._default(z.array(TopicSchema), []), 'Optional headings for claim topics; a topic without one is shown by its id.'),
  })
  .check(
    z.meta({
      title: 'Bilateral dataset, format version 1',
      description:
        'Trade by year, leader meetings and agreements between two parties, every record with its sources and confidence.',
    }),
  );

export type Dataset = z.output<typeof DatasetSchema>;
export type Party = Dataset['meta']['parties'][number];
export type Source = Dataset['sources'][number];
export type TradeRecord = Dataset['trade'][number];
export type Summit = Dataset['summits'][number];
export type Agreement = Dataset['agreements'][number];
export type Claim = Dataset['claims'][number];
export type Topic = Dataset['topics'][number];
export type Translations = Summit['translations'];
