import type { FindingKind } from '../index.js';
import { KIND_ORDER, type FileRecord } from './record.js';

/**
 * The JSON report, written in pieces so that memory does not grow with the number of files:
 * {@link reportOpening}, then {@link reportRecord} once per file, then {@link reportClosing}.
 * Each record is one line. Key order is fixed by the builders, so the bytes are stable.
 */
export interface ReportHeader {
  tool: { name: string; version: string };
  /** The options in effect, after the config file and flags were merged. */
  options: Record<string, unknown>;
}

export interface Totals {
  files: number;
  cleaned: number;
  unchanged: number;
  failed: number;
  skipped: number;
  /** Not written because they duplicate an earlier input (--drop-duplicates). */
  dropped: number;
  /** Inputs whose record names an earlier input they duplicate, dropped or not. */
  duplicates: number;
  charsBefore: number;
  charsAfter: number;
  removedChars: number;
  /** Characters removed, by finding kind; every kind is present. */
  removedByKind: Record<FindingKind, number>;
  /** Findings applied, by kind; every kind is present. */
  findingsByKind: Record<FindingKind, number>;
}

export const REPORT_VERSION = 1;

export function reportOpening(header: ReportHeader): string {
  const opening = { reportVersion: REPORT_VERSION, tool: header.tool, options: header.options };
  return `${JSON.stringify(opening).slice(0, -1)},"files":[`;
}

/** One file's line; `index` is its position, so commas go between records. */
export function reportRecord(record: FileRecord, index: number): string {
  return `${index === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
}

export function reportClosing(totals: Totals): string {
  return `\n],"totals":${JSON.stringify(totals)}}\n`;
}

function byKind(): Record<FindingKind, number> {
  const counts = {} as Record<FindingKind, number>;
  for (const kind of KIND_ORDER) counts[kind] = 0;
  return counts;
}

export function emptyTotals(): Totals {
  return {
    files: 0,
    cleaned: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    dropped: 0,
    duplicates: 0,
    charsBefore: 0,
    charsAfter: 0,
    removedChars: 0,
    removedByKind: byKind(),
    findingsByKind: byKind(),
  };
}

/** Adds one file to the totals; `removedByKind` comes from the engine's stats for that file. */
export function addToTotals(totals: Totals, record: FileRecord, removedByKind: Partial<Record<FindingKind, number>> = {}): void {
  totals.files++;
  totals[record.status]++;
  if (record.duplicateOf !== null) totals.duplicates++;
  if (record.before && record.after) {
    totals.charsBefore += record.before.chars;
    totals.charsAfter += record.after.chars;
    totals.removedChars += record.before.chars - record.after.chars;
  }
  for (const [kind, chars] of Object.entries(removedByKind) as [FindingKind, number][]) {
    totals.removedByKind[kind] = (totals.removedByKind[kind] ?? 0) + chars;
  }
  for (const finding of record.findings) {
    totals.findingsByKind[finding.kind] = (totals.findingsByKind[finding.kind] ?? 0) + 1;
  }
}

/** Adds the totals of part of a run (a batch of JSONL lines cleaned in a worker) to the run's. */
export function mergeTotals(totals: Totals, part: Totals): void {
  totals.files += part.files;
  totals.cleaned += part.cleaned;
  totals.unchanged += part.unchanged;
  totals.failed += part.failed;
  totals.skipped += part.skipped;
  totals.dropped += part.dropped;
  totals.duplicates += part.duplicates;
  totals.charsBefore += part.charsBefore;
  totals.charsAfter += part.charsAfter;
  totals.removedChars += part.removedChars;
  // Over the part's own keys: a kind outside KIND_ORDER (comments) appears only once it is seen.
  for (const [kind, chars] of Object.entries(part.removedByKind) as [FindingKind, number][]) totals.removedByKind[kind] = (totals.removedByKind[kind] ?? 0) + chars;
  for (const [kind, count] of Object.entries(part.findingsByKind) as [FindingKind, number][]) totals.findingsByKind[kind] = (totals.findingsByKind[kind] ?? 0) + count;
}
