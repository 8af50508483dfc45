/** The kept-text check used by test/core/plan.test.ts must itself catch what it is there to catch. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/index.js';
import { keptTextProblems } from './kept.js';

const removing = (first: number, last = first) => ({ lines: [first, last] }) as Finding;
const input = 'Title\n\nFirst paragraph.  \n\nShare this\n\nSecond paragraph.\n\n\nLast one.\n';

describe('keptTextProblems', () => {
  test('accepts the input unchanged when nothing was removed', () => {
    expect(keptTextProblems(input, { text: input, findings: [] })).toEqual([]);
  });

  test('accepts a removed line taken out with a blank line next to it', () => {
    const text = 'Title\n\nFirst paragraph.  \n\nSecond paragraph.\n\n\nLast one.\n';
    expect(keptTextProblems(input, { text, findings: [removing(5)] })).toEqual([]);
  });

  test('finds a line that went without a finding', () => {
    const text = 'Title\n\nFirst paragraph.  \n\nSecond paragraph.\n\n\nLast one.\n';
    expect(keptTextProblems(input, { text, findings: [] })).not.toEqual([]);
  });

  test('finds a line a finding removes that is still there', () => {
    expect(keptTextProblems(input, { text: input, findings: [removing(5)] })).not.toEqual([]);
  });

  test('finds a kept line whose trailing spaces were trimmed', () => {
    expect(keptTextProblems(input, { text: input.replace('.  \n', '.\n'), findings: [] })).not.toEqual([]);
  });

  test('finds blank lines collapsed where nothing was removed', () => {
    expect(keptTextProblems(input, { text: input.replace('\n\n\nLast', '\n\nLast'), findings: [] })).not.toEqual([]);
  });

  test('finds changed line endings and a lost byte-order mark', () => {
    expect(keptTextProblems(input, { text: input.replaceAll('\n', '\r\n'), findings: [] })).not.toEqual([]);
    expect(keptTextProblems(`\uFEFF${input}`, { text: input, findings: [] })).not.toEqual([]);
  });

  test('finds text added at the end', () => {
    expect(keptTextProblems(input, { text: `${input}extra\n`, findings: [] })).not.toEqual([]);
  });
});
