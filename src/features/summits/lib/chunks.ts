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

export const CHUNK_SIZE = 5;

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

/** What a year's list shows: drawn chunks, and one placeholder for each run of chunks not drawn yet. */
export type ChunkSlot = { kind: 'drawn'; chunk: TimelineChunk } | { kind: 'placeholder'; keys: string[]; size: number };

/**
 * A year's chunks as slots. Consecutive undrawn chunks share one placeholder, so a long year costs
 * one element until it is read rather than one per chunk.
 */
export function chunkSlots(chunks: readonly TimelineChunk[], isDrawn: (key: string) => boolean): ChunkSlot[] {
  const slots: ChunkSlot[] = [];
  for (const chunk of chunks) {
    const previous = slots.at(-1);
    if (isDrawn(chunk.key)) slots.push({ kind: 'drawn', chunk });
    else if (previous?.kind === 'placeholder') {
      previous.keys.push(chunk.key);
      previous.size += chunk.summits.length;
    } else slots.push({ kind: 'placeholder', keys: [chunk.key], size: chunk.summits.length });
  }
  return slots;
}

interface Band {
  top: number;
  bottom: number;
}

/**
 * The chunks of a placeholder (`keys`, top to bottom, taken as equally tall) that overlap the band
 * near the screen. At least one, so each look at a placeholder in the band draws something.
 */
export function chunksInBand(keys: readonly string[], placeholder: Band, band: Band): string[] {
  const height = (placeholder.bottom - placeholder.top) / keys.length;
  if (!(height > 0)) return keys.slice(0, 1);
  const first = Math.min(keys.length - 1, Math.max(0, Math.floor((band.top - placeholder.top) / height)));
  const last = Math.min(keys.length - 1, Math.max(first, Math.ceil((band.bottom - placeholder.top) / height) - 1));
  return keys.slice(first, last + 1);
}
