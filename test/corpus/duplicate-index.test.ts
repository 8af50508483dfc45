/** The duplicate index: a new document against the kept ones, by exact key and by LSH over signatures. */
import { describe, expect, test } from 'vitest';
import { DuplicateIndex, type DocumentPrint } from '../../src/corpus/duplicate-index.js';
import { signText } from '../../src/corpus/minhash.js';
import { random } from '../support/random.js';

const next = random(7);
const article = (count = 400) => Array.from({ length: count }, () => `w${Math.floor(next() * 5000).toString(36)}`);
/** Replaces every 40th word: about 12% of 5-word shingles change, an estimated similarity near 0.78–0.9. */
const edit = (list: string[], every = 40) => list.map((word, i) => (i % every === every - 1 ? `${word}x` : word));
// The exact key is the text itself here; the command uses a hash of the normalised text.
const print = (list: string[]): DocumentPrint => ({ exact: list.join(' '), signature: signText(list.join(' ')) });

describe('DuplicateIndex', () => {
  test('finds an exact copy by its key, with similarity 1', () => {
    const index = new DuplicateIndex(0.8);
    const a = article();
    index.add(print(article()));
    index.add(print(a));
    expect(index.find(print(a))).toEqual({ of: 1, similarity: 1, exact: true });
  });

  test('finds a near copy and says how similar it is; an unrelated document matches nothing', () => {
    const index = new DuplicateIndex(0.8);
    const a = article();
    index.add(print(a));
    const match = index.find(print(edit(a, 60)));
    expect(match).toMatchObject({ of: 0, exact: false });
    expect(match!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(match!.similarity).toBeLessThan(1);
    expect(index.find(print(article()))).toBeUndefined();
  });

  test('turns down a candidate whose estimate is below the threshold', () => {
    const a = article();
    // Every 12th word changed: 5 shingles in 12 differ, a true similarity near 0.4.
    const heavilyEdited = edit(a, 12);
    expect(new DuplicateIndex(0.8).find(print(heavilyEdited))).toBeUndefined();
    const index = new DuplicateIndex(0.8);
    index.add(print(a));
    expect(index.find(print(heavilyEdited))).toBeUndefined();
    const lenient = new DuplicateIndex(0.3);
    lenient.add(print(a));
    expect(lenient.find(print(heavilyEdited))).toMatchObject({ of: 0, exact: false });
  });

  test('of two kept documents, points at the more similar one', () => {
    const a = article();
    const index = new DuplicateIndex(0.6);
    index.add(print(edit(a, 12)));
    index.add(print(edit(a, 50)));
    expect(index.find(print(a))).toMatchObject({ of: 1 });
  });

  test('at threshold 1 only exact copies count', () => {
    const a = article();
    const index = new DuplicateIndex(1);
    index.add(print(a));
    expect(index.find(print(edit(a, 200)))).toBeUndefined();
    expect(index.find(print(a))).toMatchObject({ of: 0, exact: true });
  });

  test('keeps finding near copies after its tables have grown many times (5,000 documents)', () => {
    const index = new DuplicateIndex(0.8);
    const kept = Array.from({ length: 5000 }, () => article(120));
    for (const doc of kept) index.add(print(doc));
    expect(index.size).toBe(5000);
    // One word changed in 120: a true similarity of 111/121 = 0.92.
    const found = [17, 1234, 4999].map((i) => index.find(print(edit(kept[i]!, 120)))?.of);
    expect(found).toEqual([17, 1234, 4999]);
    expect(index.find(print(article(120)))).toBeUndefined();
  });
});
