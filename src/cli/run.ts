import path from 'node:path';
import type { CleanOptions, PhraseRule } from '../index.js';
import { findConfig, readSettingsFile } from '../io/find-config.js';
import { readVersion } from '../io/package-info.js';
import { argumentKind, expandInputs, InputList } from '../io/walk.js';
import { describeSkippedLinks } from '../io/links.js';
import { checkOutDir, folderResolver, isInside, OutDir, realPathOf } from '../io/out-dir.js';
import { findTarget, openOutputFile, overwritesInput, type OutputTarget } from '../io/output-file.js';
import { removeTemporaryFiles, type Sink } from '../io/write-atomic.js';
import { describeFsError } from '../io/read-input.js';
import type { ReportHeader } from '../report/json.js';
import { summarize } from '../report/summary.js';
import { plain, type Paint } from '../report/paint.js';
import { cleanInputs, targetUnder, type Job, type Outcome } from './clean-inputs.js';
import { inThreadCleaner, workerCleaner, type Cleaner } from './cleaner.js';
import { isJsonlRun } from './jsonl-options.js';
import { colorLevel } from './color.js';
import { loadTemplates, siteFinder } from './corpus.js';
import { siteIndex } from '../corpus/templates.js';
import { parseConfig, type ConfigValues } from './config.js';
import { EXIT, type CliIo } from './io.js';
import { parseFlags, type Flags } from './options.js';
import { createProgress } from './progress.js';
import { duplicateCheckFor, hasOutputOption, optionsInEffect, reportsToStdout, resolveSettings, type Settings } from './settings.js';
import { UsageError } from './usage-error.js';

type Engine = typeof import('../index.js');

/**
 * The winnow command: parses `argv`, checks everything that can be checked before any work, then
 * cleans. Returns the exit code (see {@link EXIT}); it never calls `process.exit` and touches the
 * outside world only through `io` and the file system.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const now = io.now ?? (() => performance.now());
  const started = now();
  try {
    if (argv[0] === 'profile') {
      const { runProfile } = await import('./profile-command.js');
      return await runProfile(argv.slice(1), io, now, started);
    }
    const flags = parseFlags(argv);
    if (flags.values.help) {
      const { helpText } = await import('./help.js');
      io.stdout.write(helpText());
      return EXIT.ok;
    }
    if (flags.values.version) {
      io.stdout.write(`${readVersion()}\n`);
      return EXIT.ok;
    }
    const engine: Engine = await import('../index.js');
    if (flags.values['list-detectors']) {
      const width = Math.max(...engine.detectors.map((detector) => detector.id.length));
      for (const detector of engine.detectors) io.stdout.write(`${detector.id.padEnd(width)}  ${detector.description}\n`);
      return EXIT.ok;
    }
    const { config, configFile } = loadConfig(flags, io.cwd);
    const settings = await capJobs(resolveSettings(flags, config, configFile, io.cwd), io);
    refuseUnknownNames(settings, engine);
    const rules = settings.rulesFile ? await readRules(settings.rulesFile, engine, io.cwd) : undefined;
    return await clean(settings, rules, engine, io, now, started);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReportError) {
      io.stderr.write(`winnow: ${error.message}\n`);
    } else {
      const detail = error instanceof Error ? (io.env.WINNOW_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
      io.stderr.write(`winnow: internal error: ${detail}\n`);
    }
    return EXIT.error;
  } finally {
    removeTemporaryFiles();
  }
}

async function clean(settings: Settings, rules: PhraseRule[] | undefined, engine: Engine, io: CliIo, now: () => number, started: number): Promise<number> {
  if (isJsonlRun(settings.jsonl, settings.paths)) {
    const { cleanJsonl } = await import('./clean-jsonl.js');
    return cleanJsonl(settings, { ...settings.engine, ...(rules ? { rules } : {}) }, engine.cleanText, io, now, started);
  }
  // Only --out-dir has a copy to leave out: --write would have to delete an input, and the other
  // modes write nothing. (JSON Lines drop lines from a file winnow writes, so they need no such rule.)
  if (settings.dropDuplicates && settings.outDir === undefined) throw new UsageError('--drop-duplicates needs --out-dir (winnow never deletes an input)');
  const pathArgs = settings.paths.filter((arg) => arg !== '-');
  const wantsStdin = settings.paths.includes('-') || (settings.paths.length === 0 && !io.stdin.isTTY);
  if (settings.paths.length === 0 && !wantsStdin) {
    throw new UsageError('no input: give files, folders or globs, or pipe text in; see winnow --help');
  }
  if (wantsStdin && settings.write) throw new UsageError('--write rewrites files; stdin has none (use: winnow - > FILE)');
  if (wantsStdin && settings.outDir !== undefined) throw new UsageError('--out-dir mirrors file names; stdin has none (use: winnow - > FILE)');

  // One file or stdin and no output option: the text goes to stdout. Decided from the arguments,
  // not from what a folder happens to hold, so a script's behaviour does not change with its data.
  const single =
    pathArgs.length + (wantsStdin ? 1 : 0) === 1 && (wantsStdin || !['folder', 'glob'].includes(argumentKind(pathArgs[0]!, io.cwd)));
  const toStdout = !hasOutputOption(settings) && single;
  if (!hasOutputOption(settings) && !single && settings.report === undefined) {
    throw new UsageError('several inputs and no output option: add --out-dir DIR, --write, --check, --list-different, --diff, --explain or --report FILE');
  }
  if (toStdout && reportsToStdout(settings.report)) {
    throw new UsageError(`--report ${settings.report} would mix the report with the cleaned text on stdout; give --report a file name`);
  }

  // Files already under --out-dir are earlier output, not input: a rerun of `winnow in -o in/clean`
  // or `winnow '**/*.txt' -o out` must not clean its own output into out/out/.
  const exclude = settings.outDir !== undefined ? { exclude: path.resolve(io.cwd, settings.outDir) } : {};
  const walked =
    pathArgs.length > 0
      ? await expandInputs(pathArgs, { cwd: io.cwd, ...settings.walk, ...exclude })
      : { files: new InputList(io.cwd, [], new Uint32Array(0), []), problems: [] };
  refuseOverwrites(walked.files, settings, io.cwd);
  if (!settings.quiet && walked.files.skippedLinks.length > 0) io.stderr.write(describeSkippedLinks(walked.files.skippedLinks));
  const files = walked.files;
  const outDir = settings.outDir;
  const profile = await loadTemplates(settings.corpus, io.cwd);
  const siteOf = profile ? siteFinder(settings.corpus) : undefined;
  // Inputs whose site the profile never counted: corpus mode removes nothing from them, which
  // the user should hear about (a file named alone has no site folder unless --site-root says).
  let unplaced = 0;
  const site = (input: Job['input']) => {
    const name = siteOf!(input);
    if (siteIndex(profile!, name) < 0) unplaced++;
    return { site: name };
  };
  function* jobs(): Iterable<Job> {
    if (wantsStdin) yield { input: 'stdin', ...(siteOf ? site('stdin') : {}) };
    for (const file of files) {
      yield {
        input: file,
        ...(outDir !== undefined ? { target: targetUnder(outDir, file, io.cwd) } : {}),
        ...(siteOf ? site(file) : {}),
      };
    }
  }

  const stdoutPaint = await paintFor(colorLevel(settings.color, io.env, io.stdout.isTTY), settings.explain || settings.diff);
  const mode = toStdout ? 'stdout' : settings.outDir !== undefined ? 'out-dir' : settings.write ? 'write' : settings.check ? 'check' : settings.listDifferent ? 'list-different' : settings.diff ? 'diff' : settings.explain ? 'explain' : 'report';
  const cleanOptions: CleanOptions = { ...settings.engine, ...(rules ? { rules } : {}), ...(profile ? { profile } : {}) };
  const report = settings.report === undefined ? undefined : await openReport(settings, mode, io);
  const total = files.length + (wantsStdin ? 1 : 0);
  const progress = createProgress(io.stderr, total, now, !settings.quiet);
  // One input has nothing to be a duplicate of (and then node:crypto need not load).
  const duplicates =
    total >= 2 && duplicateCheckFor(settings, false) ? { documents: new (await import('./duplicate-documents.js')).DuplicateDocuments(settings.duplicateThreshold), drop: settings.dropDuplicates } : undefined;
  const cleaner = await chooseCleaner(settings.jobs, total, engine, cleanOptions, duplicates?.documents.threshold);
  const plan = {
    jobs: jobs(),
    problems: walked.problems,
    toStdout,
    limits: settings.limits,
    write: settings.write,
    check: settings.check,
    listDifferent: settings.listDifferent,
    explain: settings.explain,
    diff: settings.diff,
    ...(report ? { report } : {}),
    ...(duplicates ? { duplicates } : {}),
    stdoutPaint,
    progress,
    ...(outDir !== undefined ? { outDir: new OutDir(path.resolve(io.cwd, outDir)) } : {}),
  };
  let outcome: Outcome;
  try {
    outcome = await cleanInputs(plan, io, cleaner);
  } finally {
    await cleaner.close();
  }

  if (outcome.stopped === 'SIGINT' || outcome.stopped === 'SIGTERM') {
    io.stderr.write(`winnow: stopped by ${outcome.stopped}; files already written are complete, none is half-written\n`);
    return EXIT[outcome.stopped];
  }
  if (!settings.quiet && outcome.stopped !== 'EPIPE') {
    const paint = await paintFor(colorLevel(settings.color, io.env, io.stderr.isTTY), true);
    const word = settings.check || settings.listDifferent || settings.diff || mode === 'report' || mode === 'explain' ? 'would change' : 'cleaned';
    io.stderr.write(summarize(outcome.totals, now() - started, word, paint));
    if (unplaced > 0) {
      const inputs = unplaced === 1 ? '1 input belongs' : `${unplaced} inputs belong`;
      io.stderr.write(`winnow: ${inputs} to no site the profile counted, so no template lines were removed there; name the site with --site NAME or --site-root DIR\n`);
    }
  }
  if (outcome.problems > 0) return EXIT.error;
  if ((settings.check || settings.listDifferent) && outcome.totals.cleaned > 0) return EXIT.changed;
  return EXIT.ok;
}

/**
 * Worker threads pay for themselves only on runs long enough to amortise warming the engine up
 * again in each (about a second of CPU apiece) while the parent thread reads and writes. On two
 * cores, text files to an out-dir: 1,000 files took 1.6 s in one thread and 2.1 s with two workers,
 * 3,000 about the same either way, 10,000 8.7 s with workers against 9.6 s without. More cores
 * bring the point where workers win lower, hence a threshold below the two-core one. (Measured
 * when the parent thread did not clean; now it is one of the lanes and one worker fewer warms up,
 * which can only lower the point.)
 */
const POOL_MIN_FILES = 2000;

async function chooseCleaner(jobs: number | undefined, total: number, engine: Engine, options: CleanOptions, printThreshold: number | undefined): Promise<Cleaner> {
  const { availableParallelism } = await import('node:os');
  const count = Math.min(jobs ?? (total >= POOL_MIN_FILES ? availableParallelism() : 1), total);
  // Run from TypeScript sources (the tests) there is no compiled worker to start.
  if (count <= 1 || import.meta.url.endsWith('.ts')) return inThreadCleaner(engine.cleanText, options);
  return workerCleaner(count, engine.cleanText, options, printThreshold);
}

/**
 * Refused before any work: a --report that cannot be written (a folder) or that would overwrite an
 * input, an --out-dir that is not a folder, an input whose mirrored path would leave --out-dir, and two inputs (or an input and the
 * report) landing on one file. Paths are compared through symbolic links too, so `-o link-to-in`
 * and `--report link-to-an-input` are caught; folders are resolved once each.
 */
export function refuseOverwrites(files: InputList, settings: Settings, cwd: string): void {
  const report = settings.report !== undefined && settings.report !== '-' ? reportTarget(settings.report, cwd) : undefined;
  const realPath = folderResolver();
  const realReport = report?.write === 'replace' ? report.path : undefined;
  const overwritesReport = realReport !== undefined ? overwritesInput(report!) : undefined;
  const inputs = new Set<string>();
  for (const file of files) {
    const real = settings.outDir !== undefined || overwritesReport !== undefined ? realPath(file.absolute) : file.absolute;
    if (overwritesReport?.(file.absolute, real)) throw new UsageError(`--report ${settings.report} would overwrite an input`);
    if (settings.outDir !== undefined) inputs.add(real);
  }
  if (settings.outDir === undefined) return;
  const outDir = path.resolve(cwd, settings.outDir);
  try {
    checkOutDir(outDir);
  } catch (error) {
    throw new UsageError(`${settings.outDir}: cannot write the outputs there: ${describeFsError(error)}`);
  }
  const realOutDir = realPathOf(outDir);
  const targets = new Map<string, string>();
  for (const file of files) {
    const target = targetUnder(settings.outDir, file, cwd);
    if (!isInside(outDir, target.absolute) || target.absolute === outDir) {
      throw new UsageError(`${file.path} would be written outside --out-dir ${settings.outDir} (at ${target.shown}); name its folder instead`);
    }
    const real = path.join(realOutDir, path.relative(outDir, target.absolute));
    if (inputs.has(real)) throw new UsageError(`--out-dir ${settings.outDir} would overwrite the input ${file.path}`);
    if (real === realReport) throw new UsageError(`--report ${settings.report} would be overwritten by the output of ${file.path}`);
    const other = targets.get(real);
    if (other) throw new UsageError(`${other} and ${file.path} would both be written to ${target.shown}`);
    targets.set(real, file.path);
  }
}

/** Where --report FILE goes, links followed; a target that cannot be written is refused here, before any work. */
function reportTarget(report: string, cwd: string): OutputTarget {
  try {
    return findTarget(path.resolve(cwd, report));
  } catch (error) {
    throw new UsageError(`${report}: cannot write the report: ${describeFsError(error)}`);
  }
}

export function loadConfig(flags: Flags, cwd: string): { config: ConfigValues; configFile?: string } {
  if (flags.values['no-config']) return { config: {} };
  const given = flags.values.config as string | undefined;
  const file = given !== undefined ? path.resolve(cwd, given) : findConfig(cwd);
  if (file === undefined) return { config: {} };
  const shown = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = readSettingsFile(file);
  } catch (error) {
    throw new UsageError(`${shown}: ${(error as Error).message}`);
  }
  return { config: parseConfig(text, shown), configFile: file };
}

/**
 * Each worker thread holds its own engine and heaps (tens of megabytes), and cleaning keeps a core
 * busy, so threads beyond the cores only cost memory: --jobs stops at the core count, and says so.
 */
async function capJobs(settings: Settings, io: CliIo): Promise<Settings> {
  if (settings.jobs === undefined) return settings;
  const { availableParallelism } = await import('node:os');
  const cores = availableParallelism();
  if (settings.jobs <= cores) return settings;
  if (!settings.quiet) io.stderr.write(`winnow: --jobs ${settings.jobs} is more than the ${cores} cores here; using ${cores}\n`);
  return { ...settings, jobs: cores };
}

/** Detector ids and language codes the engine does not know, refused before any work rather than failing every file. */
function refuseUnknownNames(settings: Settings, engine: Engine): void {
  const known = engine.detectors.map((detector) => detector.id);
  for (const [flag, ids] of [['--disable', settings.engine.disable], ['--only', settings.engine.only ?? []]] as const) {
    for (const id of ids) {
      if (!known.includes(id)) throw new UsageError(`${flag}: unknown detector "${id}" (winnow --list-detectors shows them: ${known.join(', ')})`);
    }
  }
  const languages: readonly string[] = engine.LANGUAGES;
  for (const code of settings.engine.languages ?? []) {
    if (!languages.includes(code)) throw new UsageError(`--languages: unknown language "${code}" (known: ${languages.join(', ')})`);
  }
}

async function readRules(file: string, engine: Engine, cwd: string): Promise<PhraseRule[]> {
  const shown = path.relative(cwd, file) || file;
  const { loadRules, RuleError } = await import('../core/load-rules.js');
  try {
    return loadRules(readSettingsFile(file), engine.builtinRules.map((rule) => rule.id));
  } catch (error) {
    if (error instanceof RuleError || error instanceof Error) throw new UsageError(`${shown}: ${error.message}`);
    throw error;
  }
}

export async function openReport(settings: Settings, mode: string, io: CliIo, jsonl = false): Promise<{ sink: Sink; header: ReportHeader; sha256: (text: string) => string }> {
  const report = settings.report!;
  let sink: Sink;
  if (report === '-') {
    sink = { write: (text) => void io.stdout.write(text), close() {}, abort() {} };
  } else {
    let file: Sink;
    try {
      file = openOutputFile(findTarget(path.resolve(io.cwd, report)));
    } catch (error) {
      throw new UsageError(`${report}: cannot write the report: ${describeFsError(error)}`);
    }
    // A disk that fills mid-run stops the run with one line; the half-written report is removed.
    const guard =
      <A extends unknown[]>(action: (...args: A) => void) =>
      (...args: A) => {
        try {
          action(...args);
        } catch (error) {
          throw new ReportError(`${report}: cannot write the report: ${describeFsError(error)}`);
        }
      };
    sink = { write: guard(file.write), close: guard(file.close), abort: file.abort };
  }
  const { createHash } = await import('node:crypto');
  return {
    sink,
    header: { tool: { name: 'winnow', version: readVersion() }, options: optionsInEffect(settings, mode, jsonl) },
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
  };
}

/** The report could not be written once the run had started: one `winnow: ` line, exit code 2. */
class ReportError extends Error {
  override name = 'ReportError';
}

/** chalk is loaded only when something will actually be coloured. */
export async function paintFor(level: number, needed: boolean): Promise<Paint> {
  if (level === 0 || !needed) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: level as 1 | 2 | 3 });
}
