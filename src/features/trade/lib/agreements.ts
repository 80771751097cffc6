import { SECTORS, STATUSES, type Agreement, type AgreementStatus, type Sector } from '../../../data/vocabulary';
import { agreementsInRange, type YearRange } from '../../../data/selectors';

export type SectorRow = { sector: Sector; count: number } & Record<AgreementStatus, number>;

/**
 * Agreements per sector in the range, with a count per status; every sector appears (zeros included),
 * most agreements first, ties in the format's sector order.
 */
export function agreementsBySector(agreements: readonly Agreement[], range: YearRange): SectorRow[] {
  const inRange = agreementsInRange(agreements, range);
  const rows = SECTORS.map((sector) => {
    const row = { sector, count: 0 } as SectorRow;
    for (const status of STATUSES) row[status] = 0;
    for (const agreement of inRange) {
      if (agreement.sector !== sector) continue;
      row.count += 1;
      row[agreement.status] += 1;
    }
    return row;
  });
  return rows.sort((a, b) => b.count - a.count || SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector));
}

/** Statuses that occur in the rows, in the format's order (the stacked view only draws these). */
export function statusesUsed(rows: readonly SectorRow[]): AgreementStatus[] {
  return STATUSES.filter((status) => rows.some((row) => row[status] > 0));
}

export function agreementSourceIds(agreements: readonly Agreement[], range: YearRange): string[] {
  const ids = new Set<string>();
  for (const agreement of agreementsInRange(agreements, range)) for (const id of agreement.sourceIds) ids.add(id);
  return [...ids];
}

/** Agreements in the range whose record is not fully verified, per sector. */
export function uncertainAgreements(agreements: readonly Agreement[], range: YearRange): Map<Sector, number> {
  const result = new Map<Sector, number>();
  for (const agreement of agreementsInRange(agreements, range)) {
    if (agreement.confidence !== 'verified') result.set(agreement.sector, (result.get(agreement.sector) ?? 0) + 1);
  }
  return result;
}
