import { parentPort, workerData } from 'node:worker_threads';
import { cleanText } from '../index.js';
import type { CleanTask, WorkerSetup } from './cleaner.js';
import { cleanTask } from './clean-task.js';

/**
 * A worker thread of the cleaning pool (pool.ts): text in, result out (with its duplicate print when
 * the run compares documents), the options fixed for the run.
 */
const setup = workerData as WorkerSetup;
parentPort!.on('message', ({ id, task }: { id: number; task: CleanTask }) => {
  try {
    parentPort!.postMessage({ id, result: cleanTask(cleanText, setup, task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
