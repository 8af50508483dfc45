import { eng } from 'stopword/src/stopwords_eng.js';
import { fra } from 'stopword/src/stopwords_fra.js';
import { deu } from 'stopword/src/stopwords_deu.js';
import { spa } from 'stopword/src/stopwords_spa.js';
import { por } from 'stopword/src/stopwords_por.js';
import { ita } from 'stopword/src/stopwords_ita.js';
import { nld } from 'stopword/src/stopwords_nld.js';

/** The languages whose stopwords and phrases winnow knows, by ISO 639-1 code. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

// Lists from the stopword package (fergiemcdowall/stopword), one per language, lower-cased.
const LISTS: Record<Language, readonly string[]> = { en: eng, fr: fra, de: deu, es: spa, pt: por, it: ita, nl: nld };

const STOPWORDS = new Map<Language, ReadonlySet<string>>(
  LANGUAGES.map((lang) => [lang, new Set(LISTS[lang].map((w) => w.toLowerCase()))]),
);

export function stopwordsOf(lang: Language): ReadonlySet<string> {
  return STOPWORDS.get(lang) as ReadonlySet<string>;
}

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

// Each stopword's languages as bits (1 << index in LANGUAGES): one lookup per word serves them all.
const LANGUAGES_OF = new Map<string, number>();
LANGUAGES.forEach((lang, bit) => {
  for (const w of stopwordsOf(lang)) LANGUAGES_OF.set(w, (LANGUAGES_OF.get(w) ?? 0) | (1 << bit));
});

/** The languages (bits by index in LANGUAGES) that count a lower-cased word as a stopword. */
export function stopwordLanguages(word: string): number {
  return LANGUAGES_OF.get(word) ?? 0;
}

/**
 * How far the best language's stopwords must lead the next one's. Text in a language winnow has no
 * list for (Swedish, Hungarian, Romanian) still holds short words that two of its languages count
 * as stopwords ("i", "a", "de"), about as many for each; text in one of its languages leads the
 * next by half as much again or more (Spanish over Portuguese is the closest pair, at 1.49); a
 * quarter is the line between.
 */
const LEAD = 1.25;

/**
 * Picks the language whose stopwords cover the most of a sample of `words` lower-cased words,
 * given how many of them are stopwords of each language (indexed as LANGUAGES), or undefined when
 * none covers at least 5% (another script, or too little text to tell) or none clearly leads
 * (another language in Latin script). A wrong guess costs more than none: the stopword ratios of
 * the wrong language make every paragraph look like a short line.
 */
export function guessLanguage(hits: ArrayLike<number>, words: number, candidates: readonly Language[]): Language | undefined {
  let best: Language | undefined;
  let bestHits = 0;
  let nextHits = 0;
  for (const lang of candidates) {
    const n = hits[LANGUAGES.indexOf(lang)]!;
    if (n > bestHits) {
      best = lang;
      nextHits = bestHits;
      bestHits = n;
    } else if (n > nextHits) {
      nextHits = n;
    }
  }
  return words > 0 && bestHits / words >= 0.05 && bestHits >= LEAD * nextHits ? best : undefined;
}

export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

// The ASCII stopwords again, in an open-addressed table keyed by a hash of their characters, so
// that a word can be looked up where it stands in the text instead of being cut out first.
const TABLE_SIZE = 1 << Math.ceil(Math.log2(LANGUAGES_OF.size * 2 + 2));
const tableWords: (string | undefined)[] = new Array(TABLE_SIZE);
const tableHashes = new Int32Array(TABLE_SIZE);
const tableBits = new Int32Array(TABLE_SIZE);
for (const [word, bits] of LANGUAGES_OF) {
  if (!/^[\x00-\x7f]*$/.test(word)) continue;
  const h = asciiHash(word, 0, word.length);
  let slot = h & (TABLE_SIZE - 1);
  while (tableWords[slot] !== undefined) slot = (slot + 1) & (TABLE_SIZE - 1);
  tableWords[slot] = word;
  tableHashes[slot] = h;
  tableBits[slot] = bits;
}

/** FNV-1a of `text[start..end)` with ASCII capitals lower-cased (what features.ts's scan computes as it goes). */
function asciiHash(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/**
 * stopwordLanguages of the ASCII word `text[start..end)`, lower-cased, given its asciiHash. Cuts
 * nothing out of the text.
 */
export function asciiStopwordLanguages(text: string, start: number, end: number, h: number): number {
  for (let slot = h & (TABLE_SIZE - 1); tableWords[slot] !== undefined; slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const word = tableWords[slot]!;
    if (tableHashes[slot] !== h || word.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < word.length && same; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      same = c === word.charCodeAt(i);
    }
    if (same) return tableBits[slot]!;
  }
  return 0;
}
