import type { Block } from './document.js';
import { asciiStopwordLanguages, FNV_BASIS, FNV_PRIME, LANGUAGES, stopwordLanguages, type Language } from './language.js';

/** What a block looks like, measured from its text alone. */
export interface Features {
  chars: number;
  /** How many words the block has: `words.length`, without making the words. */
  wordCount: number;
  /** Lower-cased words (runs of letters, digits and inner apostrophes), made on first use. */
  readonly words: string[];
  /** Share of words that are stopwords of the document's language. */
  stopwordRatio: number;
  /** The highest share of stopwords of any one language: how much the block reads like prose in its own language. */
  ownStopwordRatio: number;
  /** Share of words that start with a capital letter. */
  capitalRatio: number;
  /** Sentence ends inside or at the end of the block (". ", "! ", "? ", and CJK marks). */
  sentenceEnds: number;
  /** The block ends like a sentence does. */
  endsLikeSentence: boolean;
  /** Share of characters that are letters. */
  letterRatio: number;
  /** How many characters are the ASCII digits 0-9. */
  digits: number;
  /** The block is mostly in a script without spaces between words or without our stopword lists. */
  otherScript: boolean;
}

// Sentence marks, closers that may follow them (quotes, brackets), and JavaScript's \s, by code unit.
const isSentenceMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 59;
const isFullWidthMark = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether the text ends like a sentence: a sentence mark or a colon, then only closing quotes and brackets. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return isSentenceMark(c) || c === 58 || isFullWidthMark(c);
}

// Character classes by UTF-16 code unit, filled on first sight: the scanner below is the hot loop.
const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2; // any other letter
const DIGIT = 3;
const OTHER = 4;
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  classes[c] = c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}
function classOf(c: number): number {
  let k = classes[c]!;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    // A combining mark (a Devanagari vowel sign, a Hebrew point, an accent written apart) belongs
    // to the letter before it: as a break it split "मार्च" into three words.
    k = /\p{Lu}|\p{Lt}/u.test(ch) ? UPPER : /\p{L}|\p{M}/u.test(ch) ? LOWER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
    classes[c] = k;
  }
  return k;
}
const isLatin = (c: number) => c < 128 || (c >= 0xc0 && c <= 0x24f);

// The words of the line last scanned, three numbers a word: where it starts, where it ends, and
// the hash of its lower-cased text when it is ASCII (asciiHash), else NOT_ASCII. Reused and grown
// as needed, since every line is scanned.
let bounds = new Int32Array(768);
// Marks a word beyond ASCII, looked up by its string; so is the rare ASCII word whose hash is 0,
// which gives the same answer.
const NOT_ASCII = 0;

interface Scan {
  words: number;
  digits: number;
  capitals: number;
  letters: number;
  latin: number;
  /** Every character of the text is ASCII. */
  ascii: boolean;
  /**
   * Sentence ends: a full stop, "!", "?", "…" or ";" followed, past any closing quotes and
   * brackets, by a space or the end; or a CJK full stop, exclamation or question mark.
   */
  sentenceEnds: number;
}

/** Finds the words of a text, into `bounds`, hashing the ASCII ones as it goes (see asciiHash). */
function scan(text: string): Scan {
  let words = 0;
  let digits = 0;
  let capitals = 0;
  let letters = 0;
  let latin = 0;
  let ascii = true;
  let sentenceEnds = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    const k = classOf(first);
    if (k === OTHER) {
      if (first >= 128) ascii = false;
      if (isSentenceMark(first)) {
        let j = i + 1;
        while (j < n && isCloser(text.charCodeAt(j))) j++;
        if (j === n || isSpace(text.charCodeAt(j))) sentenceEnds++;
      } else if (isFullWidthMark(first)) {
        sentenceEnds++;
      }
      i++;
      continue;
    }
    // A word: letters and digits, with inner apostrophes ("don't", "l’homme").
    const start = i;
    let h = FNV_BASIS;
    let wordAscii = true;
    if (k === UPPER) capitals++;
    for (;;) {
      const c = text.charCodeAt(i);
      const kc = i < n ? classOf(c) : OTHER;
      if (kc !== OTHER) {
        if (c >= 128) wordAscii = false;
        else h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
        // Every ASCII digit is a word character, so the words hold them all.
        if (c >= 48 && c <= 57) digits++;
        if (kc !== DIGIT) {
          letters++;
          if (isLatin(c)) latin++;
        }
        i++;
      } else if ((c === 39 || c === 0x2019) && i + 1 < n && classOf(text.charCodeAt(i + 1)) <= LOWER && classOf(text.charCodeAt(i + 1)) !== UNKNOWN) {
        if (c >= 128) wordAscii = false;
        else h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else break;
    }
    if (!wordAscii) ascii = false;
    if (3 * words + 3 > bounds.length) {
      const more = new Int32Array(bounds.length * 2);
      more.set(bounds);
      bounds = more;
    }
    bounds[3 * words] = start;
    bounds[3 * words + 1] = i;
    bounds[3 * words + 2] = wordAscii ? h : NOT_ASCII;
    words++;
  }
  return { words, digits, capitals, letters, latin, ascii, sentenceEnds };
}

/** The lower-cased words of a text. */
function wordsOf(text: string): string[] {
  const { words: count, ascii } = scan(text);
  // ASCII lower-cases letter by letter, so the whole line can be lower-cased once and its words cut
  // from that; elsewhere case can hang on context (a final sigma), so each word is lower-cased alone.
  const lower = ascii ? text.toLowerCase() : undefined;
  const words: string[] = [];
  for (let w = 0; w < count; w++) {
    const a = bounds[3 * w]!;
    const z = bounds[3 * w + 1]!;
    words.push(lower !== undefined ? lower.slice(a, z) : text.slice(a, z).toLowerCase());
  }
  return words;
}

// Most detectors only count words; cutting each out as a string was the engine's largest cost.
class Measures implements Features {
  #text: string;
  #words: string[] | undefined;
  // V8 lays a field out by the first value stored in it. The ratio, set later, is a fraction: an
  // integer first would move every block's measures to a new layout then (5% of a long document).
  stopwordRatio = 0.5;
  ownStopwordRatio = 0.5;
  constructor(
    text: string,
    readonly chars: number,
    readonly wordCount: number,
    readonly capitalRatio: number,
    readonly sentenceEnds: number,
    readonly endsLikeSentence: boolean,
    readonly letterRatio: number,
    readonly digits: number,
    readonly otherScript: boolean,
  ) {
    this.#text = text;
    this.stopwordRatio = 0;
    this.ownStopwordRatio = 0;
  }
  get words(): string[] {
    return (this.#words ??= wordsOf(this.#text));
  }
}

/**
 * Measures a block. `stopwordHits[at + l]` is raised for each of its words that is a stopword of
 * the language at index `l` of LANGUAGES.
 */
export function measure(block: Block, stopwordHits: Int32Array, at: number): Features {
  const text = block.text;
  const { words, digits, capitals, letters, latin, sentenceEnds } = scan(text);
  for (let w = 0; w < words; w++) {
    const a = bounds[3 * w]!;
    const z = bounds[3 * w + 1]!;
    const h = bounds[3 * w + 2]!;
    let bits = h !== NOT_ASCII ? asciiStopwordLanguages(text, a, z, h) : stopwordLanguages(text.slice(a, z).toLowerCase());
    for (let l = 0; bits; bits >>>= 1, l++) if (bits & 1) stopwordHits[at + l]!++;
  }
  return new Measures(
    text,
    text.length,
    words,
    words ? capitals / words : 0,
    sentenceEnds,
    endsLikeSentence(text),
    text.length ? letters / text.length : 0,
    digits,
    letters > 0 && latin / letters < 0.5,
  );
}

/** Fills in each block's stopword ratios, once the document's language is known. */
export function setStopwordRatios(features: Features[], hits: Int32Array, language: Language): void {
  const l = LANGUAGES.indexOf(language);
  const n = LANGUAGES.length;
  features.forEach((f, block) => {
    if (!f.wordCount) return;
    f.stopwordRatio = hits[block * n + l]! / f.wordCount;
    let most = 0;
    for (let k = 0; k < n; k++) most = Math.max(most, hits[block * n + k]!);
    f.ownStopwordRatio = most / f.wordCount;
  });
}
