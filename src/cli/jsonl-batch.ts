import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CleanResult } from '../index.js';
import { findInvalidUtf8 } from '../io/decode.js';
import { applySplices, locateMembers, objectProblem, parseProblem, type Splice } from '../io/jsonl.js';
import { addToTotals, emptyTotals, type Totals } from '../report/json.js';
import { cleanedRecord, problemRecord, type FileRecord } from '../report/record.js';

/** How JSONL lines are read and written, fixed for a run. */
export interface JsonlSettings {
  textField: string;
  /** Where winnow's findings go in each line; null: nowhere (--no-meta). */
  metaField: string | null;
  /** What happens to a line that cannot be cleaned: written unchanged, or left out. */
  onError: 'pass' | 'drop';
  maxLineBytes: number;
  /** The most lines a line's text may have (--max-lines); no limit when absent. */
  maxLines?: number;
}

/** One batch of whole lines from one input, and where its lines go. */
export interface BatchTask {
  bytes: Uint8Array;
  /** Line number, in its file, of the batch's first line. */
  firstLine: number;
  /** The input as shown in messages (`-` for stdin). */
  input: string;
  /** Where the lines are written, as the report shows it: a path, `-`, or null. */
  output: string | null;
  /** Compress the batch's output as one gzip member. */
  gzip: boolean;
  /** Build report records (with a sha256 of each cleaned text). */
  report: boolean;
}

export interface BatchResult {
  output: Uint8Array;
  /** The batch's report records, one JSON object a line, joined by `,\n`. */
  records: string;
  recordCount: number;
  /** Lines for stderr, without the `winnow: ` prefix. */
  messages: string[];
  /** Lines that could not be cleaned. */
  problems: number;
  totals: Totals;
}

/** A report record for one JSONL line: a file record with the line number after the input. */
export type LineRecord = { input: string; line: number | null } & Omit<FileRecord, 'input'>;

export function lineRecord(record: FileRecord, line: number | null): LineRecord {
  const { input, ...rest } = record;
  return { input, line, ...rest };
}

/** How many lines a text has, counted as a text file's are (\n, \r\n or \r ends one; text after the last is one more). */
function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (text.includes('\r')) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10) lines++;
  const last = text.charCodeAt(text.length - 1);
  return text.length > 0 && last !== 10 && last !== 13 ? lines + 1 : lines;
}

/** What a line that cannot be cleaned says on stderr and in the report. */
export function lineProblem(task: Pick<BatchTask, 'input' | 'output'>, settings: JsonlSettings, line: number, status: 'failed' | 'skipped', cause: string): { message: string; record: LineRecord } {
  const pass = settings.onError === 'pass';
  const record = lineRecord({ ...problemRecord(task.input, status, cause), output: pass ? task.output : null }, line);
  return { message: `${task.input}:${line}: ${cause}; ${pass ? 'passed through unchanged' : 'dropped'}`, record };
}

export function tooLong(settings: JsonlSettings): string {
  return `line longer than --max-line-bytes (${settings.maxLineBytes} bytes)`;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Cleans every line of a batch: the text field is replaced by its cleaned text and the findings are
 * added under the meta field, by splicing the line's own text, so every other field keeps its bytes
 * and its place. A line that is not a JSON object with a string in the text field is reported and
 * passed through or dropped. Blank lines are kept as they are and make no record.
 */
export function cleanBatch(task: BatchTask, settings: JsonlSettings, clean: (text: string) => CleanResult): BatchResult {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.length);
  const parts: Buffer[] = [];
  let text = '';
  const records: string[] = [];
  const messages: string[] = [];
  const totals = emptyTotals();
  let problems = 0;
  const keys = settings.metaField === null ? [settings.textField] : [settings.textField, settings.metaField];
  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

  const record = (entry: LineRecord, result?: CleanResult) => {
    addToTotals(totals, entry, result?.stats.removedByKind);
    if (task.report) records.push(JSON.stringify(entry));
  };
  const fail = (line: number, raw: Buffer, terminator: string, status: 'failed' | 'skipped', cause: string) => {
    const { message, record: entry } = lineProblem(task, settings, line, status, cause);
    messages.push(message);
    record(entry);
    problems++;
    if (settings.onError === 'pass') {
      if (text !== '') parts.push(Buffer.from(text));
      parts.push(raw);
      text = terminator;
    }
  };

  let line = task.firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const terminator = newline === -1 ? '' : '\n';
    const raw = bytes.subarray(start, end);
    start = end + 1;
    if (raw.length > settings.maxLineBytes) {
      fail(line, raw, terminator, 'skipped', tooLong(settings));
      continue;
    }
    let decoded: string;
    try {
      decoded = decoder.decode(raw);
    } catch {
      const offset = findInvalidUtf8(raw);
      fail(line, raw, terminator, 'skipped', `not UTF-8 (byte 0x${(raw[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset})`);
      continue;
    }
    // A byte-order mark may open a file; it stays, and JSON is read after it.
    const bom = line === 1 && decoded.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const body = bom ? decoded.slice(1) : decoded;
    if (!/\S/.test(body)) {
      text += decoded + terminator;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      fail(line, raw, terminator, 'skipped', parseProblem(error));
      continue;
    }
    const problem = objectProblem(value, settings.textField);
    if (problem !== undefined) {
      fail(line, raw, terminator, 'skipped', problem);
      continue;
    }
    const original = (value as Record<string, string>)[settings.textField]!;
    const textLines = settings.maxLines === undefined ? 0 : lineCount(original);
    if (textLines > settings.maxLines!) {
      fail(line, raw, terminator, 'skipped', `skipped: ${textLines.toLocaleString('en-US')} lines is over --max-lines ${settings.maxLines!.toLocaleString('en-US')}`);
      continue;
    }
    let result: CleanResult;
    try {
      result = clean(original);
    } catch (error) {
      fail(line, raw, terminator, 'failed', `could not be cleaned (${error instanceof Error ? error.message : String(error)}); please report this`);
      continue;
    }
    const entry = lineRecord(cleanedRecord(task.input, task.output, original, result, task.report ? sha256 : undefined), line);
    const layout = locateMembers(body, keys);
    const splices: Splice[] = [];
    // An unchanged text keeps its own escapes too.
    if (result.text !== original) splices.push({ span: layout.values.get(settings.textField)!, text: JSON.stringify(result.text) });
    if (settings.metaField !== null) {
      const meta = JSON.stringify(metaOf(entry, result));
      const existing = layout.values.get(settings.metaField);
      // A line cleaned before gets its meta field replaced where it stands, not a second one.
      if (existing) splices.push({ span: existing, text: meta });
      else splices.push({ span: { start: layout.appendAt, end: layout.appendAt }, text: `,${JSON.stringify(settings.metaField)}:${meta}` });
    }
    text += bom + applySplices(body, splices) + terminator;
    record(entry, result);
  }
  if (text !== '') parts.push(Buffer.from(text));
  const plain = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return {
    output: task.gzip ? gzipSync(plain) : plain,
    records: records.join(',\n'),
    recordCount: records.length,
    messages,
    problems,
    totals,
  };
}

/** The compact form of a result that goes under the meta field: what was removed, what was learnt, the counts. */
function metaOf(entry: LineRecord, result: CleanResult) {
  const { stats } = result;
  return {
    findings: entry.findings.map((finding) => ({
      kind: finding.kind,
      rule: finding.rule === null ? finding.detector : `${finding.detector}/${finding.rule}`,
      lines: finding.lines,
      reason: finding.reason,
    })),
    metadata: entry.metadata,
    stats: {
      inputChars: stats.inputChars,
      outputChars: stats.outputChars,
      inputLines: stats.inputLines,
      outputLines: stats.outputLines,
      removedChars: stats.removedChars,
    },
  };
}
