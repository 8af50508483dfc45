import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CleanResult } from '../index.js';
import type { DocumentPrint } from '../corpus/duplicate-index.js';
import { siteIndex, type TemplateTable } from '../corpus/templates.js';
import { applySplices, locateMembers, type Splice } from '../io/jsonl.js';
import { addToTotals, emptyTotals, type Totals } from '../report/json.js';
import { cleanedRecord, problemRecord, type FileRecord } from '../report/record.js';
import { printOf } from './duplicate-documents.js';
import { eachLine, lineIdentity, lineSite, readLine } from './jsonl-line.js';

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
  /** In corpus mode, the fields that give a line's site: a site name, else a URL whose host is one. */
  siteField: string;
  urlField: string;
  /** The field that names a line in a later copy's `duplicateOf` (else FILE:LINE). */
  idField: string;
  /** Compare each cleaned line with the earlier ones, from this similarity; absent: no check (--no-duplicate-check). */
  duplicateThreshold?: number;
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
  /** Corpus mode: the site of the input's lines that have no site or url field of their own. */
  site?: string;
}

export interface BatchResult {
  /** The lines cleaned; compressed when the task says gzip, unless `checks` is there. */
  output: Uint8Array;
  /** The batch's report records, one JSON object each. */
  records: string[];
  /** Lines for stderr, without the `winnow: ` prefix. */
  messages: string[];
  /** Lines that could not be cleaned, or whose site fields were wrong. */
  problems: number;
  totals: Totals;
  /** Corpus mode: lines whose site the profile never counted, so nothing was removed as template text. */
  unplaced: number;
  /** With the duplicate check: each cleaned line that has words to compare, in order. */
  checks?: LineCheck[];
}

/** A cleaned line, for the parent thread to compare with the run's earlier lines. */
export interface LineCheck {
  print: DocumentPrint;
  /** How a later copy names this line: its id field, or FILE:LINE. */
  id: string;
  status: 'cleaned' | 'unchanged';
  /** Byte offsets in the batch's output: the line with its line end, and the meta object's closing brace (-1 without one). */
  start: number;
  end: number;
  metaEnd: number;
  /** The line's record among the batch's records; -1 without a report. */
  record: number;
}

/** A report record for one JSONL line: a file record with the line number after the input. */
export type LineRecord = { input: string; line: number | null } & Omit<FileRecord, 'input'>;

export function lineRecord(record: FileRecord, line: number | null): LineRecord {
  const { input, ...rest } = record;
  return { input, line, ...rest };
}

/** What a line that cannot be cleaned says on stderr and in the report. */
export function lineProblem(task: Pick<BatchTask, 'input' | 'output'>, settings: JsonlSettings, line: number, status: 'failed' | 'skipped', cause: string): { message: string; record: LineRecord } {
  const pass = settings.onError === 'pass';
  const record = lineRecord({ ...problemRecord(task.input, status, cause), output: pass ? task.output : null }, line);
  return { message: `${task.input}:${line}: ${cause}; ${pass ? 'passed through unchanged' : 'dropped'}`, record };
}

/**
 * Cleans every line of a batch: the text field is replaced by its cleaned text and the findings are
 * added under the meta field, by splicing the line's own text, so every other field keeps its bytes
 * and its place. A line that is not a JSON object with a string in the text field is reported and
 * passed through or dropped. Blank lines are kept as they are and make no record.
 *
 * In corpus mode (`profile`, with the file's site in `task.site`) each line is cleaned with the
 * template table of its own site (see lineSite). With the duplicate check on, each cleaned line's
 * print is returned for the parent thread to compare in input order, and the output is left
 * uncompressed, since the parent may still mark or drop lines in it.
 */
export function cleanBatch(task: BatchTask, settings: JsonlSettings, clean: (text: string, site?: string) => CleanResult, profile?: TemplateTable): BatchResult {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.length);
  const parts: Buffer[] = [];
  let text = '';
  const records: string[] = [];
  const messages: string[] = [];
  const totals = emptyTotals();
  let problems = 0;
  let unplaced = 0;
  const threshold = settings.duplicateThreshold;
  const checks: LineCheck[] | undefined = threshold === undefined ? undefined : [];
  // Bytes of output so far, kept only for the duplicate check, which needs each line's place.
  let outBytes = 0;
  const emit = (piece: string) => {
    text += piece;
    if (checks) outBytes += Buffer.byteLength(piece);
  };
  const keys = [settings.textField, ...(settings.metaField === null ? [] : [settings.metaField]), ...(checks ? [settings.idField] : [])];
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
      text = '';
      if (checks) outBytes += raw.length;
      emit(terminator);
    }
  };

  for (const { raw, line, terminator } of eachLine(bytes, task.firstLine)) {
    const read = readLine(raw, line, settings);
    if (read.kind === 'blank') {
      emit(read.decoded + terminator);
      continue;
    }
    if (read.kind === 'problem') {
      fail(line, raw, terminator, 'skipped', read.cause);
      continue;
    }
    const { bom, body, value, text: original } = read;
    let site: string | undefined;
    if (task.site !== undefined) {
      const found = lineSite(value, settings, task.site);
      site = found.site;
      if (found.problem !== undefined) {
        // The line is still cleaned, with the site it falls back to; the run ends with exit code 2.
        messages.push(`${task.input}:${line}: ${found.problem}`);
        problems++;
      }
      if (profile && siteIndex(profile, site) < 0) unplaced++;
    }
    let result: CleanResult;
    try {
      result = clean(original, site);
    } catch (error) {
      fail(line, raw, terminator, 'failed', `could not be cleaned (${error instanceof Error ? error.message : String(error)}); please report this`);
      continue;
    }
    const entry = lineRecord(cleanedRecord(task.input, task.output, original, result, task.report ? sha256 : undefined), line);
    const layout = locateMembers(body, keys);
    const splices: Splice[] = [];
    // An unchanged text keeps its own escapes too.
    if (result.text !== original) splices.push({ span: layout.values.get(settings.textField)!, text: JSON.stringify(result.text) });
    let meta: Splice | undefined;
    if (settings.metaField !== null) {
      const json = JSON.stringify(metaOf(entry, result));
      const existing = layout.values.get(settings.metaField);
      // A line cleaned before gets its meta field replaced where it stands, not a second one.
      meta = existing ? { span: existing, text: json } : { span: { start: layout.appendAt, end: layout.appendAt }, text: `,${JSON.stringify(settings.metaField)}:${json}` };
      splices.push(meta);
    }
    const cleaned = bom + applySplices(body, splices) + terminator;
    const print = checks && printOf(result.text, threshold!);
    if (print) {
      // Where the meta object closes in the line: after the splices before it, which shift it.
      let metaEnd = -1;
      if (meta) {
        let shift = bom.length;
        for (const splice of splices) if (splice.span.start < meta.span.start) shift += splice.text.length - (splice.span.end - splice.span.start);
        metaEnd = outBytes + Buffer.byteLength(cleaned.slice(0, meta.span.start + shift + meta.text.length - 1));
      }
      const idSpan = layout.values.get(settings.idField);
      checks.push({
        print,
        id: lineIdentity(value, settings.idField, idSpan && body.slice(idSpan.start, idSpan.end), task.input, line),
        status: entry.status as 'cleaned' | 'unchanged',
        start: outBytes,
        end: outBytes + Buffer.byteLength(cleaned),
        metaEnd,
        record: task.report ? records.length : -1,
      });
    }
    emit(cleaned);
    record(entry, result);
  }
  if (text !== '') parts.push(Buffer.from(text));
  const plain = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return {
    output: task.gzip && !checks ? gzipSync(plain) : plain,
    records,
    messages,
    problems,
    totals,
    unplaced,
    ...(checks ? { checks } : {}),
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
