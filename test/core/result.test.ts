/**
 * What a result says about itself must be true: findings name a real detector, rule and kind, in
 * document order, with a reason; the stats add up. Held over the same documents as plan.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { builtinRules, cleanText, detectors, type FindingKind } from '../../src/index.js';
import { invariantCorpus } from '../support/corpus.js';
import { formatFinding } from '../support/findings.js';
import { splitLines } from '../support/lines.js';

// A Record, so that a new kind in src/core/types.ts fails the type check here until it is listed.
const KIND_SET: Record<FindingKind, true> = {
  duplicate: true,
  boilerplate: true,
  labels: true,
  menu: true,
  header: true,
  footer: true,
  comments: true,
  attribution: true,
};
const KINDS = Object.keys(KIND_SET);
const detectorIds = new Set(detectors.map((d) => d.id));
const ruleIds = new Set(builtinRules.map((r) => r.id));

describe.each(invariantCorpus())('%s', (_name, input) => {
  const result = cleanText(input);
  const all = [...result.findings, ...result.skipped];

  test('applied findings are in document order', () => {
    const starts = result.findings.map((f) => f.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('every finding names its detector, rule and kind, and gives a reason and a confidence', () => {
    const wrong = all.filter(
      (f) =>
        !detectorIds.has(f.detector) ||
        (f.rule !== undefined && !ruleIds.has(f.rule)) ||
        !KINDS.includes(f.kind) ||
        !f.reason.trim() ||
        !(f.confidence >= 0 && f.confidence <= 1) ||
        (f.kind === 'duplicate') !== (f.duplicateOf !== undefined),
    );
    expect(wrong.map((f) => `${formatFinding(f)} [${f.detector}${f.rule ? `:${f.rule}` : ''}]`)).toEqual([]);
  });

  test('the stats add up', () => {
    const { stats } = result;
    expect(stats).toMatchObject({
      inputChars: input.length,
      outputChars: result.text.length,
      removedChars: input.length - result.text.length,
      inputLines: splitLines(input).lines.length,
      outputLines: splitLines(result.text).lines.length,
    });
    const byKind = Object.values(stats.removedByKind).reduce((a, b) => a + (b ?? 0), 0);
    expect(byKind).toBeLessThanOrEqual(stats.removedChars);
    expect(Object.keys(stats.removedByKind).sort()).toEqual([...new Set(result.findings.map((f) => f.kind))].sort());
  });
});
