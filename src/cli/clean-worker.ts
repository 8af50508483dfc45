import { parentPort, workerData } from 'node:worker_threads';
import { cleanText, type CleanOptions } from '../index.js';

/** A worker thread of the cleaning pool: text in, result out, the options fixed for the run. */
const options = workerData as CleanOptions;
parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id, result: cleanText(text, options) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
