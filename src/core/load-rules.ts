import type { FindingKind, PhraseRule } from './types.js';

/**
 * Reading a user's `--rules` file: JSON text in, checked {@link PhraseRule}s out. Pure: the CLI
 * reads the file. A rule is refused, with a one-line reason naming it, when its table entry is
 * malformed, when one of its examples does not match or a counterexample does, or when its
 * pattern could backtrack for ages on a long line.
 *
 * File format: an array of rules, or `{ "rules": [...] }`, each
 * `{ id, kind, lang, pattern, flags?, description, maxChars?, needs?, examples, counterexamples?, field?, inArticle?, aboveBody? }` where
 * `pattern` is the source of a regular expression matched against one line.
 */
export class RuleError extends Error {
  override name = 'RuleError';
}

const KINDS: readonly PhraseRule['kind'][] = ['boilerplate', 'attribution', 'labels', 'menu'];
const KEYS = ['id', 'kind', 'lang', 'pattern', 'flags', 'description', 'maxChars', 'needs', 'examples', 'counterexamples', 'field', 'inArticle', 'aboveBody'];
const MAX_PATTERN_LENGTH = 1000;

export function loadRules(text: string, takenIds: Iterable<string> = []): PhraseRule[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RuleError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (isObject(data) && Array.isArray(data.rules)) data = data.rules;
  if (!Array.isArray(data)) throw new RuleError('expected an array of rules, or { "rules": [...] }');
  const taken = new Set(takenIds);
  const rules: PhraseRule[] = [];
  data.forEach((entry: unknown, index) => {
    const rule = checkRule(entry, index);
    if (taken.has(rule.id)) throw new RuleError(`rule "${rule.id}": the id is already used`);
    taken.add(rule.id);
    rules.push(rule);
  });
  return rules;
}

function checkRule(entry: unknown, index: number): PhraseRule {
  if (!isObject(entry)) throw new RuleError(`rule ${index + 1}: expected an object`);
  const name = typeof entry.id === 'string' ? `rule "${entry.id}"` : `rule ${index + 1}`;
  const fail = (message: string): never => {
    throw new RuleError(`${name}: ${message}`);
  };
  for (const key of Object.keys(entry)) if (!KEYS.includes(key)) fail(`unknown key "${key}"`);
  const { id, kind, lang, pattern, flags = '', description, maxChars, needs, examples, counterexamples = [], field, inArticle, aboveBody } = entry;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('"id" must be kebab-case, like "my-site-footer"');
  if (typeof kind !== 'string' || !KINDS.includes(kind as PhraseRule['kind'])) fail(`"kind" must be one of ${KINDS.join(', ')}`);
  if (typeof lang !== 'string' || !/^(\*|[a-z]{2,3})$/.test(lang)) fail('"lang" must be a language code like "en", or "*"');
  if (typeof description !== 'string' || description.trim() === '') fail('"description" must say what the rule finds');
  if (maxChars !== undefined && (typeof maxChars !== 'number' || !Number.isInteger(maxChars) || maxChars < 1)) {
    fail('"maxChars" must be a whole number of at least 1');
  }
  if (needs !== undefined && (!Array.isArray(needs) || !needs.length || !needs.every((t) => typeof t === 'string' && t !== ''))) {
    fail('"needs" must be a list of texts, none empty');
  }
  if (inArticle !== undefined && typeof inArticle !== 'boolean') fail('"inArticle" must be true or false');
  if (aboveBody !== undefined && typeof aboveBody !== 'boolean') fail('"aboveBody" must be true or false');
  if (typeof flags !== 'string' || !/^[ius]*$/.test(flags) || new Set(flags).size !== flags.length) {
    fail('"flags" may only hold i, u and s, once each');
  }
  if (typeof pattern !== 'string' || pattern === '') fail('"pattern" must be a regular expression source');
  if ((pattern as string).length > MAX_PATTERN_LENGTH) fail(`"pattern" is longer than ${MAX_PATTERN_LENGTH} characters`);
  let regex: RegExp;
  try {
    regex = new RegExp(pattern as string, flags as string);
  } catch (error) {
    return fail(`"pattern" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  const danger = backtrackingDanger(pattern as string, flags as string);
  if (danger) fail(`"pattern" could run for ages on a long line: ${danger}`);
  if (!isStringList(examples) || examples.length === 0) fail('"examples" must be a non-empty list of lines the rule matches');
  if (!isStringList(counterexamples)) fail('"counterexamples" must be a list of lines the rule must not match');
  for (const example of examples as string[]) if (!regex.test(example)) fail(`example ${JSON.stringify(example)} does not match`);
  for (const example of examples as string[]) {
    if (needs && !(needs as string[]).some((t) => example.toLowerCase().includes(t.toLowerCase()))) fail(`example ${JSON.stringify(example)} holds none of "needs"`);
  }
  for (const line of counterexamples as string[]) if (regex.test(line)) fail(`counterexample ${JSON.stringify(line)} matches`);
  if (field !== undefined) {
    if (kind !== 'attribution') fail('"field" is only for attribution rules');
    if (field !== 'source' && field !== 'author' && field !== 'date') fail('"field" must be "source", "author" or "date"');
    if (!/\((?!\?)|\(\?<[^=!]/.test(pattern as string)) fail('"field" needs a capture group in "pattern" for the value');
  }
  return {
    id: id as string,
    kind: kind as PhraseRule['kind'] & FindingKind,
    lang: lang as string,
    pattern: regex,
    description: description as string,
    ...(maxChars !== undefined ? { maxChars: maxChars as number } : {}),
    ...(needs !== undefined ? { needs: needs as string[] } : {}),
    examples: examples as string[],
    ...((counterexamples as string[]).length > 0 ? { counterexamples: counterexamples as string[] } : {}),
    ...(field !== undefined ? { field: field as 'source' | 'author' | 'date' } : {}),
    ...(inArticle === true ? { inArticle } : {}),
    ...(aboveBody === true ? { aboveBody } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// ---------------------------------------------------------------------------------------------
// Backtracking check. JavaScript regexes backtrack without memo, so a pattern can be exponential
// (nested or overlapping repeats) or polynomial (two repeats that compete for the same text, or
// an unanchored pattern whose every attempt scans the rest of the line). The check is
// conservative: it refuses some patterns that would be fine, never the other way round on the
// shapes below. Character sets are compared by testing a sample alphabet, not by set algebra.

type Node =
  | { type: 'char'; set: bigint }
  | { type: 'assert'; end: boolean }
  | { type: 'group'; alts: Node[][]; look: boolean }
  | { type: 'repeat'; node: Node; min: number; max: number };

/** A repeat allowing more turns than this can scan a whole line: `*`, `+`, `{1,}`, `{0,5000}`. */
const SCAN_LIMIT = 1000;
/** A repeat allowing more turns than this multiplies the choices made inside each turn. */
const TURN_LIMIT = 10;
/** Bounded repeats that compete may try this many splits per start position at most. */
const SPLIT_LIMIT = 1_000_000;

const SAMPLES: string[] = (() => {
  const chars: string[] = ['\t', '\n', '\r', '\u2028'];
  for (let code = 0x20; code < 0x7f; code++) chars.push(String.fromCharCode(code));
  for (let code = 0xa0; code <= 0xff; code++) chars.push(String.fromCharCode(code));
  chars.push(...'āŁœёЖжΩω中あ한\u2009\u200b\u3000’‘“”—–…•·\uFEFF');
  return chars;
})();
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028']);

/** Why a pattern could backtrack badly, or undefined when it is safe. Exported for tests. */
export function backtrackingDanger(source: string, flags: string): string | undefined {
  let tree: Node[][];
  try {
    tree = new Parser(source, flags).parse();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const anchored = tree.every(startsAnchored);
  try {
    // An unanchored pattern is tried at every start position: that is one point to come back to.
    analyse({ type: 'group', alts: tree, look: false }, { follow: 0n, restIsEnd: true, turns: 'none', anchored }, { points: anchored ? 0 : 1, splits: 1 });
  } catch (error) {
    if (error instanceof Danger) return error.message;
    throw error;
  }
  return undefined;
}

class Danger extends Error {}

/** Whether a node sits inside a repeat, and one of how many turns. */
type Turns = 'none' | 'few' | 'many';

interface Context {
  /** Characters that can come right after the node. */
  follow: bigint;
  /** Nothing but `$` comes after the node. */
  restIsEnd: boolean;
  turns: Turns;
  anchored: boolean;
}

interface Cost {
  /** Places the engine can come back to and retry from, before this point. Two make the work n². */
  points: number;
  /** Splits bounded competing repeats may try, multiplied along the path. */
  splits: number;
}

function startsAnchored(alt: Node[]): boolean {
  const first = alt[0];
  if (!first) return false;
  if (first.type === 'assert') return !first.end;
  if (first.type === 'group' && !first.look) return first.alts.every(startsAnchored);
  return false;
}

/** Walks the pattern along each path, throwing a {@link Danger} at the first shape that can blow up. */
function analyse(node: Node, context: Context, cost: Cost): Cost {
  if (node.type === 'group') {
    if (context.turns === 'many' && node.alts.length > 1) refuseOverlap(node.alts);
    let after: Cost = { points: 0, splits: 0 };
    for (const alt of node.alts) {
      let path = cost;
      alt.forEach((item, index) => {
        const rest = alt.slice(index + 1);
        const next = firstOfSequence(rest);
        path = analyse(
          item,
          {
            ...context,
            // Inside a lookaround its own later items follow; nothing outside does, as it is atomic.
            follow: next.set | (next.nullable && !node.look ? context.follow : 0n),
            restIsEnd: !node.look && context.restIsEnd && rest.every((later) => later.type === 'assert' && later.end),
          },
          path,
        );
      });
      after = { points: Math.max(after.points, path.points), splits: Math.max(after.splits, path.splits) };
    }
    // A lookaround is atomic: once it has matched, the engine never comes back into it.
    return node.look ? cost : after;
  }
  if (node.type !== 'repeat') return cost;
  const inner = firstOf(node.node);
  const ambiguous = (inner.set & context.follow) !== 0n;
  const unbounded = node.max > SCAN_LIMIT;
  const varies = node.min !== node.max;
  const terminal = context.restIsEnd && node.node.type === 'char' && coversLine(node.node.set);
  let { points, splits } = cost;
  if (varies && ambiguous && (context.turns === 'many' || (context.turns === 'few' && unbounded))) {
    throw new Danger('a repeat inside a repeat (like (a+)+); the ways to split the text multiply');
  }
  if (unbounded && varies && !terminal) {
    if (points > 0) {
      if (!context.anchored && points === 1) {
        throw new Danger('unanchored with a repeat inside, so every start position may scan the rest of the line; start the pattern with ^');
      }
      throw new Danger(
        ambiguous
          ? 'two repeats compete for the same characters (like .*a.*b); make them exclusive, like [^a]*a'
          : 'a repeat after a repeat that can give characters back; make the first one exclusive, like [^:]*:',
      );
    }
    if (ambiguous) points++;
  } else if (!unbounded && varies && ambiguous) {
    splits *= node.max - node.min + 1;
    if (splits > SPLIT_LIMIT) throw new Danger(`bounded repeats that compete for the same characters allow ${splits.toExponential(0)} splits; narrow them`);
  }
  const turns: Turns = node.max > TURN_LIMIT ? 'many' : node.max > 1 && context.turns === 'none' ? 'few' : context.turns;
  // Each turn can be followed by another turn, so the body's own start follows it too.
  const turnFollow = node.max > 1 ? inner.set | context.follow : context.follow;
  const body = analyse(node.node, { ...context, follow: turnFollow, restIsEnd: false, turns }, { points, splits });
  return { points: Math.max(points, body.points), splits: body.splits };
}

function refuseOverlap(alts: Node[][]): void {
  const firsts = alts.map(firstOfSequence);
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      if (firsts[i]!.nullable || firsts[j]!.nullable || (firsts[i]!.set & firsts[j]!.set) !== 0n) {
        throw new Danger('alternatives inside a repeat can start with the same character (like (a|ab)+)');
      }
    }
  }
}

function coversLine(set: bigint): boolean {
  return SAMPLES.every((char, index) => LINE_TERMINATORS.has(char) || (set >> BigInt(index)) & 1n);
}

function firstOf(node: Node): { set: bigint; nullable: boolean } {
  switch (node.type) {
    case 'char':
      return { set: node.set, nullable: false };
    case 'assert':
      return { set: 0n, nullable: true };
    case 'group': {
      if (node.look) return { set: 0n, nullable: true };
      let set = 0n;
      let nullable = false;
      for (const alt of node.alts) {
        const first = firstOfSequence(alt);
        set |= first.set;
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
    case 'repeat': {
      const inner = firstOf(node.node);
      return { set: inner.set, nullable: node.min === 0 || inner.nullable };
    }
  }
}

function firstOfSequence(items: Node[]): { set: bigint; nullable: boolean } {
  let set = 0n;
  for (const item of items) {
    const first = firstOf(item);
    set |= first.set;
    if (!first.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}

/** A small parser for the regex syntax rules need; it refuses backreferences. */
class Parser {
  private at = 0;
  private readonly unicode: boolean;
  private readonly sampleFlags: string;
  /**
   * The characters sets are judged on: SAMPLES, and every other character the pattern names
   * itself, so that two repeats of a Thai letter overlap as two repeats of "a" do.
   */
  private readonly samples: string[];

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.unicode = flags.includes('u');
    this.sampleFlags = flags.replace(/[^ius]/g, '');
    const known = new Set(SAMPLES);
    this.samples = [...SAMPLES, ...new Set([...source].filter((char) => !known.has(char)))];
  }

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.at < this.source.length && this.source[this.at] !== ')') {
      if (this.source[this.at] === '|') {
        this.at++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1]!.push(this.quantified(atom));
    }
    return alts;
  }

  private quantified(node: Node): Node {
    const rest = this.source.slice(this.at);
    const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!match) return node;
    this.at += match[0].length;
    if (match[1] === '*') return { type: 'repeat', node, min: 0, max: Infinity };
    if (match[1] === '+') return { type: 'repeat', node, min: 1, max: Infinity };
    if (match[1] === '?') return { type: 'repeat', node, min: 0, max: 1 };
    const min = Number(match[2]);
    const max = match[3] === undefined ? min : match[4] === '' ? Infinity : Number(match[4]);
    return { type: 'repeat', node, min, max };
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    if (char === '^' || char === '$') {
      this.at++;
      return { type: 'assert', end: char === '$' };
    }
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape();
    if (char === '.') {
      this.at++;
      return this.chars('.');
    }
    const length = this.unicode && this.source.codePointAt(this.at)! > 0xffff ? 2 : 1;
    const literal = this.source.slice(this.at, this.at + length);
    this.at += length;
    return this.chars(literal.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'));
  }

  private group(): Node {
    const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))!;
    this.at += head[0].length;
    const kind = head[1] ?? '';
    const look = kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!';
    const alts = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error('unbalanced parenthesis');
    this.at++;
    return { type: 'group', alts, look };
  }

  private charClass(): Node {
    const start = this.at;
    this.at++;
    if (this.source[this.at] === '^') this.at++;
    if (this.source[this.at] === ']') this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    }
    this.at++;
    return this.chars(this.source.slice(start, this.at));
  }

  private escape(): Node {
    const rest = this.source.slice(this.at);
    if (/^\\[1-9]/.test(rest) || /^\\k</.test(rest)) throw new Error('a backreference; these can take exponential time');
    if (/^\\[bB]/.test(rest)) {
      this.at += 2;
      return { type: 'assert', end: false };
    }
    const match = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0|[\s\S])/.exec(rest)!;
    this.at += match[0].length;
    return this.chars(match[0]);
  }

  private chars(source: string): Node {
    const regex = new RegExp(`^(?:${source})$`, this.sampleFlags);
    let set = 0n;
    this.samples.forEach((sample, index) => {
      if (regex.test(sample)) set |= 1n << BigInt(index);
    });
    return { type: 'char', set };
  }
}
