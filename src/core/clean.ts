import { analyse, resolveSettings } from './analysis.js';
import { joinLines, keptLines, normalizeWhitespace } from './apply.js';
import { planRemovals } from './plan.js';
import type { CleanOptions, CleanResult, CleanStats, Finding, FindingKind, Metadata } from './types.js';
import { allDetectors } from '../detectors/index.js';

const KIND_ORDER: FindingKind[] = ['duplicate', 'boilerplate', 'labels', 'menu', 'header', 'footer', 'comments', 'attribution'];

/**
 * Cleans one scraped article: finds duplicated body blocks and boilerplate, removes them, and
 * says what it removed, where and why. Pure: text and options in, result out.
 *
 * Kept text is byte-identical to the input (line endings, inner spacing, byte-order mark); only
 * removed lines and the blank lines around them go, unless `normalizeWhitespace` is set.
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const settings = resolveSettings(options);
  const known = new Set(allDetectors.map((d) => d.id));
  for (const id of [...settings.disable, ...(settings.only ?? [])]) {
    if (!known.has(id)) throw new RangeError(`unknown detector "${id}"; known: ${[...known].join(', ')}`);
  }
  const analysis = analyse(text, settings);
  const findings: Finding[] = [];
  const metadata: Metadata = {};
  const protect = new Set<number>();
  for (const detector of allDetectors) {
    if (settings.disable.has(detector.id) || (settings.only && !settings.only.has(detector.id))) continue;
    const out = detector.detect(analysis, findings);
    findings.push(...out.findings);
    for (const [key, value] of Object.entries(out.metadata ?? {}) as [keyof Metadata, string][]) metadata[key] ??= value;
    for (const b of out.protect ?? []) protect.add(b);
  }
  const plan = planRemovals(analysis, findings, protect);
  if (!plan.applied.length && plan.skipped.some((s) => s.why.startsWith('nothing body-like'))) {
    metadata.keptAll = 'nothing body-like would remain after cleaning, so the whole text was kept';
  }
  const keep = keptLines(analysis.doc, (b) => plan.removedBy[b] !== undefined);
  let output = joinLines(analysis.doc, keep);
  if (settings.normalizeWhitespace) output = normalizeWhitespace(output);

  const removedByKind: Partial<Record<FindingKind, number>> = {};
  const { lines, blocks } = analysis.doc;
  for (const b of blocks) {
    const f = plan.removedBy[b.index];
    if (!f) continue;
    const line = lines[b.line]!;
    removedByKind[f.kind] = (removedByKind[f.kind] ?? 0) + (line.next - line.start);
  }
  const stats: CleanStats = {
    inputChars: text.length,
    outputChars: output.length,
    inputLines: lines.length,
    outputLines: countLines(output),
    removedChars: text.length - output.length,
    removedByKind: Object.fromEntries(KIND_ORDER.filter((k) => removedByKind[k]).map((k) => [k, removedByKind[k]])),
  };
  return { text: output, findings: plan.applied, skipped: plan.skipped, metadata: orderMetadata(metadata), stats };
}

function countLines(text: string): number {
  if (!text) return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

function orderMetadata(m: Metadata): Metadata {
  const out: Metadata = {};
  for (const key of ['title', 'author', 'source', 'keptAll'] as const) if (m[key] !== undefined) out[key] = m[key];
  return out;
}
