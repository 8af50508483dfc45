import { parentPort, workerData } from 'node:worker_threads';
import { cleanText, type CleanOptions } from '../index.js';

/** A worker thread of the cleaning pool: text in, result out, the options fixed for the run. */
const options = workerData as CleanOptions;
parentPort!.on('message', ({ id, text, site }: { id: number; text: string; site?: string }) => {
  try {
    parentPort!.postMessage({ id, result: cleanText(text, site === undefined ? options : { ...options, site }) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
