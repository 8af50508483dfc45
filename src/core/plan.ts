import { matchKey, type Analysis } from './analysis.js';
import { blockLines, blockSpan, lineBlocks, type Doc } from './document.js';
import type { Finding, SkippedFinding } from './types.js';
import { uint8s } from './slab.js';

/** What the planner decided: which findings apply, which do not and why, and which blocks go. */
export interface Plan {
  applied: Finding[];
  skipped: SkippedFinding[];
  /** For each block, the applied finding that removes it. */
  removedBy: (Finding | undefined)[];
}

const MIN_UNTOUCHED_LINES = 3;
const MIN_UNTOUCHED_CHARS = 150;
const REGION_KINDS = new Set(['header', 'footer', 'comments']);

/** Blocks `[first, last]` that a finding covers. */
export function blockRange(lineToBlock: Int32Array, finding: Finding): [number, number] {
  let first = -1;
  let last = -1;
  for (let line = finding.lines[0] - 1; line <= finding.lines[1] - 1; line++) {
    const b = lineToBlock[line]!;
    if (b < 0) continue;
    if (first < 0) first = b;
    last = b;
  }
  return [first, last];
}

/**
 * Decides what is removed. Regions (header, footer, comment thread) go first; then duplicates,
 * which protect the copy they point to; then attribution; then single lines. A finding that would remove a
 * protected block, or that lies inside what is already removed, is recorded as skipped with why.
 * Last, if nothing body-like would remain, nothing is removed at all.
 */
export function planRemovals(analysis: Analysis, findings: readonly Finding[], protectedBlocks: ReadonlyMap<number, string>): Plan {
  const blocks = analysis.doc.blocks;
  const lineToBlock = lineBlocks(analysis.doc);
  const removedBy: (Finding | undefined)[] = new Array(blocks.length).fill(undefined);
  const protect = new Map<number, string>(protectedBlocks);
  const applied: Finding[] = [];
  const skipped: SkippedFinding[] = [];
  const skip = (f: Finding, why: string) => skipped.push({ ...f, why });

  // Regions first: a copy inside a comment thread or footer goes with it, whichever copy it is.
  // Near copies before exact ones: when a kept copy is itself a shorter copy of a fuller paragraph,
  // the fuller one must be what stays; the exact repeat then goes on the next look.
  const rank = (f: Finding) =>
    REGION_KINDS.has(f.kind) ? 0 : f.kind === 'duplicate' ? (f.similarity !== undefined ? 1 : 2) : f.kind === 'attribution' ? 3 : 4;
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i);

  for (const { f } of ordered) {
    const [first, last] = blockRange(lineToBlock, f);
    if (first < 0) continue;
    if (f.kind === 'attribution' && analysis.settings.keepAttribution) {
      skip(f, 'attribution lines are kept (keepAttribution); the metadata still has them');
      continue;
    }
    if (f.kind === 'comments' && analysis.settings.keepComments) {
      skip(f, 'comment threads are kept (keepComments)');
      continue;
    }
    let guarded: string | undefined;
    let fresh = 0;
    let coveredBy: Finding | undefined;
    for (let b = first; b <= last; b++) {
      const why = protect.get(b);
      if (why) {
        guarded = `line ${blocks[b]!.line + 1} stays: ${why}`;
        break;
      }
      if (removedBy[b]) coveredBy = removedBy[b];
      else fresh++;
    }
    if (guarded) {
      skip(f, guarded);
      continue;
    }
    if (f.duplicateOf) {
      const [k1, k2] = blockRange(lineToBlock, { ...f, lines: f.duplicateOf.lines });
      const gone = k1 >= 0 ? removedBy[k1] ?? removedBy[k2] : undefined;
      if (gone) {
        skip(f, `the copy it repeats (lines ${f.duplicateOf.lines[0]}–${f.duplicateOf.lines[1]}) goes with the ${gone.kind} on lines ${gone.lines[0]}–${gone.lines[1]}`);
        continue;
      }
    }
    if (fresh === 0) {
      const by = coveredBy!;
      skip(f, `already removed with the ${by.kind} on lines ${by.lines[0]}–${by.lines[1]}`);
      continue;
    }
    // A finding that overlaps what is already removed applies to the rest, in as many pieces as it takes.
    for (const [a, z] of freshRuns(removedBy, first, last)) {
      const piece = a === first && z === last ? f : narrow(analysis.doc, f, a, z);
      applied.push(piece);
      for (let b = a; b <= z; b++) removedBy[b] = piece;
    }
    if (f.duplicateOf) {
      const [k1, k2] = blockRange(lineToBlock, { ...f, lines: f.duplicateOf.lines });
      for (let b = k1; b >= 0 && b <= k2; b++) {
        if (carried(analysis, b)) continue;
        protect.set(b, `it is the copy that the duplicate on lines ${f.lines[0]}–${f.lines[1]} keeps`);
      }
    }
  }

  // When unsure, keep: if every block that reads as prose would go, the detectors have misread the document.
  // Body-like: a paragraph of prose, or, in a text without any (a poem, a list), several lines no
  // detector found anything in.
  const flagged = uint8s(blocks.length);
  for (const f of findings) {
    const [a, z] = blockRange(lineToBlock, f);
    for (let b = a; b >= 0 && b <= z; b++) flagged[b] = 1;
  }
  const untouched = blocks.filter((b) => !removedBy[b.index] && !flagged[b.index]);
  const untouchedChars = untouched.reduce((sum, b) => sum + b.text.length, 0);
  const keptProse =
    blocks.some((b) => !removedBy[b.index] && analysis.readings[b.index] === 'body') ||
    (untouched.length >= MIN_UNTOUCHED_LINES && untouchedChars >= MIN_UNTOUCHED_CHARS);
  const keptAny = blocks.some((b) => !removedBy[b.index]);
  if (applied.length && (!keptAny || !keptProse)) {
    const why = 'nothing body-like would remain, so the whole text is kept';
    return {
      applied: [],
      // Whatever was skipped only because another finding covered it is now skipped for this reason too.
      skipped: [...applied.map((f) => ({ ...f, why })), ...skipped.map((f) => (f.why.startsWith('already removed') ? { ...f, why } : f))].sort(
        (a, b) => a.span.start - b.span.start,
      ),
      removedBy: new Array(blocks.length).fill(undefined),
    };
  }
  applied.sort((a, b) => a.span.start - b.span.start);
  skipped.sort((a, b) => a.span.start - b.span.start);
  return { applied: applied.flatMap((f) => keptParts(analysis.doc, lineToBlock, f, removedBy)), skipped, removedBy };
}

/**
 * Whether a block of a kept copy is a short line a duplicate run carried along (a subheading,
 * "* * *") rather than a paragraph long enough to be a duplicate itself. Only the paragraphs are
 * protected: a carried line that another finding removes goes, as it would if the document held
 * one copy, so that cleaning the output again finds nothing new.
 */
export function carried(analysis: Analysis, block: number): boolean {
  return matchKey(analysis, block).length < analysis.settings.minDuplicateChars;
}

/**
 * A duplicate whose kept copy lost carried lines (see carried), as what stays of it. When the
 * copy lost lines at its ends, it points at the rest. When it lost lines inside and the two runs
 * are as long as each other, it is cut into pieces: each stretch whose partners stay points at
 * them, and a line whose partner goes goes for the same reason, being the same text (`removedBy`
 * is updated for those lines). Otherwise it points at the longest stretch of its copy that stays.
 */
export function keptParts(doc: Doc, lineToBlock: Int32Array, f: Finding, removedBy: (Finding | undefined)[]): Finding[] {
  if (!f.duplicateOf) return [f];
  const [a, z] = blockRange(lineToBlock, f);
  const [c1, c2] = blockRange(lineToBlock, { ...f, lines: f.duplicateOf.lines });
  if (a < 0 || c1 < 0) return [f];
  let holes = false;
  for (let k = c1; k <= c2 && !holes; k++) holes = removedBy[k] !== undefined;
  if (!holes) return [f];
  const keptCopy = (k1: number, k2: number) => ({ span: blockSpan(doc, k1, k2), lines: blockLines(doc, k1, k2) });
  // What stays of the copy: its stretches of blocks no finding removed; the longest is the one pointed at.
  let longest: [number, number] | undefined;
  let stretches = 0;
  for (let k = c1, start = -1; k <= c2 + 1; k++) {
    const stays = k <= c2 && !removedBy[k];
    if (stays && start < 0) start = k;
    if (!stays && start >= 0) {
      stretches++;
      if (!longest || k - 1 - start > longest[1] - longest[0]) longest = [start, k - 1];
      start = -1;
    }
  }
  if (!longest) return [f];
  if (stretches === 1 || z - a !== c2 - c1) return [{ ...f, duplicateOf: keptCopy(longest[0], longest[1]) }];
  const pieces: Finding[] = [];
  const partner = (j: number) => c1 + (j - a);
  const linesOf = (k1: number, k2: number) => {
    const [l1, l2] = blockLines(doc, k1, k2);
    return l1 === l2 ? `line ${l1}` : `lines ${l1}–${l2}`;
  };
  for (let s = a; s <= z; ) {
    const gone = removedBy[partner(s)];
    let e = s;
    while (e < z && removedBy[partner(e + 1)] === gone) e++;
    const where = { span: blockSpan(doc, s, e), lines: blockLines(doc, s, e) };
    if (!gone) {
      pieces.push({ ...f, ...where, reason: `${f.reason}; this part repeats ${linesOf(partner(s), partner(e))}`, duplicateOf: keptCopy(partner(s), partner(e)) });
    } else {
      const piece: Finding = { ...gone, ...where, reason: `${gone.reason}; the same text as ${linesOf(partner(s), partner(e))}, which goes for that reason` };
      for (let b = s; b <= e; b++) removedBy[b] = piece;
      pieces.push(piece);
    }
    s = e + 1;
  }
  return pieces;
}

function freshRuns(removedBy: readonly (Finding | undefined)[], first: number, last: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let b = first; b <= last + 1; b++) {
    const fresh = b <= last && !removedBy[b];
    if (fresh && start < 0) start = b;
    if (!fresh && start >= 0) {
      runs.push([start, b - 1]);
      start = -1;
    }
  }
  return runs;
}

/** The same finding, covering only blocks `first..last`. */
export function narrow(doc: Doc, f: Finding, first: number, last: number): Finding {
  return { ...f, span: blockSpan(doc, first, last), lines: blockLines(doc, first, last) };
}
