import { derived, type Analysis } from '../core/analysis.js';
import type { PhraseRule } from '../core/types.js';
import { builtinRules } from './rules/index.js';

const DEFAULT_MAX_CHARS = 200;

/** The rules that apply to a document: its language's, English (chrome is English everywhere), and `*`. */
export function rulesFor(analysis: Analysis, keep: (rule: PhraseRule) => boolean): PhraseRule[] {
  const lang = analysis.language;
  const wanted = new Set<string>(analysis.settings.languages);
  return [...builtinRules, ...analysis.settings.rules].filter((rule) => {
    if (!keep(rule)) return false;
    if (rule.lang === '*' || rule.lang === 'en') return true;
    if (!wanted.has(rule.lang)) return false;
    return lang === undefined || lang === rule.lang;
  });
}

export interface RuleHit {
  block: number;
  rule: PhraseRule;
  match: RegExpExecArray;
}

// One alternation of the rules that may apply to a line of a given length, tried first: most lines
// match no rule, and one test is cheaper than seventy. Cached by the rules' ids, since the same
// tables serve every document.
const screens = new Map<string, Screen | null>();

/**
 * Says whether any of its rules can match a line, as their alternation (with flags `iuy`) would.
 * Rules whose match may open with a long run of a class ("`.{0,200}all rights reserved`") make the
 * engine try every length of the run, and cost more than all the others together; they are tried
 * alone, and only on lines holding text every match of theirs holds.
 */
interface Screen {
  /** The other rules' alternation; null when there are none. */
  main: RegExp | null;
  /**
   * Each costly rule alone, and a search for the texts one of which its every match holds
   * (PatternShape.needs): case-insensitive, which finds them however the line capitalises them.
   */
  wild: { pattern: RegExp; needs: RegExp }[];
}

const escapeText = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function screenFor(rules: readonly PhraseRule[]): Screen | null {
  const key = rules.map((r) => r.id).join(' ');
  let screen = screens.get(key);
  if (screen === undefined) {
    if (!rules.every((r) => r.pattern.source.startsWith('^'))) return null;
    const alternation = (some: readonly PhraseRule[]) => new RegExp(some.map((r) => `(?:${r.pattern.source})`).join('|'), 'iuy');
    try {
      // Sticky: every rule is anchored at the line's start, so no other start is worth trying.
      alternation(rules);
      const shapes = rules.map(shapeOf);
      const wild = rules.filter((_, i) => shapes[i]?.wildStart && shapes[i].needs?.length);
      const main = rules.filter((r) => !wild.includes(r));
      screen = {
        main: main.length ? alternation(main) : null,
        wild: wild.map((r) => ({ pattern: alternation([r]), needs: new RegExp(shapes[rules.indexOf(r)]!.needs!.map(escapeText).join('|'), 'i') })),
      };
    } catch {
      screen = null; // a user rule that only compiles without the u flag: test rule by rule
    }
    if (screens.size > 256) screens.clear();
    screens.set(key, screen);
  }
  return screen;
}

function passes(screen: Screen, text: string): boolean {
  if (screen.main) {
    screen.main.lastIndex = 0;
    if (screen.main.test(text)) return true;
  }
  for (const { pattern, needs } of screen.wild) {
    if (!needs.test(text)) continue;
    pattern.lastIndex = 0;
    if (pattern.test(text)) return true;
  }
  return false;
}

const shapes = new WeakMap<PhraseRule, PatternShape | undefined>();

function shapeOf(rule: PhraseRule): PatternShape | undefined {
  if (!shapes.has(rule)) shapes.set(rule, readPattern(rule.pattern.source));
  return shapes.get(rule);
}

// Longer runs than this of a class at a match's start make a rule costly enough to try on its own.
const WIDE_RUN = 8;

/** What the screen learns from a rule's pattern source (read with the `u` flag in mind). */
interface PatternShape {
  /**
   * Lower-case texts, one of which every match contains; undefined when nothing is known. Made of
   * characters only their own ASCII case pair folds to (see caseSafe), which makes "the lower-cased
   * line contains it" a safe test for a case-insensitive match.
   */
  needs: string[] | undefined;
  /** A match may begin with a long run of `.` or of a class (see WIDE_RUN). */
  wildStart: boolean;
}

/**
 * Whether a case-insensitive match of `c` is always `c` or its ASCII other case, so that the
 * lower-cased line shows it as `c.toLowerCase()`. Printable ASCII but k and s (K and ſ fold to
 * them), and symbols without case from Latin-1 and the punctuation, arrow and symbol blocks (©, », →):
 * checked against every code point, no other character folds to one of those.
 */
function caseSafe(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return !'kKsS'.includes(c);
  return ((code >= 0xa0 && code <= 0xbf) || (code >= 0x2000 && code <= 0x2bff)) && c.toLowerCase() === c && c.toUpperCase() === c;
}

/** Reads a pattern source; undefined for any syntax this reading does not follow. */
export function readPattern(source: string): PatternShape | undefined {
  let i = 0;
  const fail: () => never = () => {
    throw new SyntaxError(`unread pattern at ${i}`);
  };
  const better = (a: string[] | undefined, b: string[] | undefined) => {
    const score = (x: string[] | undefined) => (x ? Math.min(...x.map((t) => t.length)) : 0);
    return score(b) > score(a) ? b : a;
  };
  // A whole alternation, up to `)` or the end.
  const alternation = (): PatternShape & { nullable: boolean } => {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return {
      needs: alts.every((a) => a.needs) ? alts.flatMap((a) => a.needs!) : undefined,
      wildStart: alts.some((a) => a.wildStart),
      nullable: alts.some((a) => a.nullable),
    };
  };
  const sequence = (): PatternShape & { nullable: boolean } => {
    let needs: string[] | undefined;
    let run = '';
    let leading = true;
    let wildStart = false;
    let nullable = true;
    const flush = () => {
      if (run) needs = better(needs, [run]);
      run = '';
    };
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = readAtom();
      const [min, max] = readQuantifier() ?? [undefined, undefined];
      if (min === undefined && atom.literal !== undefined) {
        run += atom.literal;
      } else {
        flush();
        if ((min === undefined || min >= 1) && !atom.zeroWidth) {
          needs = better(needs, atom.literal !== undefined ? [atom.literal] : atom.needs);
        }
      }
      // A long run of one of many characters before any fixed text: the engine tries every length of it.
      if (leading && (atom.wildStart || (atom.wide && max !== undefined && max > WIDE_RUN))) wildStart = true;
      const optional = atom.zeroWidth || min === 0 || (min === undefined && atom.nullable);
      if (!optional) nullable = false;
      // Past fixed text, a line that does not hold it fails at once.
      if (!optional && (atom.fixed || atom.needs)) leading = false;
    }
    flush();
    return { needs, wildStart, nullable };
  };
  interface Atom {
    literal?: string;
    needs?: string[] | undefined;
    zeroWidth?: boolean;
    /** `.`, a negated or long class, or a class escape other than \d and \s: one of many characters. */
    wide?: boolean;
    /** One given character. */
    fixed?: boolean;
    wildStart?: boolean;
    nullable?: boolean;
  }
  const readAtom = (): Atom => {
    const c = source[i++]!;
    if (c === '.') return { wide: true };
    if (c === '^' || c === '$') return { zeroWidth: true };
    if (c === '[') {
      if (source[i] === '^') i++;
      const from = i;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (source[i++] !== ']') fail();
      return { wide: source[from - 1] === '^' || i - from > 6 };
    }
    if (c === '(') {
      let look = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i, i + 3))) {
        look = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) fail();
        i = close + 1;
      } else if (source[i] === '?') fail();
      const inner = alternation();
      if (source[i++] !== ')') fail();
      return look ? { zeroWidth: true } : { needs: inner.needs, wildStart: inner.wildStart, nullable: inner.nullable };
    }
    if (c === '\\') {
      const e = source[i++];
      if (e === undefined || /[1-9k]/.test(e)) fail(); // a back reference: its text is another group's
      if (e === 'b' || e === 'B') return { zeroWidth: true };
      if (e === 'p' || e === 'P' || (e === 'u' && source[i] === '{')) {
        const close = source.indexOf('}', i);
        if (close < 0) fail();
        i = close + 1;
        return { wide: e !== 'u' };
      }
      if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if (e === 'c') i += 1;
      if (/[a-zA-Z0-9]/.test(e)) return { wide: /[DwWS]/.test(e) };
      return literal(e);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') fail();
    return literal(c);
  };
  const literal = (c: string): Atom => (caseSafe(c) ? { literal: c.toLowerCase(), fixed: true } : { fixed: true });
  // The least and most times the atom before may match; undefined when it has no quantifier.
  const readQuantifier = (): [number, number] | undefined => {
    const c = source[i];
    let range: [number, number];
    if (c === '*') range = [0, Infinity];
    else if (c === '?') range = [0, 1];
    else if (c === '+') range = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
      if (!m) fail();
      range = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
      i += m[0].length - 1;
    } else return undefined;
    i++;
    if (source[i] === '?') i++;
    return range;
  };
  try {
    const shape = alternation();
    if (i !== source.length) fail();
    return { needs: shape.needs, wildStart: shape.wildStart };
  } catch {
    return undefined;
  }
}

const maxChars = (r: PhraseRule) => r.maxChars ?? DEFAULT_MAX_CHARS;

/** The first rule each block matches, tried on blocks no longer than the rule allows. */
export function matchRules(analysis: Analysis, rules: readonly PhraseRule[]): RuleHit[] {
  // What a block matches follows from its text alone, so a later look reuses it, unless a
  // user's pattern is global or sticky and so remembers where it stopped.
  const stateless = rules.every((r) => !r.pattern.global && !r.pattern.sticky);
  const ids = rules.map((r) => r.id).join(' ');
  const seen = stateless ? derived<RuleHit | null>(analysis, `phrase-rules:${ids}`) : [];
  const hits: RuleHit[] = [];
  let tiers: Tier[] | undefined;
  for (const block of analysis.doc.blocks) {
    let hit = seen[block.index];
    if (hit === undefined) {
      hit = firstMatch(block.text, block.index, (tiers ??= tiersOf(analysis, rules, ids)));
      if (stateless) seen[block.index] = hit;
    }
    if (hit) hits.push(hit.block === block.index ? hit : { ...hit, block: block.index });
  }
  return hits;
}

interface Tier {
  limit: number;
  rules: PhraseRule[];
  /** Built once the process has tried enough lines (undefined until then); null: none applies. */
  screen: Screen | null | undefined;
}

// Compiling a screen costs about 150 ms, more than cleaning a small file takes; it pays for itself
// only over many lines, so a process builds it once it has tried this many.
const SCREEN_AFTER_LINES = 20_000;
let linesTried = 0;

// Built-in rules by their ids; a user's rules are not kept, as their ids may name other patterns.
const builtinTiers = new Map<string, Tier[]>();

// The rules in force change only at the rules' length limits: one screen per limit.
function tiersOf(analysis: Analysis, rules: readonly PhraseRule[], ids: string): Tier[] {
  const builtin = analysis.settings.rules.length === 0;
  let tiers = builtin ? builtinTiers.get(ids) : undefined;
  if (!tiers) {
    const limits = [...new Set(rules.map(maxChars))].sort((a, b) => a - b);
    tiers = limits.map((limit) => {
      const inForce = rules.filter((r) => maxChars(r) >= limit);
      return { limit, rules: inForce, screen: builtin ? undefined : null };
    });
    if (builtin) {
      if (builtinTiers.size > 64) builtinTiers.clear();
      builtinTiers.set(ids, tiers);
    }
  }
  return tiers;
}

function firstMatch(text: string, block: number, tiers: readonly Tier[]): RuleHit | null {
  const tier = tiers.find((t) => text.length <= t.limit);
  if (!tier) return null;
  if (tier.screen === undefined && ++linesTried > SCREEN_AFTER_LINES) tier.screen = screenFor(tier.rules);
  if (tier.screen && !passes(tier.screen, text)) return null;
  for (const rule of tier.rules) {
    if (text.length > maxChars(rule)) continue;
    const match = rule.pattern.exec(text);
    if (match) return { block, rule, match };
  }
  return null;
}
