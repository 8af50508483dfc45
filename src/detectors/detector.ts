import type { Analysis } from '../core/analysis.js';
import { blockLines, blockSpan, lineBlocks } from '../core/document.js';
import type { Finding, FindingKind, Metadata, SkippedFinding } from '../core/types.js';

/** What a detector reports: findings, and anything it learnt about the document. */
export interface Detection {
  findings: Finding[];
  metadata?: Partial<Metadata>;
  /** Blocks no finding may remove (the article's title, its closing line), each with why; the why goes in the report of a finding held back. */
  protect?: { block: number; why: string }[];
  /** What the detector saw but held back itself (a guard), each with why; the result lists them as skipped. */
  skipped?: SkippedFinding[];
}

/**
 * A detector finds; it never edits. It sees the findings of the detectors that ran before it,
 * so region detectors can build on what the phrase and duplicate detectors saw.
 */
export interface Detector {
  /** Kebab-case id; also the detector's file name. */
  id: string;
  /** One line: what it finds. */
  description: string;
  detect(analysis: Analysis, earlier: readonly Finding[]): Detection;
}

/** A finding covering blocks `first..last` (inclusive). */
export function blockFinding(
  analysis: Analysis,
  detector: string,
  kind: FindingKind,
  first: number,
  last: number,
  reason: string,
  confidence: number,
  extra: Partial<Pick<Finding, 'rule' | 'duplicateOf' | 'similarity'>> = {},
): Finding {
  const doc = analysis.doc;
  return {
    detector,
    ...(extra.rule !== undefined ? { rule: extra.rule } : {}),
    kind,
    span: blockSpan(doc, first, last),
    lines: blockLines(doc, first, last),
    reason,
    confidence,
    ...(extra.duplicateOf ? { duplicateOf: extra.duplicateOf } : {}),
    ...(extra.similarity !== undefined ? { similarity: extra.similarity } : {}),
  };
}

/** For each block, the earlier findings that cover it. */
export function coverage(analysis: Analysis, findings: readonly Finding[]): (Finding | undefined)[] {
  const covered: (Finding | undefined)[] = new Array(analysis.doc.blocks.length);
  const lineToBlock = lineBlocks(analysis.doc);
  for (const f of findings) {
    for (let line = f.lines[0] - 1; line <= f.lines[1] - 1; line++) {
      const block = lineToBlock[line];
      if (block !== undefined && block >= 0 && covered[block] === undefined) covered[block] = f;
    }
  }
  return covered;
}

export function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `n` as en-US writes it ("12,345"). By hand for whole numbers: toLocaleString is slow, and reasons are made by the thousand. */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
