/** What each option of cleanText promises, on the seed and on small made-up articles. */
import { describe, expect, test } from 'vitest';
import { cleanText, type PhraseRule } from '../../src/index.js';
import { readDocFixture } from '../support/corpus.js';
import { findings } from '../support/findings.js';

const seed = readDocFixture('seed-blogger-mongolia').input;
const firstParagraph = seed.split('\n')[2]!;

const PARAGRAPHS: Record<string, string> = {
  harbour:
    'The harbour has been part of the town for as long as anyone can remember, and the fishermen who still work from it say that the catch has changed more than the boats.',
  bakery:
    'On the corner of the square, a bakery opens before dawn; its owner learnt the trade from her grandfather and still bakes the rye loaves he sold in the fifties.',
  school:
    'Children from three villages come to the school by bus, which is why the timetable of the whole valley bends around the first bell at a quarter past eight.',
};
const paragraph = (topic: string) => PARAGRAPHS[topic]!;

describe('cleanText options', () => {
  test('only runs just the detectors named', () => {
    const result = cleanText(seed, { only: ['attribution'] });
    expect(findings(result)).toEqual(['16 attribution']);
    expect(result.metadata.source).toBe('https://qz.com');
  });

  test('disable turns detectors off', () => {
    const result = cleanText(seed, { disable: ['duplicate-block', 'near-duplicate'] });
    expect(result.findings.filter((f) => f.kind === 'duplicate')).toEqual([]);
    expect(result.text.split(firstParagraph).length - 1).toBe(2);
  });

  test('an unknown detector or language is refused, naming the known ones', () => {
    expect(() => cleanText(seed, { disable: ['no-such-detector'] })).toThrow(/unknown detector "no-such-detector".*duplicate-block/);
    expect(() => cleanText(seed, { only: ['no-such-detector'] })).toThrow(RangeError);
    expect(() => cleanText(seed, { languages: ['xx'] })).toThrow(/unknown language xx/);
  });

  test('keepAttribution keeps the line, the metadata still has it, and the finding is skipped with why', () => {
    const result = cleanText(seed, { keepAttribution: true });
    expect(result.text).toContain('\nSource:https://qz.com\n');
    expect(result.metadata.source).toBe('https://qz.com');
    expect(result.skipped.filter((s) => s.kind === 'attribution').map((s) => s.lines)).toEqual([[16, 16]]);
    expect(result.skipped.find((s) => s.kind === 'attribution')?.why).toMatch(/keepAttribution/);
  });

  test('minDuplicateChars sets how long a repeated paragraph must be to count as a copy', () => {
    const refrain = 'The ferry leaves at noon every day.';
    const doc = ['The Harbour Town', '', paragraph('harbour'), '', refrain, '', paragraph('bakery'), '', refrain, '', paragraph('school'), ''].join('\n');
    expect(cleanText(doc).text).toBe(doc);
    expect(findings(cleanText(doc, { minDuplicateChars: 20 }))).toEqual(['9 duplicate of 5']);
  });

  test('extra phrase rules are checked after the built-in ones', () => {
    const rule: PhraseRule = {
      id: 'acme-promo',
      kind: 'boilerplate',
      lang: '*',
      pattern: /^buy acme anvils today!$/i,
      description: 'an Acme promotion',
      examples: ['Buy Acme anvils today!'],
    };
    const doc = ['The Harbour Town', '', paragraph('harbour'), '', 'Buy Acme anvils today!', '', paragraph('bakery'), ''].join('\n');
    expect(cleanText(doc).text).toBe(doc);
    const result = cleanText(doc, { rules: [rule] });
    expect(result.findings.map((f) => [f.lines, f.rule])).toEqual([[[5, 5], 'acme-promo']]);
    expect(result.text).toBe(['The Harbour Town', '', paragraph('harbour'), '', paragraph('bakery'), ''].join('\n'));
  });

  test('a languages or rules array changed between calls is read again', () => {
    const lines = ['Folgen Sie uns auf Facebook', 'Buy Acme anvils today!'];
    const doc = ['The Harbour Town', '', paragraph('harbour'), '', lines[0], '', lines[1], '', paragraph('bakery'), ''].join('\n');
    const removed = (options: Parameters<typeof cleanText>[1]) => {
      const kept = cleanText(doc, options).text.split('\n');
      return lines.filter((line) => !kept.includes(line!));
    };
    const languages = ['en'];
    expect(removed({ languages })).toEqual([]);
    languages.push('de');
    expect(removed({ languages })).toEqual(['Folgen Sie uns auf Facebook']);

    const rule = (id: string, pattern: RegExp): PhraseRule => ({ id, kind: 'boilerplate', lang: '*', pattern, description: id, examples: [] });
    const rules = [rule('acme-promo', /^buy acme anvils today!$/i)];
    expect(removed({ languages: ['en'], rules })).toEqual(['Buy Acme anvils today!']);
    rules.push(rule('follow-de', /^folgen sie uns auf facebook$/i));
    expect(removed({ languages: ['en'], rules })).toEqual(lines);
    rules[0] = rule('acme-other', /^buy acme rockets today!$/i);
    expect(removed({ languages: ['en'], rules })).toEqual(['Folgen Sie uns auf Facebook']);
  });

  test('whitespace is kept as it came unless normalizeWhitespace is set', () => {
    const doc = `The Harbour Town  \n\n${paragraph('harbour')} \n\n\n\n${paragraph('bakery')}\n`;
    expect(cleanText(doc).text).toBe(doc);
    expect(cleanText(doc, { normalizeWhitespace: true }).text).toBe(`The Harbour Town\n\n${paragraph('harbour')}\n\n${paragraph('bakery')}\n`);
  });

  test.each(['', '\n', '  \n\n', '\uFEFF'])('%j comes back as it came, with nothing found', (doc) => {
    const result = cleanText(doc);
    expect(result.text).toBe(doc);
    expect(result.findings).toEqual([]);
  });
});
