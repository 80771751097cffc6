import type { Agreement, Claim, Dataset, Source, Summit, TradeRecord } from '../../../data/vocabulary';
import { matchesAllTokens, searchTokens, searchableText } from '../../../lib/search-text';

/** The records that cite one source. */
export interface Citations {
  trade: TradeRecord[];
  summits: Summit[];
  agreements: Agreement[];
  claims: Claim[];
}

export interface SourceRow {
  source: Source;
  citations: Citations;
  /** Title, publisher, note, id and address, normalised for search. */
  search: string;
}

const empty = (): Citations => ({ trade: [], summits: [], agreements: [], claims: [] });

/** For every source, the trade figures, meetings, agreements and claims that list it in sourceIds. */
export function citationsBySource(dataset: Dataset): Map<string, Citations> {
  const index = new Map<string, Citations>(dataset.sources.map((source) => [source.id, empty()]));
  const add = <K extends keyof Citations>(kind: K, record: Citations[K][number], sourceIds: readonly string[]) => {
    for (const id of new Set(sourceIds)) (index.get(id)?.[kind] as Citations[K][number][] | undefined)?.push(record);
  };
  for (const row of dataset.trade) add('trade', row, row.sourceIds);
  for (const summit of dataset.summits) add('summits', summit, summit.sourceIds);
  for (const agreement of dataset.agreements) add('agreements', agreement, agreement.sourceIds);
  for (const claim of dataset.claims) add('claims', claim, claim.sourceIds);
  return index;
}

const cache = new WeakMap<Dataset, SourceRow[]>();

/** Every source with its citations, in the dataset's order; memoised per dataset. */
export function sourceRows(dataset: Dataset): SourceRow[] {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const citations = citationsBySource(dataset);
  const rows = dataset.sources.map((source) => ({
    source,
    citations: citations.get(source.id) ?? empty(),
    search: searchableText([source.title, source.publisher, source.note, source.id, source.url, source.date]),
  }));
  cache.set(dataset, rows);
  return rows;
}

/** Sources whose text contains every word of the query (any order, any case, no accents needed). */
export function filterSources(rows: readonly SourceRow[], query: string): SourceRow[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [...rows];
  return rows.filter((row) => matchesAllTokens(row.search, tokens));
}

export const citationTotal = (citations: Citations): number =>
  citations.trade.length + citations.summits.length + citations.agreements.length + citations.claims.length;
