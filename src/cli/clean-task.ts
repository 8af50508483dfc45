import type { CleanOptions, CleanResult } from '../index.js';
import type { Cleaned, CleanTask, WorkerSetup } from './cleaner.js';
import { printOf } from './duplicate-documents.js';

/**
 * One document of the cleaning pool, cleaned with the run's options (and its site, in corpus mode),
 * with its duplicate print when the run compares documents. A worker thread and the parent thread
 * answer a task the same way.
 */
export function cleanTask(cleanText: (text: string, options?: CleanOptions) => CleanResult, { options, printThreshold }: WorkerSetup, { text, site }: CleanTask): Cleaned {
  const result = cleanText(text, site === undefined ? options : { ...options, site });
  return printThreshold === undefined ? { result } : { result, print: printOf(result.text, printThreshold) ?? null };
}
