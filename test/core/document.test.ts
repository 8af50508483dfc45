/**
 * Blocks: each non-blank line, with its list, quote and heading markers taken off the text the
 * detectors read. The line itself (`raw`) is never changed.
 */
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/core/document.js';

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
