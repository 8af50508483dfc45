import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './usage-error.js';
import { byteSize, fraction, onError, positiveInteger } from './values.js';

/**
 * The command line, as one table: the commander program that parses it and `--help` are both made
 * from it. commander is imported here only, and this module is reached only through the dynamic
 * `import('./run.js')` in main.ts, so `winnow --version` is answered before commander loads.
 */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  /** May be given more than once (values add up). */
  multiple?: boolean;
  /** Placeholder in help, for string options. */
  value?: string;
  /** Turns the text given into the value; throws a UsageError that names the flag (`where`). */
  parse?: (where: string, text: string) => unknown;
  group: 'Input' | 'Output' | 'JSONL' | 'Cleaning' | 'Corpus' | 'Configuration' | 'Information';
  help: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'ext', type: 'string', multiple: true, value: 'LIST', group: 'Input', help: 'extensions read from folders (default: txt,text,md)' },
  { name: 'ignore', type: 'string', multiple: true, value: 'GLOB', group: 'Input', help: 'skip paths matching GLOB; repeat for more' },
  { name: 'follow-symlinks', type: 'boolean', group: 'Input', help: 'follow symbolic links while walking folders' },
  { name: 'no-follow-symlinks', type: 'boolean', group: 'Input', help: 'do not follow them, whatever the config file says' },
  { name: 'max-bytes', type: 'string', value: 'SIZE', parse: byteSize, group: 'Input', help: 'skip inputs larger than SIZE (default: 64MB)' },
  { name: 'max-lines', type: 'string', value: 'N', parse: positiveInteger, group: 'Input', help: 'skip inputs with more than N lines (default: 500000)' },
  { name: 'out-dir', short: 'o', type: 'string', value: 'DIR', group: 'Output', help: 'write cleaned files under DIR, mirroring input paths' },
  { name: 'write', short: 'w', type: 'boolean', group: 'Output', help: 'rewrite inputs in place (only files that change)' },
  { name: 'report', type: 'string', value: 'FILE', group: 'Output', help: 'write a JSON report to FILE (- for stdout)' },
  { name: 'diff', type: 'boolean', group: 'Output', help: 'print a unified diff per file; write nothing' },
  { name: 'check', short: 'c', type: 'boolean', group: 'Output', help: 'list files that would change on stderr; exit 1 if any' },
  { name: 'list-different', short: 'l', type: 'boolean', group: 'Output', help: 'print names of files that would change on stdout' },
  { name: 'explain', type: 'boolean', group: 'Output', help: 'print each removal with lines, kind, rule and reason' },
  { name: 'jobs', short: 'j', type: 'string', value: 'N', parse: positiveInteger, group: 'Output', help: 'clean N files at once, at most one per core (default: one per core from 2,000 files, and for JSONL)' },
  { name: 'drop-duplicates', type: 'boolean', group: 'Output', help: 'leave out inputs (or JSON lines) that duplicate an earlier one' },
  { name: 'quiet', short: 'q', type: 'boolean', group: 'Output', help: 'no summary or progress on stderr' },
  { name: 'color', type: 'boolean', group: 'Output', help: 'colour output even when not on a terminal' },
  { name: 'no-color', type: 'boolean', group: 'Output', help: 'never colour output' },
  { name: 'jsonl', type: 'boolean', group: 'JSONL', help: 'read inputs as JSON Lines (automatic for *.jsonl, *.jsonl.gz)' },
  { name: 'text-field', type: 'string', value: 'NAME', group: 'JSONL', help: 'field cleaned in each line (default: text)' },
  { name: 'meta-field', type: 'string', value: 'NAME', group: 'JSONL', help: 'field that gets the findings (default: winnow)' },
  { name: 'no-meta', type: 'boolean', group: 'JSONL', help: 'add no findings to the lines' },
  { name: 'on-error', type: 'string', value: 'pass|drop', parse: onError, group: 'JSONL', help: 'a line that cannot be cleaned is passed or dropped (default: pass)' },
  { name: 'max-line-bytes', type: 'string', value: 'N', parse: positiveInteger, group: 'JSONL', help: 'longest line cleaned (default: 64 MiB); longer ones go per --on-error' },
  { name: 'id-field', type: 'string', value: 'NAME', group: 'JSONL', help: 'field that names a line in a later copy\'s duplicateOf (default: id; else FILE:LINE)' },
  { name: 'site-field', type: 'string', value: 'NAME', group: 'JSONL', help: "field holding a line's site, for --profile (default: site)" },
  { name: 'url-field', type: 'string', value: 'NAME', group: 'JSONL', help: "else the field whose URL's host is the site (default: url)" },
  { name: 'disable', type: 'string', multiple: true, value: 'ID', group: 'Cleaning', help: 'turn a detector off; repeat or use commas' },
  { name: 'only', type: 'string', multiple: true, value: 'ID', group: 'Cleaning', help: 'run only these detectors' },
  { name: 'min-duplicate-chars', type: 'string', value: 'N', parse: positiveInteger, group: 'Cleaning', help: 'shortest block that counts as a duplicate' },
  { name: 'near-duplicate-threshold', type: 'string', value: 'X', parse: fraction, group: 'Cleaning', help: 'similarity (0-1] at which blocks are near copies' },
  { name: 'duplicate-threshold', type: 'string', value: 'X', parse: fraction, group: 'Cleaning', help: 'similarity (0-1] that makes a document a copy of an earlier one' },
  { name: 'duplicate-check', type: 'boolean', group: 'Cleaning', help: 'compare JSON lines with each other (text files always are, unless --no-duplicate-check)' },
  { name: 'no-duplicate-check', type: 'boolean', group: 'Cleaning', help: 'do not compare documents with each other' },
  { name: 'languages', type: 'string', multiple: true, value: 'LIST', group: 'Cleaning', help: 'language codes to apply (default: all)' },
  { name: 'keep-attribution', type: 'boolean', group: 'Cleaning', help: 'keep "Source: ...", "By ..." and date lines in the text' },
  { name: 'no-keep-attribution', type: 'boolean', group: 'Cleaning', help: 'move them to the metadata, whatever the config file says' },
  { name: 'keep-comments', type: 'boolean', group: 'Cleaning', help: 'keep reader comment threads' },
  { name: 'no-keep-comments', type: 'boolean', group: 'Cleaning', help: 'remove them, whatever the config file says' },
  { name: 'normalize-whitespace', type: 'boolean', group: 'Cleaning', help: 'trim trailing spaces, collapse blank lines' },
  { name: 'no-normalize-whitespace', type: 'boolean', group: 'Cleaning', help: 'keep whitespace as it is, whatever the config file says' },
  { name: 'rules', type: 'string', value: 'FILE', group: 'Cleaning', help: 'extra phrase rules (JSON, same format as built-in)' },
  { name: 'profile', type: 'string', value: 'FILE', group: 'Corpus', help: "remove lines the corpus profile shows to be a site's template" },
  { name: 'template-min-docs', type: 'string', value: 'N', parse: positiveInteger, group: 'Corpus', help: 'template lines recur in at least N documents of the site (default 3)' },
  { name: 'template-min-share', type: 'string', value: 'X', parse: fraction, group: 'Corpus', help: "and in at least this share of the site's documents (default 0.01)" },
  { name: 'site-root', type: 'string', value: 'DIR', group: 'Corpus', help: "a file's site is its first folder under DIR (default: under the argument)" },
  { name: 'site', type: 'string', value: 'NAME', group: 'Corpus', help: 'every input belongs to site NAME (for stdin, or one site)' },
  { name: 'config', type: 'string', value: 'FILE', group: 'Configuration', help: 'use FILE instead of the nearest winnow.config.json' },
  { name: 'no-config', type: 'boolean', group: 'Configuration', help: 'ignore winnow.config.json files' },
  { name: 'list-detectors', type: 'boolean', group: 'Information', help: 'print each detector id and what it finds' },
  { name: 'version', short: 'V', type: 'boolean', group: 'Information', help: 'print the version' },
  { name: 'help', short: 'h', type: 'boolean', group: 'Information', help: 'print this help' },
];

/** Flags as given, keyed by option name; absent flags are undefined, so the config file can fill them. */
export interface Flags {
  paths: string[];
  /** Repeatable options give a list (one entry per use); options with a `parse` give its result. */
  values: Record<string, string | string[] | number | boolean | undefined>;
  /** `--color` true, `--no-color` false, neither undefined; the last one given wins. */
  color: boolean | undefined;
}

/** Parses `argv` by an option table: the command's {@link OPTIONS}, or a subcommand's own. */
export function parseFlags(argv: readonly string[], table: readonly OptionSpec[] = OPTIONS, name = 'winnow'): Flags {
  const program = new Command(name)
    .argument('[paths...]')
    // -h/--help and -V/--version are plain flags from the table: run() answers them, with help.ts's text.
    .helpOption(false)
    // Errors come back as exceptions, worded below and printed by run() as one `winnow: ...` line.
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError(true);
  const attributes = new Map<OptionSpec, string>();
  const negatedGiven = new Set<string>();
  for (const spec of table) {
    const option = commanderOption(spec);
    program.addOption(option);
    attributes.set(spec, option.attributeName());
    // --no-config is a presence flag that wins wherever it stands, as --config FILE may come after it.
    if (option.negate) program.on(`option:${option.name()}`, () => negatedGiven.add(spec.name));
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) throw new UsageError(reword(error, table, name));
    throw error;
  }
  const given = program.opts() as Record<string, Flags['values'][string] | false>;
  const values: Flags['values'] = {};
  for (const [spec, attribute] of attributes) {
    const value = spec.name.startsWith('no-') ? negatedGiven.has(spec.name) || undefined : given[attribute];
    // A negation sets the shared attribute to false; its positive option then counts as not given.
    values[spec.name] = value === false ? undefined : value;
  }
  const color = given.color as boolean | undefined;
  return { paths: program.processedArgs[0] as string[], values, color };
}

function commanderOption(spec: OptionSpec): Option {
  const flag = `--${spec.name}`;
  const flags = `${spec.short ? `-${spec.short}, ` : ''}${flag}${spec.type === 'string' ? ` <${spec.value ?? 'VALUE'}>` : ''}`;
  const option = new Option(flags, spec.help);
  if (spec.type === 'boolean') return option;
  return option.argParser((text: string, previous: unknown) => {
    // commander takes the next argument whatever it is; `-o --write` means the value was forgotten.
    if (/^-./.test(text)) throw new UsageError(`${needsValue(spec)}; values starting with - are taken for options`);
    const value = spec.parse ? spec.parse(flag, text) : text;
    return spec.multiple ? [...((previous as unknown[] | undefined) ?? []), value] : value;
  });
}

function needsValue(spec: OptionSpec): string {
  return `--${spec.name} needs a value (--${spec.name} ${spec.value ?? 'VALUE'})`;
}

/** commander's error, in winnow's words (run() adds the `winnow: ` prefix). */
function reword(error: CommanderError, table: readonly OptionSpec[], name: string): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'commander.unknownOption') {
    const equals = quoted.indexOf('=');
    if (quoted.startsWith('--') && equals > 0) {
      // `--write=yes`, or an unknown `--name=value`: judge the name alone.
      const flag = quoted.slice(0, equals);
      if (table.some((spec) => `--${spec.name}` === flag)) return `${flag} takes no value`;
      return unknownOption(flag, table, name);
    }
    const suggestion = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
    return `unknown option ${quoted}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; see ${name} --help`;
  }
  if (error.code === 'commander.optionMissingArgument') {
    const spec = table.find((candidate) => quoted.split(/[ ,]+/).includes(`--${candidate.name}`));
    if (spec) return needsValue(spec);
  }
  return error.message.replace(/^error: /, '').split('\n')[0] ?? error.message;
}

/** The message commander's own suggestion gives for an unknown option standing alone. */
function unknownOption(flag: string, table: readonly OptionSpec[], name: string): string {
  try {
    parseFlags([flag], table, name);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
  }
  return `unknown option ${flag}; see ${name} --help`;
}
