import type { FindingKind } from '../index.js';
import type { Totals } from './json.js';
import { KIND_ORDER } from './record.js';
import { plain, type Paint } from './paint.js';

/** 12,345: by hand, since the first use of Intl loads ICU data and costs ~20 ms of startup. */
const number = { format: (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') };

/**
 * The closing lines on stderr: files by status, characters removed by kind, time taken.
 * `changedWord` says "cleaned" when files were written or printed, "would change" for checks;
 * `unit` is what the totals count (files, or JSONL lines). `failedInputs`: of the failed records,
 * those of inputs that failed as a whole (a missing JSONL file), which are not lines; said apart.
 */
export function summarize(totals: Totals, elapsedMs: number, changedWord: string, paint: Paint = plain, unit = 'file', failedInputs = 0): string {
  const counted = totals.files - failedInputs;
  const files = `${number.format(counted)} ${unit}${counted === 1 ? '' : 's'}`;
  const parts = [`${number.format(totals.cleaned)} ${changedWord}`, `${number.format(totals.unchanged)} unchanged`];
  if (totals.failed > failedInputs) parts.push(paint.red(`${number.format(totals.failed - failedInputs)} failed`));
  if (failedInputs > 0) parts.push(paint.red(`${number.format(failedInputs)} input${failedInputs === 1 ? '' : 's'} failed`));
  if (totals.skipped > 0) parts.push(paint.yellow(`${number.format(totals.skipped)} skipped`));
  if (totals.dropped > 0) parts.push(`${number.format(totals.dropped)} dropped`);
  const seconds = (elapsedMs / 1000).toFixed(2);
  const lines = [`winnow: ${files}: ${parts.join(', ')} in ${seconds} s`];
  const kinds = (KIND_ORDER as FindingKind[]).filter((kind) => totals.removedByKind[kind] > 0);
  if (totals.removedChars > 0) {
    const byKind = kinds.map((kind) => `${kind} ${number.format(totals.removedByKind[kind])}`).join(', ');
    lines.push(`winnow: removed ${number.format(totals.removedChars)} chars${byKind ? ` (${byKind})` : ''}`);
  }
  if (totals.duplicates > 0) {
    const dropped = totals.dropped === 0 ? '' : totals.dropped === totals.duplicates ? ', dropped' : `, ${number.format(totals.dropped)} dropped`;
    lines.push(`winnow: ${number.format(totals.duplicates)} duplicate${totals.duplicates === 1 ? '' : 's'} of earlier ${unit}s${dropped}`);
  }
  return `${lines.join('\n')}\n`;
}
