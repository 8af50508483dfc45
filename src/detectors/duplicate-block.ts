import { matchKey } from '../core/analysis.js';
import { coverage, type Detector } from './detector.js';
import { describeRun, pairsToFindings, type Pair } from './duplicates.js';
import { int32s, uint8s } from '../core/slab.js';

export const duplicateBlock: Detector = {
  id: 'duplicate-block',
  description: 'Paragraphs and runs of paragraphs repeated word for word (after folding case, quotes, dashes and spaces); the first copy stays.',
  detect(analysis, earlier) {
    const { blocks } = analysis.doc;
    // Lines already known as chrome are not body copies: a cookie notice printed twice goes twice.
    const chrome = coverage(analysis, earlier);
    const min = analysis.settings.minDuplicateChars;
    const key = (i: number) => matchKey(analysis, i);
    const first = new Map<string, number>();
    const copyOf = int32s(blocks.length).fill(-1);
    for (const b of blocks) {
      // Folding never shortens a line by half, so shorter lines need no key unless a run reaches them.
      // A line with no word (a table's border, a rule of dashes) repeats as the table's form does.
      if (chrome[b.index] || b.text.length * 2 < min || analysis.features[b.index]!.wordCount === 0) continue;
      const k = key(b.index);
      if (k.length < min) continue;
      const j = first.get(k);
      if (j === undefined) first.set(k, b.index);
      else copyOf[b.index] = j;
    }

    const pairs: Pair[] = [];
    const taken = uint8s(blocks.length);
    const take = (removed: number, kept: number) => {
      pairs.push({ removed, kept, similarity: 1 });
      taken[removed] = 1;
    };
    for (let i = 0; i < blocks.length; i++) {
      const j = copyOf[i]!;
      if (j < 0 || taken[i]) continue;
      take(i, j);
      // Extend the run forward and backward over the shorter lines it carries along (a repeated
      // subheading, "* * *"): they are short enough to recur naturally, but not in step with a copied run.
      let start = i;
      while (start > 0 && j - (i - start) > 0) {
        const r = start - 1;
        const k = j - (i - start) - 1;
        if (taken[r] || chrome[r] || chrome[k] || k >= r || key(r) !== key(k) || copyOf[r]! >= 0) break;
        take(r, k);
        start = r;
      }
      let r = i + 1;
      let k = j + 1;
      while (r < blocks.length && k < start && !taken[r] && !chrome[r] && !chrome[k]) {
        if (copyOf[r]! >= 0 ? copyOf[r] !== k : key(r) !== key(k)) break;
        take(r, k);
        r++;
        k++;
      }
      i = r - 1;
    }
    return { findings: pairsToFindings(analysis, this.id, pairs, (run) => describeRun(analysis, run), true) };
  },
};
