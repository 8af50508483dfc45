import type { Features } from './features.js';

/**
 * How a block reads, from its text alone:
 * - `body`: prose, a paragraph of the article or of something like it;
 * - `sentence`: a short sentence, which continues prose where prose is around it;
 * - `short`: a line without sentence structure (a heading, a menu item, a label, a date).
 */
export type Reading = 'body' | 'sentence' | 'short';

export function readBlock(f: Features, knowsLanguage: boolean): Reading {
  const words = f.wordCount;
  if (f.otherScript) {
    // Scripts we hold no stopwords for: length and sentence marks are all we can go by, and when in doubt we keep.
    if (f.chars >= 100 || (f.chars >= 40 && f.sentenceEnds >= 1)) return 'body';
    return f.endsLikeSentence ? 'sentence' : 'short';
  }
  if (knowsLanguage) {
    if (words >= 10 && f.stopwordRatio >= 0.2 && (f.sentenceEnds >= 1 || words >= 25)) return 'body';
    if (words >= 30 && f.stopwordRatio >= 0.12 && f.sentenceEnds >= 1) return 'body';
    // A paragraph in another of our languages (a quotation, a bilingual page) is prose all the same.
    if (words >= 30 && f.ownStopwordRatio >= 0.25 && f.sentenceEnds >= 2) return 'body';
    if (words >= 4 && f.endsLikeSentence && f.stopwordRatio >= 0.1) return 'sentence';
    return 'short';
  }
  if (words >= 12 && f.sentenceEnds >= 1) return 'body';
  return words >= 4 && f.endsLikeSentence ? 'sentence' : 'short';
}
