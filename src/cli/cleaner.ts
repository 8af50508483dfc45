import type { CleanOptions, CleanResult } from '../index.js';
import type { DocumentPrint } from '../corpus/duplicate-index.js';

/** Cleans documents, in this thread or in a pool of worker threads; results come back as promises. */
export interface Cleaner {
  /** `site`: the document's site, for corpus mode (see CleanOptions.site). */
  clean(text: string, site?: string): Promise<CleanResult>;
  /**
   * The duplicate check's print of a result's cleaned text (see printOf), when the thread that
   * cleaned it made one: null for a text without a word to compare, undefined when none was made
   * (the caller then makes it).
   */
  print?(result: CleanResult): DocumentPrint | null | undefined;
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
export async function workerCleaner(
  count: number,
  cleanText: (text: string, options?: CleanOptions) => CleanResult,
  options: CleanOptions,
  printThreshold?: number,
): Promise<Cleaner> {
  const { startPool } = await import('./pool.js');
  const { cleanTask } = await import('./clean-task.js');
  const setup: WorkerSetup = printThreshold === undefined ? { options } : { options, printThreshold };
  // This thread cleans its share too (see startPool), as the workers do.
  const pool = await startPool<CleanTask, Cleaned>(new URL('./clean-worker.js', import.meta.url), count, setup, (task) => cleanTask(cleanText, setup, task));
  // With the duplicate check on, each worker also makes the cleaned text's print, so that the
  // parent thread, which compares them in input order, only looks them up.
  const prints = new WeakMap<CleanResult, DocumentPrint | null>();
  return {
    window: count * 4,
    clean: async (text, site) => {
      const { result, print } = await pool.run(site === undefined ? { text } : { text, site });
      if (print !== undefined) prints.set(result, print);
      return result;
    },
    print: (result) => prints.get(result),
    close: () => pool.close(),
  };
}

/** What a worker of the pool is given once (see clean-worker.ts). */
export interface WorkerSetup {
  options: CleanOptions;
  /** Make each cleaned text's duplicate print at this threshold; absent: make none. */
  printThreshold?: number;
}

/** One document for a worker of the pool (see clean-worker.ts). */
export interface CleanTask {
  text: string;
  site?: string;
}

/** A worker's answer: the result, and the print when its setup asks for prints. */
export interface Cleaned {
  result: CleanResult;
  print?: DocumentPrint | null;
}
