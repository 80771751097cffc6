import type { Agreement, AgreementStatus, Dataset, Sector, Source, Summit } from '../../../data/vocabulary';
import { createSearchCorpus, searchableText, type SearchCorpus } from '../../../lib/search-text';

/** One agreement prepared for the table: the record plus what filtering and sorting need, computed once. */
export interface AgreementRow {
  id: string;
  /** Position in the prepared list (newest first): lets sort ranks live in a typed array. */
  index: number;
  /** Dense rank of the date, oldest 0: sorting by date compares two integers. */
  dateRank: number;
  agreement: Agreement;
  date: string;
  year: number;
  sector: Sector;
  status: AgreementStatus;
  summit: Summit | undefined;
  sources: Source[];
  /** Title, summary, note and their translations, normalised for search (the row's part of the corpus). */
  search: string;
}

export interface PreparedAgreements {
  rows: AgreementRow[];
  /** The rows' search texts, in row order. */
  searchCorpus: SearchCorpus;
  summitsById: Map<string, Summit>;
  sourcesById: Map<string, Source>;
}

const cache = new WeakMap<Dataset, PreparedAgreements>();

function textsOf(agreement: Agreement): (string | undefined)[] {
  const texts: (string | undefined)[] = [agreement.title, agreement.summary, agreement.note, agreement.id];
  for (const translation of Object.values(agreement.translations ?? {})) {
    texts.push(translation.title, translation.summary);
  }
  return texts;
}

/**
 * The dataset's agreements as table rows, newest first (the default order, so the default sort
 * finds them already in order). Memoised per dataset object: a 100,000-row file is prepared once.
 */
export function prepareAgreements(dataset: Dataset): PreparedAgreements {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const summitsById = new Map(dataset.summits.map((summit) => [summit.id, summit]));
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows: AgreementRow[] = dataset.agreements.map((agreement) => ({
    id: agreement.id,
    index: 0,
    dateRank: 0,
    agreement,
    date: agreement.date,
    year: Number(agreement.date.slice(0, 4)),
    sector: agreement.sector,
    status: agreement.status,
    summit: agreement.summitId === undefined ? undefined : summitsById.get(agreement.summitId),
    sources: agreement.sourceIds.flatMap((id) => {
      const source = sourcesById.get(id);
      return source ? [source] : [];
    }),
    search: searchableText(textsOf(agreement)),
  }));
  // Stable: equal dates keep the dataset's order.
  rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let rank = new Set(rows.map((row) => row.date)).size;
  rows.forEach((row, index) => {
    row.index = index;
    if (index === 0 || rows[index - 1]!.date !== row.date) rank -= 1;
    row.dateRank = rank;
  });
  const searchCorpus = createSearchCorpus(rows.map((row) => row.search));
  rows.forEach((row, index) => {
    row.search = searchCorpus.texts[index]!;
  });
  const prepared = { rows, searchCorpus, summitsById, sourcesById };
  cache.set(dataset, prepared);
  return prepared;
}
