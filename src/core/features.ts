import type { Block } from './document.js';

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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_END = /[.!?…;](?=["'”’)\]]*(?:\s|$))|[。！？]/gu;
const ENDS_LIKE_SENTENCE = /[.!?…:;。！？]["'”’)\]]*$/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const ANY_LETTER = /\p{L}/gu;

export function measure(block: Block, stopwords: ReadonlySet<string> | undefined): Features {
  const text = block.text;
  const matches = text.match(WORD) ?? [];
  const words: string[] = [];
  let capitals = 0;
  let stops = 0;
  for (const m of matches) {
    const first = m.charCodeAt(0);
    // Upper-case test on the first character only; cheap for ASCII, exact for the rest.
    if ((first >= 65 && first <= 90) || (first > 127 && m[0] !== m[0]!.toLowerCase())) capitals++;
    const w = m.toLowerCase();
    words.push(w);
    if (stopwords?.has(w)) stops++;
  }
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  const latin = letters === 0 ? 0 : (text.match(LATIN_LETTER)?.length ?? 0);
  return {
    chars: text.length,
    words,
    stopwordRatio: words.length ? stops / words.length : 0,
    capitalRatio: words.length ? capitals / words.length : 0,
    sentenceEnds: text.match(SENTENCE_END)?.length ?? 0,
    endsLikeSentence: ENDS_LIKE_SENTENCE.test(text),
    letterRatio: text.length ? letters / text.length : 0,
    otherScript: letters > 0 && latin / letters < 0.5,
  };
}
