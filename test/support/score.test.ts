/**
 * The in-process scorer must agree with score.mjs. The eval README publishes what score.mjs gives
 * the two baseline commands on the dev set; the re-implementation must give the same figures.
 */
import { describe, expect, test } from 'vitest';
import { hasEvalSet } from './corpus.js';
import { scoreSet } from './score.js';

/** `awk '!seen[$0]++'`: every line the first time it appears, each ended by a newline. */
function awkDedupe(text: string): string {
  const records = text.split('\n');
  if (text.endsWith('\n')) records.pop();
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r) && seen.add(r)).map((r) => `${r}\n`).join('');
}

describe.skipIf(!hasEvalSet)('scoreSet on the dev set gives the README baselines', () => {
  const round = (s: ReturnType<typeof scoreSet>) => ({
    f1: +s.f1.toFixed(3),
    p: +s.p.toFixed(3),
    r: +s.r.toFixed(3),
    dupres: +s.dupres.toFixed(2),
    withKept: +s.withKept.toFixed(3),
    withoutRemoved: +s.withoutRemoved.toFixed(3),
  });

  test('cat: F1 0.713 P 0.554 R 0.999 dupres 1.00 with 1.000 without 0.000', () => {
    expect(round(scoreSet((input) => input))).toEqual({ f1: 0.713, p: 0.554, r: 0.999, dupres: 1, withKept: 1, withoutRemoved: 0 });
  });

  test("awk '!seen[$0]++': F1 0.714 P 0.559 R 0.986 dupres 0.00", () => {
    expect(round(scoreSet(awkDedupe))).toMatchObject({ f1: 0.714, p: 0.559, r: 0.986, dupres: 0 });
  });
});
