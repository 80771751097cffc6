import { del, get, set } from 'idb-keyval';

/**
 * A dataset file the reader loaded from their own computer. It never leaves the browser: the text is
 * kept in IndexedDB so that `?data=local` survives a reload, and re-validated each time it is read.
 */
export interface StoredDataset {
  name: string;
  size: number;
  text: string;
  savedAt: string;
}

const KEY = 'bilateral.localDataset';

/** Fallback for browsers that block IndexedDB (private modes, locked-down profiles): kept for this page only. */
let inMemory: StoredDataset | undefined;

export async function saveLocalDataset(file: StoredDataset): Promise<void> {
  inMemory = file;
  try {
    await set(KEY, file);
  } catch {
    // Storage refused: the file still works until the page is closed.
  }
}

function isStoredDataset(value: unknown): value is StoredDataset {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.name === 'string' && typeof record.text === 'string' && typeof record.size === 'number';
}

export async function readLocalDataset(): Promise<StoredDataset | undefined> {
  if (inMemory) return inMemory;
  try {
    const stored: unknown = await get(KEY);
    return isStoredDataset(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export async function forgetLocalDataset(): Promise<void> {
  inMemory = undefined;
  try {
    await del(KEY);
  } catch {
    // Nothing stored, or storage blocked: nothing to forget.
  }
}
