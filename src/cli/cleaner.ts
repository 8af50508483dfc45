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
  const { Worker } = await import('node:worker_threads');
  type Pending = { resolve: (result: CleanResult) => void; reject: (error: Error) => void; slot: number };
  const pending = new Map<number, Pending>();
  const load = new Array<number>(count).fill(0);
  const workers = Array.from({ length: count }, (_, slot) => {
    // execArgv: [] so that flags meant for the main script (--input-type, --inspect) stay there.
    const worker = new Worker(new URL('./clean-worker.js', import.meta.url), { workerData: options, execArgv: [] });
    worker.on('message', ({ id, result, error }: { id: number; result?: CleanResult; error?: string }) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      load[slot]!--;
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result!);
    });
    // A thread that dies fails only the documents it was holding.
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.reject(error);
      }
    });
    return worker;
  });
  let nextId = 0;
  return {
    window: count * 4,
    clean(text, site) {
      const id = nextId++;
      let slot = 0;
      for (let candidate = 1; candidate < count; candidate++) if (load[candidate]! < load[slot]!) slot = candidate;
      load[slot]!++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        workers[slot]!.postMessage({ id, text, site });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
