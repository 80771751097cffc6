import type { Summit } from '../../../data/vocabulary';
import type { YearGroup } from './timeline';

/**
 * Long timelines are drawn in chunks: every year heading is always in the page (so the year strip
 * can jump anywhere and screen readers can list the years), but the meetings of a chunk are only
 * rendered once it comes near the screen. Until then a placeholder of about the same height stands in.
 */
export interface TimelineChunk {
  key: string;
  /** Position of the chunk's first meeting within its year (for <ol start>). */
  offset: number;
  summits: Summit[];
}

export interface ChunkedYear {
  year: number;
  count: number;
  chunks: TimelineChunk[];
}

export const CHUNK_SIZE = 10;

export function chunkYears(groups: readonly YearGroup[], size = CHUNK_SIZE): ChunkedYear[] {
  return groups.map(({ year, summits }) => {
    const chunks: TimelineChunk[] = [];
    for (let offset = 0; offset < summits.length; offset += size) {
      chunks.push({ key: `${year}:${offset / size}`, offset, summits: summits.slice(offset, offset + size) });
    }
    return { year, count: summits.length, chunks };
  });
}

/** The chunks drawn straight away: those holding the first `budget` meetings of the timeline. */
export function initialChunkKeys(years: readonly ChunkedYear[], budget: number): Set<string> {
  const keys = new Set<string>();
  let left = budget;
  for (const year of years) {
    for (const chunk of year.chunks) {
      if (left <= 0) return keys;
      keys.add(chunk.key);
      left -= chunk.summits.length;
    }
  }
  return keys;
}
