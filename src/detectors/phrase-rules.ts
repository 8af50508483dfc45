import { derived, type Analysis } from '../core/analysis.js';
import { isQuotation } from '../core/document.js';
import type { PhraseRule } from '../core/types.js';
import { builtinRules } from './rules/index.js';
import storedShapes from './rules/shapes.json' with { type: 'json' };
import { uint8s } from '../core/slab.js';

const DEFAULT_MAX_CHARS = 200;

/** The rule tables' two uses: chrome to remove, and attribution lines to move into the metadata. */
export type RuleSet = 'boilerplate' | 'attribution';

// The rules of a set for the languages asked for, built in or the user's: the same array for every
// document of a run, so what matchRules makes of a list is made once. Found by the languages'
// array (resolveSettings gives each list of languages one frozen array) and, with a user's rules,
// by their array, checked against a copy of it: a caller may add or replace rules between calls.
const builtinSets = new WeakMap<readonly string[], Map<RuleSet, PhraseRule[]>>();
const userSets = new WeakMap<readonly PhraseRule[], { copy: readonly PhraseRule[]; sets: WeakMap<readonly string[], Map<RuleSet, PhraseRule[]>> }>();

/**
 * The rules of a set that apply to a document: those of every language asked for, English and `*`,
 * whatever the document's own language. Chrome in one language turns up on pages in another, and the
 * language a page is judged to be can change once its chrome is gone: rules chosen by it made
 * a second cleaning remove what the first had kept.
 */
export function rulesFor(analysis: Analysis, set: RuleSet): PhraseRule[] {
  const { languages, rules: extra } = analysis.settings;
  let byLanguages = builtinSets;
  if (extra.length) {
    let user = userSets.get(extra);
    if (!user || user.copy.length !== extra.length || user.copy.some((rule, i) => rule !== extra[i])) {
      userSets.set(extra, (user = { copy: [...extra], sets: new WeakMap() }));
    }
    byLanguages = user.sets;
  }
  let sets = byLanguages.get(languages);
  if (!sets) byLanguages.set(languages, (sets = new Map()));
  let rules = sets.get(set);
  if (!rules) {
    const wanted = new Set<string>(languages);
    rules = [...builtinRules, ...extra].filter((rule) => (rule.kind === 'attribution') === (set === 'attribution') && (rule.lang === '*' || rule.lang === 'en' || wanted.has(rule.lang)));
    sets.set(set, rules);
  }
  return rules;
}

export interface RuleHit {
  block: number;
  rule: PhraseRule;
  match: RegExpExecArray;
}

/**
 * What a rule's pattern says about where its matches can begin. Every built-in rule is anchored at
 * the line's start, so most can only match lines that open with one of a few letters; the rest
 * begin with a run of many characters (".{0,200}all rights reserved") and can only match lines
 * that hold some fixed text.
 */
export interface PatternShape {
  /** Characters (folded, see foldFirst) that a match may begin with as fixed text. */
  firsts: Set<string>;
  /**
   * The first two characters (folded) a match of two or more characters may begin with as fixed
   * text; a second character of ANY_CHAR stands for any. Together with `ones`, a finer index than
   * `firsts`: a line beginning "Th" is not tried on rules that begin "Tags" or "Tweet".
   */
  heads: Set<string>;
  /** Characters a whole match of one character may be. */
  ones: Set<string>;
  /**
   * For each way a match may begin with a run of many characters: texts (lower case, see caseSafe)
   * one of which every such match holds, or undefined when nothing is known.
   */
  wild: (string[] | undefined)[];
  /** The pattern can match an empty line, so nothing can be ruled out. */
  nullable: boolean;
  /**
   * Every match runs to the end of the text (each way through the pattern ends with `$`): on a
   * line that is not empty, even a nullable pattern then matches at least one character, so the
   * index still applies. `^(?=.)(?:newer posts?)?(?:home)?$` is tried only on lines opening n, o or h.
   */
  wholeLine: boolean;
}

const shapes = new WeakMap<PhraseRule, PatternShape | null>();

/** The rule's shape; null when it is not anchored or uses syntax readPattern does not follow. */
function shapeOf(rule: PhraseRule): PatternShape | null {
  let shape = shapes.get(rule);
  if (shape === undefined) {
    shape = storedShape(rule) ?? ((rule.pattern.source.startsWith('^') && readPattern(rule.pattern.source)) || null);
    shapes.set(rule, shape);
  }
  return shape;
}

/** A shape as rules/shapes.json holds it: sets as arrays, an unknown `wild` entry as null. */
export interface StoredShape {
  firsts: string[];
  heads: string[];
  ones: string[];
  wild: (string[] | null)[];
  nullable: boolean;
  wholeLine: boolean;
}

/** What rules/shapes.json holds for one rule: its pattern's fingerprint and shape. */
export interface StoredEntry {
  pattern: string;
  shape: StoredShape | null;
}

/**
 * The stored shape of a built-in rule, read from rules/shapes.json: reading every pattern takes
 * tens of milliseconds in a fresh process, longer than cleaning a small file. Undefined when the
 * rule is not there or its pattern has changed since the file was made (`npm run rules:shapes`
 * makes it again), so a stale file costs time, never a match.
 */
function storedShape(rule: PhraseRule): PatternShape | null | undefined {
  const entry = (storedShapes.rules as Record<string, StoredEntry | undefined>)[rule.id];
  if (!entry || entry.pattern !== patternPrint(rule.pattern)) return undefined;
  const s = entry.shape;
  if (!s) return null;
  return { firsts: new Set(s.firsts), heads: new Set(s.heads), ones: new Set(s.ones), wild: s.wild.map((w) => w ?? undefined), nullable: s.nullable, wholeLine: s.wholeLine };
}

/** The shape in the form rules/shapes.json stores it. */
export function storeShape(shape: PatternShape | null | undefined): StoredShape | null {
  if (!shape) return null;
  const sorted = (set: Set<string>) => [...set].sort();
  return { firsts: sorted(shape.firsts), heads: sorted(shape.heads), ones: sorted(shape.ones), wild: shape.wild.map((w) => w ?? null), nullable: shape.nullable, wholeLine: shape.wholeLine };
}

/** A fingerprint of a pattern's source and flags (FNV-1a, 32 bits, in hex) that tells a stored shape is still its own. */
export function patternPrint(pattern: RegExp): string {
  const text = `/${pattern.source}/${pattern.flags}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Whether a case-insensitive match of `c` is always `c` or its ASCII other case, so that a
 * lower-cased line shows it as `c.toLowerCase()`. Printable ASCII but k and s (K and ſ fold to
 * them), and symbols without case from Latin-1 and the punctuation, arrow and symbol blocks (©, », →):
 * checked against every code point, no other character folds to one of those.
 */
function caseSafe(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return !'kKsS'.includes(c);
  return ((code >= 0xa0 && code <= 0xbf) || (code >= 0x2000 && code <= 0x2bff)) && c.toLowerCase() === c && c.toUpperCase() === c;
}

/**
 * A line's first character as the index files it: lower case, with the two characters that
 * Unicode case-insensitive matching takes for ASCII letters (ſ for s, the Kelvin sign for k)
 * taken as those letters.
 */
function foldFirst(c: string): string {
  if (c === '\u017f') return 's';
  if (c === '\u212a') return 'k';
  // Through the capital: final sigma files with σ, a Cyrillic letter's old shapes with the letter.
  const upper = c.toUpperCase();
  if (upper.length === 1) {
    const folded = upper.toLowerCase();
    if (folded.length === 1) return folded;
  }
  return c.toLowerCase();
}

/**
 * The folded form under which a pattern's fixed first character `c` is filed, or undefined when a
 * case-insensitive match of it may begin with a character foldFirst files elsewhere. ASCII and
 * characters without case are filed as they are; a cased letter beyond ASCII (Cyrillic, Greek,
 * accented Latin) under foldFirst, once every character a case-insensitive match of it takes is
 * checked to file there too (all but a few archaic Greek letters are).
 */
function firstKey(c: string): string | undefined {
  const code = c.charCodeAt(0);
  if (code < 0x80) return c.toLowerCase();
  if (c.toLowerCase() === c && c.toUpperCase() === c) return c;
  let key = casedKeys.get(c);
  if (key === undefined) casedKeys.set(c, (key = foldsTogether(c) ? foldFirst(c) : null));
  return key ?? undefined;
}

const casedKeys = new Map<string, string | null>();

/** Whether every character that /c/iu matches files under foldFirst(c): a search of the whole BMP. */
function foldsTogether(c: string): boolean {
  if (c.length !== 1 || (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) return false;
  const key = foldFirst(c);
  // A cased letter, so nothing in it needs escaping.
  const same = new RegExp(`^${c}$`, 'iu');
  for (let x = 0; x < 0x10000; x++) {
    if (x >= 0xd800 && x <= 0xdfff) continue;
    const ch = String.fromCharCode(x);
    if (same.test(ch) && foldFirst(ch) !== key) return false;
  }
  return true;
}

// A `{n}`, `{n,}` or `{n,m}` quantifier where it stands (sticky, so a long source is not copied for it).
const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;

/** In a head, a second character that may be any. */
export const ANY_CHAR = '\0';

/** Reads a pattern source (with the `u` flag in mind); undefined for any syntax this reading does not follow. */
export function readPattern(source: string): PatternShape | undefined {
  let i = 0;
  const fail: () => never = () => {
    throw new SyntaxError(`unread pattern at ${i}`);
  };
  const better = (a: string[] | undefined, b: string[] | undefined) => {
    const score = (x: string[] | undefined) => (x ? Math.min(...x.map((t) => t.length)) : 0);
    return score(b) > score(a) ? b : a;
  };
  interface Part {
    needs: string[] | undefined;
    nullable: boolean;
    firsts: Set<string>;
    wild: (string[] | undefined)[];
    heads: Set<string>;
    ones: Set<string>;
    /** Some matches begin with a run of many characters (they are `wild`). */
    anyFirst: boolean;
    /** Every match ends at the end of the text: the last atom is `$`, or a group all of whose ways end so. */
    atEnd: boolean;
  }
  // A whole alternation, up to `)` or the end.
  const alternation = (): Part => {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    if (alts.length === 1) return alts[0]!;
    const [firsts, heads, ones] = [alts[0]!.firsts, alts[0]!.heads, alts[0]!.ones];
    for (let a = 1; a < alts.length; a++) {
      for (const c of alts[a]!.firsts) firsts.add(c);
      for (const h of alts[a]!.heads) heads.add(h);
      for (const o of alts[a]!.ones) ones.add(o);
    }
    return {
      needs: alts.every((a) => a.needs) ? alts.flatMap((a) => a.needs!) : undefined,
      nullable: alts.some((a) => a.nullable),
      firsts,
      wild: alts.flatMap((a) => a.wild),
      heads,
      ones,
      anyFirst: alts.some((a) => a.anyFirst),
      atEnd: alts.every((a) => a.atEnd),
    };
  };
  const sequence = (): Part => {
    let needs: string[] | undefined;
    let run = '';
    let nullable = true;
    let wideStart = false;
    const firsts = new Set<string>();
    const wild: (string[] | undefined)[] = [];
    const heads = new Set<string>();
    // What a match may have begun with so far, while that is less than two characters.
    let partial = new Set<string>(['']);
    let atEnd = false;
    const flush = () => {
      if (run) needs = better(needs, [run]);
      run = '';
    };
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = readAtom();
      const [min, max] = readQuantifier() ?? [undefined, undefined];
      atEnd = min === undefined && Boolean(atom.atEnd);
      if (min === undefined && atom.literal !== undefined) {
        run += atom.literal;
      } else {
        flush();
        if ((min === undefined || min >= 1) && !atom.zeroWidth) {
          needs = better(needs, atom.literal !== undefined ? [atom.literal] : atom.needs);
        }
      }
      // While every atom so far may match nothing, a match may begin at this one.
      if (nullable && !atom.zeroWidth) {
        if (atom.first !== undefined) {
          firsts.add(atom.first);
        } else if (atom.firsts) {
          for (const c of atom.firsts) firsts.add(c);
          if (atom.wild) wild.push(...atom.wild);
        } else {
          wideStart = true;
        }
      }
      const optional = atom.zeroWidth || min === 0 || (min === undefined && atom.nullable);
      if (!atom.zeroWidth && partial.size) partial = extendHeads(partial, atom, Boolean(optional), (max ?? 1) > 1, heads);
      if (!optional) nullable = false;
    }
    flush();
    const ones = new Set([...partial].filter((p) => p.length === 1));
    // Every match of the sequence holds its needs, whatever it begins with: when some begin with a
    // run of many characters, the needs are the one test for all of them.
    if (wideStart) return { needs, nullable, firsts: new Set(), wild: [needs], heads: new Set(), ones: new Set(), anyFirst: true, atEnd };
    // So do its matches that begin in a wild way inside a group ("(?:NAME · )?DATE"): the group's
    // needs for them, or the sequence's when those say more.
    return { needs, nullable, firsts, wild: wild.map((w) => better(w, needs)), heads, ones, anyFirst: false, atEnd };
  };
  interface Atom {
    literal?: string;
    needs?: string[] | undefined;
    zeroWidth?: boolean;
    /** The one character a match of the atom begins with (a literal). */
    first?: string;
    /** What a match of the atom may begin with; undefined (and no `first`): any of many characters. */
    firsts?: Set<string>;
    wild?: (string[] | undefined)[];
    nullable?: boolean;
    /** For groups: the first two characters of its matches, its one-character matches, and whether some begin with a run of many. */
    heads?: Set<string>;
    ones?: Set<string>;
    anyFirst?: boolean;
    /** `$`, or a group every way through which ends with it. */
    atEnd?: boolean;
  }
  /**
   * The heads a sequence has once `atom` follows what it matched so far (`partial`: what a match
   * has begun with, under two characters): adds complete heads to `heads`, returns the new partial.
   */
  const extendHeads = (partial: Set<string>, atom: Atom, optional: boolean, repeats: boolean, heads: Set<string>): Set<string> => {
    const starts = atom.first !== undefined ? [atom.first] : atom.firsts && !atom.anyFirst ? [...atom.firsts] : undefined;
    const ones = atom.first !== undefined ? [atom.first] : atom.heads ? [...(atom.ones ?? [])] : (starts ?? []);
    const next = new Set<string>();
    for (const p of partial) {
      if (optional) next.add(p);
      if (p.length === 1) {
        if (starts) for (const c of starts) heads.add(p + c);
        else heads.add(p + ANY_CHAR);
        continue;
      }
      // p is empty: the atom begins the match. Matches that begin with a run of many characters
      // are the wild ones, found through their needs.
      for (const h of atom.heads ?? []) heads.add(h);
      for (const o of ones) {
        next.add(o);
        if (repeats) {
          if (starts) for (const c of starts) heads.add(o + c);
          else heads.add(o + ANY_CHAR);
        }
      }
    }
    return next;
  };
  const DIGITS = '0123456789';
  const readAtom = (): Atom => {
    const c = source[i++]!;
    if (c === '.') return {};
    if (c === '^') return { zeroWidth: true };
    if (c === '$') return { zeroWidth: true, atEnd: true };
    if (c === '[') return readClass();
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
      if (look) return { zeroWidth: true };
      return { needs: inner.needs, nullable: inner.nullable, firsts: inner.firsts, wild: inner.wild, heads: inner.heads, ones: inner.ones, anyFirst: inner.anyFirst, atEnd: inner.atEnd };
    }
    if (c === '\\') {
      const e = source[i++];
      if (e === undefined || /[1-9k]/.test(e)) fail(); // a back reference: its text is another group's
      if (e === 'b' || e === 'B') return { zeroWidth: true };
      if (e === 'p' || e === 'P' || (e === 'u' && source[i] === '{')) {
        const close = source.indexOf('}', i);
        if (close < 0) fail();
        i = close + 1;
        return {};
      }
      if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if (e === 'c') i += 1;
      if (e === 'd') return { firsts: new Set(DIGITS), needs: [...DIGITS] };
      if (/[a-zA-Z0-9]/.test(e)) return {};
      return literal(e);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') fail();
    return literal(c);
  };
  const literal = (c: string): Atom => {
    const atom: Atom = { first: firstKey(c) };
    if (caseSafe(c)) atom.literal = c.toLowerCase();
    return atom;
  };
  // A class: the characters it names when they are few and plain, else any of many.
  const readClass = (): Atom => {
    const negated = source[i] === '^';
    if (negated) i++;
    const members: string[] = [];
    let plain = !negated;
    while (i < source.length && source[i] !== ']') {
      let c = source[i++]!;
      if (c === '\\') {
        const e = source[i++];
        if (e === undefined) fail();
        if (e === 'd') {
          members.push(...DIGITS);
          continue;
        }
        if (/[a-zA-Z0-9]/.test(e)) {
          plain = false; // \s, \w, \p{…}, \u…: read past, not listed
          if (e === 'p' || e === 'P' || (e === 'u' && source[i] === '{')) i = source.indexOf('}', i) + 1 || fail();
          else if (e === 'u') i += 4;
          else if (e === 'x') i += 2;
          continue;
        }
        c = e;
      }
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        const to = source[i + 1]!;
        i += 2;
        if (to === '\\' || c.charCodeAt(0) >= 0x80 || to.charCodeAt(0) >= 0x80) {
          plain = false;
          if (to === '\\') i++;
          continue;
        }
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) members.push(String.fromCharCode(code));
        continue;
      }
      members.push(c);
    }
    if (source[i++] !== ']') fail();
    if (!plain) return {};
    const firsts = new Set<string>();
    for (const m of members) {
      const key = firstKey(m);
      if (key === undefined) return {};
      firsts.add(key);
    }
    return { firsts };
  };
  // The least and most times the atom before may match; undefined when it has no quantifier.
  const readQuantifier = (): [number, number] | undefined => {
    const c = source[i];
    let range: [number, number];
    if (c === '*') range = [0, Infinity];
    else if (c === '?') range = [0, 1];
    else if (c === '+') range = [1, Infinity];
    else if (c === '{') {
      BRACES.lastIndex = i;
      const m = BRACES.exec(source);
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
    return { firsts: shape.firsts, heads: shape.heads, ones: shape.ones, wild: shape.wild, nullable: shape.nullable, wholeLine: shape.atEnd };
  } catch {
    return undefined;
  }
}

/** A rule worth trying on lines that begin with a given character. */
interface Candidate {
  rule: PhraseRule;
  /** Tried only on lines in which this finds a text; null: tried on every such line. */
  needs: RegExp | null;
}

const escapeText = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The rules that may match lines beginning with one character. */
interface Bucket {
  candidates: Candidate[];
  /**
   * Every text some candidate's `needs` looks for, in one search: most lines hold none of them, and
   * one search of a paragraph costs less than one per rule. Null when no candidate has needs.
   */
  anyNeeds: RegExp | null;
}

/** What the index needs of a rule, whatever the line: worked out once a rule, not once a bucket. */
interface RuleFacts {
  /** What they were worked out from: a rule changed in place is worked out again. */
  pattern: RegExp;
  texts: readonly string[] | undefined;
  shape: PatternShape | null;
  /** The search for the texts the rule itself says every match holds; null when it says none. */
  needs: RegExp | null;
  /** The pattern's matches may begin with a run of many characters (see PatternShape.wild). */
  wild: boolean;
  /** Some such run holds no known text, so the rule is tried on every line. */
  wildUnknown: boolean;
  /** Otherwise, the texts one of which every such run holds (see needsOf), and their search. */
  wildTexts: readonly string[];
  wildNeeds: RegExp | null;
}

const ruleFacts = new WeakMap<PhraseRule, RuleFacts>();

function factsOf(rule: PhraseRule): RuleFacts {
  let facts = ruleFacts.get(rule);
  if (!facts || facts.pattern !== rule.pattern || facts.texts !== rule.needs) {
    const shape = shapeOf(rule);
    const wild = shape !== null && shape.wild.length > 0;
    const wildUnknown = shape !== null && shape.wild.includes(undefined);
    const wildTexts = wild && !wildUnknown ? needsOf(shape) : [];
    facts = {
      pattern: rule.pattern,
      texts: rule.needs,
      shape,
      needs: rule.needs?.length ? searchFor(rule.needs) : null,
      wild,
      wildUnknown,
      wildTexts,
      wildNeeds: wild && !wildUnknown ? searchFor(wildTexts) : null,
    };
    ruleFacts.set(rule, facts);
  }
  return facts;
}

/**
 * The rules, in order, that may match a line beginning with `start` (its first two characters,
 * folded, or all of it when shorter); the rest cannot.
 * Trying these one by one costs less than one alternation of them all: V8 compiles such an
 * alternation, with case-insensitive Unicode matching, into hundreds of kilobytes of code, and in
 * a run that allocates as cleaning does it ran at a hundredth of the speed it shows alone.
 * A run meets thousands of starts, each new one in every thread, so this does no more than look up sets.
 */
function bucketFor(tier: Tier, start: string): Bucket {
  const candidates: Candidate[] = [];
  // The rules whose needs the bucket's one search holds, by their place in the tier, as its key.
  let searched = '';
  const first = start[0] ?? '';
  const firstAny = first + ANY_CHAR;
  const facts: RuleFacts[] = [];
  for (let r = 0; r < tier.rules.length; r++) {
    const rule = tier.rules[r]!;
    const { shape, needs, wild, wildNeeds, wildUnknown } = (facts[r] = factsOf(rule));
    const fixed = start.length === 2 ? shape && (shape.heads.has(start) || shape.heads.has(firstAny) || shape.ones.has(first)) : shape?.ones.has(start);
    // A nullable pattern may match any line with nothing, unless its matches run to the line's end
    // (with `m`, `$` may also stand before a line break inside the text).
    const emptyMatch = shape?.nullable && (start === '' || !shape.wholeLine || rule.pattern.multiline);
    if (needs && (!shape || emptyMatch || fixed || wild)) {
      // The rule says what every match holds: that decides, whatever the pattern's shape.
      searched += `${r},`;
      candidates.push({ rule, needs });
    } else if (!shape || emptyMatch || fixed || wildUnknown) {
      candidates.push({ rule, needs: null });
    } else if (wild) {
      searched += `${r}w,`;
      candidates.push({ rule, needs: wildNeeds! });
    }
  }
  let anyNeeds = tier.searches.get(searched);
  if (anyNeeds === undefined) {
    const texts = new Set<string>();
    for (const part of searched.split(',')) {
      if (!part) continue;
      const f = facts[parseInt(part, 10)]!;
      for (const text of part.endsWith('w') ? f.wildTexts : f.texts!) texts.add(text);
    }
    anyNeeds = texts.size ? searchFor([...texts]) : null;
    tier.searches.set(searched, anyNeeds);
  }
  return { candidates, anyNeeds };
}

/** The texts one of which every wild match of a rule holds. */
function needsOf(shape: PatternShape): string[] {
  return [...new Set(shape.wild.flat() as string[])];
}

// Searches by their texts: the same few serve every bucket, and compiling one costs more than many uses.
const searches = new Map<string, RegExp>();

/** A case-insensitive search for any of `texts`. */
function searchFor(texts: readonly string[]): RegExp {
  const source = [...texts].sort().map(escapeText).join('|');
  let search = searches.get(source);
  if (!search) {
    if (searches.size > 4096) searches.clear();
    searches.set(source, (search = new RegExp(source, 'i')));
  }
  return search;
}

// A Markdown code fence: three or more backticks or tildes at the start of a line.
const FENCE = /^\s*(`{3,}|~{3,})/;

const fencedOf = new WeakMap<Analysis, Uint8Array>();

/**
 * The blocks of fenced code examples, fences included: from a line opening a fence to the next
 * that closes it with the same character. A fence never closed fences nothing.
 */
function fencedBlocks(analysis: Analysis): Uint8Array {
  let out = fencedOf.get(analysis);
  if (out) return out;
  const { blocks } = analysis.doc;
  out = uint8s(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const open = FENCE.exec(blocks[i]!.raw);
    if (!open) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      if (FENCE.exec(blocks[j]!.raw)?.[1]![0] === open[1]![0]) {
        out.fill(1, i, j + 1);
        i = j;
        break;
      }
    }
  }
  fencedOf.set(analysis, out);
  return out;
}

const maxChars = (r: PhraseRule) => r.maxChars ?? DEFAULT_MAX_CHARS;

/** The first rule each block matches, tried on blocks no longer than the rule allows. */
export function matchRules(analysis: Analysis, rules: readonly PhraseRule[]): RuleHit[] {
  // What a block matches follows from its text alone, so a later look reuses it, unless a
  // user's pattern is global or sticky and so remembers where it stopped.
  const facts = listFacts(rules);
  const seen = facts.stateless ? derived<RuleHit | null>(analysis, facts.name) : [];
  const hits: RuleHit[] = [];
  const fenced = fencedBlocks(analysis);
  for (const block of analysis.doc.blocks) {
    // A quotation ("> We use cookies to…") is the text quoting chrome, not the page's own chrome;
    // a line of a fenced code example ("```") is the example's.
    if (isQuotation(block) || fenced[block.index]) continue;
    let hit = seen[block.index];
    if (hit === undefined) {
      hit = firstMatch(block.text, block.index, (facts.tiers ??= tiersOf(rules)));
      if (facts.stateless) seen[block.index] = hit;
    }
    if (hit) hits.push(hit.block === block.index ? hit : { ...hit, block: block.index });
  }
  return hits;
}

interface ListFacts {
  /** No pattern is global or sticky, so what a block matches follows from its text alone. */
  stateless: boolean;
  /** The name under which a document's hits of the list are kept (see derived): its rules' ids. */
  name: string;
  /** The index of the rules by line length and start, made on first use. */
  tiers?: Tier[];
}

// Worked out once a list: rulesFor gives a run the same arrays for each document, and making a
// long key again for every document cost as much as matching a small document's lines. A user's
// rules are indexed once a run too, not once a document.
const listFactsOf = new WeakMap<readonly PhraseRule[], ListFacts>();

function listFacts(rules: readonly PhraseRule[]): ListFacts {
  let facts = listFactsOf.get(rules);
  if (!facts) {
    facts = { stateless: rules.every((r) => !r.pattern.global && !r.pattern.sticky), name: `phrase-rules:${rules.map((r) => r.id).join(' ')}` };
    listFactsOf.set(rules, facts);
  }
  return facts;
}

interface Tier {
  limit: number;
  rules: PhraseRule[];
  /** The rules for lines by their first two characters, folded (see startKey), made on first sight. */
  byStart: Map<number, Bucket>;
  /** The one search of a bucket, by the rules whose needs it holds (see bucketFor): many starts share one. */
  searches: Map<string, RegExp | null>;
}

// The rules in force change only at the rules' length limits: one index per limit.
function tiersOf(rules: readonly PhraseRule[]): Tier[] {
  const limits = [...new Set(rules.map(maxChars))].sort((a, b) => a - b);
  return limits.map((limit) => ({ limit, rules: rules.filter((r) => maxChars(r) >= limit), byStart: new Map(), searches: new Map() }));
}

/** The char code of the text's character at `i` as the index files it (see foldFirst). */
function foldedAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : foldFirst(text[i]!).charCodeAt(0);
}

function firstMatch(text: string, block: number, tiers: readonly Tier[]): RuleHit | null {
  let tier: Tier | undefined;
  for (const t of tiers) {
    if (text.length <= t.limit) {
      tier = t;
      break;
    }
  }
  if (!tier) return null;
  // An empty text (a lone quote marker) is filed under -1, where only rules that match nothing stand.
  const first = text ? foldedAt(text, 0) : -1;
  const second = text.length > 1 ? foldedAt(text, 1) : -1;
  const key = first * 0x10001 + second + 1;
  let bucket = tier.byStart.get(key);
  if (!bucket) {
    const start = first < 0 ? '' : second < 0 ? String.fromCharCode(first) : String.fromCharCode(first, second);
    bucket = bucketFor(tier, start);
    if (tier.byStart.size > 65536) tier.byStart.clear();
    tier.byStart.set(key, bucket);
  }
  let someNeeds: boolean | undefined;
  for (const { rule, needs } of bucket.candidates) {
    if (needs && !((someNeeds ??= bucket.anyNeeds!.test(text)) && needs.test(text))) continue;
    const match = rule.pattern.exec(text);
    if (match) return { block, rule, match };
  }
  return null;
}
