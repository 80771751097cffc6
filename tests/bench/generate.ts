import {
  CONFIDENCES,
  SECTORS,
  STATUSES,
  SUMMIT_KINDS,
  type Agreement,
  type Dataset,
  type Source,
  type Summit,
  type TradeRecord,
} from '../../src/data/vocabulary';

/**
 * Generates a large VALID dataset (format v1, integrity rules included) for benchmarks and property
 * tests: `generateDataset({ summits: 5000, agreements: 100000 })`. Deterministic for a given seed.
 */
export interface GenerateOptions {
  summits: number;
  agreements: number;
  /** Number of sources (default: 50). */
  sources?: number;
  /** Seed of the pseudo-random generator (default: 1). */
  seed?: number;
}

/** mulberry32: small, fast, good enough to vary test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'energy', 'pipeline', 'gas', 'oil', 'grain', 'bank', 'payment', 'railway', 'bridge', 'port', 'nuclear', 'satellite',
  'customs', 'tourism', 'education', 'film', 'science', 'aviation', 'shipbuilding', 'logistics', 'investment', 'fund',
  'border', 'river', 'arctic', 'route', 'power', 'coal', 'timber', 'fertiliser', 'media', 'health', 'sport', 'youth',
];
const CITIES = ['Moscow', 'Beijing', 'Shanghai', 'Saint Petersburg', 'Vladivostok', 'Harbin', 'Kazan', 'Astana', 'Samarkand', 'Bishkek'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function generateDataset({ summits: summitCount, agreements: agreementCount, sources: sourceCount = 50, seed = 1 }: GenerateOptions): Dataset {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const phrase = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const FIRST_YEAR = 1950;
  const YEARS = 76; // 1950–2025
  const date = (index: number, total: number) => {
    const year = FIRST_YEAR + Math.min(YEARS - 1, Math.floor((index / Math.max(1, total)) * YEARS));
    return `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
  };

  const sources: Source[] = Array.from({ length: Math.max(1, sourceCount) }, (_, index) => ({
    id: `src-${index + 1}`,
    title: `Report on ${phrase(3)} (${index + 1})`,
    publisher: pick(['Customs Office', 'Ministry of Foreign Affairs', 'News Agency', 'Research Institute']),
    date: `${2000 + (index % 25)}-${pad(1 + (index % 12))}`,
    url: `https://example.org/sources/${index + 1}`,
    kind: pick(['statistics', 'official', 'press', 'analysis'] as const),
  }));
  const sourceId = () => (sources[Math.floor(next() * sources.length)] as Source).id;

  const summits: Summit[] = Array.from({ length: summitCount }, (_, index) => {
    const kind = pick(SUMMIT_KINDS);
    const host = kind === 'virtual' ? 'online' : kind === 'multilateral' ? 'third-country' : pick(['RU', 'CN'] as const);
    return {
      id: `m-${pad(index + 1, 6)}`,
      start: date(index, summitCount),
      title: `Meeting on ${phrase(2)} in ${pick(CITIES)}`,
      kind,
      host,
      city: pick(CITIES),
      summary: `Leaders discussed ${phrase(4)} and ${phrase(2)}.`,
      agreementIds: [],
      sourceIds: [sourceId()],
      confidence: pick(CONFIDENCES),
    };
  });
  summits.sort((a, b) => a.start.localeCompare(b.start));

  const agreements: Agreement[] = Array.from({ length: agreementCount }, (_, index) => {
    const id = `a-${pad(index + 1, 6)}`;
    const agreement: Agreement = {
      id,
      title: `Agreement on ${phrase(3)} no. ${index + 1}`,
      date: date(index, agreementCount),
      sector: pick(SECTORS),
      status: pick(STATUSES),
      summary: `Covers ${phrase(5)}.`,
      sourceIds: [sourceId()],
      confidence: pick(CONFIDENCES),
    };
    // About a third were signed at a meeting: link both ways, as the integrity rules require.
    if (summits.length > 0 && next() < 0.33) {
      const summit = summits[Math.floor(next() * summits.length)] as Summit;
      agreement.summitId = summit.id;
      agreement.date = summit.start;
      summit.agreementIds.push(id);
    }
    return agreement;
  });

  const trade: TradeRecord[] = [];
  for (let year = 1992; year <= 2025; year++) {
    const total = Math.round((5 + (year - 1992) * 7 + next() * 10) * 10) / 10;
    trade.push({ year, reporter: 'CN', totalUsdBn: total, sourceIds: [sourceId()], confidence: 'verified' });
    trade.push({ year, reporter: 'RU', totalUsdBn: Math.round(total * 0.95 * 10) / 10, sourceIds: [sourceId()], confidence: 'partial' });
  }

  return {
    schemaVersion: 1,
    meta: {
      title: `Generated benchmark dataset (${summitCount} meetings, ${agreementCount} agreements)`,
      parties: [
        { id: 'RU', name: 'Russia' },
        { id: 'CN', name: 'China' },
      ],
      currency: 'USD',
      updated: '2026-01-01',
      license: 'CC0 1.0',
      description: 'Synthetic data generated for benchmarks and property tests; not real events.',
    },
    sources,
    trade,
    summits,
    agreements,
    claims: [],
    topics: [],
  };
}
