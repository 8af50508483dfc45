import type { Block } from './document.js';
import { LANGUAGES, stopwordLanguages, type Language } from './language.js';

/** What a block looks like, measured from its text alone. */
export interface Features {
  chars: number;
  /** Lower-cased words (runs of letters, digits and inner apostrophes). */
  words: string[];
  /** Share of words that are stopwords of the document's language. */
  stopwordRatio: number;
  /** Share of words that start with a capital letter. */
  capitalRatio: number;
  /** Sentence ends inside or at the end of the block (". ", "! ", "? ", and CJK marks). */
  sentenceEnds: number;
  /** The block ends like a sentence does. */
  endsLikeSentence: boolean;
  /** Share of characters that are letters. */
  letterRatio: number;
  /** The block is mostly in a script without spaces between words or without our stopword lists. */
  otherScript: boolean;
}

const SENTENCE_END = /[.!?…;](?=["'”’)\]]*(?:\s|$))|[。！？]/gu;
const ENDS_LIKE_SENTENCE = /[.!?…:;。！？]["'”’)\]]*$/u;

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
    k = /\p{Lu}|\p{Lt}/u.test(ch) ? UPPER : /\p{L}/u.test(ch) ? LOWER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
    classes[c] = k;
  }
  return k;
}
const isLatin = (c: number) => c < 128 || (c >= 0xc0 && c <= 0x24f);

export function measure(block: Block): Features {
  const text = block.text;
  const words: string[] = [];
  let capitals = 0;
  let letters = 0;
  let latin = 0;
  const n = text.length;
  // ASCII lower-cases letter by letter, so the whole line can be lower-cased once and its words cut
  // from that; elsewhere case can hang on context (a final sigma), so each word is lower-cased alone.
  let ascii = true;
  for (let j = 0; j < n && ascii; j++) ascii = text.charCodeAt(j) < 128;
  const lower = ascii ? text.toLowerCase() : undefined;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === OTHER) {
      i++;
      continue;
    }
    // A word: letters and digits, with inner apostrophes ("don't", "l’homme").
    const start = i;
    if (k === UPPER) capitals++;
    for (;;) {
      const c = text.charCodeAt(i);
      const kc = i < n ? classOf(c) : OTHER;
      if (kc !== OTHER) {
        if (kc !== DIGIT) {
          letters++;
          if (isLatin(c)) latin++;
        }
        i++;
      } else if ((c === 39 || c === 0x2019) && i + 1 < n && classOf(text.charCodeAt(i + 1)) <= LOWER && classOf(text.charCodeAt(i + 1)) !== UNKNOWN) {
        i++;
      } else break;
    }
    words.push(lower !== undefined ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return {
    chars: text.length,
    words,
    stopwordRatio: 0,
    capitalRatio: words.length ? capitals / words.length : 0,
    sentenceEnds: text.match(SENTENCE_END)?.length ?? 0,
    endsLikeSentence: ENDS_LIKE_SENTENCE.test(text),
    letterRatio: text.length ? letters / text.length : 0,
    otherScript: letters > 0 && latin / letters < 0.5,
  };
}

/**
 * How many words of each block are stopwords of each language: `hits[block * LANGUAGES.length + l]`
 * for the language at index `l` of LANGUAGES.
 */
export function countStopwords(features: readonly Features[]): Int32Array {
  const hits = new Int32Array(features.length * LANGUAGES.length);
  features.forEach((f, block) => {
    for (const w of f.words) {
      for (let bits = stopwordLanguages(w), l = 0; bits; bits >>>= 1, l++) if (bits & 1) hits[block * LANGUAGES.length + l]!++;
    }
  });
  return hits;
}

/** Fills in each block's stopword ratio, once the document's language is known. */
export function setStopwordRatios(features: Features[], hits: Int32Array, language: Language): void {
  const l = LANGUAGES.indexOf(language);
  features.forEach((f, block) => {
    f.stopwordRatio = f.words.length ? hits[block * LANGUAGES.length + l]! / f.words.length : 0;
  });
}
