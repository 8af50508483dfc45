import type { JsonlSettings } from './jsonl-batch.js';
import type { Flags } from './options.js';
import { UsageError } from './usage-error.js';

/** Extensions taken from folders with --jsonl (unless --ext or the config says otherwise). */
export const JSONL_EXT = ['jsonl', 'jsonl.gz'];

/** A line longer than this is not parsed: 64 MiB, far above any article, far below what would strain memory. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** --jsonl and the JSONL flags, merged into what a JSONL run uses. */
export interface JsonlChoice {
  /** --jsonl was given. */
  flag: boolean;
  /** The JSONL-only flags given, so that a text run can refuse them rather than ignore them. */
  given: string[];
  settings: JsonlSettings;
}

export function resolveJsonl(values: Flags['values']): JsonlChoice {
  const given = ['text-field', 'meta-field', 'no-meta', 'on-error', 'max-line-bytes', 'site-field', 'url-field', 'id-field'].filter((name) => values[name] !== undefined).map((name) => `--${name}`);
  const textField = (values['text-field'] as string | undefined) ?? 'text';
  const metaField = values['no-meta'] === true ? null : ((values['meta-field'] as string | undefined) ?? 'winnow');
  if (values['no-meta'] === true && values['meta-field'] !== undefined) throw new UsageError('--no-meta and --meta-field cannot be used together');
  const field = (name: string, fallback: string) => {
    const value = (values[name] as string | undefined) ?? fallback;
    if (value === '') throw new UsageError(`--${name} needs a field name`);
    return value;
  };
  if (textField === '') throw new UsageError('--text-field needs a field name');
  if (metaField === '') throw new UsageError('--meta-field needs a field name');
  if (metaField === textField) throw new UsageError(`--meta-field and --text-field are both "${textField}": the findings would replace the text`);
  return {
    flag: values.jsonl === true,
    given,
    settings: {
      textField,
      metaField,
      onError: (values['on-error'] as 'pass' | 'drop' | undefined) ?? 'pass',
      maxLineBytes: (values['max-line-bytes'] as number | undefined) ?? MAX_LINE_BYTES,
      siteField: field('site-field', 'site'),
      urlField: field('url-field', 'url'),
      idField: field('id-field', 'id'),
    },
  };
}

const JSONL_NAME = /\.jsonl(\.gz)?$/i;

/**
 * Whether a run reads JSON Lines: --jsonl, or inputs named *.jsonl / *.jsonl.gz (files or globs).
 * Inputs are not mixed: a JSONL name beside a text name is refused, since each needs its own output.
 */
export function isJsonlRun(choice: JsonlChoice, paths: readonly string[]): boolean {
  if (choice.flag) return true;
  const named = paths.filter((arg) => arg !== '-');
  const jsonl = named.filter((arg) => JSONL_NAME.test(arg));
  if (jsonl.length === 0) {
    if (choice.given.length > 0) throw new UsageError(`${choice.given[0]} is for JSONL input: add --jsonl, or give files named *.jsonl`);
    return false;
  }
  const other = named.find((arg) => !JSONL_NAME.test(arg));
  if (other !== undefined) throw new UsageError(`${jsonl[0]} is JSONL and ${other} is not: clean them in separate runs, or add --jsonl to read both as JSONL`);
  return true;
}
