/** MinHash signatures: their agreement estimates the Jaccard similarity of 5-word shingle sets. */
import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/core/normalize.js';
import { SHINGLE_WORDS, SIGNATURE_SIZE, candidateChance, chooseBanding, estimateSimilarity, signText } from '../../src/corpus/minhash.js';
import { random } from '../support/random.js';

/** Made-up words from a vocabulary of 5,000, so that shingles repeat only where the test puts them. */
function words(count: number, next: () => number): string[] {
  return Array.from({ length: count }, () => `w${Math.floor(next() * 5000).toString(36)}`);
}

/** The true Jaccard similarity of two word lists' shingle sets, counted directly. */
function jaccard(a: string[], b: string[]): number {
  const shingles = (list: string[]) => new Set(list.slice(0, list.length - SHINGLE_WORDS + 1).map((_, i) => list.slice(i, i + SHINGLE_WORDS).join(' ')));
  const left = shingles(a);
  const right = shingles(b);
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}

const sign = (list: string[]) => signText(list.join(' '))!;

describe('signText', () => {
  test('gives the same signature for the same text, every time', () => {
    const text = words(300, random(1)).join(' ');
    expect(signText(text)).toEqual(signText(text));
    expect(signText(text)).toHaveLength(SIGNATURE_SIZE);
  });

  test('counts words only: spacing, line breaks and punctuation do not change it', () => {
    const text = 'The ferry leaves at six. In winter, it runs twice a day; in summer, hourly!';
    const respaced = 'The ferry leaves at six\n\nIn winter it runs   twice a day — in summer hourly';
    expect(signText(respaced)).toEqual(signText(text));
  });

  test('with normalizeForMatch, case and curly quotes do not change it either', () => {
    expect(signText(normalizeForMatch('The keeper’s LOGBOOK stops in 1962.'))).toEqual(signText(normalizeForMatch("the keeper's logbook stops in 1962.")));
  });

  test('a text without words has no signature; a text shorter than a shingle has one', () => {
    expect(signText(' -- ... \n')).toBeUndefined();
    expect(signText('Page not found')).toBeDefined();
    expect(estimateSimilarity(signText('Page not found')!, signText('Page  not found.')!)).toBe(1);
    expect(estimateSimilarity(signText('Page not found')!, signText('Page not here')!)).toBeLessThan(0.1);
  });

  test('scripts written without spaces are compared character by character', () => {
    const article = '蒙古的外交部长表示，国家将继续在朝鲜半岛问题上发挥作用。会谈在乌兰巴托举行。';
    const edited = article.replace('乌兰巴托', '北京');
    const other = '今年冬天渡轮每天只开两班，北风一起船长就可能决定停航。';
    expect(estimateSimilarity(signText(article)!, signText(edited)!)).toBeGreaterThan(0.5);
    expect(estimateSimilarity(signText(article)!, signText(other)!)).toBeLessThan(0.1);
  });
});

describe('estimateSimilarity', () => {
  test('is 1 for the same text and close to 0 for unrelated texts', () => {
    const next = random(2);
    const a = words(400, next);
    const b = words(400, next);
    expect(estimateSimilarity(sign(a), sign(a))).toBe(1);
    expect(estimateSimilarity(sign(a), sign(b))).toBeLessThan(0.05);
  });

  test.each([
    ['articles of 200 to 1,000 words', 200, 1000],
    ['short texts of 20 to 120 words, which leave most bins empty', 20, 120],
  ])('stays close to the true Jaccard similarity over 60 generated pairs with edits of every size: %s', (_what, shortest, longest) => {
    const next = random(shortest);
    const errors: number[] = [];
    for (let pair = 0; pair < 60; pair++) {
      const original = words(shortest + Math.floor(next() * (longest - shortest)), next);
      const edited = [...original];
      // Replace a share of the words (0 to 30%) at random places, and sometimes cut the end.
      const share = (pair % 10) * 0.03;
      for (let i = 0; i < edited.length; i++) if (next() < share) edited[i] = `x${Math.floor(next() * 5000).toString(36)}`;
      if (pair % 3 === 0) edited.length = Math.floor(edited.length * (0.7 + next() * 0.3));
      const truth = jaccard(original, edited);
      const estimate = estimateSimilarity(sign(original), sign(edited));
      // Four standard errors of a 128-position estimate: sqrt(J(1-J)/128) <= 0.044.
      expect(Math.abs(estimate - truth)).toBeLessThan(4 * Math.sqrt((truth * (1 - truth)) / SIGNATURE_SIZE) + 0.01);
      errors.push(estimate - truth);
    }
    const meanError = errors.reduce((sum, error) => sum + error, 0) / errors.length;
    const meanAbsolute = errors.reduce((sum, error) => sum + Math.abs(error), 0) / errors.length;
    // Unbiased: the errors cancel out; and small on average.
    expect(Math.abs(meanError)).toBeLessThan(0.015);
    expect(meanAbsolute).toBeLessThan(0.03);
  });
});

describe('chooseBanding', () => {
  test('at the default 0.8: 25 bands of 5 rows, which find a pair at 0.8 almost surely and one at 0.3 rarely', () => {
    const banding = chooseBanding(0.8);
    expect(banding).toEqual({ bands: 25, rows: 5 });
    expect(candidateChance(0.8, banding)).toBeGreaterThan(0.999);
    expect(candidateChance(0.3, banding)).toBeLessThan(0.07);
  });

  test.each([0.5, 0.7, 0.9, 0.95])('at %s, a pair at the threshold is a candidate with probability 0.999 or more', (threshold) => {
    const banding = chooseBanding(threshold);
    expect(banding.bands * banding.rows).toBeLessThanOrEqual(SIGNATURE_SIZE);
    expect(candidateChance(threshold, banding)).toBeGreaterThanOrEqual(0.999);
  });

  test('a higher threshold gets wider bands, so fewer chance candidates', () => {
    expect(chooseBanding(0.9).rows).toBeGreaterThan(chooseBanding(0.8).rows);
    expect(chooseBanding(0.5).rows).toBeLessThan(chooseBanding(0.8).rows);
  });
});
