/**
 * The boilerplate phrase tables are data (STYLE.md principle 5): each rule carries the lines it must
 * match and the lines it must not, and this file holds every rule to them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtinRules, detectors } from '../../src/index.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEFAULT_MAX_CHARS = 200;

/** The whole line matches: the rule claims exactly this text, not a piece of it. */
function matchesWhole(pattern: RegExp, line: string): boolean {
  const m = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).exec(line);
  return m !== null && m.index === 0 && m[0].length === line.length;
}

describe('built-in phrase rules', () => {
  test('ids are unique and kebab-case', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('patterns keep no state between lines (no g or y flag)', () => {
    expect(builtinRules.filter((r) => /[gy]/.test(r.pattern.flags)).map((r) => r.id)).toEqual([]);
  });

  describe.each(builtinRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const maxChars = rule.maxChars ?? DEFAULT_MAX_CHARS;

    test('has at least one example', () => {
      expect(rule.examples.length).toBeGreaterThan(0);
    });

    test.each(rule.examples)('matches the whole of %j', (example) => {
      expect(matchesWhole(rule.pattern, example)).toBe(true);
    });

    test.each(rule.examples)('is tried on %j (no longer than maxChars)', (example) => {
      expect(example.length).toBeLessThanOrEqual(maxChars);
    });

    if (rule.needs) {
      test.each(rule.examples)('finds one of its needed texts in %j', (example) => {
        expect(rule.needs!.some((text) => example.toLowerCase().includes(text.toLowerCase()))).toBe(true);
      });
    }

    if (rule.counterexamples?.length) {
      test.each(rule.counterexamples)('does not match %j', (counterexample) => {
        expect(rule.pattern.exec(counterexample)).toBeNull();
      });
    }

    if (rule.field) {
      test.each(rule.examples)(`takes the ${rule.field} from %j`, (example) => {
        // The value is the first capture group that takes part in the match.
        expect(rule.pattern.exec(example)?.slice(1).find((g) => g !== undefined)?.trim()).toBeTruthy();
      });
    }
  });
});

describe('detectors', () => {
  const ids = detectors.map((d) => d.id);

  test('ids are unique and kebab-case', () => {
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(ids)('%s lives in src/detectors/%s.ts', (id) => {
    expect(existsSync(new URL(`../../src/detectors/${id}.ts`, import.meta.url))).toBe(true);
  });

  test.each(ids)('%s has its tests in test/detectors/%s.test.ts', (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
  });

  test.each(detectors.map((d) => [d.id, d.description] as const))('%s says what it finds', (_id, description) => {
    expect(description.trim()).not.toBe('');
  });
});
