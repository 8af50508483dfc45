import type { DuplicateDocuments } from './duplicate-documents.js';
import type { BatchResult, LineRecord } from './jsonl-batch.js';

/**
 * Duplicate lines across a JSONL run. Worker threads clean batches in whatever order they finish
 * and send each cleaned line's print (see cleanBatch); here, in the parent thread and in input
 * order, each print is compared with the lines kept so far, so which line counts as the first copy
 * never depends on `--jobs`. A later copy gets `duplicateOf` and `similarity` in its record and at
 * the end of its meta object, or with `drop` is left out of the output; lines that are not copies
 * keep their bytes. The batch's totals are updated to match.
 */
export function markDuplicates(result: BatchResult, documents: DuplicateDocuments, drop: boolean): { output: Uint8Array; records: string[] } {
  const output = Buffer.from(result.output.buffer, result.output.byteOffset, result.output.byteLength);
  const { records, totals } = result;
  const pieces: Buffer[] = [];
  let at = 0;
  for (const check of result.checks ?? []) {
    const found = documents.find(check.print);
    if (found.of === undefined) {
      documents.keep(found.print, check.id);
      continue;
    }
    const { input: of, similarity } = found.of;
    totals.duplicates++;
    if (drop) {
      totals[check.status]--;
      totals.dropped++;
    }
    if (check.record >= 0) {
      // Copies are few, so their records are read back and written again rather than built in pieces.
      const entry = JSON.parse(records[check.record]!) as LineRecord;
      entry.duplicateOf = of;
      entry.similarity = similarity;
      if (drop) {
        entry.status = 'dropped';
        entry.output = null;
      }
      records[check.record] = JSON.stringify(entry);
    }
    if (drop) {
      pieces.push(output.subarray(at, check.start));
      at = check.end;
    } else if (check.metaEnd >= 0) {
      pieces.push(output.subarray(at, check.metaEnd), Buffer.from(`,"duplicateOf":${JSON.stringify(of)},"similarity":${similarity}`));
      at = check.metaEnd;
    }
  }
  if (pieces.length === 0) return { output: result.output, records };
  pieces.push(output.subarray(at));
  return { output: Buffer.concat(pieces), records };
}
