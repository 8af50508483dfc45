import type { Analysis } from '../core/analysis.js';
import { blockLines, blockSpan } from '../core/document.js';
import { blockFinding, plural } from './detector.js';
import type { Finding } from '../core/types.js';

/** One removed block and the block that stays in its place. */
export interface Pair {
  removed: number;
  kept: number;
  similarity: number;
}

/**
 * Turns pairs into findings, one per run: removed blocks in a row whose kept copies are also in a row
 * become one finding pointing at the whole kept run.
 */
export function pairsToFindings(analysis: Analysis, detector: string, pairs: Pair[], describe: (run: Pair[]) => string, exact: boolean): Finding[] {
  const sorted = [...pairs].sort((a, b) => a.removed - b.removed);
  const findings: Finding[] = [];
  let run: Pair[] = [];
  const flush = () => {
    if (!run.length) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const similarity = Math.min(...run.map((p) => p.similarity));
    findings.push(
      blockFinding(analysis, detector, 'duplicate', first.removed, last.removed, describe(run), exact ? 0.99 : similarity * 0.95, {
        duplicateOf: { span: blockSpan(analysis.doc, first.kept, last.kept), lines: blockLines(analysis.doc, first.kept, last.kept) },
        ...(exact ? {} : { similarity: Math.round(similarity * 1000) / 1000 }),
      }),
    );
    run = [];
  };
  for (const pair of sorted) {
    const prev = run[run.length - 1];
    if (prev && !(pair.removed === prev.removed + 1 && pair.kept === prev.kept + 1)) flush();
    run.push(pair);
  }
  flush();
  return findings;
}

export function describeRun(analysis: Analysis, run: Pair[]): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const [a, b] = blockLines(analysis.doc, first.kept, last.kept);
  const chars = run.reduce((sum, p) => sum + analysis.features[p.removed]!.chars, 0);
  const where = a === b ? `line ${a}` : `lines ${a}–${b}`;
  return `repeats ${where} (${plural(run.length, 'paragraph')}, ${plural(chars, 'char')})`;
}
