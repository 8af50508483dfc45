import { derived, matchKey } from '../core/analysis.js';
import { coverage, type Detector } from './detector.js';
import { pairsToFindings, type Pair } from './duplicates.js';
import { blockLines, isQuotation } from '../core/document.js';
import { float64s, int32s, uint8s } from '../core/slab.js';
import { namesHeadline } from './regions.js';

// Bigrams shared by more blocks than this are common phrases, useless for finding a copy; capping
// the posting lists keeps the search linear in the document even when one paragraph recurs 10,000 times.
const MAX_POSTINGS = 24;
const MIN_WORDS = 8;
const CANDIDATES = 3;
// A text cut off mid-sentence: it ends with an ellipsis after a word.
const TRUNCATED = /[\p{L}\p{N},]\s*(?:\.{3}|…)["'”’)\]]*$/u;
// What scrapers add to a copy without adding content: it must not make the copy look fuller.
const MARKERS = /\((?:paywall|subscribers? only|premium|subscription required|members only)\)|\[(?:paywall|premium)\]|(?:read more|continue reading|more\.{3}|…)\W*$/giu;

// Whether a UTF-16 code unit is a letter or digit ([\p{L}\p{N}]), by code unit, filled on first sight.
const WORD_UNIT = 1;
const OTHER_UNIT = 2;
const unitClass = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isWordUnit(c: number): boolean {
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD_UNIT : OTHER_UNIT;
  return k === WORD_UNIT;
}

// The pairs of the block being hashed, reused from block to block and grown as needed.
let pairBuffer = new Int32Array(1024);

/**
 * The key's word pairs, each hashed to 30 bits, sorted and without repeats, so two blocks compare by
 * one merge. Words are runs of letters and digits (whole code points); a word hashes as FNV-1a over
 * its UTF-16 units. Scanned by hand: this runs over every paragraph of every document.
 */
function bigrams(key: string): Int32Array {
  let pairs = pairBuffer;
  let count = 0;
  const n = key.length;
  let prev = 0;
  let words = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? key.charCodeAt(i) : 32;
    let width = 1;
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (key.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Outside the BMP: judge the whole code point.
      width = 2;
      word = LETTER_OR_DIGIT.test(key.slice(i, i + 2));
    } else {
      word = isWordUnit(c);
    }
    if (word) {
      if (!inWord) {
        inWord = true;
        h = 0x811c9dc5;
      }
      for (let u = 0; u < width; u++) {
        h ^= key.charCodeAt(i + u);
        h = Math.imul(h, 0x01000193);
      }
      i += width - 1;
    } else if (inWord) {
      inWord = false;
      if (words++ > 0) {
        if (count === pairs.length) {
          pairs = new Int32Array(pairs.length * 2);
          pairs.set(pairBuffer);
          pairBuffer = pairs;
        }
        pairs[count++] = (Math.imul(prev, 0x9e3779b1) ^ h) & 0x3fffffff;
      }
      prev = h;
    }
  }
  const sorted = pairs.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  // The buffer serves the next block; the set is kept (later looks at the document reuse it).
  const set = int32s(unique);
  set.set(sorted.subarray(0, unique));
  return set;
}

/** The few blocks sharing the most bigrams, earliest first among equals. */
function topCandidates(touched: readonly number[], counts: Int32Array): number[] {
  const top: number[] = [];
  for (const j of touched) {
    let k = top.length;
    while (k > 0 && (counts[top[k - 1]!]! < counts[j]! || (counts[top[k - 1]!] === counts[j] && top[k - 1]! > j))) k--;
    if (k < CANDIDATES) {
      top.splice(k, 0, j);
      if (top.length > CANDIDATES) top.pop();
    }
  }
  return top;
}

/**
 * The share of the smaller set's bigrams that the other has too, exact when it reaches `threshold`
 * (so exact with a threshold of 0); otherwise some value below it. Most candidates fall short, and the merge stops as soon as the
 * bigrams left cannot make up the difference: at most `n + left` can be shared, and when even
 * `(n + left) / smaller` is below the threshold the exact share is too (division keeps order).
 */
function similarityAtLeast(a: Int32Array, b: Int32Array, threshold: number): number {
  const smaller = Math.min(a.length, b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
      continue;
    }
    if ((n + Math.min(a.length - i, b.length - j)) / smaller < threshold) return (n + Math.min(a.length - i, b.length - j)) / smaller;
  }
  return n / smaller;
}

/** The posting lists of a document's bigrams (see postingLists). */
interface Postings {
  /** For each bigram of each candidate, candidates in order and each set in order: its list. */
  slotOfPair: Int32Array;
  /** Where each list starts in `blocks`, and how long it is. */
  start: Int32Array;
  size: Int32Array;
  /** The lists, one after another, each in block order. */
  blocks: Int32Array;
}

/**
 * For every bigram, the first MAX_POSTINGS candidates that have it, in block order. A block compares
 * with those before itself on each list, which is what a list grown block by block would hold at
 * that point. Flat arrays and an open-addressed table rather than a Map of arrays: a long document
 * has hundreds of thousands of bigrams, and an array each kept the collector busy.
 */
function postingLists(candidates: readonly number[], sets: readonly (Int32Array | undefined)[]): Postings {
  let total = 0;
  for (const i of candidates) total += sets[i]!.length;
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  // Bigram hashes are 30-bit and well mixed: their low bits pick the table entry. -1 marks a free one.
  const table = int32s(capacity).fill(-1);
  const slotAt = int32s(capacity);
  const slotOfPair = int32s(total);
  const size = int32s(total);
  let slots = 0;
  let pair = 0;
  for (const i of candidates) {
    for (const h of sets[i]!) {
      let t = h & mask;
      while (table[t] !== -1 && table[t] !== h) t = (t + 1) & mask;
      if (table[t] === -1) {
        table[t] = h;
        slotAt[t] = slots++;
      }
      const slot = slotAt[t]!;
      slotOfPair[pair++] = slot;
      if (size[slot]! < MAX_POSTINGS) size[slot]!++;
    }
  }
  const start = int32s(slots);
  for (let s = 1; s < slots; s++) start[s] = start[s - 1]! + size[s - 1]!;
  const blocks = int32s(slots ? start[slots - 1]! + size[slots - 1]! : 0);
  const filled = int32s(slots);
  pair = 0;
  for (const i of candidates) {
    for (let k = 0; k < sets[i]!.length; k++) {
      const slot = slotOfPair[pair++]!;
      if (filled[slot]! < size[slot]!) blocks[start[slot]! + filled[slot]!++] = i;
    }
  }
  return { slotOfPair, start, size, blocks };
}

export const nearDuplicate: Detector = {
  id: 'near-duplicate',
  description: 'Paragraphs repeated with small edits, and teasers that repeat the opening of a later paragraph; the fullest copy stays.',
  detect(analysis, earlier) {
    const { blocks } = analysis.doc;
    const { minDuplicateChars, nearDuplicateThreshold } = analysis.settings;
    // Copies the exact detector took, and chrome, are not candidates.
    const covered = coverage(analysis, earlier);
    const sets: (Int32Array | undefined)[] = new Array(blocks.length);
    const known = derived<Int32Array>(analysis, 'near-duplicate:bigrams');
    const lengths = int32s(blocks.length);
    const parent = int32s(blocks.length);
    for (let i = 0; i < parent.length; i++) parent[i] = i;
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const best = new Map<number, number>();
    // Shared-bigram counts per earlier block, reset after each block through the touched list.
    const counts = int32s(blocks.length);
    const touched: number[] = [];
    const similarity = float64s(blocks.length);

    const candidates: number[] = [];
    // A page's title on the first line that names the headline below is no copy of it.
    const titled = blocks.length > 1 && namesHeadline(analysis);
    for (const block of blocks) {
      const i = block.index;
      if (i === 0 && titled) continue;
      // Headings and other short lines are not paragraphs a scraper copies; only prose is compared.
      if (covered[i] || analysis.readings[i] === 'short' || analysis.features[i]!.wordCount < MIN_WORDS) continue;
      const key = matchKey(analysis, i);
      if (key.length < minDuplicateChars) continue;
      const set = (known[i] ??= bigrams(key));
      if (set.length < MIN_WORDS - 1) continue;
      sets[i] = set;
      candidates.push(i);
    }
    const lists = postingLists(candidates, sets);

    let pair = 0;
    for (const i of candidates) {
      const set = sets[i]!;
      touched.length = 0;
      // Each block counts the bigrams it shares with the earlier blocks on their lists.
      for (let k = 0; k < set.length; k++, pair++) {
        const slot = lists.slotOfPair[pair]!;
        for (let e = lists.start[slot]!, end = e + lists.size[slot]!; e < end; e++) {
          const j = lists.blocks[e]!;
          if (j >= i) break;
          if (counts[j]!++ === 0) touched.push(j);
        }
      }
      const ranked = topCandidates(touched, counts);
      for (const j of touched) counts[j] = 0;
      for (const j of ranked) {
        const other = sets[j]!;
        const sim = similarityAtLeast(set, other, nearDuplicateThreshold);
        if (sim < nearDuplicateThreshold) continue;
        // Union, remembering for each block its most similar partner.
        parent[find(i)] = find(j);
        if (sim > similarity[i]!) {
          similarity[i] = sim;
          best.set(i, j);
        }
        if (sim > similarity[j]!) {
          similarity[j] = sim;
          best.set(j, i);
        }
        break;
      }
    }

    // In each group of near copies the longest stays (the earliest among equals); the rest point to
    // it. A copy cut off with an ellipsis is a teaser, though, and never the fuller one: its words
    // beyond the other copy's are the start of the next paragraph ("…The trial, which starts on
    // December 1, will...").
    const keeper = new Map<number, number>();
    const cut = uint8s(blocks.length);
    // Of two copies as full as each other, one in a quotation block ("> \"Nobody builds a clock like
    // this…\"") is the pull quote that repeats the article's own line: the line stays.
    const quoted = uint8s(blocks.length);
    for (const i of best.keys()) {
      lengths[i] = matchKey(analysis, i).replace(MARKERS, '').replace(/[^\p{L}\p{N}]/gu, '').length;
      cut[i] = TRUNCATED.test(blocks[i]!.text) ? 1 : 0;
      quoted[i] = isQuotation(blocks[i]!) ? 1 : 0;
    }
    const fuller = (i: number, k: number) =>
      cut[i] !== cut[k] ? cut[i]! < cut[k]! : lengths[i] !== lengths[k] ? lengths[i]! > lengths[k]! : quoted[i] !== quoted[k] ? quoted[i]! < quoted[k]! : i < k;
    for (const i of best.keys()) {
      const root = find(i);
      const k = keeper.get(root);
      if (k === undefined || fuller(i, k)) keeper.set(root, i);
    }
    const pairs: Pair[] = [];
    for (const i of best.keys()) {
      const kept = keeper.get(find(i))!;
      if (kept === i) continue;
      const sim = kept === best.get(i) ? similarity[i]! : similarityAtLeast(sets[i]!, sets[kept]!, 0);
      pairs.push({ removed: i, kept, similarity: sim });
    }
    const findings = pairsToFindings(analysis, this.id, pairs, (run) => {
      const p = run[0]!;
      const [a, b] = blockLines(analysis.doc, run[0]!.kept, run[run.length - 1]!.kept);
      const where = a === b ? `line ${a}` : `lines ${a}–${b}`;
      const pct = Math.round(Math.min(...run.map((x) => x.similarity)) * 100);
      const shorter = lengths[p.removed]! < lengths[p.kept]!;
      return shorter
        ? `a shorter copy of ${where} (${pct}% of its word pairs are there too); the fuller copy stays`
        : `an edited copy of ${where} (${pct}% of word pairs shared)`;
    }, false);
    return { findings };
  },
};
