import path from 'node:path';
import type { ConfigValues } from './config.js';
import type { Flags } from './options.js';
import { DEFAULT_LIMITS, type Limits } from '../io/read-input.js';
import { resolveJsonl, JSONL_EXT, type JsonlChoice } from './jsonl-options.js';
import { UsageError } from './usage-error.js';
import { ANY, DETECTOR_ID, EXTENSION, LANGUAGE, byteSize, fraction, list, positiveInteger } from './values.js';

/** Everything a run needs to know, after the config file and the flags were merged and checked. */
export interface Settings {
  paths: string[];
  walk: { ext: string[]; ignore: string[]; followSymlinks: boolean };
  /** Inputs past these are skipped with the limit named. */
  limits: Limits;
  engine: {
    minDuplicateChars?: number;
    nearDuplicateThreshold?: number;
    disable: string[];
    only?: string[];
    languages?: string[];
    keepAttribution: boolean;
    keepComments: boolean;
    normalizeWhitespace: boolean;
  };
  /** Absolute path of an extra rules file. */
  rulesFile?: string;
  /** Corpus mode: how each input's site is found, and the profile to clean with. */
  corpus: CorpusSettings;
  /** Similarity from which a file duplicates an earlier one; undefined: the default. */
  duplicateThreshold?: number;
  /** Leave files that duplicate an earlier one out of --out-dir. */
  dropDuplicates: boolean;
  /**
   * Compare documents with each other, as flags and the config file say (see duplicateCheckSetting),
   * or undefined for the mode's own default: text files yes; JSON Lines no, so that a stream of
   * any length cleans in constant memory. See duplicateCheckFor.
   */
  duplicateCheck?: boolean;
  outDir?: string;
  write: boolean;
  report?: string;
  diff: boolean;
  check: boolean;
  listDifferent: boolean;
  explain: boolean;
  quiet: boolean;
  /** Documents cleaned at once, in worker threads; undefined: decided by the run's size. */
  jobs?: number;
  color: boolean | undefined;
  configFile?: string;
  jsonl: JsonlChoice;
}

export interface CorpusSettings {
  /** Absolute path of the profile file (`winnow profile` made it). */
  profileFile?: string;
  templateMinDocs?: number;
  templateMinShare?: number;
  /** Absolute folder whose first-level folders are the sites. */
  siteRoot?: string;
  /** The one site every input belongs to. */
  site?: string;
}

export const DEFAULT_EXT = ['txt', 'text', 'md'];

/** Flags override the config file; multi-value flags replace the config's list rather than add to it. */
export function resolveSettings(flags: Flags, config: ConfigValues, configFile: string | undefined, cwd: string): Settings {
  const v = flags.values;
  const given = (name: string) => v[name] !== undefined;
  // A switch: --NAME turns it on, --no-NAME off, whatever the config file says; neither, the config.
  const flagOrConfig = (name: string, configured: boolean | undefined) =>
    v[`no-${name}`] === true ? false : v[name] === true || configured === true;
  const flagList = (name: string, item: RegExp, itemName: string) => list(`--${name}`, v[name], item, itemName);
  const ext = given('ext') ? flagList('ext', EXTENSION, 'extension') : (config.ext ?? (v.jsonl === true ? JSONL_EXT : DEFAULT_EXT));
  const only = given('only') ? flagList('only', DETECTOR_ID, 'detector id') : config.only;
  const languages = given('languages') ? flagList('languages', LANGUAGE, 'language code') : config.languages;
  const minDuplicateChars = given('min-duplicate-chars') ? positiveInteger('--min-duplicate-chars', v['min-duplicate-chars']) : config.minDuplicateChars;
  const nearDuplicateThreshold = given('near-duplicate-threshold')
    ? fraction('--near-duplicate-threshold', v['near-duplicate-threshold'])
    : config.nearDuplicateThreshold;
  const duplicateThreshold = given('duplicate-threshold') ? fraction('--duplicate-threshold', v['duplicate-threshold']) : config.duplicateThreshold;
  const rulesFile = given('rules')
    ? path.resolve(cwd, v.rules as string)
    : config.rules !== undefined && configFile
      ? path.resolve(path.dirname(configFile), config.rules)
      : undefined;
  const settings: Settings = {
    paths: flags.paths,
    walk: {
      ext: ext.map((extension) => extension.replace(/^\./, '')),
      ignore: given('ignore') ? flagList('ignore', ANY, 'glob') : (config.ignore ?? []),
      followSymlinks: flagOrConfig('follow-symlinks', config.followSymlinks),
    },
    limits: {
      maxBytes: given('max-bytes') ? byteSize('--max-bytes', v['max-bytes']) : (config.maxBytes ?? DEFAULT_LIMITS.maxBytes),
      maxLines: given('max-lines') ? positiveInteger('--max-lines', v['max-lines']) : (config.maxLines ?? DEFAULT_LIMITS.maxLines),
    },
    engine: {
      ...(minDuplicateChars !== undefined ? { minDuplicateChars } : {}),
      ...(nearDuplicateThreshold !== undefined ? { nearDuplicateThreshold } : {}),
      disable: given('disable') ? flagList('disable', DETECTOR_ID, 'detector id') : (config.disable ?? []),
      ...(only !== undefined ? { only } : {}),
      ...(languages !== undefined ? { languages } : {}),
      keepAttribution: flagOrConfig('keep-attribution', config.keepAttribution),
      keepComments: flagOrConfig('keep-comments', config.keepComments),
      normalizeWhitespace: flagOrConfig('normalize-whitespace', config.normalizeWhitespace),
    },
    ...(rulesFile !== undefined ? { rulesFile } : {}),
    corpus: corpusSettings(flags, cwd),
    ...(duplicateThreshold !== undefined ? { duplicateThreshold } : {}),
    dropDuplicates: v['drop-duplicates'] === true,
    ...duplicateCheckSetting(v, config),
    ...(given('out-dir') ? { outDir: v['out-dir'] as string } : {}),
    write: v.write === true,
    ...(given('report') ? { report: v.report as string } : {}),
    diff: v.diff === true,
    check: v.check === true,
    listDifferent: v['list-different'] === true,
    explain: v.explain === true,
    quiet: v.quiet === true,
    ...(given('jobs') ? { jobs: positiveInteger('--jobs', v.jobs) } : {}),
    color: flags.color,
    ...(configFile !== undefined ? { configFile } : {}),
    jsonl: resolveJsonl(v),
  };
  refuseConflicts(settings);
  if (settings.corpus.profileFile === undefined) {
    const stray = given('site-root') ? '--site-root' : given('site') ? '--site' : undefined;
    if (stray) throw new UsageError(`${stray} says which site each input's profile counts apply to; add --profile FILE`);
    const field = given('site-field') ? '--site-field' : given('url-field') ? '--url-field' : undefined;
    if (field) throw new UsageError(`${field} says which site each line's profile counts apply to; add --profile FILE`);
  }
  return settings;
}

/** The corpus flags, shared with `winnow profile` (which has no --profile or thresholds). */
export function corpusSettings(flags: Flags, cwd: string): CorpusSettings {
  const v = flags.values;
  const text = (name: string) => (v[name] === undefined ? undefined : (v[name] as string));
  const corpus: CorpusSettings = {
    ...(text('profile') !== undefined ? { profileFile: path.resolve(cwd, text('profile')!) } : {}),
    ...(v['template-min-docs'] !== undefined ? { templateMinDocs: v['template-min-docs'] as number } : {}),
    ...(v['template-min-share'] !== undefined ? { templateMinShare: v['template-min-share'] as number } : {}),
    ...(text('site-root') !== undefined ? { siteRoot: path.resolve(cwd, text('site-root')!) } : {}),
    ...(text('site') !== undefined ? { site: text('site')! } : {}),
  };
  if (text('profile') === '') throw new UsageError('--profile needs a file name');
  if (corpus.profileFile === undefined) {
    const stray = ['template-min-docs', 'template-min-share'].find((name) => v[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to cleaning with a profile; add --profile FILE`);
  }
  if (corpus.siteRoot !== undefined && corpus.site !== undefined) {
    throw new UsageError('--site and --site-root cannot be used together: --site names one site for every input, --site-root finds each input\'s');
  }
  return corpus;
}

/** Flag combinations that cannot both be honoured are refused before any work. */
function refuseConflicts(s: Settings): void {
  const pairs: [boolean, string, boolean, string][] = [
    [s.write, '--write', s.outDir !== undefined, '--out-dir'],
    [s.check, '--check', s.write, '--write'],
    [s.check, '--check', s.outDir !== undefined, '--out-dir'],
    [s.check, '--check', s.listDifferent, '--list-different'],
    [s.listDifferent, '--list-different', s.write, '--write'],
    [s.listDifferent, '--list-different', s.outDir !== undefined, '--out-dir'],
    [s.diff, '--diff', s.write, '--write'],
    [s.diff, '--diff', s.outDir !== undefined, '--out-dir'],
    [s.listDifferent, '--list-different', s.diff, '--diff'],
    [s.listDifferent, '--list-different', s.explain, '--explain'],
  ];
  for (const [a, aName, b, bName] of pairs) {
    if (a && b) throw new UsageError(`${aName} and ${bName} cannot be used together`);
  }
  if (reportsToStdout(s.report)) {
    const other = s.diff ? '--diff' : s.explain ? '--explain' : s.listDifferent ? '--list-different' : undefined;
    if (other) throw new UsageError(`--report - and ${other} would both write to stdout; give --report a file name`);
  }

  if (s.outDir === '') throw new UsageError('--out-dir needs a folder name');
  if (s.report === '') throw new UsageError('--report needs a file name, or - for stdout');
}

// Names of stdout as a file: writing the report there mixes it with what goes to stdout as '-' does.
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Whether `--report` names stdout, as `-` or as a file that is stdout. */
export function reportsToStdout(report: string | undefined): boolean {
  return report !== undefined && STDOUT_NAMES.has(report);
}

/** Whether any flag says where the cleaned text goes or what to show instead of it. */
export function hasOutputOption(s: Settings): boolean {
  return s.outDir !== undefined || s.write || s.check || s.listDifferent || s.diff || s.explain;
}

/** The options in effect, for the report; null means the engine's default. */
export function optionsInEffect(s: Settings, mode: string, jsonl = false): Record<string, unknown> {
  return {
    mode,
    minDuplicateChars: s.engine.minDuplicateChars ?? null,
    nearDuplicateThreshold: s.engine.nearDuplicateThreshold ?? null,
    disable: s.engine.disable,
    only: s.engine.only ?? null,
    languages: s.engine.languages ?? null,
    keepAttribution: s.engine.keepAttribution,
    keepComments: s.engine.keepComments,
    normalizeWhitespace: s.engine.normalizeWhitespace,
    rules: s.rulesFile ?? null,
    duplicateCheck: duplicateCheckFor(s, jsonl),
    duplicateThreshold: s.duplicateThreshold ?? null,
    dropDuplicates: s.dropDuplicates,
    ext: s.walk.ext,
    ignore: s.walk.ignore,
    followSymlinks: s.walk.followSymlinks,
    maxBytes: s.limits.maxBytes,
    maxLines: s.limits.maxLines,
    outDir: s.outDir ?? null,
    config: s.configFile ?? null,
    profile: s.corpus.profileFile ?? null,
    templateMinDocs: s.corpus.templateMinDocs ?? null,
    templateMinShare: s.corpus.templateMinShare ?? null,
    siteRoot: s.corpus.siteRoot ?? null,
    site: s.corpus.site ?? null,
    jsonl: jsonl ? s.jsonl.settings : null,
  };
}

/**
 * Whether a run compares its documents with each other. Text files are compared unless told not
 * to; JSON Lines only when asked (see duplicateCheckSetting): the check holds about a kilobyte for
 * every kept line, and a stream is promised to clean in constant memory.
 */
export function duplicateCheckFor(s: Settings, jsonl: boolean): boolean {
  return s.duplicateCheck ?? !jsonl;
}

/**
 * Settings.duplicateCheck from the flags, then the config file: --no-duplicate-check says no
 * (refused beside a flag that needs the check); --duplicate-check, --drop-duplicates,
 * --duplicate-threshold or --id-field say yes; else the config's `duplicateCheck`, else nothing
 * (the mode's default). Only flags turn the check on for JSON Lines by implication: a threshold in
 * a config file does not make a stream hold a signature per line.
 */
function duplicateCheckSetting(v: Flags['values'], config: ConfigValues): { duplicateCheck?: boolean } {
  const needing = ['drop-duplicates', 'duplicate-threshold', 'id-field'].find((name) => v[name] !== undefined);
  if (v['no-duplicate-check'] === true) {
    if (needing) throw new UsageError(`--${needing} and --no-duplicate-check cannot be used together`);
    return { duplicateCheck: false };
  }
  if (v['duplicate-check'] === true || needing) return { duplicateCheck: true };
  return config.duplicateCheck === undefined ? {} : { duplicateCheck: config.duplicateCheck };
}
