import type { Claim, Dataset, Topic, TradeRecord } from '../../../data/vocabulary';
import { matchesAllTokens, searchTokens, searchableText } from '../../../lib/search-text';

/** A claim next to what the dataset itself says, when there is something to compare it with. */
export interface ClaimComparison {
  claim: Claim;
  /** Trade totals of the claim's year (one per reporter) when the claim is a US-dollar figure. */
  tradeFigures: TradeRecord[];
}

export interface ClaimGroup {
  topic: string;
  /** The dataset's heading for the topic, when it gives one. */
  heading: Topic | undefined;
  items: ClaimComparison[];
  /** True when the group has claims with different values: a disagreement to read side by side. */
  disagrees: boolean;
}

const isUsdBillions = (claim: Claim) => claim.unit !== undefined && /^USD bn\b/i.test(claim.unit);

/** The dataset's trade figures a claim can be read against: same year, claim stated in USD billions. */
export function tradeFiguresFor(claim: Claim, trade: readonly TradeRecord[]): TradeRecord[] {
  if (claim.year === undefined || claim.value === undefined || !isUsdBillions(claim)) return [];
  return trade.filter((row) => row.year === claim.year).sort((a, b) => a.reporter.localeCompare(b.reporter));
}

/** The smallest difference (USD bn) between a claim and a dataset figure that counts as one: smaller ones are rounding. */
export const NOTABLE_DIFFERENCE_USD_BN = 0.05;

/**
 * Difference of a claim from a dataset figure, in USD bn and percent of the dataset figure, and
 * whether it is more than rounding (`notable`).
 */
export function claimDifference(claimValue: number, figure: number): { absolute: number; percent: number | undefined; notable: boolean } {
  const absolute = claimValue - figure;
  return { absolute, percent: figure > 0 ? (absolute / figure) * 100 : undefined, notable: Math.abs(absolute) >= NOTABLE_DIFFERENCE_USD_BN };
}

function claimSearchText(claim: Claim, heading: Topic | undefined): string {
  const texts: (string | undefined)[] = [claim.topic, heading?.title, claim.statement, claim.note, claim.unit, claim.year?.toString()];
  for (const translation of Object.values(claim.translations ?? {})) texts.push(translation.statement);
  for (const translation of Object.values(heading?.translations ?? {})) texts.push(translation.title);
  return searchableText(texts);
}

/**
 * Claims grouped by topic (topics in order of first appearance), each with the dataset figures it
 * can be compared with. The query matches a claim's own text or its topic's heading.
 */
export function claimGroups(dataset: Dataset, query = ''): ClaimGroup[] {
  const tokens = searchTokens(query);
  const headings = new Map(dataset.topics.map((topic) => [topic.id, topic]));
  const groups = new Map<string, ClaimComparison[]>();
  for (const claim of dataset.claims) {
    if (tokens.length > 0 && !matchesAllTokens(claimSearchText(claim, headings.get(claim.topic)), tokens)) continue;
    const list = groups.get(claim.topic) ?? [];
    list.push({ claim, tradeFigures: tradeFiguresFor(claim, dataset.trade) });
    groups.set(claim.topic, list);
  }
  return [...groups.entries()].map(([topic, items]) => {
    const values = new Set(items.map((item) => `${item.claim.value ?? ''}|${item.claim.unit ?? ''}`));
    const differsFromDataset = items.some((item) =>
      item.tradeFigures.some((row) => item.claim.value !== undefined && claimDifference(item.claim.value, row.totalUsdBn).notable),
    );
    return { topic, heading: headings.get(topic), items, disagrees: values.size > 1 || differsFromDataset };
  });
}
