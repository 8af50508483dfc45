/** chrome-run: short lines caught between two chrome lines, such as a widget's items. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const TITLE = '# Life on the Harbour';
// Run with every detector: a region is judged by what the line detectors found in it.
const by = (detector: string, doc: string) =>
  cleanText(doc).findings.filter((f) => f.detector === detector).map((f) => f.lines);

describe('chrome-run', () => {
  test('short lines between two chrome lines are chrome', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], 'Popular Posts', 'Ferry strike ends', 'New bakery opens', 'Blog Archive', BODY[2], BODY[3]);
    const result = cleanText(doc);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2], BODY[3]));
    expect(by('chrome-run', doc)).toEqual([[9, 11]]);
  });
});
