/** duplicate-block: paragraphs and runs of paragraphs repeated word for word; the first copy stays. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const only = { only: ['duplicate-block'] };
const TITLE = 'Life on the Harbour';
const QUOTED = 'The keeper wrote that "the light is out" and that he was "going ashore" for good - the last line in the log, dated 3 April 1962, in the library’s archive.';

describe('duplicate-block', () => {
  test('a repeated run of paragraphs is one finding pointing at the copy that stays', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[0], BODY[1], BODY[2], BODY[3]);
    const result = cleanText(doc, only);
    expect(findings(result)).toEqual(['9-13 duplicate of 3-7']);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3]));
  });

  test('the reason says what is repeated and where the copy is', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[0], BODY[1]);
    expect(cleanText(doc, only).findings[0]?.reason).toMatch(/\b3[–-]5\b/);
  });

  // What scrapers vary between two copies of one paragraph.
  const FIRST = QUOTED.replace('the light', 'the first light');
  test.each([
    ['no-break spaces', QUOTED, QUOTED.replaceAll(' ', '\u00a0')],
    ['runs of spaces and tabs', QUOTED, QUOTED.replaceAll(' the ', '  the\t')],
    ['curly quotes', QUOTED, QUOTED.replace(/"([^"]*)"/g, '“$1”').replace('’', "'")],
    ['a dash for a hyphen', QUOTED, QUOTED.replace(' - ', ' – ')],
    ['letter case', QUOTED, QUOTED.toUpperCase()],
    ['Unicode compatibility forms (NFKC)', FIRST, FIRST.replace('first', 'ﬁrst').replace('shore', 'ｓｈｏｒｅ')],
  ])('a copy that differs only in %s is a duplicate', (_what, original, copy) => {
    expect(copy).not.toBe(original);
    const doc = paragraphs(TITLE, original, BODY[1], copy, BODY[2]);
    expect(findings(cleanText(doc, only))).toEqual(['7 duplicate of 3']);
  });

  test('short lines that recur naturally are not body duplicates', () => {
    const doc = paragraphs(TITLE, '## Morning', BODY[0], '* * *', BODY[1], 'Haul away, haul away!', '## Morning', BODY[2], '* * *', 'Haul away, haul away!', BODY[3]);
    expect(findings(cleanText(doc, only))).toEqual([]);
  });
});

describe('duplicate-block and lines with no word', () => {
  test("a table's border rows, one like another, are the table's form and stay", () => {
    const border = '├──────────┼────────────────────────────────────────────────┼──────────────────────────┤';
    const table = [
      '┌──────────┬────────────────────────────────────────────────┬──────────────────────────┐',
      '│Week      │Topic                                           │Reading                   │',
      border,
      '│1         │Rivers and their catchments                     │Chapter 1                 │',
      border,
      '│2         │Floods, droughts and the water balance          │Chapters 2 and 3          │',
      border,
      '│3         │Field week at the Harwick gauging station       │Handout                   │',
      '└──────────┴────────────────────────────────────────────────┴──────────────────────────┘',
    ].join('\n');
    const doc = paragraphs('# Hydrology 201: schedule', BODY[0], table, BODY[1], BODY[2]);
    expect(cleanText(doc).text).toBe(doc);
  });
});
