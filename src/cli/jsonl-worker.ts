import { parentPort, workerData } from 'node:worker_threads';
import { cleanText, type CleanOptions } from '../index.js';
import { cleanBatch, type BatchTask, type JsonlSettings } from './jsonl-batch.js';

/** A worker thread for JSONL: a batch of raw lines in; cleaned lines, records and messages out. */
const { options, settings } = workerData as { options: CleanOptions; settings: JsonlSettings };
const clean = (text: string) => cleanText(text, options);
parentPort!.on('message', ({ id, task }: { id: number; task: BatchTask }) => {
  try {
    parentPort!.postMessage({ id, result: cleanBatch(task, settings, clean) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
