import { parentPort, workerData } from 'node:worker_threads';
import { cleanText } from '../index.js';
import type { Cleaned, CleanTask, WorkerSetup } from './cleaner.js';
import { printOf } from './duplicate-documents.js';

/**
 * A worker thread of the cleaning pool (pool.ts): text in, result out (with its duplicate print when
 * the run compares documents), the options fixed for the run.
 */
const { options, printThreshold } = workerData as WorkerSetup;
parentPort!.on('message', ({ id, task: { text, site } }: { id: number; task: CleanTask }) => {
  try {
    const result = cleanText(text, site === undefined ? options : { ...options, site });
    const answer: Cleaned = printThreshold === undefined ? { result } : { result, print: printOf(result.text, printThreshold) ?? null };
    parentPort!.postMessage({ id, result: answer });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
