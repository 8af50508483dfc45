import { siteOfUrl } from '../corpus/site.js';
import { findInvalidUtf8 } from '../io/decode.js';
import { objectProblem, parseProblem } from '../io/jsonl.js';
import type { JsonlSettings } from './jsonl-batch.js';

/**
 * One JSONL line as cleaning and profiling both read it: decoded, parsed and checked, then its
 * site and its identity. Shared so that `winnow profile` counts exactly the texts and sites that
 * cleaning later looks up.
 */

/** One line of a batch: its bytes without the line end, its number, and its line end (`''` for a last line without one). */
export interface RawLine {
  raw: Buffer;
  line: number;
  terminator: string;
}

/** The lines of a batch of whole lines (see LineBatcher), numbered from `firstLine`. */
export function* eachLine(bytes: Buffer, firstLine: number): Generator<RawLine> {
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    yield { raw: bytes.subarray(start, end), line, terminator: newline === -1 ? '' : '\n' };
    start = end + 1;
  }
}

export type ReadLine =
  /** Only white space: kept as it is, and no record. */
  | { kind: 'blank'; decoded: string }
  | { kind: 'problem'; cause: string }
  /** `body` is the line without the byte-order mark (`bom`) that may open a file. */
  | { kind: 'object'; bom: string; body: string; value: Record<string, unknown>; text: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A line read and checked: UTF-8, a JSON object, a string in the text field, not too long. */
export function readLine(raw: Buffer, line: number, settings: Pick<JsonlSettings, 'textField' | 'maxLineBytes' | 'maxLines'>): ReadLine {
  if (raw.length > settings.maxLineBytes) return { kind: 'problem', cause: tooLong(settings) };
  let decoded: string;
  try {
    decoded = decoder.decode(raw);
  } catch {
    const offset = findInvalidUtf8(raw);
    return { kind: 'problem', cause: `not UTF-8 (byte 0x${(raw[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset})` };
  }
  // A byte-order mark may open a file; it stays, and JSON is read after it.
  const bom = line === 1 && decoded.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? decoded.slice(1) : decoded;
  if (!/\S/.test(body)) return { kind: 'blank', decoded };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { kind: 'problem', cause: parseProblem(error) };
  }
  const problem = objectProblem(value, settings.textField);
  if (problem !== undefined) return { kind: 'problem', cause: problem };
  const object = value as Record<string, unknown>;
  const text = object[settings.textField] as string;
  const textLines = settings.maxLines === undefined ? 0 : lineCount(text);
  if (textLines > settings.maxLines!) {
    return { kind: 'problem', cause: `skipped: ${textLines.toLocaleString('en-US')} lines is over --max-lines ${settings.maxLines!.toLocaleString('en-US')}` };
  }
  return { kind: 'object', bom, body, value: object, text };
}

export function tooLong(settings: Pick<JsonlSettings, 'maxLineBytes'>): string {
  return `line longer than --max-line-bytes (${settings.maxLineBytes} bytes)`;
}

/** How many lines a text has, counted as a text file's are (\n, \r\n or \r ends one; text after the last is one more). */
function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (text.includes('\r')) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10) lines++;
  const last = text.charCodeAt(text.length - 1);
  return text.length > 0 && last !== 10 && last !== 13 ? lines + 1 : lines;
}

/**
 * The site of a line, for corpus mode: its site field (a string), else the host of its url field,
 * else `fallback`, the site its file would have as a text file. A field that is there but says
 * nothing usable (not a string, a URL without a host) is a `problem`; the line then takes the next
 * answer, so it is still counted or cleaned. `null` and `""` count as absent.
 */
export function lineSite(value: Record<string, unknown>, settings: Pick<JsonlSettings, 'siteField' | 'urlField'>, fallback: string): { site: string; problem?: string } {
  let problem: string | undefined;
  const site = value[settings.siteField];
  if (typeof site === 'string' && site.trim() !== '') return { site: site.trim() };
  if (site !== undefined && site !== null && typeof site !== 'string') problem = `${JSON.stringify(settings.siteField)} is ${kindOf(site)}, not a string`;
  let found = fallback;
  const url = value[settings.urlField];
  if (typeof url === 'string' && url.trim() !== '') {
    const host = siteOfUrl(url);
    if (host !== undefined) found = host;
    else problem ??= `${JSON.stringify(settings.urlField)} is not a URL with a host name (${JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}...` : url)})`;
  } else if (url !== undefined && url !== null && typeof url !== 'string') {
    problem ??= `${JSON.stringify(settings.urlField)} is ${kindOf(url)}, not a string`;
  }
  if (problem === undefined) return { site: found };
  return { site: found, problem: `${problem}; its site is taken as ${found === '' ? 'none' : JSON.stringify(found)}` };
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * How a line is named in a later copy's `duplicateOf`: its id field when that holds a string or
 * a number (the number as written, so `1.0` and 20-digit ids keep their digits), else `FILE:LINE`.
 * `idText` is the id field's value as written in the line, when it has one.
 */
export function lineIdentity(value: Record<string, unknown>, idField: string, idText: string | undefined, input: string, line: number): string {
  const id = value[idField];
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && idText !== undefined) return idText;
  return `${input}:${line}`;
}
