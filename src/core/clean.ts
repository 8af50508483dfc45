import { analyse, reanalyse, resolveSettings, type Analysis, type Settings } from './analysis.js';
import { joinLines, keptLines, normalizeWhitespace } from './apply.js';
import { blockLines, blockSpan, lineBlocks, type Doc } from './document.js';
import { blockRange, carried, keptParts, planRemovals } from './plan.js';
import type { CleanOptions, CleanResult, CleanStats, Finding, FindingKind, Metadata, SkippedFinding } from './types.js';
import { allDetectors } from '../detectors/index.js';
import { uint8s } from './slab.js';

const KIND_ORDER: FindingKind[] = ['duplicate', 'boilerplate', 'labels', 'menu', 'header', 'footer', 'comments', 'attribution'];
// Removing a footer can bare another; a few looks settle any document seen so far.
const MAX_PASSES = 4;

/**
 * Cleans one scraped article: finds duplicated body blocks and boilerplate, removes them, and
 * says what it removed, where and why. Pure: text and options in, result out.
 *
 * Kept text is byte-identical to the input (line endings, inner spacing, byte-order mark); only
 * removed lines and the blank lines around them go, unless `normalizeWhitespace` is set.
 * Cleaning the output again changes nothing: the cleaner looks again at its own output until
 * that holds, and reports what each look found in the input's coordinates.
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const settings = resolveSettings(options);
  const known = new Set(allDetectors.map((d) => d.id));
  for (const id of [...settings.disable, ...(settings.only ?? [])]) {
    if (!known.has(id)) throw new RangeError(`unknown detector "${id}"; known: ${[...known].join(', ')}`);
  }
  const first = cleanOnce(analyse(text, settings), settings);
  const doc = first.doc;
  const removedBy = first.removedBy;
  const findings = [...first.applied];
  const metadata = first.metadata;
  // Blocks a later look removed: what the first look held back there went after all.
  const removedLater = uint8s(doc.blocks.length);

  let keep = keptLines(doc, (b) => removedBy[b] !== undefined);
  let output = joinLines(doc, keep);
  for (let pass = 2; pass <= MAX_PASSES && findings.length; pass++) {
    // What was measured of each kept block holds in the output too; only the detectors run again.
    const again = cleanOnce(reanalyse(first.analysis, output, (b) => removedBy[b] === undefined, keep), settings);
    if (!again.applied.length) break;
    const kept = doc.blocks.filter((b) => !removedBy[b.index]).map((b) => b.index);
    const outLine = keptLineNumbers(keep);
    // A later look no longer sees the copies that earlier duplicates keep; they stay all the same.
    const guarded = keptCopies(first.analysis, findings);
    for (const f of again.applied) {
      for (const piece of translate(doc, again.doc, f, kept, outLine, guarded)) {
        findings.push(piece);
        const [a, z] = blockRange(lineBlocks(doc), piece);
        for (let b = a; b <= z; b++) {
          if (removedBy[b]) continue;
          removedBy[b] = piece;
          removedLater[b] = 1;
        }
      }
    }
    for (const [key, value] of Object.entries(again.metadata) as [keyof Metadata, string][]) metadata[key] ??= value;
    keep = keptLines(doc, (b) => removedBy[b] !== undefined);
    output = joinLines(doc, keep);
  }
  // A later look may take a short line a kept copy carried; the duplicate then points at what stays.
  const lineToBlock = lineBlocks(doc);
  // A finding the first look held back on lines a later look removed is no longer skipped: the
  // applied finding there says why they went.
  const skipped = first.skipped.filter((s) => {
    const [a, z] = blockRange(lineToBlock, s);
    for (let b = a; b >= 0 && b <= z; b++) if (!removedLater[b]) return true;
    return a < 0;
  });
  const pieces = findings.flatMap((f) => keptParts(doc, lineToBlock, f, removedBy));
  pieces.sort((a, b) => a.span.start - b.span.start);
  if (settings.normalizeWhitespace) output = normalizeWhitespace(output);
  return { text: output, findings: pieces, skipped, metadata: orderMetadata(metadata), stats: statistics(text, output, doc, removedBy) };
}

interface Pass {
  analysis: Analysis;
  doc: Doc;
  applied: Finding[];
  skipped: SkippedFinding[];
  removedBy: (Finding | undefined)[];
  metadata: Metadata;
}

function cleanOnce(analysis: Analysis, settings: Settings): Pass {
  const found: Finding[] = [];
  const metadata: Metadata = {};
  const protect = new Map<number, string>();
  const held: SkippedFinding[] = [];
  for (const detector of allDetectors) {
    if (settings.disable.has(detector.id) || (settings.only && !settings.only.has(detector.id))) continue;
    const out = detector.detect(analysis, found);
    // One by one: spreading a detector's hundred thousand findings into push overflows the stack.
    for (const f of out.findings) found.push(f);
    for (const s of out.skipped ?? []) held.push(s);
    for (const [key, value] of Object.entries(out.metadata ?? {}) as [keyof Metadata, string][]) metadata[key] ??= value;
    for (const { block, why } of out.protect ?? []) if (!protect.has(block)) protect.set(block, why);
  }
  const plan = planRemovals(analysis, found, protect);
  if (!plan.applied.length && plan.skipped.some((s) => s.why.startsWith('nothing body-like'))) {
    metadata.keptAll = 'nothing body-like would remain after cleaning, so the whole text was kept';
  }
  // What a detector held back on lines another finding removed is not skipped: that finding says
  // why the lines went (a list held back as the article's, inside a footer).
  const lineToBlock = lineBlocks(analysis.doc);
  const standing = held.filter((s) => {
    const [a, z] = blockRange(lineToBlock, s);
    for (let b = a; b >= 0 && b <= z; b++) if (plan.removedBy[b] === undefined) return true;
    return a < 0;
  });
  const skipped = standing.length ? [...plan.skipped, ...standing].sort((a, b) => a.span.start - b.span.start) : plan.skipped;
  return { analysis, doc: analysis.doc, applied: plan.applied, skipped, removedBy: plan.removedBy, metadata };
}

/** The paragraphs of the copies earlier duplicates keep (not the short lines their runs carried; see carried). */
function keptCopies(analysis: Analysis, findings: readonly Finding[]): Set<number> {
  const map = lineBlocks(analysis.doc);
  const out = new Set<number>();
  for (const f of findings) {
    if (!f.duplicateOf) continue;
    const [a, z] = blockRange(map, { ...f, lines: f.duplicateOf.lines });
    for (let b = a; b >= 0 && b <= z; b++) if (!carried(analysis, b)) out.add(b);
  }
  return out;
}

/** For each line of the output, its 1-based line number in the input. */
function keptLineNumbers(keep: Uint8Array): number[] {
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i + 1));
  return out;
}

/**
 * A finding made on the output, moved into the input's coordinates: its blocks are the kept
 * blocks it covered, split where earlier removals sit between them; line numbers in its reason
 * are the input's too.
 */
function translate(doc: Doc, outDoc: Doc, f: Finding, kept: number[], outLine: number[], guarded: ReadonlySet<number>): Finding[] {
  const [a, z] = blockRange(lineBlocks(outDoc), f);
  if (a < 0) return [];
  const reason = f.reason.replace(/\b(lines?) (\d+)(?:–(\d+))?/g, (_m, word: string, x: string, y?: string) =>
    y ? `${word} ${outLine[+x - 1] ?? x}–${outLine[+y - 1] ?? y}` : `${word} ${outLine[+x - 1] ?? x}`,
  );
  // A duplicate's kept copy, in the output's blocks. When it is as long as the finding, block j of
  // the finding repeats block k1 + (j - a), and a piece also ends where that partner's run breaks in
  // the input, so no piece's kept copy spans lines an earlier look removed.
  let k1 = -1;
  let k2 = -1;
  if (f.duplicateOf) [k1, k2] = blockRange(lineBlocks(outDoc), { ...f, lines: f.duplicateOf.lines });
  const aligned = k1 >= 0 && k2 - k1 === z - a;
  const partner = (j: number) => kept[k1 + (j - a)]!;
  const pieces: Finding[] = [];
  let start = -1;
  for (let j = a; j <= z + 1; j++) {
    const inside = j <= z && !guarded.has(kept[j]!);
    const joined = inside && start >= 0 && kept[j]! === kept[j - 1]! + 1 && (!aligned || partner(j) === partner(j - 1) + 1);
    if (start >= 0 && !joined) {
      const first = kept[start]!;
      const last = kept[j - 1]!;
      let duplicateOf: Finding['duplicateOf'];
      if (k1 >= 0) {
        const [c1, c2] = aligned ? [partner(start), partner(j - 1)] : [kept[k1]!, kept[k2]!];
        duplicateOf = { span: blockSpan(doc, c1, c2), lines: blockLines(doc, c1, c2) };
      }
      pieces.push({ ...f, reason, span: blockSpan(doc, first, last), lines: blockLines(doc, first, last), ...(duplicateOf ? { duplicateOf } : {}) });
      start = -1;
    }
    if (inside && start < 0) start = j;
  }
  return pieces;
}

function statistics(text: string, output: string, doc: Doc, removedBy: readonly (Finding | undefined)[]): CleanStats {
  const removedByKind: Partial<Record<FindingKind, number>> = {};
  for (const b of doc.blocks) {
    const f = removedBy[b.index];
    if (!f) continue;
    const line = doc.lines[b.line]!;
    removedByKind[f.kind] = (removedByKind[f.kind] ?? 0) + (line.next - line.start);
  }
  return {
    inputChars: text.length,
    outputChars: output.length,
    inputLines: doc.lines.length,
    outputLines: countLines(output),
    removedChars: text.length - output.length,
    removedByKind: Object.fromEntries(KIND_ORDER.filter((k) => removedByKind[k]).map((k) => [k, removedByKind[k]])),
  };
}

function countLines(text: string): number {
  if (!text) return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

function orderMetadata(m: Metadata): Metadata {
  const out: Metadata = {};
  for (const key of ['title', 'author', 'date', 'source', 'keptAll'] as const) if (m[key] !== undefined) out[key] = m[key];
  return out;
}
