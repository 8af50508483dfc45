import path from 'node:path';
import { readSettingsFile } from '../io/find-config.js';
import { LineBatcher, type Piece } from '../io/line-batches.js';
import { DEFAULT_LIMITS, describeFsError, readInput } from '../io/read-input.js';
import { describeJsonlReadError, openJsonlFile } from '../io/read-jsonl.js';
import { expandInputs, type InputFile } from '../io/walk.js';
import { describeSkippedLinks } from '../io/links.js';
import { folderResolver } from '../io/out-dir.js';
import { findTarget, openOutputFile, overwritesInput, type OutputTarget } from '../io/output-file.js';
import type { Sink } from '../io/write-atomic.js';
import { countDocument, documentCount, emptyProfile, mergeProfiles, parseProfile, ProfileError, pruneProfile, serializeProfile, type Profile } from '../corpus/profile.js';
import { plural } from '../detectors/detector.js';
import { BATCH_BYTES } from './clean-jsonl.js';
import { siteFinder } from './corpus.js';
import type { JsonlSettings } from './jsonl-batch.js';
import { eachLine, lineSite, readLine, tooLong } from './jsonl-line.js';
import { isJsonlRun, JSONL_EXT, resolveJsonl } from './jsonl-options.js';
import { EXIT, type CliIo } from './io.js';
import { parseFlags, type OptionSpec } from './options.js';
import { loadConfig } from './run.js';
import { corpusSettings, DEFAULT_EXT } from './settings.js';
import { UsageError } from './usage-error.js';
import { ANY, EXTENSION, list, positiveInteger } from './values.js';

/** `winnow profile`'s own flags; the walking and site flags mean what they mean for cleaning. */
export const PROFILE_OPTIONS: readonly OptionSpec[] = [
  { name: 'output', short: 'o', type: 'string', value: 'FILE', group: 'Output', help: 'write the profile to FILE (default: stdout)' },
  { name: 'merge', type: 'boolean', group: 'Input', help: 'the inputs are profiles: write their sum' },
  { name: 'prune-below', type: 'string', value: 'N', parse: positiveInteger, group: 'Output', help: 'drop fingerprints seen in fewer than N documents of their site (after merging)' },
  { name: 'ext', type: 'string', multiple: true, value: 'LIST', group: 'Input', help: 'extensions read from folders (default: txt,text,md)' },
  { name: 'ignore', type: 'string', multiple: true, value: 'GLOB', group: 'Input', help: 'skip paths matching GLOB; repeat for more' },
  { name: 'follow-symlinks', type: 'boolean', group: 'Input', help: 'follow symbolic links while walking folders' },
  { name: 'site-root', type: 'string', value: 'DIR', group: 'Corpus', help: "a file's site is its first folder under DIR (default: under the argument)" },
  { name: 'site', type: 'string', value: 'NAME', group: 'Corpus', help: 'every input belongs to site NAME' },
  { name: 'jsonl', type: 'boolean', group: 'JSONL', help: 'read inputs as JSON Lines, a document a line (automatic for *.jsonl, *.jsonl.gz)' },
  { name: 'text-field', type: 'string', value: 'NAME', group: 'JSONL', help: 'field holding the text (default: text)' },
  { name: 'site-field', type: 'string', value: 'NAME', group: 'JSONL', help: "field holding a line's site (default: site)" },
  { name: 'url-field', type: 'string', value: 'NAME', group: 'JSONL', help: "else the field whose URL's host is the site (default: url)" },
  { name: 'max-line-bytes', type: 'string', value: 'N', parse: positiveInteger, group: 'JSONL', help: 'longest line counted (default: 64 MiB)' },
  { name: 'quiet', short: 'q', type: 'boolean', group: 'Output', help: 'no summary on stderr' },
  { name: 'config', type: 'string', value: 'FILE', group: 'Configuration', help: 'use FILE instead of the nearest winnow.config.json' },
  { name: 'no-config', type: 'boolean', group: 'Configuration', help: 'ignore winnow.config.json files' },
  { name: 'help', short: 'h', type: 'boolean', group: 'Information', help: 'print this help' },
];

const COUNTING_FLAGS = ['ext', 'ignore', 'follow-symlinks', 'site-root', 'site', 'jsonl', 'text-field', 'site-field', 'url-field', 'max-line-bytes'];

/**
 * `winnow profile INPUTS -o FILE` counts block fingerprints per site over the inputs;
 * `winnow profile --merge A B -o FILE` adds profiles up. Returns the exit code, as run() does.
 */
export async function runProfile(argv: readonly string[], io: CliIo, now: () => number, started: number): Promise<number> {
  const flags = parseFlags(argv, PROFILE_OPTIONS, 'winnow profile');
  const v = flags.values;
  if (v.help) {
    io.stdout.write(profileHelp());
    return EXIT.ok;
  }
  if (flags.paths.length === 0) throw new UsageError(`winnow profile needs inputs: files, folders or globs, or profiles with --merge; see winnow profile --help`);
  if (flags.paths.includes('-')) throw new UsageError('winnow profile counts files; stdin is not read (give files, folders or globs)');
  const output = v.output as string | undefined;
  if (output === '') throw new UsageError('--output needs a file name, or - for stdout');
  const target = output === undefined || output === '-' ? undefined : outputTarget(output, io.cwd);
  let problems = 0;
  let profile: Profile;
  if (v.merge) {
    const stray = COUNTING_FLAGS.find((name) => v[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to counting documents; --merge adds up profiles as they are`);
    refuseOverwrite(target, output ?? '-', flags.paths.map((file) => ({ path: file, absolute: path.resolve(io.cwd, file) })));
    profile = mergeFiles(flags.paths, io.cwd);
  } else {
    const { config } = loadConfig(flags, io.cwd);
    const given = (name: string) => v[name] !== undefined;
    // The same JSONL settings as cleaning, so a line's text and site are read the same way; the
    // meta field does not matter here.
    const choice = resolveJsonl({ ...v, 'no-meta': true });
    const jsonl: JsonlSettings | undefined = isJsonlRun({ ...choice, given: choice.given.filter((flag) => flag !== '--no-meta') }, flags.paths)
      ? { ...choice.settings, maxLines: DEFAULT_LIMITS.maxLines }
      : undefined;
    const walk = {
      ext: (given('ext') ? list('--ext', v.ext, EXTENSION, 'extension') : (config.ext ?? (v.jsonl === true ? JSONL_EXT : DEFAULT_EXT))).map((extension) => extension.replace(/^\./, '')),
      ignore: given('ignore') ? list('--ignore', v.ignore, ANY, 'glob') : (config.ignore ?? []),
      followSymlinks: v['follow-symlinks'] === true || (!given('follow-symlinks') && config.followSymlinks === true),
    };
    const corpus = corpusSettings(flags, io.cwd);
    const siteOf = siteFinder(corpus);
    const { files, problems: walkProblems } = await expandInputs(flags.paths, { cwd: io.cwd, ...walk });
    refuseOverwrite(target, output ?? '-', files);
    const problem = (shown: string, cause: string) => {
      io.stderr.write(`winnow: ${shown}: ${cause}\n`);
      problems++;
    };
    if (!v.quiet && files.skippedLinks.length > 0) io.stderr.write(describeSkippedLinks(files.skippedLinks));
    for (const walkProblem of walkProblems) problem(walkProblem.path, walkProblem.cause);
    profile = emptyProfile();
    let counted = 0;
    for (const file of files) {
      // Let a signal handler run now and then; counting is otherwise one long synchronous loop.
      if (++counted % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (io.signal?.aborted) break;
      if (jsonl) {
        await countJsonl(profile, file, siteOf(file), jsonl, problem, io.signal);
        continue;
      }
      const read = readInput(file.absolute);
      if (read.ok) countDocument(profile, siteOf(file), read.text);
      else problem(file.path, `${read.cause}; not counted`);
    }
  }
  if (v['prune-below'] !== undefined) profile = pruneProfile(profile, v['prune-below'] as number);
  if (io.signal?.aborted) {
    io.stderr.write(`winnow: stopped by ${String(io.signal.reason)}; no profile written\n`);
    return io.signal.reason === 'SIGTERM' ? EXIT.SIGTERM : EXIT.SIGINT;
  }

  const sink: Sink = target === undefined ? { write: (text) => void io.stdout.write(text), close() {}, abort() {} } : openOutput(target, output ?? '-');
  for (const piece of serializeProfile(profile)) sink.write(piece);
  sink.close();
  if (!v.quiet) {
    let fingerprints = 0;
    for (const counts of profile.sites.values()) fingerprints += counts.blocks.size;
    const where = output === undefined || output === '-' ? '' : ` to ${output}`;
    const seconds = ((now() - started) / 1000).toFixed(2);
    io.stderr.write(
      `winnow: profile of ${plural(documentCount(profile), 'document')} from ${plural(profile.sites.size, 'site')} (${plural(fingerprints, 'fingerprint')}) written${where} in ${seconds} s\n`,
    );
  }
  return problems > 0 ? EXIT.error : EXIT.ok;
}

/**
 * Counts each line of a JSONL file as one document of its own site (see lineSite), streamed, so a
 * file of any size is counted in constant memory. A line that cannot be read is named and not
 * counted; a file that fails part way keeps the counts of the lines read before.
 */
async function countJsonl(profile: Profile, file: InputFile, fallback: string, settings: JsonlSettings, problem: (shown: string, cause: string) => void, signal?: AbortSignal): Promise<void> {
  const batcher = new LineBatcher(BATCH_BYTES, settings.maxLineBytes);
  const count = (piece: Piece) => {
    if (piece.kind === 'long') problem(`${file.path}:${piece.line}`, `${tooLong(settings)}; not counted`);
    if (piece.kind !== 'lines') return;
    for (const { raw, line } of eachLine(piece.bytes, piece.firstLine)) {
      const read = readLine(raw, line, settings);
      if (read.kind === 'problem') problem(`${file.path}:${line}`, `${read.cause}; not counted`);
      if (read.kind !== 'object') continue;
      const { site, problem: wrongSite } = lineSite(read.value, settings, fallback);
      if (wrongSite !== undefined) problem(`${file.path}:${line}`, wrongSite);
      countDocument(profile, site, read.text);
    }
  };
  try {
    for await (const chunk of openJsonlFile(file.absolute)) {
      if (signal?.aborted) return;
      for (const piece of batcher.push(chunk)) count(piece);
    }
    for (const piece of batcher.end()) count(piece);
  } catch (error) {
    problem(file.path, `${describeJsonlReadError(error, false)}; the lines before were counted`);
  }
}

function mergeFiles(files: readonly string[], cwd: string): Profile {
  const profiles = files.map((file) => {
    const absolute = path.resolve(cwd, file);
    try {
      return parseProfile(readSettingsFile(absolute));
    } catch (error) {
      throw new UsageError(`${file}: ${error instanceof ProfileError ? error.message : `cannot read the profile: ${(error as Error).message}`}`);
    }
  });
  try {
    return mergeProfiles(profiles, files);
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(error.message);
    throw error;
  }
}

/** Where -o FILE goes, links followed; a target that cannot be written (a folder) is refused before any work. */
function outputTarget(output: string, cwd: string): OutputTarget {
  try {
    return findTarget(path.resolve(cwd, output));
  } catch (error) {
    throw new UsageError(`${output}: cannot write the profile: ${describeFsError(error)}`);
  }
}

/** Refused before any counting, as cleaning refuses an --out-dir or --report over an input: -o onto one of the inputs (profiles, with --merge). */
function refuseOverwrite(target: OutputTarget | undefined, output: string, inputs: Iterable<{ path: string; absolute: string }>): void {
  if (target?.write !== 'replace') return;
  const overwrites = overwritesInput(target);
  const realPath = folderResolver();
  for (const input of inputs) {
    if (overwrites(input.absolute, realPath(input.absolute))) throw new UsageError(`--output ${output} would overwrite the input ${input.path}`);
  }
}

function openOutput(target: OutputTarget, shown: string): Sink {
  try {
    return openOutputFile(target);
  } catch (error) {
    throw new UsageError(`${shown}: cannot write the profile: ${describeFsError(error)}`);
  }
}

function profileHelp(): string {
  const lines = [
    'Usage: winnow profile [options] <files, folders or globs...>',
    '       winnow profile --merge [options] <profiles...>',
    '',
    'Counts, for each site, in how many documents each block (line) appears, as',
    'fingerprints, not text. A JSON line is a document. Profiles of shards add up',
    'with --merge, in any order.',
    'Clean with one: winnow --profile FILE INPUTS.',
    '',
    'Options:',
  ];
  for (const spec of PROFILE_OPTIONS) {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
    lines.push(`  ${flag.padEnd(30)}${spec.help}`);
  }
  lines.push(
    '',
    'Examples:',
    '  winnow profile crawl/ -o profile.json         one profile; sites are crawl/<site>/',
    '  winnow profile crawl.jsonl -o profile.json    a document a line; sites from site or url fields',
    '  winnow profile --merge shards/*.json --prune-below 3 -o all.json',
    '  winnow --profile all.json crawl/ -o clean/',
    '',
  );
  return lines.join('\n');
}
