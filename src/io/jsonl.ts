/**
 * The JSONL line format: find a top-level member's value in a line's own text and replace it there.
 *
 * Why splice rather than `JSON.stringify(JSON.parse(line))`: a round trip through JS values
 * rewrites the fields winnow was asked to leave alone. `1.0` becomes `1`, `1e3` becomes `1000`,
 * an integer past 2^53 loses digits, `"\u00e9"` and `"\/"` lose their escapes, and a repeated key
 * collapses. Splicing touches only the bytes of the text field's value (and adds the meta field),
 * so every other field keeps its bytes and its place.
 */

/** Half-open UTF-16 offsets of a value (or a whole member) within a line. */
export interface ValueSpan {
  start: number;
  end: number;
}

export interface ObjectLayout {
  /** The value of each key asked for, at its last occurrence (the one `JSON.parse` keeps). */
  values: Map<string, ValueSpan>;
  /** Just after the last member's value: where a new member goes so that it comes last. */
  appendAt: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function skipSpace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

/** Offset just after the string whose opening quote is at `at`. */
function endOfString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let i = quote - 1; text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Offset just after the value starting at `at` (valid JSON assumed). */
function endOfValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return endOfString(text, at);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    let i = at;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = endOfString(text, i);
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return text.length;
  }
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return i;
    i++;
  }
}

/**
 * Where the values of `keys` sit among the top-level members of `line`, which must hold one JSON
 * object (check it with `JSON.parse` first; this scanner trusts its input). Keys are compared
 * after their escapes are decoded, as `JSON.parse` compares them.
 */
export function locateMembers(line: string, keys: readonly string[]): ObjectLayout {
  const values = new Map<string, ValueSpan>();
  let i = skipSpace(line, 0) + 1;
  let appendAt = i;
  for (;;) {
    i = skipSpace(line, i);
    if (line.charCodeAt(i) !== QUOTE) break;
    const keyEnd = endOfString(line, i);
    const raw = line.slice(i + 1, keyEnd - 1);
    const key = raw.includes('\\') ? (JSON.parse(line.slice(i, keyEnd)) as string) : raw;
    i = skipSpace(line, keyEnd) + 1;
    const start = skipSpace(line, i);
    const end = endOfValue(line, start);
    if (keys.includes(key)) values.set(key, { start, end });
    appendAt = end;
    i = skipSpace(line, end);
    if (line.charCodeAt(i) === 0x2c) i++;
  }
  return { values, appendAt };
}

/** A replacement of `span` by `text`; spans must not overlap. */
export interface Splice {
  span: ValueSpan;
  text: string;
}

/** `line` with each splice applied, everything else byte for byte as it was. */
export function applySplices(line: string, splices: Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const { span, text } of ordered) {
    out += line.slice(at, span.start) + text;
    at = span.end;
  }
  return out + line.slice(at);
}

/** Why a parsed line cannot be cleaned, or undefined when it can: a JSON object with a string in `field`. */
export function objectProblem(value: unknown, field: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `not a JSON object (${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`})`;
  if (!Object.hasOwn(value, field)) return `no ${JSON.stringify(field)} field`;
  const text = (value as Record<string, unknown>)[field];
  if (typeof text !== 'string') return `${JSON.stringify(field)} is ${text === null ? 'null' : Array.isArray(text) ? 'an array' : `a ${typeof text}`}, not a string`;
  return undefined;
}

/** `JSON.parse`'s complaint without the echo of the line V8 adds, which can be megabytes long. */
export function parseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const short = message.replace(/, ".*" is not valid JSON$/s, '');
  return `not JSON (${short.length > 120 ? `${short.slice(0, 117)}...` : short})`;
}
