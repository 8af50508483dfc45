/**
 * Blocks: each non-blank line, with its list, quote and heading markers taken off the text the
 * detectors read, and Markdown links read as their words. The line itself (`raw`) is never changed.
 */
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
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
