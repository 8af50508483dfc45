import { parentPort, workerData } from 'node:worker_threads';
import { cleanText, type CleanOptions } from '../index.js';
import type { CleanTask } from './cleaner.js';

/** A worker thread of the cleaning pool (pool.ts): text in, result out, the options fixed for the run. */
const options = workerData as CleanOptions;
parentPort!.on('message', ({ id, task: { text, site } }: { id: number; task: CleanTask }) => {
  try {
    parentPort!.postMessage({ id, result: cleanText(text, site === undefined ? options : { ...options, site }) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
