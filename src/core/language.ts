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
 * Picks the language whose stopwords cover the most of a sample of `words` lower-cased words,
 * given how many of them are stopwords of each language (indexed as LANGUAGES), or undefined when
 * none covers at least 5% (another script, or too little text to tell).
 */
export function guessLanguage(hits: ArrayLike<number>, words: number, candidates: readonly Language[]): Language | undefined {
  let best: Language | undefined;
  let bestHits = 0;
  for (const lang of candidates) {
    const n = hits[LANGUAGES.indexOf(lang)]!;
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return words > 0 && bestHits / words >= 0.05 ? best : undefined;
}
