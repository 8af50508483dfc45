/**
 * MinHash signatures of documents over word shingles, to find near-duplicate documents without
 * keeping their texts. Pure: text in, numbers out.
 *
 * A document is the set of its 5-word shingles. The signature is made by one permutation hashing:
 * each shingle is hashed once; the top bits of the hash pick one of {@link SIGNATURE_SIZE} bins and
 * the bin keeps the smallest of the remaining bits it is given. Two documents agree on a bin with
 * a probability equal to the Jaccard similarity of their shingle sets, as with 128 separate hash
 * functions, for one hash per shingle instead of 128. A bin a short document leaves empty borrows
 * the value of another bin, chosen by a fixed sequence that is the same for every document
 * ("optimal densification", Shrivastava 2017), which keeps the estimate unbiased.
 */

/** Bins per signature; the estimate's standard error is at most 0.5/sqrt(128) ≈ 0.044. */
export const SIGNATURE_SIZE = 128;
const BIN_BITS = 7;
/** Words per shingle: long enough that two articles on the same topic share few of them. */
export const SHINGLE_WORDS = 5;

/** The 16 low bits of each bin's minimum: a random agreement then costs 1/65,536 of bias, half the memory. */
export type Signature = Uint16Array;

/** Seed of the hashes; a signature is comparable only with one made from the same seed. */
const SEED = 0x5eed_2026;
const EMPTY = 0x7fffffff;

/** The finaliser of MurmurHash3: every input bit reaches every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const SEPARATOR = 1;
const WORD = 2;
/** Scripts written without spaces: each character counts as a word. */
const CHARACTER = 3;
const charClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) charClass[c] = /[a-z0-9]/i.test(String.fromCharCode(c)) ? WORD : SEPARATOR;
// Surrogate halves belong to letters beyond the first plane (and emoji); they join the word they are in.
charClass.fill(WORD, 0xd800, 0xe000);
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Class of a character beyond ASCII, worked out the first time it is seen. */
function classOf(c: number): number {
  let kind = charClass[c]!;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = UNSPACED.test(ch) ? CHARACTER : LETTER.test(ch) ? WORD : SEPARATOR;
    charClass[c] = kind;
  }
  return kind;
}

// Working arrays, one set for every text: a typed array this size lives outside V8's heap, and
// making two for each document cost more than hashing a short one.
const minima = new Int32Array(SIGNATURE_SIZE);
const recent = new Int32Array(SHINGLE_WORDS);

/**
 * The signature of a text, or undefined when it holds no word. Words are runs of letters and
 * digits (punctuation and spacing do not count); pass text folded by `normalizeForMatch`, so
 * case, quotes and dashes do not count either. A text shorter than one shingle is one shingle.
 */
export function signText(text: string): Signature | undefined {
  minima.fill(EMPTY);
  recent.fill(0);
  let words = 0;
  let word = FNV_OFFSET;
  let inWord = false;
  // One step past the end, so the last word ends like the others.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const kind = c < 0x80 ? charClass[c]! : classOf(c);
    if (kind === WORD) {
      word = Math.imul(word ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    // A separator ends the word being read; a character of an unspaced script is a word of its own.
    for (let pass = inWord ? 0 : 1; pass < (kind === CHARACTER ? 2 : 1); pass++) {
      if (pass === 1) word = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      recent[words % SHINGLE_WORDS] = mix(word);
      words++;
      if (words >= SHINGLE_WORDS) addShingle(minima, shingleHash(recent, words, SHINGLE_WORDS));
      word = FNV_OFFSET;
      inWord = false;
    }
  }
  if (words === 0) return undefined;
  if (words < SHINGLE_WORDS) addShingle(minima, shingleHash(recent, words, words));

  const signature = new Uint16Array(SIGNATURE_SIZE);
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    let value = minima[bin]!;
    // At least one bin is filled (the text has a word), so the search ends; the sequence very
    // likely hits a filled bin within a few tries, and walks the bins in order if it does not.
    for (let attempt = 1; value === EMPTY; attempt++) value = minima[attempt <= 64 ? donor(bin, attempt) : (bin + attempt) % SIGNATURE_SIZE]!;
    signature[bin] = value & 0xffff;
  }
  return signature;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of the last `count` words read (`words` so far), in their order. */
function shingleHash(recent: Int32Array, words: number, count: number): number {
  let h = SEED ^ count;
  for (let j = count; j > 0; j--) h = Math.imul((h << 13) | (h >>> 19), 0x9e3779b1) ^ recent[(words - j) % SHINGLE_WORDS]!;
  return mix(h);
}

/** Lowers the minimum of the shingle's bin (its hash's top bits) to the rest of its hash, where that is smaller. */
function addShingle(minima: Int32Array, x: number): void {
  const bin = x >>> (32 - BIN_BITS);
  const value = x & (EMPTY >>> BIN_BITS);
  if (value < minima[bin]!) minima[bin] = value;
}

/** The bin an empty bin borrows from at its `attempt`-th try: fixed by the seed, the same for every document. */
function donor(bin: number, attempt: number): number {
  return mix(SEED ^ Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) >>> (32 - BIN_BITS);
}

/** The estimated Jaccard similarity of two documents' shingle sets: the share of positions where their signatures agree. */
export function estimateSimilarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Locality-sensitive hashing splits a signature into `bands` of `rows` positions; two documents
 * become candidates when they agree on every position of at least one band.
 */
export interface Banding {
  bands: number;
  rows: number;
}

/** The chance that two documents of Jaccard similarity `similarity` agree on a whole band at least once. */
export function candidateChance(similarity: number, { bands, rows }: Banding): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

/**
 * The banding for a similarity threshold: the widest bands (fewest chance candidates to check)
 * that still make a pair at the threshold a candidate with probability `wanted`. For 0.8 that is
 * 25 bands of 5 rows: a pair at 0.8 is missed once in 20,000; a pair at 0.3 becomes a candidate
 * 6% of the time and is then turned down by its estimate.
 */
export function chooseBanding(threshold: number, wanted = 0.999): Banding {
  let best: Banding = { bands: SIGNATURE_SIZE, rows: 1 };
  for (let rows = 2; rows <= SIGNATURE_SIZE; rows++) {
    const banding = { bands: Math.floor(SIGNATURE_SIZE / rows), rows };
    if (candidateChance(threshold, banding) >= wanted) best = banding;
  }
  return best;
}
