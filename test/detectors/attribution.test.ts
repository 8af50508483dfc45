/** attribution: "Source: …", "Originally published at …", "By NAME" leave the text for the metadata. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const only = { only: ['attribution'] };
const TITLE = 'Life on the Harbour';

describe('attribution', () => {
  test.each([
    ['Source:https://qz.com', { source: 'https://qz.com' }],
    ['Originally published at medium.com', { source: 'medium.com' }],
    ['This article originally appeared on The Conversation.', { source: 'The Conversation' }],
  ])('%j after the article goes to the metadata', (line, metadata) => {
    const result = cleanText(paragraphs(TITLE, BODY[0], BODY[1], line), only);
    expect(findings(result)).toEqual(['7 attribution']);
    expect(result.metadata).toMatchObject(metadata);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1]));
  });

  test('a byline under the title gives the author', () => {
    const result = cleanText(paragraphs(TITLE, 'By Isabella Steger', BODY[0], BODY[1]), only);
    expect(findings(result)).toEqual(['3 attribution']);
    expect(result.metadata.author).toBe('Isabella Steger');
  });

  test('a sentence that starts with "By" is article text', () => {
    const result = cleanText(paragraphs(TITLE, BODY[0], 'By the end of the year the plan had failed.', BODY[1]), only);
    expect(findings(result)).toEqual([]);
  });
});
