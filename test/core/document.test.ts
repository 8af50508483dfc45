/**
 * Blocks: each non-blank line, with its list, quote and heading markers taken off the text the
 * detectors read, and Markdown links read as their words. The line itself (`raw`) is never changed.
 */
import { describe, expect, test } from 'vitest';
import { analyse, reanalyse, resolveSettings } from '../../src/core/analysis.js';
import { joinLines, keptLines } from '../../src/core/apply.js';
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

describe('the page margin of a text browser\'s dump', () => {
  const PROSE = [
    '   The footbridge that links the two halves of the town will carry walkers',
    '   and cyclists again from Monday, the district council said on Friday.',
    '   Engineers replaced the eastern pier and strengthened the western one.',
  ];

  test('when most long lines share an indent, it is the margin: lines at it are no list items, bullets and lines indented past it still are', () => {
    const doc = parseDocument([...PROSE, '     * New lighting along the deck', '       tested over one weekend in May', 'What happens next', ''].join('\n'));
    expect(doc.margin).toBe(3);
    expect(doc.blocks.map((b) => [b.text.slice(0, 20), b.listItem])).toEqual([
      ['The footbridge that ', false],
      ['and cyclists again f', false],
      ['Engineers replaced t', false],
      ['New lighting along t', true],
      ['tested over one week', true],
      ['What happens next', false],
    ]);
  });

  test('a line indented far past the margin is centred, as a text browser centres a heading, not a list item', () => {
    const doc = parseDocument([...PROSE, '                        The stopped clocks of Ardmore Street', ''].join('\n'));
    expect(doc.blocks.at(-1)).toMatchObject({ text: 'The stopped clocks of Ardmore Street', listItem: false });
  });

  test('a few indented paragraphs in a text at the left edge make no margin; short lines are not counted', () => {
    const text = ['    An indented paragraph, as some writers set the first line of each one.', 'A paragraph at the left edge, as most of this text is written out.', 'Another paragraph at the left edge, long enough to be counted too.', ...Array(5).fill('   * Home'), ''].join('\n');
    expect(parseDocument(text).margin).toBe(0);
    expect(parseDocument(text).blocks[0]!.listItem).toBe(true);
  });

  test('the largest group of long lines makes no margin unless it holds more than half of them', () => {
    const indented = PROSE.slice(0, 2);
    const left = ['A paragraph at the left edge, as much of this text is written.', 'Another paragraph at the left edge, long enough to be counted.'];
    const deeper = ['     A paragraph indented by five spaces, as a quotation might be.'];
    expect(parseDocument([...indented, ...left.slice(0, 1), ...deeper, ''].join('\n')).margin).toBe(0);
    expect(parseDocument([...indented, ...left.slice(0, 1), ''].join('\n')).margin).toBe(3);
  });

  test('a line is centred from twelve spaces past the margin, and is then no list item', () => {
    const lines = (indent: number) => parseDocument([...PROSE, `${' '.repeat(indent)}The stopped clocks of Ardmore Street`, ''].join('\n')).blocks.at(-1)!.listItem;
    expect([lines(3 + 11), lines(3 + 12)]).toEqual([true, false]);
    const plain = parseDocument(['A paragraph at the left edge, as most of this text is written.', `${' '.repeat(11)}continued under an item`, `${' '.repeat(17)}The new deck seen from the east bank at dawn`, ''].join('\n'));
    expect(plain.margin).toBe(0);
    expect(plain.blocks.map((b) => b.listItem)).toEqual([false, true, false]);
  });

  test('spaces that pad lines out are not counted: cleaning with normalizeWhitespace keeps the margin, and cleaning twice changes nothing', () => {
    const padded = ['   The council voted to build       ', '   a library on the old depot.      ', '   Work starts in March and         ', '   should end in the autumn.        '];
    const text = ['Home | News | Sport | Weather | Letters | Contact', '', 'Library to be built on the old bus depot site', '', ...padded, '', 'The council will publish the full plans on its website next week.', ''].join('\n');
    expect(parseDocument(text).margin).toBe(0);
    const once = cleanText(text, { normalizeWhitespace: true });
    expect(cleanText(once.text, { normalizeWhitespace: true }).text).toBe(once.text);
  });

  test('when cleaning changes the margin, the output is read afresh: cleaning it again changes nothing', () => {
    // Long lines of chrome at the left edge outnumber the indented body until they go.
    const head = ['Skip to content', 'Home | News | Sport | Weather | Letters | Contact us | Advertise with us'];
    const foot = [
      'Share this: Facebook | X | Email | Print',
      'Privacy policy | Cookie policy | Terms of use | Contact the newsroom',
      '© 2025 The Lowfield Courier. All rights reserved. No part may be reproduced.',
      'Sign up for our newsletter and get the headlines in your inbox every morning',
      'Follow us on Facebook, X and Instagram for the latest news from the valley',
    ];
    const more = PROSE.map((line) => line.replace('town', 'village').replace('Engineers', 'Builders'));
    const text = [...head, '', 'Footbridge to reopen', '', ...PROSE, '', ...more, '', ...foot, ''].join('\n');
    const once = cleanText(text);
    expect([parseDocument(text).margin, parseDocument(once.text).margin]).toEqual([0, 3]);
    expect(once.text).toBe(['Footbridge to reopen', '', ...PROSE, '', ...more, ''].join('\n'));
    expect(cleanText(once.text).text).toBe(once.text);
    // The cleaner's later looks carry each kept block over; across a change of margin they must not.
    const base = analyse(text, resolveSettings());
    const kept = new Set(once.text.split('\n'));
    const removed = (b: number) => !kept.has(base.doc.blocks[b]!.raw);
    const lines = keptLines(base.doc, removed);
    expect(joinLines(base.doc, lines)).toBe(once.text);
    const again = reanalyse(base, once.text, (b) => !removed(b), lines);
    expect(again.doc.blocks.map((b) => b.listItem)).toEqual(parseDocument(once.text).blocks.map((b) => b.listItem));
  });
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
