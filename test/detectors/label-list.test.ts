/** label-list: long lines of short title-cased phrases with no sentence structure. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const only = { only: ['label-list'] };
const TITLE = 'Life on the Harbour';

describe('label-list', () => {
  test('a category list run together on one line is labels', () => {
    const labels =
      'Arts and Culture Boats Coastal Walks Community News Ferries Fishing Food and Drink Harbour History Island Life Lighthouses Local Business Photography Schools Sea Wall Storms Tourism Weather Winter';
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], BODY[1], 'Categories', labels), only))).toEqual(['9 labels']);
  });

  test('a paragraph full of names that reads as sentences is not labels', () => {
    const names =
      'Anna Berg, Tom Hale and Maria Costa founded the Harbour Rowing Club in 1998. Today the club has sixty members, who train on the Sound every Saturday from April to October.';
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], names, BODY[1]), only))).toEqual([]);
  });
});
