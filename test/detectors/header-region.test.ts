/** header-region: the head before the article's title, when it is navigation and short lines; the title stays. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';

const TITLE = '# Life on the Harbour';
// Run with every detector: a region is judged by what the line detectors found in it.
const by = (detector: string, doc: string) =>
  cleanText(doc).findings.filter((f) => f.detector === detector).map((f) => f.lines);

describe('header-region', () => {
  test('navigation before the title goes; the title stays', () => {
    const doc = paragraphs('Harbour Times', 'Home', 'News', 'Sport', 'Weather', TITLE, BODY[0], BODY[1], BODY[2]);
    expect(by('header-region', doc)).toEqual([[1, 9]]);
    expect(cleanText(doc).text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });
});
