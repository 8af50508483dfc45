/**
 * Quality must not regress silently: cleanText runs in-process over the evaluation dev set, scored
 * exactly as `node ../shared/eval/score.mjs` scores a command (see test/support/score.ts).
 * When the engine gets better, raise the baselines to the new figures.
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../src/index.js';
import { hasEvalSet, noEvalSetMessage } from './support/corpus.js';
import { scoreSet } from './support/score.js';

/** Micro F1 of the kept text against the gold, as last reached. */
const BASELINE_F1 = 0.9508;
/** Micro recall (article text kept), as last reached. */
const BASELINE_R = 0.979;
/** How far below a baseline a change may fall before this test fails. */
const SLACK = 0.01;

if (!hasEvalSet) console.warn(`eval.test.ts: ${noEvalSetMessage}`);

describe.skipIf(!hasEvalSet)('evaluation dev set, in-process', () => {
  const score = hasEvalSet ? scoreSet((input) => cleanText(input).text) : undefined;

  test(`F1 stays at or above ${BASELINE_F1} - ${SLACK}`, () => {
    expect(score!.f1).toBeGreaterThanOrEqual(BASELINE_F1 - SLACK);
  });

  test(`recall stays at or above ${BASELINE_R} - ${SLACK}`, () => {
    expect(score!.r).toBeGreaterThanOrEqual(BASELINE_R - SLACK);
  });

  test('no duplicated-body variant keeps a gold paragraph twice', () => {
    expect(score!.dupVariants).toBeGreaterThan(0);
    expect(score!.residueIds).toEqual([]);
  });
});
