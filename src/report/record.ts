import type { CleanResult, Finding, FindingKind, LineRange, Metadata, SkippedFinding, Span } from '../index.js';

/**
 * What happened to one input. `skipped`: not text (binary, not UTF-8, empty); `failed`: unreadable,
 * unwritable, or crashed; `dropped`: cleaned, but not written because it duplicates an earlier
 * input (`--drop-duplicates`). Only `failed` and `skipped` are problems.
 */
export type FileStatus = 'cleaned' | 'unchanged' | 'failed' | 'skipped' | 'dropped';

export interface Counts {
  chars: number;
  lines: number;
}

export interface FindingRecord {
  kind: FindingKind;
  detector: string;
  rule: string | null;
  lines: LineRange;
  span: Span;
  reason: string;
  confidence: number;
  duplicateOf: { lines: LineRange; span: Span } | null;
  similarity: number | null;
}

export interface SkippedRecord extends FindingRecord {
  why: string;
}

/** One line of the report: one input file. Keys are always present and always in this order. */
export interface FileRecord {
  input: string;
  output: string | null;
  status: FileStatus;
  error: string | null;
  before: Counts | null;
  after: Counts | null;
  sha256: string | null;
  /** The earlier input whose cleaned text this one's duplicates, exactly or nearly. */
  duplicateOf: string | null;
  /** How similar the two cleaned texts are: 1 for an exact copy, else the estimated Jaccard similarity of their word shingles. */
  similarity: number | null;
  metadata: Record<string, string>;
  findings: FindingRecord[];
  skipped: SkippedRecord[];
}

/** Finding kinds in the order reports list them. */
export const KIND_ORDER: readonly FindingKind[] = ['duplicate', 'boilerplate', 'labels', 'menu', 'header', 'footer', 'attribution'];
const METADATA_ORDER = ['title', 'source', 'author', 'keptAll'];

/** An earlier input that this one duplicates; `dropped` when the duplicate was not written. */
export interface Duplicate {
  input: string;
  similarity: number;
  dropped: boolean;
}

/**
 * The record of an input that was cleaned; `output` is where the text went (`-` for stdout), or
 * null. `sha256` hashes the output; it is passed in so that runs without a report never load
 * node:crypto.
 */
export function cleanedRecord(
  input: string,
  output: string | null,
  original: string,
  result: CleanResult,
  sha256?: (text: string) => string,
  duplicate?: Duplicate,
): FileRecord {
  const { stats } = result;
  return {
    input,
    output,
    status: duplicate?.dropped ? 'dropped' : result.text === original ? 'unchanged' : 'cleaned',
    error: null,
    before: { chars: stats.inputChars, lines: stats.inputLines },
    after: { chars: stats.outputChars, lines: stats.outputLines },
    sha256: sha256 ? sha256(result.text) : null,
    duplicateOf: duplicate?.input ?? null,
    similarity: duplicate?.similarity ?? null,
    metadata: orderMetadata(result.metadata),
    findings: result.findings.map(findingRecord),
    skipped: result.skipped.map(skippedRecord),
  };
}

/** The record of an input that could not be cleaned. */
export function problemRecord(input: string, status: 'failed' | 'skipped', error: string): FileRecord {
  return {
    input,
    output: null,
    status,
    error,
    before: null,
    after: null,
    sha256: null,
    duplicateOf: null,
    similarity: null,
    metadata: {},
    findings: [],
    skipped: [],
  };
}

function findingRecord(finding: Finding): FindingRecord {
  return {
    kind: finding.kind,
    detector: finding.detector,
    rule: finding.rule ?? null,
    lines: [finding.lines[0], finding.lines[1]],
    span: { start: finding.span.start, end: finding.span.end },
    reason: finding.reason,
    confidence: finding.confidence,
    duplicateOf: finding.duplicateOf
      ? {
          lines: [finding.duplicateOf.lines[0], finding.duplicateOf.lines[1]],
          span: { start: finding.duplicateOf.span.start, end: finding.duplicateOf.span.end },
        }
      : null,
    similarity: finding.similarity ?? null,
  };
}

function skippedRecord(finding: SkippedFinding): SkippedRecord {
  return { ...findingRecord(finding), why: finding.why };
}

function orderMetadata(metadata: Metadata): Record<string, string> {
  const source = metadata as Record<string, unknown>;
  const keys = [
    ...METADATA_ORDER.filter((key) => key in source),
    ...Object.keys(source)
      .filter((key) => !METADATA_ORDER.includes(key))
      .sort(),
  ];
  const ordered: Record<string, string> = {};
  for (const key of keys) {
    const value = source[key];
    if (typeof value === 'string') ordered[key] = value;
  }
  return ordered;
}
