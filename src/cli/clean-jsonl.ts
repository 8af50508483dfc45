import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CleanOptions, CleanResult } from '../index.js';
import { LineBatcher, type Piece } from '../io/line-batches.js';
import { describeFsError } from '../io/read-input.js';
import { describeJsonlReadError, isGzipName, openJsonlFile } from '../io/read-jsonl.js';
import { expandInputs, InputList, argumentKind, type InputFile } from '../io/walk.js';
import { describeSkippedLinks } from '../io/links.js';
import { OutDir } from '../io/out-dir.js';
import { openAtomicFile, type Sink } from '../io/write-atomic.js';
import { addToTotals, emptyTotals, mergeTotals, reportClosing, reportOpening } from '../report/json.js';
import { problemRecord } from '../report/record.js';
import { summarize } from '../report/summary.js';
import { targetUnder } from './clean-inputs.js';
import { colorLevel } from './color.js';
import { EXIT, type CliIo, type OutStream, type StopReason } from './io.js';
import { loadTemplates, siteFinder } from './corpus.js';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateDocuments } from './duplicate-documents.js';
import { cleanBatch, lineProblem, lineRecord, type BatchResult, type BatchTask, type JsonlSettings, type LineRecord } from './jsonl-batch.js';
import { markDuplicates } from './jsonl-duplicates.js';
import { tooLong } from './jsonl-line.js';
import type { Pool } from './pool.js';
import { openReport, paintFor, refuseOverwrites } from './run.js';
import { duplicateCheckFor, reportsToStdout, type Settings } from './settings.js';
import { UsageError } from './usage-error.js';

/**
 * Bytes of lines sent to a thread at once. Big enough that a message costs little beside the
 * cleaning (about 30 ms of engine time), small enough that two threads share even a small file.
 */
export const BATCH_BYTES = 256 * 1024;

/** Where one input's lines come from and go. */
interface JsonlJob {
  input: InputFile | 'stdin';
  shown: string;
  /** Under --out-dir. */
  target?: { absolute: string; shown: string };
  /** Corpus mode: the site of the input's lines that have no site or url field. */
  site?: string;
}

/**
 * Cleans JSON Lines: each input streamed batch by batch, in constant memory whatever its size.
 * Batches are cleaned in worker threads (or here, with --jobs 1) and delivered in input order, so
 * the output and the report are the same bytes whatever the number of threads. The parent thread
 * only cuts lines into batches, hands them out and writes what comes back.
 */
export async function cleanJsonl(settings: Settings, options: CleanOptions, cleanText: (text: string, options?: CleanOptions) => CleanResult, io: CliIo, now: () => number, started: number): Promise<number> {
  const refused = (
    [
      [settings.write, '--write'],
      [settings.check, '--check'],
      [settings.listDifferent, '--list-different'],
      [settings.diff, '--diff'],
      [settings.explain, '--explain'],
    ] as const
  ).find(([on]) => on);
  if (refused) throw new UsageError(`${refused[1]} works on text files; JSONL is written to stdout or --out-dir`);
  const pathArgs = settings.paths.filter((arg) => arg !== '-');
  const wantsStdin = settings.paths.includes('-') || (settings.paths.length === 0 && !io.stdin.isTTY);
  if (settings.paths.length === 0 && !wantsStdin) throw new UsageError('no input: give JSONL files, folders or globs, or pipe lines in; see winnow --help');
  if (wantsStdin && settings.outDir !== undefined) throw new UsageError('--out-dir mirrors file names; stdin has none (use: winnow --jsonl - > FILE)');
  const single = pathArgs.length + (wantsStdin ? 1 : 0) === 1 && (wantsStdin || !['folder', 'glob'].includes(argumentKind(pathArgs[0]!, io.cwd)));
  const toStdout = settings.outDir === undefined && single;
  if (settings.outDir === undefined && !single && settings.report === undefined) {
    throw new UsageError('several JSONL inputs and no output option: add --out-dir DIR, or --report FILE for the report alone');
  }
  if (toStdout && reportsToStdout(settings.report)) throw new UsageError(`--report ${settings.report} would mix the report with the cleaned lines on stdout; give --report a file name`);

  const walked = pathArgs.length > 0 ? await expandInputs(pathArgs, { cwd: io.cwd, ...settings.walk }) : { files: new InputList(io.cwd, [], new Uint32Array(0), []), problems: [] };
  refuseOverwrites(walked.files, settings, io.cwd);
  if (!settings.quiet && walked.files.skippedLinks.length > 0) io.stderr.write(describeSkippedLinks(walked.files.skippedLinks));
  const mode = toStdout ? 'stdout' : settings.outDir !== undefined ? 'out-dir' : 'report';
  const report = settings.report === undefined ? undefined : await openReport(settings, mode, io, true);
  const profile = await loadTemplates(settings.corpus, io.cwd);
  const siteOf = profile ? siteFinder(settings.corpus) : undefined;
  const withProfile: CleanOptions = profile ? { ...options, profile } : options;
  // Lines are compared across the whole run, files and stdin alike, as text files are.
  const duplicates = duplicateCheckFor(settings, true) ? new DuplicateDocuments(settings.duplicateThreshold) : undefined;
  // --max-lines holds for each line's text as for a text file's; --max-bytes, a file's size, gives way
  // to --max-line-bytes, as a JSONL file may be of any size.
  const jsonl: JsonlSettings = {
    ...settings.jsonl.settings,
    maxLines: settings.limits.maxLines,
    ...(duplicates ? { duplicateThreshold: settings.duplicateThreshold ?? DEFAULT_DUPLICATE_THRESHOLD } : {}),
  };
  const { availableParallelism } = await import('node:os');
  const clean = (text: string, site?: string) => cleanText(text, site === undefined ? withProfile : { ...withProfile, site });
  const runner = new BatchRunner(settings.jobs ?? availableParallelism(), withProfile, jsonl, clean);

  const totals = emptyTotals();
  let problems = 0;
  let unplaced = 0;
  let index = 0;
  report?.sink.write(reportOpening(report.header));
  const record = (entry: LineRecord) => {
    report?.sink.write(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(entry)}`);
    index++;
  };
  const problem = (message: string, entry: LineRecord) => {
    io.stderr.write(`winnow: ${message}\n`);
    addToTotals(totals, entry);
    record(entry);
    problems++;
  };
  /** An input that failed as a whole: one record with no line number. */
  let failedInputs = 0;
  const failed = (shown: string, cause: string) => {
    failedInputs++;
    problem(`${shown}: ${cause}`, lineRecord(problemRecord(shown, 'failed', cause), null));
  };
  for (const walkProblem of walked.problems) failed(walkProblem.path, walkProblem.cause);

  const outDir = settings.outDir;
  // Each output streams into a file below the --out-dir's real folder, as text files' outputs do.
  const outFolder = outDir === undefined ? undefined : new OutDir(path.resolve(io.cwd, outDir));
  // Made one at a time, so memory does not hold a job per file.
  function* jobs(): Iterable<JsonlJob> {
    if (wantsStdin) yield { input: 'stdin', shown: '-', ...(siteOf ? { site: siteOf('stdin') } : {}) };
    for (const file of walked.files) {
      yield { input: file, shown: file.path, ...(outDir !== undefined ? { target: targetUnder(outDir, file, io.cwd) } : {}), ...(siteOf ? { site: siteOf(file) } : {}) };
    }
  }

  try {
    for (const job of jobs()) {
      if (io.signal?.aborted) break;
      const output = toStdout ? '-' : (job.target?.shown ?? null);
      let sink: Sink;
      try {
        if (job.target) outFolder?.check(job.target.absolute);
        sink = job.target ? openAtomicFile(job.target.absolute) : toStdout ? stdoutSink(io.stdout) : discard;
      } catch (error) {
        failed(job.shown, `cannot write ${job.target!.shown}: ${describeFsError(error)}`);
        continue;
      }
      const gzip = job.target !== undefined && isGzipName(job.target.absolute);
      const delivered = (result: BatchResult) => {
        // The check runs here, batch after batch in input order; the batch came back uncompressed for it.
        const { output, records } = duplicates ? markDuplicates(result, duplicates, settings.dropDuplicates) : result;
        if (output.length > 0) sink.write(gzip && duplicates ? gzipSync(output) : output);
        for (const message of result.messages) io.stderr.write(`winnow: ${message}\n`);
        if (records.length > 0 && report) {
          report.sink.write(`${index === 0 ? '\n' : ',\n'}${records.join(',\n')}`);
          index += records.length;
        }
        mergeTotals(totals, result.totals);
        problems += result.problems;
        unplaced += result.unplaced;
      };
      const where = { input: job.shown, output, gzip, report: report !== undefined, ...(job.site !== undefined ? { site: job.site } : {}) };
      const failure = await streamInput(job, openSource(job, io), where, runner, jsonl, io, {
        delivered,
        write: (bytes) => sink.write(bytes),
        drained: () => drained(io.stdout, toStdout, io.signal),
        longLine: (line) => {
          const { message, record: entry } = lineProblem({ input: job.shown, output }, jsonl, line, 'skipped', tooLong(jsonl));
          problem(message, entry);
        },
      });
      if (io.signal?.aborted) {
        sink.abort();
        break;
      }
      if (failure !== undefined) {
        sink.abort();
        failed(job.shown, failure);
        continue;
      }
      try {
        sink.close();
      } catch (error) {
        failed(job.shown, `cannot write ${job.target?.shown ?? '-'}: ${describeFsError(error)}`);
      }
    }
  } finally {
    await runner.close();
  }

  const stopped = io.signal?.aborted ? (io.signal.reason as StopReason) : undefined;
  if (report) {
    if (stopped === 'SIGINT' || stopped === 'SIGTERM') report.sink.abort();
    else {
      report.sink.write(reportClosing(totals));
      report.sink.close();
    }
  }
  if (stopped === 'SIGINT' || stopped === 'SIGTERM') {
    io.stderr.write(`winnow: stopped by ${stopped}; files already written are complete, none is half-written\n`);
    return EXIT[stopped];
  }
  if (!settings.quiet && stopped !== 'EPIPE') {
    const paint = await paintFor(colorLevel(settings.color, io.env, io.stderr.isTTY), true);
    io.stderr.write(summarize(totals, now() - started, 'cleaned', paint, 'line', failedInputs));
    if (unplaced > 0) {
      const lines = unplaced === 1 ? '1 line belongs' : `${unplaced} lines belong`;
      io.stderr.write(
        `winnow: ${lines} to no site the profile counted, so no template lines were removed there; give lines a site or url field (--site-field, --url-field), or name the site with --site NAME or --site-root DIR\n`,
      );
    }
  }
  return problems > 0 ? EXIT.error : EXIT.ok;
}

interface Delivery {
  delivered(result: BatchResult): void;
  /** Raw bytes of a long line passed through. */
  write(bytes: Uint8Array): void;
  /** Resolves when the output can take more. */
  drained(): Promise<void>;
  longLine(line: number): void;
}

/**
 * Streams one input through the batcher and the runner, with a window of batches in flight, and
 * delivers them in order. Returns why the input failed part way (unreadable, bad gzip), or
 * undefined.
 */
async function streamInput(
  job: JsonlJob,
  source: AsyncIterable<Buffer | string>,
  where: Omit<BatchTask, 'bytes' | 'firstLine'>,
  runner: BatchRunner,
  settings: JsonlSettings,
  io: CliIo,
  delivery: Delivery,
): Promise<string | undefined> {
  const batcher = new LineBatcher(BATCH_BYTES, settings.maxLineBytes);
  const window: Promise<BatchResult>[] = [];
  const settleOne = async () => {
    runner.flush();
    let result: BatchResult;
    try {
      result = await window.shift()!;
    } catch (error) {
      throw new CleaningFailed(error);
    }
    delivery.delivered(result);
    await delivery.drained();
  };
  const settleAll = async () => {
    while (window.length > 0 && !io.signal?.aborted) await settleOne();
  };
  const handle = async (piece: Piece) => {
    if (piece.kind === 'lines') {
      const result = runner.run({ ...where, bytes: piece.bytes, firstLine: piece.firstLine });
      // A rejection is handled when its turn comes; until then it must not count as unhandled.
      result.catch(() => {});
      window.push(result);
      if (window.length >= runner.window) await settleOne();
    } else if (piece.kind === 'long') {
      // The long line is written straight through, so everything before it must be out first.
      await settleAll();
      delivery.longLine(piece.line);
    } else if (settings.onError === 'pass') {
      delivery.write(where.gzip ? gzipSync(piece.bytes) : piece.bytes);
      await delivery.drained();
    }
  };
  let failure: string | undefined;
  try {
    for await (const chunk of source) {
      if (io.signal?.aborted) break;
      for (const piece of batcher.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length))) await handle(piece);
    }
    if (!io.signal?.aborted) for (const piece of batcher.end()) await handle(piece);
  } catch (error) {
    if (io.signal?.aborted) return undefined;
    failure = error instanceof CleaningFailed ? error.message : describeJsonlReadError(error, job.input === 'stdin');
  }
  try {
    await settleAll();
  } catch (error) {
    return failure ?? (error as Error).message;
  }
  return failure;
}

/** A batch that could not be cleaned (a crash in the engine, a worker thread that died), told apart from a read error. */
class CleaningFailed extends Error {
  constructor(cause: unknown) {
    super(`could not be cleaned (${cause instanceof Error ? cause.message : String(cause)}); please report this`);
  }
}

/** The bytes of an input, decompressed when its name ends in .gz. */
function openSource(job: JsonlJob, io: CliIo): AsyncIterable<Buffer | string> {
  return job.input === 'stdin' ? (io.stdin as AsyncIterable<Buffer | string>) : openJsonlFile(job.input.absolute);
}

const discard: Sink = { write() {}, close() {}, abort() {} };

function stdoutSink(stdout: OutStream): Sink {
  return { write: (data) => void stdout.write(data), close() {}, abort() {} };
}

/** Waits while stdout's buffer is full, so a slow reader downstream does not make memory grow. */
async function drained(stdout: OutStream, toStdout: boolean, signal?: AbortSignal): Promise<void> {
  const stream = stdout as OutStream & { writableNeedDrain?: boolean; once?: (event: string, listener: () => void) => unknown; off?: (event: string, listener: () => void) => unknown };
  if (!toStdout || !stream.writableNeedDrain || typeof stream.once !== 'function' || signal?.aborted) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off?.('drain', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    stream.once!('drain', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs batches here or in a pool of threads. The first batch of a run waits until a second one
 * shows up: then the pool starts and takes both, so the parent thread stays free to read and write;
 * if the input ends first, it is cleaned here, and a small input never pays for starting threads.
 * A batch cleans the same wherever it runs.
 */
class BatchRunner {
  private pool?: Promise<Pool<BatchTask, BatchResult>>;
  private held?: { task: BatchTask; resolve: (result: BatchResult) => void; reject: (error: unknown) => void };
  private ranHere = false;
  /** Batches worth having in flight: enough to keep every thread busy while the parent writes. */
  readonly window: number;

  constructor(
    private readonly jobs: number,
    private readonly options: CleanOptions,
    private readonly settings: JsonlSettings,
    private readonly clean: (text: string, site?: string) => CleanResult,
  ) {
    this.window = jobs > 1 ? jobs * 3 : 1;
  }

  run(task: BatchTask): Promise<BatchResult> {
    // Run from TypeScript sources (the tests) there is no compiled worker to start.
    if (this.jobs <= 1 || import.meta.url.endsWith('.ts')) return this.here(task);
    if (this.pool === undefined && this.held === undefined && !this.ranHere) {
      return new Promise((resolve, reject) => (this.held = { task, resolve, reject }));
    }
    // This thread cleans its share of the batches too (see startPool).
    this.pool ??= import('./pool.js').then(({ startPool }) =>
      startPool<BatchTask, BatchResult>(new URL('./jsonl-worker.js', import.meta.url), this.jobs, { options: this.options, settings: this.settings }, (batch) =>
        cleanBatch(batch, this.settings, this.clean, this.options.profile),
      ),
    );
    this.release((held) => this.pool!.then((pool) => pool.run(held, [held.bytes.buffer as ArrayBuffer])));
    // A batch's bytes are a buffer of its own (see LineBatcher), so they are handed over, not copied.
    return this.pool.then((pool) => pool.run(task, [task.bytes.buffer as ArrayBuffer]));
  }

  /** Called before waiting on a result: a batch still held is cleaned here. */
  flush(): void {
    this.release((held) => {
      this.ranHere = true;
      return this.here(held);
    });
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).close();
  }

  private release(run: (task: BatchTask) => Promise<BatchResult>): void {
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    run(held.task).then(held.resolve, held.reject);
  }

  private here(task: BatchTask): Promise<BatchResult> {
    try {
      return Promise.resolve(cleanBatch(task, this.settings, this.clean, this.options.profile));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
