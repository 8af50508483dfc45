/** near-duplicate: teasers and copies with small edits; the fullest copy stays and the report says how similar. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const only = { only: ['near-duplicate'] };
const TITLE = 'Life on the Harbour';
const FULL =
  'The ferry company announced on Monday that the winter timetable will start a week early this year. Fewer boats will run on weekdays, and the last crossing will leave the island at six. Residents say the change will make it hard to get to work on the mainland, and the council has asked for a meeting.';

describe('near-duplicate', () => {
  test('a teaser that opens a later paragraph goes; the full paragraph stays', () => {
    const teaser = 'The ferry company announced on Monday that the winter timetable will start a week early this year. Fewer boats will run on weekdays…';
    const doc = paragraphs(TITLE, teaser, BODY[0], FULL, BODY[1]);
    const result = cleanText(doc, only);
    expect(findings(result)).toEqual(['3 duplicate of 7']);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], FULL, BODY[1]));
  });

  test('a copy with a few words changed goes, and the finding says how similar the two were', () => {
    const edited = FULL.replace('on Monday', 'on Tuesday').replace('hard to get', 'difficult to get');
    const doc = paragraphs(TITLE, FULL, BODY[0], edited, BODY[1]);
    const [finding, ...rest] = cleanText(doc, only).findings;
    expect(rest).toEqual([]);
    expect(finding?.kind).toBe('duplicate');
    expect([finding?.lines, finding?.duplicateOf?.lines].sort()).toEqual([[3, 3], [7, 7]]);
    expect(finding?.similarity).toBeGreaterThan(0.8);
    expect(finding?.similarity).toBeLessThan(1);
    expect(finding?.reason).toMatch(/\d+ ?%/);
  });

  test.each([
    ['a "(paywall)" marker', FULL.replace('this year.', 'this year. (paywall)')],
    ['a trailing "Read more"', `${FULL} Read more`],
  ])('a copy that adds only %s goes; the clean copy stays', (_what, marked) => {
    const doc = paragraphs(TITLE, FULL, BODY[0], marked, BODY[1]);
    const result = cleanText(doc, only);
    expect(findings(result)).toEqual(['7 duplicate of 3']);
  });

  test('different paragraphs on the same subject are not copies', () => {
    const other =
      'The ferry company said on Monday that it had no choice: fuel costs have doubled since the spring, and two of its four boats need repairs before the storms. It will review the timetable again in March.';
    const doc = paragraphs(TITLE, FULL, BODY[0], other, BODY[1]);
    expect(findings(cleanText(doc, only))).toEqual([]);
  });

  test('a teaser cut off with an ellipsis is never the fuller copy, though it runs into the next paragraph', () => {
    const first = 'Surf lifesavers at three beaches will use drones to spot sharks this summer as the state trials an alternative to mesh nets.';
    const second = 'The trial, which starts on December 1, will run for six months before the state decides whether to extend it to other beaches.';
    const teaser = `${first} The trial, which starts on December 1, will...`;
    const doc = paragraphs('# Drones to replace shark nets', teaser, 'Read more', first, second, BODY[0]);
    const out = cleanText(doc).text;
    expect(out).toContain(`${first}\n`);
    expect(out).toContain(second);
    expect(out).not.toContain('will...');
  });

  test("a pull quote set above the article's own line that it repeats goes; the line stays", () => {
    const said = 'You learn the river by losing things to it. I have lost two boats and a very good hat.';
    const doc = paragraphs('# The last ferryman of the Tamar', BODY[0], `> "${said}"`, BODY[1], `He laughs about it now. ${BODY[2]}`, said, BODY[3]);
    const result = cleanText(doc);
    expect(result.text).toContain(`\n${said}\n`);
    expect(result.text).not.toContain(`> "${said}"`);
    expect(findings(result).filter((f) => f.includes('duplicate'))).toEqual(['5 duplicate of 11']);
  });
});
