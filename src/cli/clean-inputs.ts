import path from 'node:path';
import type { CleanResult } from '../index.js';
import type { Cleaner } from './cleaner.js';
import type { DuplicateDocuments } from './duplicate-documents.js';
import { readInput, readStdin, describeFsError, type Limits, type ReadResult } from '../io/read-input.js';
import type { OutDir } from '../io/out-dir.js';
import { rewriteAtomic, type Sink } from '../io/write-atomic.js';
import type { InputFile, WalkProblem } from '../io/walk.js';
import { addToTotals, emptyTotals, reportClosing, reportOpening, reportRecord, type ReportHeader, type Totals } from '../report/json.js';
import { cleanedRecord, problemRecord, type Duplicate, type FileRecord } from '../report/record.js';
import type { Paint } from '../report/paint.js';
import type { CliIo, StopReason } from './io.js';
import type { Progress } from './progress.js';

/** One thing to clean: stdin or a file, with where its cleaned text goes under --out-dir. */
export interface Job {
  input: InputFile | 'stdin';
  /** Absolute target under --out-dir, and how it is shown. */
  target?: { absolute: string; shown: string };
  /** The site its corpus profile counts apply to, in corpus mode. */
  site?: string;
}

export interface Plan {
  /** Made one at a time, so memory does not hold a job per file. */
  jobs: Iterable<Job>;
  problems: WalkProblem[];
  /** Print each cleaned text on stdout (one input, no output option). */
  toStdout: boolean;
  /** Inputs past these are skipped; the defaults when not given. */
  limits?: Limits;
  /** Where --out-dir writes go; every job then has a target below it. */
  outDir?: OutDir;
  write: boolean;
  check: boolean;
  listDifferent: boolean;
  explain: boolean;
  diff: boolean;
  report?: { sink: Sink; header: ReportHeader; sha256: (text: string) => string };
  /** Duplicate documents across the inputs (runs of two or more); `drop` leaves them unwritten. */
  duplicates?: { documents: DuplicateDocuments; drop: boolean };
  stdoutPaint: Paint;
  progress: Progress;
}

export interface Outcome {
  totals: Totals;
  /** Inputs that failed or were skipped, walk problems included. */
  problems: number;
  /** Set when the run was cut short. */
  stopped?: StopReason;
}

/** A job that has been read and handed to the cleaner, waiting for its turn to be delivered. */
interface InFlight {
  job: Job;
  shown: string;
  read: ReadResult;
  result?: Promise<CleanResult>;
}

/**
 * Cleans the inputs in order, with at most a small window of documents in flight, so memory holds
 * a few documents and one report record whatever the number of files: read and check, clean (in
 * worker threads on large runs), then, in input order, write or print and stream the record. A
 * bad input becomes a `winnow: PATH: cause` line and a record, and the run goes on.
 */
export async function cleanInputs(plan: Plan, io: CliIo, cleaner: Cleaner): Promise<Outcome> {
  const totals = emptyTotals();
  let index = 0;
  let problems = 0;
  const { report, progress } = plan;
  report?.sink.write(reportOpening(report.header));
  const record = (entry: FileRecord, result?: CleanResult) => {
    addToTotals(totals, entry, result?.stats.removedByKind);
    report?.sink.write(reportRecord(entry, index));
    index++;
  };
  const problem = (shown: string, status: 'failed' | 'skipped', cause: string) => {
    progress.clear();
    io.stderr.write(`winnow: ${shown}: ${cause}\n`);
    record(problemRecord(shown, status, cause));
    problems++;
  };
  for (const walkProblem of plan.problems) problem(walkProblem.path, 'failed', walkProblem.cause);

  const settle = async ({ job, shown, read, result: cleaning }: InFlight) => {
    if (!read.ok) {
      problem(shown, read.status, read.cause);
    } else {
      let result: CleanResult | undefined;
      try {
        result = await cleaning!;
      } catch (error) {
        problem(shown, 'failed', `could not be cleaned (${error instanceof Error ? error.message : String(error)}); please report this`);
      }
      if (result) {
        // Compared here, in input order, so the first copy is the first input whatever the workers did.
        // The worker that cleaned the text may have made its print already (see workerCleaner).
        const made = plan.duplicates && cleaner.print?.(result);
        const check = made === undefined ? plan.duplicates?.documents.check(result.text) : made === null ? undefined : plan.duplicates!.documents.find(made);
        const duplicate: Duplicate | undefined = check?.of && { ...check.of, dropped: plan.duplicates!.drop };
        const delivered = duplicate?.dropped ? { output: null } : await deliver(plan, io, job, shown, read.text, result);
        if ('error' in delivered) {
          problem(shown, 'failed', delivered.error);
        } else {
          // Only a copy that was delivered can be the one later duplicates point at.
          if (check?.print) plan.duplicates!.documents.keep(check.print, shown);
          record(cleanedRecord(shown, delivered.output, read.text, result, report?.sha256, duplicate), result);
        }
      }
    }
    progress.update(index);
    // Let signal and stdout-error handlers run between files.
    await new Promise((resolve) => setImmediate(resolve));
  };

  const window: InFlight[] = [];
  for (const job of plan.jobs) {
    if (io.signal?.aborted) break;
    const shown = job.input === 'stdin' ? '-' : job.input.path;
    let read: ReadResult;
    if (job.input === 'stdin') {
      try {
        read = await readStdin(io.stdin, io.signal, plan.limits);
      } catch (error) {
        if (io.signal?.aborted) break;
        read = { ok: false, status: 'failed', cause: `cannot read stdin: ${describeFsError(error)}` };
      }
    } else {
      read = readInput(job.input.absolute, plan.limits);
    }
    const result = read.ok ? cleaner.clean(read.text, job.site) : undefined;
    // A rejection is handled when its turn comes; until then it must not count as unhandled.
    result?.catch(() => {});
    window.push({ job, shown, read, ...(result ? { result } : {}) });
    if (window.length >= cleaner.window) await settle(window.shift()!);
  }
  while (window.length > 0 && !io.signal?.aborted) await settle(window.shift()!);
  progress.clear();
  const stopped = io.signal?.aborted ? (io.signal.reason as StopReason) : undefined;
  if (report) {
    if (stopped === 'SIGINT' || stopped === 'SIGTERM') {
      report.sink.abort();
    } else {
      report.sink.write(reportClosing(totals));
      report.sink.close();
    }
  }
  return { totals, problems, ...(stopped ? { stopped } : {}) };
}

/**
 * Sends one cleaned text where the flags say. Returns the output path for the record (`-` for
 * stdout, null when nothing was written), or why writing failed.
 */
async function deliver(plan: Plan, io: CliIo, job: Job, shown: string, original: string, result: CleanResult): Promise<{ output: string | null } | { error: string }> {
  const changed = result.text !== original;
  let output: string | null = null;
  if (plan.toStdout) {
    io.stdout.write(result.text);
    output = '-';
  } else if (job.target || (plan.write && changed && job.input !== 'stdin')) {
    const target = job.target ?? { absolute: (job.input as InputFile).absolute, shown };
    try {
      if (job.target) plan.outDir!.write(target.absolute, result.text);
      else rewriteAtomic(target.absolute, result.text);
      output = target.shown;
    } catch (error) {
      return { error: `cannot write ${target.shown}: ${describeFsError(error)}` };
    }
  }
  if (changed && plan.check) {
    plan.progress.clear();
    io.stderr.write(`winnow: ${shown}: would change\n`);
  }
  if (changed && plan.listDifferent) io.stdout.write(`${shown}\n`);
  if (plan.explain) {
    const { explainFile } = await import('../report/explain.js');
    io.stdout.write(explainFile(shown, original, result, plan.stdoutPaint));
  }
  if (plan.diff && changed) {
    const { diffFile } = await import('../report/diff.js');
    io.stdout.write(diffFile(shown, original, result.text, plan.stdoutPaint));
  }
  return { output };
}

/** Where a file lands under --out-dir, shown relative to the working folder when the folder was given that way. */
export function targetUnder(outDir: string, file: InputFile, cwd: string): { absolute: string; shown: string } {
  const absolute = path.resolve(cwd, outDir, file.relative);
  return { absolute, shown: path.isAbsolute(outDir) ? absolute : path.relative(cwd, absolute) };
}
