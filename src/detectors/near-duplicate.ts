import { matchKey } from '../core/analysis.js';
import { coverage, type Detector } from './detector.js';
import { pairsToFindings, type Pair } from './duplicates.js';
import { blockLines } from '../core/document.js';

// Bigrams shared by more blocks than this are common phrases, useless for finding a copy; capping
// the posting lists keeps the search linear in the document even when one paragraph recurs 10,000 times.
const MAX_POSTINGS = 24;
const MIN_WORDS = 8;
const CANDIDATES = 3;
// What scrapers add to a copy without adding content: it must not make the copy look fuller.
const MARKERS = /\((?:paywall|subscribers? only|premium|subscription required|members only)\)|\[(?:paywall|premium)\]|(?:read more|continue reading|more\.{3}|…)\W*$/giu;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function bigrams(key: string): Set<number> {
  const words = key.match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  let prev = words.length ? fnv1a(words[0]!) : 0;
  for (let i = 1; i < words.length; i++) {
    const h = fnv1a(words[i]!);
    // 30 bits keep the keys small integers, which Map and Set handle fastest.
    set.add((Math.imul(prev, 0x9e3779b1) ^ h) & 0x3fffffff);
    prev = h;
  }
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

function shared(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export const nearDuplicate: Detector = {
  id: 'near-duplicate',
  description: 'Paragraphs repeated with small edits, and teasers that repeat the opening of a later paragraph; the fullest copy stays.',
  detect(analysis, earlier) {
    const { blocks } = analysis.doc;
    const { minDuplicateChars, nearDuplicateThreshold } = analysis.settings;
    // Copies the exact detector took, and chrome, are not candidates.
    const covered = coverage(analysis, earlier);
    const sets: (Set<number> | undefined)[] = new Array(blocks.length);
    const lengths = new Int32Array(blocks.length);
    const postings = new Map<number, number[]>();
    const parent = new Int32Array(blocks.length).map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const best = new Map<number, number>();
    // Shared-bigram counts per earlier block, reset after each block through the touched list.
    const counts = new Int32Array(blocks.length);
    const touched: number[] = [];
    const similarity = new Float64Array(blocks.length);

    for (const block of blocks) {
      const i = block.index;
      // Headings and other short lines are not paragraphs a scraper copies; only prose is compared.
      if (covered[i] || analysis.readings[i] === 'short' || analysis.features[i]!.words.length < MIN_WORDS) continue;
      const key = matchKey(analysis, i);
      if (key.length < minDuplicateChars) continue;
      const set = bigrams(key);
      if (set.size < MIN_WORDS - 1) continue;
      sets[i] = set;
      touched.length = 0;
      for (const h of set) {
        const list = postings.get(h);
        if (!list) {
          postings.set(h, [i]);
          continue;
        }
        for (const j of list) if (counts[j]!++ === 0) touched.push(j);
        if (list.length < MAX_POSTINGS) list.push(i);
      }
      const ranked = topCandidates(touched, counts);
      for (const j of touched) counts[j] = 0;
      for (const j of ranked) {
        const other = sets[j]!;
        const sim = shared(set, other) / Math.min(set.size, other.size);
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

    // In each group of near copies the longest stays (the earliest among equals); the rest point to it.
    const keeper = new Map<number, number>();
    for (const i of best.keys()) lengths[i] = matchKey(analysis, i).replace(MARKERS, '').replace(/[^\p{L}\p{N}]/gu, '').length;
    for (const i of best.keys()) {
      const root = find(i);
      const k = keeper.get(root);
      if (k === undefined || lengths[i]! > lengths[k]! || (lengths[i] === lengths[k] && i < k)) keeper.set(root, i);
    }
    const pairs: Pair[] = [];
    for (const i of best.keys()) {
      const kept = keeper.get(find(i))!;
      if (kept === i) continue;
      const sim = kept === best.get(i) ? similarity[i]! : shared(sets[i]!, sets[kept]!) / Math.min(sets[i]!.size, sets[kept]!.size);
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
