import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/**
 * The command line, as one table: parsing and `--help` both read it. node's own parseArgs does
 * the parsing, so no argument library has to load before a file can be cleaned.
 */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  /** May be given more than once (values add up). */
  multiple?: boolean;
  /** Placeholder in help, for string options. */
  value?: string;
  group: 'Input' | 'Output' | 'Cleaning' | 'Configuration' | 'Information';
  help: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'ext', type: 'string', multiple: true, value: 'LIST', group: 'Input', help: 'extensions read from folders (default: txt,text,md)' },
  { name: 'ignore', type: 'string', multiple: true, value: 'GLOB', group: 'Input', help: 'skip paths matching GLOB; repeat for more' },
  { name: 'follow-symlinks', type: 'boolean', group: 'Input', help: 'follow symbolic links while walking folders' },
  { name: 'out-dir', short: 'o', type: 'string', value: 'DIR', group: 'Output', help: 'write cleaned files under DIR, mirroring input paths' },
  { name: 'write', short: 'w', type: 'boolean', group: 'Output', help: 'rewrite inputs in place (only files that change)' },
  { name: 'report', type: 'string', value: 'FILE', group: 'Output', help: 'write a JSON report to FILE (- for stdout)' },
  { name: 'diff', type: 'boolean', group: 'Output', help: 'print a unified diff per file; write nothing' },
  { name: 'check', short: 'c', type: 'boolean', group: 'Output', help: 'list files that would change on stderr; exit 1 if any' },
  { name: 'list-different', short: 'l', type: 'boolean', group: 'Output', help: 'print names of files that would change on stdout' },
  { name: 'explain', type: 'boolean', group: 'Output', help: 'print each removal with lines, kind, rule and reason' },
  { name: 'jobs', short: 'j', type: 'string', value: 'N', group: 'Output', help: 'clean N files at once (default: one per core from 64 files)' },
  { name: 'quiet', short: 'q', type: 'boolean', group: 'Output', help: 'no summary or progress on stderr' },
  { name: 'color', type: 'boolean', group: 'Output', help: 'colour output even when not on a terminal' },
  { name: 'no-color', type: 'boolean', group: 'Output', help: 'never colour output' },
  { name: 'disable', type: 'string', multiple: true, value: 'ID', group: 'Cleaning', help: 'turn a detector off; repeat or use commas' },
  { name: 'only', type: 'string', multiple: true, value: 'ID', group: 'Cleaning', help: 'run only these detectors' },
  { name: 'min-duplicate-chars', type: 'string', value: 'N', group: 'Cleaning', help: 'shortest block that counts as a duplicate' },
  { name: 'near-duplicate-threshold', type: 'string', value: 'X', group: 'Cleaning', help: 'similarity (0-1] at which blocks are near copies' },
  { name: 'languages', type: 'string', multiple: true, value: 'LIST', group: 'Cleaning', help: 'language codes to apply (default: all)' },
  { name: 'keep-attribution', type: 'boolean', group: 'Cleaning', help: 'keep "Source: ..." and "By ..." lines in the text' },
  { name: 'keep-comments', type: 'boolean', group: 'Cleaning', help: 'keep reader comment threads' },
  { name: 'normalize-whitespace', type: 'boolean', group: 'Cleaning', help: 'trim trailing spaces, collapse blank lines' },
  { name: 'rules', type: 'string', value: 'FILE', group: 'Cleaning', help: 'extra phrase rules (JSON, same format as built-in)' },
  { name: 'config', type: 'string', value: 'FILE', group: 'Configuration', help: 'use FILE instead of the nearest winnow.config.json' },
  { name: 'no-config', type: 'boolean', group: 'Configuration', help: 'ignore winnow.config.json files' },
  { name: 'list-detectors', type: 'boolean', group: 'Information', help: 'print each detector id and what it finds' },
  { name: 'version', short: 'V', type: 'boolean', group: 'Information', help: 'print the version' },
  { name: 'help', short: 'h', type: 'boolean', group: 'Information', help: 'print this help' },
];

/** Flags as given; absent flags are undefined, so the config file can fill them. */
export interface Flags {
  paths: string[];
  values: Record<string, string | string[] | boolean | undefined>;
  /** `--color` true, `--no-color` false, neither undefined; the last one given wins. */
  color: boolean | undefined;
}

export function parseFlags(argv: readonly string[]): Flags {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const spec of OPTIONS) {
    options[spec.name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; tokens: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  let color: boolean | undefined;
  for (const token of parsed.tokens) {
    if (token.kind === 'option' && token.name === 'color') color = true;
    if (token.kind === 'option' && token.name === 'no-color') color = false;
  }
  return { paths: parsed.positionals, values: parsed.values as Flags['values'], color };
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = nearestOption(option);
    return `unknown option ${option}${near ? ` (did you mean --${near}?)` : ''}; see winnow --help`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const given = /Option '(?:-(\w), )?(--?[\w-]+)/.exec(message);
    const flag = given?.[2] ?? option;
    const spec = OPTIONS.find((candidate) => `--${candidate.name}` === flag || `-${candidate.short}` === flag);
    const name = spec ? `--${spec.name}` : flag;
    if (/does not take an argument/.test(message)) return `${name} takes no value`;
    return `${name} needs a value (${name} ${spec?.value ?? 'VALUE'}; a value starting with - goes as ${name}=-VALUE)`;
  }
  return message.split('\n')[0] ?? message;
}

function nearestOption(given: string): string | undefined {
  const word = given.replace(/^-+/, '').split('=')[0] ?? '';
  let best: string | undefined;
  let bestDistance = 3;
  for (const spec of OPTIONS) {
    const distance = editDistance(word, spec.name);
    if (distance < bestDistance) {
      best = spec.name;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
