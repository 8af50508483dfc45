/**
 * Phrase rules are tried only on lines that can match them: the first character of the line picks
 * the rules whose matches can begin with it, and rules whose matches begin with a long run of any
 * characters are tried only on lines holding a text all their matches hold. The index may try a
 * rule that fails; it must never skip one that matches.
 */
import { describe, expect, test } from 'vitest';
import { analyse, resolveSettings } from '../../src/core/analysis.js';
import type { PhraseRule } from '../../src/core/types.js';
import { ANY_CHAR, matchRules, patternPrint, readPattern, storeShape, type StoredEntry } from '../../src/detectors/phrase-rules.js';
import storedShapes from '../../src/detectors/rules/shapes.json' with { type: 'json' };
import { builtinRules } from '../../src/index.js';

function ruleOf(pattern: RegExp): PhraseRule {
  return { id: 'test-rule', kind: 'boilerplate', lang: '*', pattern, description: 'a test rule', maxChars: 1000, examples: [] };
}

/** The lines of `text` that `rule` is found on, through the index. */
function hitLines(rule: PhraseRule, text: string): string[] {
  const analysis = analyse(text, resolveSettings({ rules: [rule] }));
  return matchRules(analysis, [rule]).map((hit) => analysis.doc.blocks[hit.block]!.text);
}

describe('the first-character index', () => {
  // Each example as written, in capitals, and with the two characters that Unicode case folding
  // takes for ASCII letters (ſ for s, the Kelvin sign for k).
  const variants = (line: string) => [line, line.toUpperCase(), line.replace(/s/g, '\u017f').replace(/k/g, '\u212a')];

  test.each(builtinRules.map((r) => [r.id, r] as const))('finds every line %s matches', (_id, rule) => {
    const lines = rule.examples.flatMap(variants).filter((line) => rule.pattern.test(line));
    expect(lines.length).toBeGreaterThan(0);
    expect(hitLines(rule, lines.join('\n'))).toEqual(lines);
  });

  test('a rule the reader cannot follow is tried on every line', () => {
    const rule = ruleOf(/^(\w+) and \1$/i);
    expect(hitLines(rule, 'Body text here.\nMore and more\nless and MORE\n')).toEqual(['More and more']);
  });

  test('a rule whose matches may begin with any run of characters that holds no known text is tried on every line', () => {
    // readPattern knows no text that every match of \w+ holds: such a rule has no search to filter by.
    for (const pattern of [/^\w+$/, /^[\p{Lu}\s]+$/u, /^(?:\w+|home)$/i]) {
      expect(readPattern(pattern.source)?.wild).toContain(undefined);
      expect(hitLines(ruleOf(pattern), 'Body text here.\nHOME\nfoo\n')).toEqual(['HOME', 'foo'].filter((line) => pattern.test(line)));
    }
  });

  test('a rule changed in place is indexed anew when it comes in a new list', () => {
    const rule: PhraseRule = { ...ruleOf(/^.{0,40}sponsored.{0,40}$/i), needs: ['zzz'] };
    expect(hitLines(rule, 'Body text here.\nSponsored feature\n')).toEqual([]);
    rule.needs = ['feature'];
    expect(hitLines(rule, 'Body text here.\nSponsored feature\n')).toEqual(['Sponsored feature']);
    delete rule.needs;
    expect(hitLines(rule, 'Body text here.\nSponsored feature\n')).toEqual(['Sponsored feature']);
  });

  test('a rule that can match nothing but runs to the end of the line is found on the lines it matches', () => {
    const rule = ruleOf(/^(?:newer posts?\s*)?(?:home)?$/i);
    // A lone list marker leaves a line with no text, which the pattern matches. (A quoted line is
    // never tried: it quotes chrome, it is not the page's.)
    expect(hitLines(rule, 'Body text here.\nNewer Post Home\n* \nHOME\nHome is here.\n')).toEqual(['Newer Post Home', '', 'HOME']);
    const nonEmpty = ruleOf(/^(?=.)(?:newer posts?\s*)?(?:home)?$/i);
    expect(hitLines(nonEmpty, 'Body text here.\nNewer Post Home\n* \nHOME\nHome is here.\n')).toEqual(['Newer Post Home', 'HOME']);
  });

  test('a rule beginning with a cased letter beyond ASCII is indexed and found in either case', () => {
    const rule = ruleOf(/^(?:поделиться|σχόλια|čtěte také)$/iu);
    expect(readPattern(rule.pattern.source)?.firsts).toEqual(new Set(['п', 'σ', 'č']));
    expect(hitLines(rule, 'Body text here.\nПОДЕЛИТЬСЯ\nПоделиться\nΣΧΌΛΙΑ\nΣχόλια\nČtěte také\nБольше\n')).toEqual(['ПОДЕЛИТЬСЯ', 'Поделиться', 'ΣΧΌΛΙΑ', 'Σχόλια', 'Čtěte také']);
  });

  test('a match that may begin with a name inside a group still needs what the rest of the pattern needs', () => {
    const shape = readPattern(String.raw`^(?:\p{Lu}\p{L}+\s+)?\d{1,2} (?:march|april) \d{4}$`);
    expect(shape?.wild).toEqual([['march', 'april']]);
    expect(readPattern(String.raw`^(?:\p{Lu}\p{L}+\s+)?\d{1,2}/\d{4}$`)?.wild).toEqual([[...'0123456789']]);
  });

  test('a rule that can match nothing anywhere is tried on every line', () => {
    const rule = ruleOf(/^(?:home)?/i);
    expect(hitLines(rule, 'Body text here.\nHome\n')).toEqual(['Body text here.', 'Home']);
  });

  test('a rule that is not anchored is tried on every line', () => {
    const rule = ruleOf(/advertisement$/i);
    expect(hitLines(rule, 'An advertisement\nSponsored advertisement\n')).toEqual(['An advertisement', 'Sponsored advertisement']);
  });
});

describe('readPattern', () => {
  test('fixed text at the start gives the first characters', () => {
    expect(readPattern('^(?:share|tweet)(?: this)?:?$')).toMatchObject({ firsts: new Set(['s', 't']), wild: [], nullable: false });
  });

  test('and the first two, for a finer index', () => {
    expect(readPattern('^(?:share|tweet|a|b\\d+)(?: this)?:?$')).toMatchObject({
      heads: new Set(['sh', 'tw', 'a ', 'a:', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']),
      ones: new Set(['a']),
    });
    // A second character that may be any of many.
    expect(readPattern('^x.{0,5}$')?.heads).toEqual(new Set([`x${ANY_CHAR}`]));
  });

  test('optional groups add what follows them', () => {
    expect(readPattern('^(?:read )?more$')?.firsts).toEqual(new Set(['r', 'm']));
  });

  test('classes and digits give their members', () => {
    expect(readPattern('^(?:\\d+|no) comments?:$')?.firsts).toEqual(new Set([...'0123456789', 'n']));
    expect(readPattern('^[Bb]y [A-Z]\\w+$')?.firsts).toEqual(new Set(['b']));
  });

  test('a run of any characters at the start leaves only the fixed text every match holds', () => {
    expect(readPattern('^(?:copyright \\d{4}|.{0,200}\\ball rights reserved\\b.{0,80})$')).toMatchObject({
      firsts: new Set(['c']),
      wild: [['all right']], // s is not case-safe (ſ), so the fixed text stops before it
      nullable: false,
    });
  });

  test('a pattern that can match nothing is marked so', () => {
    expect(readPattern('^(?:newer posts?)?(?:home)?$')?.nullable).toBe(true);
  });

  test('a pattern whose every match runs to the end of the line is marked so', () => {
    expect(readPattern('^(?:newer posts?)?(?:home)?$')?.wholeLine).toBe(true);
    expect(readPattern('^(?:share|tweet)(?:this$|that$)')?.wholeLine).toBe(true);
    expect(readPattern('^(?:newer posts?)?(?:home)?')?.wholeLine).toBe(false);
    expect(readPattern('^(?:share$|tweet)')?.wholeLine).toBe(false);
    expect(readPattern('^share$?')?.wholeLine).toBe(false);
  });

  test('a back reference is not read', () => {
    expect(readPattern('^(\\w+) \\1$')).toBeUndefined();
  });
});

describe('rules/shapes.json, the stored shapes of the built-in rules', () => {
  const stored = storedShapes.rules as Record<string, StoredEntry>;

  test.each(builtinRules.map((r) => [r.id, r] as const))('holds what readPattern reads of %s (npm run rules:shapes makes it again)', (_id, rule) => {
    const source = rule.pattern.source;
    expect(stored[rule.id]).toEqual({ pattern: patternPrint(rule.pattern), shape: storeShape(source.startsWith('^') ? readPattern(source) : undefined) });
  });

  test('holds no rule that is gone', () => {
    expect(Object.keys(stored).sort()).toEqual(builtinRules.map((r) => r.id).sort());
  });

  test('a rule whose pattern is not the one the file was made from is read afresh, so it still matches', () => {
    const share = builtinRules.find((r) => r.id === 'share-buttons')!;
    // The same id with another pattern: the stored shape (lines beginning "sh", "tw", ...) would skip this line.
    const changed: PhraseRule = { ...share, pattern: /^zebra crossing$/i };
    expect(patternPrint(changed.pattern)).not.toBe(stored[share.id]!.pattern);
    expect(hitLines(changed, 'Body text here.\nZebra crossing\n')).toEqual(['Zebra crossing']);
  });
});
