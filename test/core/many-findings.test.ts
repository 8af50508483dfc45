/**
 * A document that makes a detector report a finding on hundreds of thousands of lines cleans like
 * any other: the findings are gathered one by one (spread into one call, a few hundred thousand
 * overflowed the stack, "Maximum call stack size exceeded").
 */
import { expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';

test('a document with a finding on every other of 400,000 lines cleans', () => {
  const lines: string[] = [];
  for (let n = 0; n < 400_000; n++) lines.push(n % 2 ? 'Label' : `${n / 2 + 1}. Item ${n}`);
  const result = cleanText(`${lines.join('\n')}\n`);
  expect(result.stats.inputLines).toBe(400_000);
  expect(cleanText(result.text).text).toBe(result.text);
}, 120_000);
