/**
 * Kept text is byte-identical to the input: line endings, inner spacing and the byte-order mark
 * come through as they came, whatever the removals around them.
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY } from '../support/articles.js';
import { keptTextProblems } from '../support/kept.js';

const TITLE = 'Life on the Harbour';

describe.each([
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
])('%s line endings', (_name, eol) => {
  const para = (...lines: string[]) => lines.join(eol + eol) + eol;

  test('removed lines go with their blank lines; the rest keeps its line endings', () => {
    const input = para(TITLE, BODY[0], 'Share:', BODY[1], BODY[2], 'Powered by Blogger.');
    const result = cleanText(input);
    expect(result.text).toBe(para(TITLE, BODY[0], BODY[1], BODY[2]));
    expect(keptTextProblems(input, result)).toEqual([]);
  });

  test('a byte-order mark stays', () => {
    const input = `\uFEFF${para(TITLE, BODY[0], 'Share:', BODY[1], BODY[2])}`;
    expect(cleanText(input).text).toBe(`\uFEFF${para(TITLE, BODY[0], BODY[1], BODY[2])}`);
  });

  test('a kept line keeps its terminator when the removed last line had none', () => {
    const input = para(TITLE, BODY[0], BODY[1], BODY[2]) + eol + 'Powered by Blogger.';
    expect(cleanText(input).text).toBe(para(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('a last line without a terminator stays without one', () => {
    const input = para(TITLE, 'Share:', BODY[0], BODY[1]) + BODY[2];
    expect(cleanText(input).text).toBe(para(TITLE, BODY[0], BODY[1]) + BODY[2]);
  });

  test('trailing spaces and extra blank lines in kept text stay', () => {
    const input = `${TITLE}  ${eol}${eol}${BODY[0]}\t${eol}${eol}${eol}${eol}${BODY[1]}${eol}${eol}Share:${eol}${eol}${BODY[2]}${eol}`;
    const result = cleanText(input);
    expect(result.text).toBe(`${TITLE}  ${eol}${eol}${BODY[0]}\t${eol}${eol}${eol}${eol}${BODY[1]}${eol}${eol}${BODY[2]}${eol}`);
  });
});
