/** comment-thread: reader comments after the article, from where they begin to the end. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const TITLE = '# Life on the Harbour';
const THREAD = [
  '3 Comments',
  'Anna says:',
  'March 3, 2012 at 10:15 am',
  'Lovely piece. I grew up near that harbour and the bakery was always the first place we went after school.',
  'Reply',
  'Tom says:',
  'March 4, 2012 at 9:02 pm',
  'The ferry timetable has been a scandal for years; nobody on the council takes the boat.',
  'Reply',
];

describe('comment-thread', () => {
  test('a thread after the article goes, from its heading to the end', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...THREAD);
    const result = cleanText(doc, { only: ['comment-thread'] });
    expect(findings(result)).toEqual(['9-25 comments']);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1], BODY[2]));
  });

  test('keepComments keeps what the readers wrote, and says the thread finding was not applied', () => {
    const doc = paragraphs(TITLE, BODY[0], BODY[1], BODY[2], ...THREAD);
    const result = cleanText(doc, { keepComments: true });
    for (const comment of [THREAD[3]!, THREAD[7]!]) expect(result.text).toContain(comment);
    expect(result.skipped.filter((s) => s.kind === 'comments').map((s) => [s.lines, s.why])).toEqual([[[9, 25], expect.stringMatching(/keepComments/)]]);
  });

  test('an article that talks about comments has no thread', () => {
    const doc = paragraphs(
      TITLE,
      BODY[0],
      'Comments at the meeting were mostly about the ferry. Anna said the timetable was a scandal, and Tom replied that nobody on the council takes the boat anyway.',
      BODY[1],
    );
    expect(findings(cleanText(doc, { only: ['comment-thread'] }))).toEqual([]);
  });
});
