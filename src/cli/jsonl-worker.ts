import { parentPort, workerData } from 'node:worker_threads';
import { cleanText, type CleanOptions } from '../index.js';
import { cleanBatch, type BatchTask, type JsonlSettings } from './jsonl-batch.js';

/** A worker thread for JSONL: a batch of raw lines in; cleaned lines, records and messages out. */
const { options, settings } = workerData as { options: CleanOptions; settings: JsonlSettings };
// In corpus mode each line is cleaned with its own site's templates; the profile's arrays are shared memory.
const clean = (text: string, site?: string) => cleanText(text, site === undefined ? options : { ...options, site });
parentPort!.on('message', ({ id, task }: { id: number; task: BatchTask }) => {
  try {
    const result = cleanBatch(task, settings, clean, options.profile);
    // Handing the output over saves a copy; only a buffer of its own can go (small ones share a pool).
    const { output } = result;
    const own = output.byteOffset === 0 && output.byteLength === output.buffer.byteLength && output.buffer instanceof ArrayBuffer;
    parentPort!.postMessage({ id, result }, own ? [output.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
