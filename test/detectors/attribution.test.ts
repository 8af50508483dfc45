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

  test("a source under a table's last row is the table's and stays; under the article it goes to the metadata", () => {
    const table = ['   Route                          2024        2025', '   Leeds to York                 £2,496      £2,611', '   Reading to London             £5,112      £5,347'].join('\n');
    const lynx = cleanText(paragraphs(TITLE, BODY[0], table, '   Source: Department for Transport', BODY[1]), only);
    expect(findings(lynx)).toEqual([]);
    expect(lynx.metadata.source).toBeUndefined();
    const markdown = cleanText(paragraphs(TITLE, BODY[0], '| Route | 2024 |\n|---|---|\n| Leeds to York | £2,496 |', 'Source: Department for Transport', BODY[1]), only);
    expect(findings(markdown)).toEqual([]);
    // Copies of a rendered page set a table's cells apart with tabs.
    const tabs = cleanText(paragraphs(TITLE, BODY[0], 'Grocer\tShare\tChange\nLindgren\t11.3\t+1.1\nMarlow Foods\t6.1\t-0.3\nSource: Till Insights', BODY[1]), only);
    expect(findings(tabs)).toEqual([]);
    // A list's number with a tab after it is no table's row.
    const listed = cleanText(paragraphs(TITLE, BODY[0], '1.\tThe road will cost £48 million.\n2.\tWork could start next spring.\nSource: Reuters', BODY[1]), only);
    expect(listed.metadata.source).toBe('Reuters');
    const article = cleanText(paragraphs(TITLE, BODY[0], BODY[1], 'Source: Reuters'), only);
    expect(article.metadata.source).toBe('Reuters');
  });

  test("a source or a writer among a box's labelled details is the box's row and stays; alone under the article it goes to the metadata", () => {
    const box = ['Title: Winter Wheat', 'Author: Anne-Marie Doucet', 'Format: Hardcover, e-book', 'Source: Review copy from the publisher', 'My rating: 4 of 5 stars'].join('\n');
    const review = cleanText(paragraphs(TITLE, box, BODY[0], BODY[1]), only);
    expect(findings(review)).toEqual([]);
    expect(review.metadata.source).toBeUndefined();
    const article = cleanText(paragraphs(TITLE, BODY[0], BODY[1], 'Source: Review copy from the publisher'), only);
    expect(article.metadata.source).toBe('Review copy from the publisher');
    // So is a writer's credit among an episode's.
    const episode = cleanText(paragraphs(TITLE, BODY[0], ['First broadcast: 5 September 2004', 'Written by: Philippa Crane', 'Directed by: Martin Osei'].join('\n'), BODY[1]), only);
    expect(findings(episode)).toEqual([]);
    expect(episode.metadata.author).toBeUndefined();
  });

  test("an event's date on its own line right over its hours stays; over the article's text it goes to the metadata", () => {
    const event = cleanText(paragraphs('# Spring Seed Swap', 'Saturday, May 12, 2007\n10:00 a.m. - 1:00 p.m.\nMain Library, Community Room', BODY[0], BODY[1]), only);
    expect(event.text).toContain('Saturday, May 12, 2007');
    const story = cleanText(paragraphs('# Spring Seed Swap', 'Saturday, May 12, 2007', BODY[0], BODY[1]), only);
    expect(story.text).not.toContain('Saturday, May 12, 2007');
  });

  test("an event's date among its other details stays; a date line alone under the title goes to the metadata", () => {
    const details = ['Date: Saturday 21 June 2025', 'Time: Doors 7pm, music 7.30pm', 'Venue: The Corn Exchange, Market Place'].join('\n');
    const event = cleanText(paragraphs(TITLE, details, BODY[0], BODY[1]), only);
    expect(findings(event)).toEqual([]);
    expect(event.metadata.date).toBeUndefined();
    const dated = cleanText(paragraphs(TITLE, 'Date: Saturday 21 June 2025', BODY[0], BODY[1]), only);
    expect(dated.metadata.date).toBe('Saturday 21 June 2025');
  });

  test('a byline under the title gives the author', () => {
    const result = cleanText(paragraphs(TITLE, 'By Isabella Steger', BODY[0], BODY[1]), only);
    expect(findings(result)).toEqual(['3 attribution']);
    expect(result.metadata.author).toBe('Isabella Steger');
  });

  test.each([
    ['Published 14 March 2024, 18:22 | Updated 15 March 2024, 08:05', '14 March 2024, 18:22'],
    ['Posted on 9 October 2022 by Tom', '9 October 2022'],
    ['Veröffentlicht am 14. Mai 2023', '14. Mai 2023'],
    ['Aug 11, 2024', 'Aug 11, 2024'],
  ])('the date line %j under the title gives the date', (line, date) => {
    const result = cleanText(paragraphs(TITLE, line, BODY[0], BODY[1]), only);
    expect(findings(result)).toEqual(['3 attribution']);
    expect(result.metadata.date).toBe(date);
    expect(result.text).toBe(paragraphs(TITLE, BODY[0], BODY[1]));
  });

  test("date lines below the first paragraph are the text's own (a diary's entries) and stay", () => {
    const input = paragraphs(TITLE, BODY[0], '12 September 2023', BODY[1], '13 September 2023', BODY[2]);
    const result = cleanText(input, only);
    expect(findings(result)).toEqual([]);
    expect(result.text).toBe(input);
    expect(result.metadata.date).toBeUndefined();
  });

  test("a diary's first entry's date above the first paragraph stays with the others; the post's own date line goes", () => {
    const input = paragraphs(TITLE, 'Mar. 9th, 2025 at 9:47 PM', 'Monday, 3 March', BODY[0], 'Tuesday, 4 March', BODY[1], 'Thursday, 6 March', BODY[2]);
    const result = cleanText(input, only);
    expect(findings(result)).toEqual(['3 attribution']);
    expect(result.metadata.date).toBe('Mar. 9th, 2025 at 9:47 PM');
    expect(result.text).toContain('Monday, 3 March');
    expect(result.skipped.map((s) => [s.lines[0], s.why])).toEqual([
      [5, 'lines like it above their own prose name 3 different dates, and the metadata holds one; they stay, so none is lost'],
    ]);
    // One dated update over a news story's last paragraph is no series: the story's date line goes.
    const updated = cleanText(paragraphs(TITLE, 'March 3, 2024', BODY[0], BODY[1], 'Update', 'March 4, 2024', BODY[2]), only);
    expect(updated.metadata.date).toBe('March 3, 2024');
    expect(findings(updated)).toEqual(['3 attribution']);
    // Dated comments under an article head their own prose too; once the thread is gone, the
    // article's date line is the only one, and goes.
    const comments = ['3 Comments', 'Ann Holt', 'March 15, 2024 at 10:02 am', BODY[3]!, 'Tom Ray', 'March 16, 2024 at 8:40 pm', BODY[4]!];
    const news = cleanText(paragraphs(TITLE, 'Published 14 March 2024', BODY[0], BODY[1], BODY[2], ...comments));
    expect(news.metadata.date).toBe('14 March 2024');
    expect(news.text).not.toContain('Published 14 March 2024');
  });

  test('a line that opens with a date and goes on is not a date line', () => {
    const input = paragraphs(TITLE, '12 September 2023 was the day everything changed', BODY[0], BODY[1]);
    expect(findings(cleanText(input, only))).toEqual([]);
  });

  test('bylines naming several authors, each above its own prose, stay: the metadata could keep only one', () => {
    const input = paragraphs(TITLE, 'By Ann Lee', BODY[0], 'By Tom Ray', BODY[1]);
    const result = cleanText(input, only);
    expect(findings(result)).toEqual([]);
    expect(result.text).toBe(input);
    expect(result.metadata.author).toBe('Ann Lee');
    expect(result.skipped.map((s) => [s.lines[0], s.why])).toEqual([
      [3, 'lines like it above their own prose name 2 different authors, and the metadata holds one; they stay, so none is lost'],
      [7, 'lines like it above their own prose name 2 different authors, and the metadata holds one; they stay, so none is lost'],
    ]);
  });

  test('one author named twice, or other names under teasers that head no prose, go as before', () => {
    const twice = cleanText(paragraphs(TITLE, 'By Ann Lee', BODY[0], 'BY ANN  LEE', BODY[1]), only);
    expect(findings(twice)).toEqual(['3 attribution', '7 attribution']);
    const teasers = cleanText(paragraphs(TITLE, 'By Ann Lee', BODY[0], BODY[1], 'Another Story', 'By Tom Ray', 'A Third Story', 'By Eva Dahl'), only);
    expect(findings(teasers)).toEqual(['3 attribution', '11 attribution', '15 attribution']);
    expect(teasers.metadata.author).toBe('Ann Lee');
  });

  test('a kept byline is not taken for the headline', () => {
    const result = cleanText(paragraphs('Harbour Notes', 'By Ann Lee', BODY[0], 'By Tom Ray', BODY[1]));
    expect(result.metadata).toMatchObject({ title: 'Harbour Notes', author: 'Ann Lee' });
  });

  test('a byline held back on the first look and removed on a later one is reported once, as removed', () => {
    // The prose under "By Tom Ray" repeats the first piece; once it goes, that byline heads nothing.
    const result = cleanText(paragraphs(TITLE, 'By Ann Lee', BODY[0], 'By Tom Ray', BODY[0], 'By Eva Dahl', BODY[2]));
    expect(findings(result)).toEqual(['7 attribution', '9 duplicate of 5']);
    expect(result.skipped.filter((s) => s.detector === 'attribution').map((s) => s.lines[0])).toEqual([3, 11]);
  });

  test('a sentence that starts with "By" is article text', () => {
    const result = cleanText(paragraphs(TITLE, BODY[0], 'By the end of the year the plan had failed.', BODY[1]), only);
    expect(findings(result)).toEqual([]);
  });

  test('a name with a job under the headline is the byline; under an editorial it is the signature, and stays', () => {
    const top = paragraphs('# Ferry fares to rise', 'Patrick Aldous Housing correspondent', BODY[0], BODY[1]);
    const result = cleanText(top);
    expect(result.metadata.author).toBe('Patrick Aldous');
    expect(result.text).not.toContain('Housing correspondent');
    const signed = paragraphs('# Why we back the new harbour', BODY[0], BODY[1], 'Sheila M. Averbuch, Editor');
    expect(cleanText(signed).text).toContain('Sheila M. Averbuch, Editor');
  });
});
