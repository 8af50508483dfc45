/** menu: navigation written on one line, items joined by separators. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const only = { only: ['menu'] };
const TITLE = 'Life on the Harbour';

describe('menu', () => {
  test.each(['Home | About | Contact', 'Home · News · Sport · Weather · Jobs', 'News / Harbour / Ferries / Events', 'Send Flowers  Light a Candle  Share'])('%j is a menu', (menu) => {
    expect(findings(cleanText(paragraphs(menu, TITLE, BODY[0], BODY[1]), only))).toEqual(['1 menu']);
  });

  test('a sentence with a separator in it is not a menu', () => {
    const line = 'The vote was close: 312 for | 298 against, with the rest of the town either abstaining or away on the mainland that week.';
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], line, BODY[1]), only))).toEqual([]);
  });

  test("a table's header row, with rows of figures under it, is not a menu; the same row alone is", () => {
    const table = ['Team | P | W | D | L | Pts', 'Harbour Town | 28 | 19 | 5 | 4 | 62', 'Crookfield | 27 | 19 | 4 | 4 | 61'].join('\n');
    const input = paragraphs(TITLE, BODY[0], table, BODY[1]);
    expect(findings(cleanText(input, only))).toEqual([]);
    expect(cleanText(input).text).toBe(input);
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], 'Team | Fixtures | Results | Tables', BODY[1]), only))).toEqual(['5 menu']);
  });

  test('a row of a table drawn with rule lines, as text browsers draw it, is not a menu', () => {
    const rule = '+-------------+-----------+-----------+';
    const table = [rule, '| Depart      | Braeport  | Skerrow   |', rule, '| Skerrow     | -         | 07:00     |', rule].join('\n');
    const input = paragraphs(TITLE, BODY[0], table, BODY[1]);
    expect(findings(cleanText(input, only))).toEqual([]);
    const pipes = ['| Depart | Braeport | Skerrow |', '|--------|----------|---------|', '| Skerrow | - | 07:00 |'].join('\n');
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], pipes, BODY[1]), only))).toEqual([]);
  });

  test('words a sentence spaces twice are not a menu', () => {
    const line = 'The ferry was late again.  Nobody on the quay was surprised, and the café did a good trade in the meantime.';
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], line, BODY[1]), only))).toEqual([]);
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], 'Ferry  timetable', BODY[1]), only))).toEqual([]);
  });

  test('rows of a table a text browser spaces out, and a line of a poem spaced so, are not menus', () => {
    const table = ['Flour    two cups    sifted', 'Butter    half a cup    soft', 'Sugar    one cup    caster'];
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], ...table, BODY[1]), only))).toEqual([]);
    expect(findings(cleanText(paragraphs(TITLE, BODY[0], 'the sea  the sky  the shore', BODY[1]), only))).toEqual([]);
  });
});
