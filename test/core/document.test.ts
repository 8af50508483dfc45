/**
 * Blocks: each non-blank line, with its list, quote and heading markers taken off the text the
 * detectors read, and Markdown links read as their words. The line itself (`raw`) is never changed.
 */
import { expect, test } from 'vitest';
import { parseDocument, wrappedParagraphs } from '../../src/core/document.js';
import { cleanText } from '../../src/index.js';

const blocksOf = (text: string) => parseDocument(text).blocks.map(({ raw, text, heading, listItem }) => ({ raw, text, heading, listItem }));

test('markers come off the text: a heading, a list item, a quote', () => {
  expect(blocksOf('## Title ##\n* Item\n12. Step\n> Quoted\n')).toEqual([
    { raw: '## Title ##', text: 'Title', heading: 2, listItem: false },
    { raw: '* Item', text: 'Item', heading: 0, listItem: true },
    { raw: '12. Step', text: 'Step', heading: 0, listItem: true },
    { raw: '> Quoted', text: 'Quoted', heading: 0, listItem: false },
  ]);
});

test('every marker of a nested list comes off, and a heading inside a list item is not an article heading', () => {
  expect(blocksOf('  *   * Share\n  *   *   * Link Copied\n  * ### Recent Posts\n')).toEqual([
    { raw: '  *   * Share', text: 'Share', heading: 0, listItem: true },
    { raw: '  *   *   * Link Copied', text: 'Link Copied', heading: 0, listItem: true },
    { raw: '  * ### Recent Posts', text: 'Recent Posts', heading: 0, listItem: true },
  ]);
});

test('an indented line counts as a list item (converters indent what continues one); a line without words keeps what is left', () => {
  expect(blocksOf('    continued here\n* * *\n#hashtag\n')).toEqual([
    { raw: '    continued here', text: 'continued here', heading: 0, listItem: true },
    { raw: '* * *', text: '*', heading: 0, listItem: true },
    { raw: '#hashtag', text: '#hashtag', heading: 0, listItem: false },
  ]);
});

test('a Markdown link reads as its words; a picture stays a picture; a link without words keeps its form', () => {
  expect(blocksOf('  * [Share on Facebook](https://example.com/share?u=1)\nBy [Marisa Quintero](https://example.com/a/mq "Author")\n![A bridge](https://example.com/b.jpg)\n[![Logo](/logo.svg)](/)\n[![](/t.jpg) The council voted to keep it open.](/x)\n[](https://example.com/x)\n')).toEqual([
    { raw: '  * [Share on Facebook](https://example.com/share?u=1)', text: 'Share on Facebook', heading: 0, listItem: true },
    { raw: 'By [Marisa Quintero](https://example.com/a/mq "Author")', text: 'By Marisa Quintero', heading: 0, listItem: false },
    { raw: '![A bridge](https://example.com/b.jpg)', text: '![A bridge](https://example.com/b.jpg)', heading: 0, listItem: false },
    { raw: '[![Logo](/logo.svg)](/)', text: '![Logo](/logo.svg)', heading: 0, listItem: false },
    { raw: '[![](/t.jpg) The council voted to keep it open.](/x)', text: '![](/t.jpg) The council voted to keep it open.', heading: 0, listItem: false },
    { raw: '[](https://example.com/x)', text: '[](https://example.com/x)', heading: 0, listItem: false },
  ]);
});

test('with Markdown links read as words, a linked byline goes to the metadata and a linked share row goes; the text keeps the links', () => {
  const doc = ['# Harbour works finish early', '', 'By [Marisa Quintero](https://example.com/a/mq)', '', 'The harbour wall was finished a month early, the council said on Tuesday, and the slipway opens to boats next week.', '', 'Work began in March and cost less than the budget set for it by the council two years ago.', '', '[Share on Facebook](https://example.com/s) [Tweet](https://example.com/t)', ''].join('\n');
  const result = cleanText(doc);
  expect(result.metadata.author).toBe('Marisa Quintero');
  expect(result.text).not.toContain('Share on Facebook');
  expect(result.text).toContain('The harbour wall was finished a month early');
});

test('a link as lynx numbers it reads as its words; a footnote mark after a word stays', () => {
  expect(parseDocument('[13]Share on Facebook [14]Email\nAs the report says[3] and [4] more\n').blocks.map((b) => b.text)).toEqual([
    'Share on Facebook Email',
    'As the report says[3] and [4] more',
  ]);
});

test('an indent marks a list item, unless the whole text is indented (lynx indents every paragraph)', () => {
  const listed = parseDocument('Intro line of the piece\n  continued item\n* Item\nLast line\n').blocks.map((b) => b.listItem);
  expect(listed).toEqual([false, true, true, false]);
  const indented = parseDocument('Title\n   First paragraph\n   Second paragraph\n     * An item\n').blocks.map((b) => b.listItem);
  expect(indented).toEqual([false, false, false, true]);
});

// Paragraphs of a hard-wrapped text, each line but the last wrapped at 72 columns or so.
const WRAPPED = [
  'The ferry to the island will stop running in the evenings from October, the',
  'operator said on Thursday, because one of its two boats is going to dry dock',
  'for eleven weeks of engine work.',
  '',
  'Islanders who work on the mainland said the change would leave them with no',
  'way home after a late shift, and asked the council to pay for a water taxi',
  'on weekday nights until the second boat is back in service in January.',
  '',
  'The council said it would look at the cost of a taxi and report back to the',
  'community council at its next meeting, which is on the fourth of November.',
  '',
  'Shops on the island expect a quiet winter. The baker said she would close at',
  'four instead of six, as there would be nobody to sell to after the last boat',
  'had gone, and the pub will stop serving food on Mondays and Tuesdays.',
  '',
  'The operator apologised for the short notice and said the full timetable',
  'would be on its website and on the notice board at the pier by next week.',
].join('\n');

test('the lines of hard-wrapped paragraphs are found as paragraphs', () => {
  const doc = parseDocument(`Ferry cuts\n\n${WRAPPED}\n`);
  expect([...wrappedParagraphs(doc)]).toEqual([-1, 1, 1, 1, 4, 4, 4, 7, 7, 9, 9, 9, 12, 12]);
});

test('a text written a paragraph a line, or a poem of short lines, has no wrapped paragraphs', () => {
  const unwrapped = WRAPPED.split('\n\n').map((p) => p.replace(/\n/g, ' ')).join('\n');
  expect([...wrappedParagraphs(parseDocument(unwrapped))].every((p) => p === -1)).toBe(true);
  const poem = ['The tide comes in across the bar', 'and lifts the boats that wait for it,', 'the gulls go quiet, one by one,', 'the harbour lamps are lit.'].join('\n');
  expect([...wrappedParagraphs(parseDocument(`${poem}\n\n${poem}\n`))].every((p) => p === -1)).toBe(true);
});
