import path from 'node:path';
import { readSettingsFile } from '../io/find-config.js';
import { describeFsError, readInput } from '../io/read-input.js';
import { expandInputs } from '../io/walk.js';
import { openAtomicFile, type Sink } from '../io/write-atomic.js';
import { countDocument, documentCount, emptyProfile, mergeProfiles, parseProfile, ProfileError, pruneProfile, serializeProfile, type Profile } from '../corpus/profile.js';
import { plural } from '../detectors/detector.js';
import { siteFinder } from './corpus.js';
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
  { name: 'quiet', short: 'q', type: 'boolean', group: 'Output', help: 'no summary on stderr' },
  { name: 'config', type: 'string', value: 'FILE', group: 'Configuration', help: 'use FILE instead of the nearest winnow.config.json' },
  { name: 'no-config', type: 'boolean', group: 'Configuration', help: 'ignore winnow.config.json files' },
  { name: 'help', short: 'h', type: 'boolean', group: 'Information', help: 'print this help' },
];

const COUNTING_FLAGS = ['ext', 'ignore', 'follow-symlinks', 'site-root', 'site'];

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
  let problems = 0;
  let profile: Profile;
  if (v.merge) {
    const stray = COUNTING_FLAGS.find((name) => v[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to counting documents; --merge adds up profiles as they are`);
    profile = mergeFiles(flags.paths, io.cwd);
  } else {
    const { config } = loadConfig(flags, io.cwd);
    const given = (name: string) => v[name] !== undefined;
    const walk = {
      ext: (given('ext') ? list('--ext', v.ext, EXTENSION, 'extension') : (config.ext ?? DEFAULT_EXT)).map((extension) => extension.replace(/^\./, '')),
      ignore: given('ignore') ? list('--ignore', v.ignore, ANY, 'glob') : (config.ignore ?? []),
      followSymlinks: v['follow-symlinks'] === true || (!given('follow-symlinks') && config.followSymlinks === true),
    };
    const corpus = corpusSettings(flags, io.cwd);
    const siteOf = siteFinder(corpus);
    const { files, problems: walkProblems } = await expandInputs(flags.paths, { cwd: io.cwd, ...walk });
    const problem = (shown: string, cause: string) => {
      io.stderr.write(`winnow: ${shown}: ${cause}\n`);
      problems++;
    };
    for (const walkProblem of walkProblems) problem(walkProblem.path, walkProblem.cause);
    profile = emptyProfile();
    let counted = 0;
    for (const file of files) {
      // Let a signal handler run now and then; counting is otherwise one long synchronous loop.
      if (++counted % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (io.signal?.aborted) break;
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

  const sink: Sink =
    output === undefined || output === '-'
      ? { write: (text) => void io.stdout.write(text), close() {}, abort() {} }
      : openOutput(path.resolve(io.cwd, output), output);
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

function openOutput(absolute: string, shown: string): Sink {
  try {
    return openAtomicFile(absolute);
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
    'fingerprints, not text. Profiles of shards add up with --merge, in any order.',
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
    '  winnow profile --merge shards/*.json --prune-below 3 -o all.json',
    '  winnow --profile all.json crawl/ -o clean/',
    '',
  );
  return lines.join('\n');
}
