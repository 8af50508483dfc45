import type { CleanOptions, CleanResult } from '../index.js';

/** Cleans documents, in this thread or in a pool of worker threads; results come back as promises. */
export interface Cleaner {
  /** `site`: the document's site, for corpus mode (see CleanOptions.site). */
  clean(text: string, site?: string): Promise<CleanResult>;
  /** How many documents are worth having in flight at once. */
  readonly window: number;
  close(): Promise<void>;
}

export function inThreadCleaner(cleanText: (text: string, options?: CleanOptions) => CleanResult, options: CleanOptions): Cleaner {
  return {
    clean: async (text, site) => cleanText(text, site === undefined ? options : { ...options, site }),
    window: 1,
    close: async () => {},
  };
}

/**
 * A pool of `count` worker threads, each with the engine loaded once and the options received
 * once (a corpus profile's arrays live in shared memory, so they are not copied). The engine is pure, so a
 * document cleans the same in any thread; the caller delivers results in input order, so the output
 * and the report do not depend on which thread finished first.
 */
export async function workerCleaner(count: number, options: CleanOptions): Promise<Cleaner> {
  const { startPool } = await import('./pool.js');
  const pool = await startPool<CleanTask, CleanResult>(new URL('./clean-worker.js', import.meta.url), count, options);
  return {
    window: count * 4,
    clean: (text, site) => pool.run(site === undefined ? { text } : { text, site }),
    close: () => pool.close(),
  };
}

/** One document for a worker of the pool (see clean-worker.ts). */
export interface CleanTask {
  text: string;
  site?: string;
}
