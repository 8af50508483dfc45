/**
 * A pool of worker threads running one script, for work that is worth sending to another core:
 * each task goes to the least busy thread and comes back as a promise. Callers keep their own
 * order; the pool promises nothing about which task finishes first.
 */
export interface Pool<Task, Result> {
  /** `transfer` lists buffers the task hands over instead of having them copied; they are unusable here after. */
  run(task: Task, transfer?: ArrayBuffer[]): Promise<Result>;
  close(): Promise<void>;
}

/**
 * Starts `count` threads of `script`, each given `workerData` once. The script answers each
 * `{ id, task }` message with `{ id, result }` or `{ id, error }`.
 *
 * With `here`, the calling thread is one of the `count`: it runs its share of the tasks itself,
 * one at a time between its other work, and `count - 1` threads are started. Its engine is warm
 * already and it is mostly idle while reading and writing, so the run does the same with one
 * thread fewer to start, warm up and collect garbage for.
 */
export async function startPool<Task, Result>(script: URL, count: number, workerData: unknown, here?: (task: Task) => Result): Promise<Pool<Task, Result>> {
  const { Worker } = await import('node:worker_threads');
  type Pending = { resolve: (result: Result) => void; reject: (error: Error) => void; slot: number };
  const pending = new Map<number, Pending>();
  const threads = here ? count - 1 : count;
  // Slots 0 .. threads - 1 are the workers; slot `threads`, when there is one, is this thread.
  const load = new Array<number>(here ? threads + 1 : threads).fill(0);
  const local: { task: Task; resolve: (result: Result) => void; reject: (error: Error) => void }[] = [];
  let draining = false;
  const drainLocal = () => {
    // One task a turn of the event loop, so results and writes go on between them.
    setImmediate(() => {
      const next = local.shift();
      if (!next) {
        draining = false;
        return;
      }
      load[threads]!--;
      try {
        next.resolve(here!(next.task));
      } catch (error) {
        next.reject(error instanceof Error ? error : new Error(String(error)));
      }
      drainLocal();
    });
  };
  const workers = Array.from({ length: threads }, (_, slot) => {
    // execArgv: [] so that flags meant for the main script (--input-type, --inspect) stay there.
    const worker = new Worker(script, { workerData, execArgv: [] });
    worker.on('message', ({ id, result, error }: { id: number; result?: Result; error?: string }) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      load[slot]!--;
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result!);
    });
    // A thread that dies fails only the tasks it was holding, and gets no more.
    worker.on('error', (error) => {
      load[slot] = Infinity;
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
    run(task, transfer = []) {
      const id = nextId++;
      let slot = 0;
      for (let candidate = 1; candidate < load.length; candidate++) if (load[candidate]! < load[slot]!) slot = candidate;
      if (load[slot] === Infinity) return Promise.reject(new Error('every worker thread has died'));
      load[slot]!++;
      if (slot === threads) {
        return new Promise((resolve, reject) => {
          local.push({ task, resolve, reject });
          if (!draining) {
            draining = true;
            drainLocal();
          }
        });
      }
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        workers[slot]!.postMessage({ id, task }, transfer);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
