import { describe, expect, it } from 'vitest';
import { backtrackingDanger, loadRules } from '../../src/core/load-rules.js';

const rule = (overrides: Record<string, unknown> = {}) => ({
  id: 'my-footer',
  kind: 'boilerplate',
  lang: 'en',
  pattern: '^Thanks for reading!?$',
  description: 'our sign-off',
  examples: ['Thanks for reading!'],
  ...overrides,
});
const load = (...rules: unknown[]) => loadRules(JSON.stringify(rules));

describe('loadRules', () => {
  it('turns a table entry into a PhraseRule with a compiled pattern', () => {
    const [loaded] = loadRules(JSON.stringify({ rules: [rule({ flags: 'i', counterexamples: ['Thanks for nothing'] })] }));
    expect(loaded).toMatchObject({ id: 'my-footer', kind: 'boilerplate', lang: 'en', examples: ['Thanks for reading!'] });
    expect(loaded!.pattern.test('THANKS FOR READING')).toBe(true);
  });
  it('keeps a rule\'s longest line', () => {
    expect(load(rule({ maxChars: 400 }))[0]!.maxChars).toBe(400);
  });
  it('keeps the texts every line the rule matches holds', () => {
    expect(load(rule({ needs: ['reading'] }))[0]!.needs).toEqual(['reading']);
  });
  it('reads an attribution rule with a capture group for its field', () => {
    const [loaded] = load(rule({ kind: 'attribution', pattern: '^Via (\\S+)$', examples: ['Via example.org'], field: 'source' }));
    expect(loaded!.field).toBe('source');
  });
  it('reads whether the rule\'s lines also stand inside articles', () => {
    expect(load(rule({ inArticle: true }))[0]!.inArticle).toBe(true);
    expect(load(rule({ inArticle: false }))[0]!).not.toHaveProperty('inArticle');
    expect(load(rule({ aboveBody: true }))[0]!.aboveBody).toBe(true);
    expect(load(rule({ aboveBody: false }))[0]!).not.toHaveProperty('aboveBody');
  });
  it.each([
    [rule({ inArticle: 'yes' }), '"inArticle" must be true or false'],
    [rule({ aboveBody: 1 }), '"aboveBody" must be true or false'],
    [rule({ id: 'Bad Id' }), 'rule "Bad Id": "id" must be kebab-case'],
    [rule({ kind: 'duplicate' }), 'rule "my-footer": "kind" must be one of boilerplate, attribution, labels, menu'],
    [rule({ lang: 'English' }), '"lang" must be a language code'],
    [rule({ flags: 'g' }), '"flags" may only hold i, u and s'],
    [rule({ pattern: '^(unclosed' }), '"pattern" is not a valid regular expression'],
    [rule({ examples: [] }), '"examples" must be a non-empty list'],
    [rule({ examples: ['Thanks for writing'] }), 'example "Thanks for writing" does not match'],
    [rule({ counterexamples: ['Thanks for reading'] }), 'counterexample "Thanks for reading" matches'],
    [rule({ field: 'source' }), '"field" is only for attribution rules'],
    [rule({ kind: 'attribution', field: 'source' }), '"field" needs a capture group'],
    [rule({ colour: 'red' }), 'unknown key "colour"'],
    [rule({ maxChars: 0 }), '"maxChars" must be a whole number of at least 1'],
    [rule({ needs: [] }), '"needs" must be a list of texts, none empty'],
    [rule({ needs: ['reading', ''] }), '"needs" must be a list of texts, none empty'],
    [rule({ needs: ['writing'] }), 'example "Thanks for reading!" holds none of "needs"'],
    [rule({ pattern: '^(\\w+\\s?)+$', examples: ['a b'] }), 'could run for ages on a long line: a repeat inside a repeat'],
    // Letters beyond the sample alphabet overlap too, and a lookahead is no shelter for what it holds.
    [rule({ pattern: '^(ก+)+$', examples: ['กก'] }), 'could run for ages on a long line: a repeat inside a repeat'],
    [rule({ pattern: '^(?=.*a.*a.*b)a', examples: ['aab'] }), 'could run for ages on a long line: two repeats compete'],
  ])('refuses a bad rule: %#', (entry, message) => {
    expect(() => load(entry)).toThrow(message);
  });
  it('refuses a duplicate id, also against the built-in ids', () => {
    expect(() => load(rule(), rule())).toThrow('rule "my-footer": the id is already used');
    expect(() => loadRules(JSON.stringify([rule()]), ['my-footer'])).toThrow('the id is already used');
  });
  it('refuses a file that is not a list of rules', () => {
    expect(() => loadRules('{}')).toThrow('expected an array of rules');
    expect(() => loadRules('nope')).toThrow(/^not valid JSON/);
  });
});

describe('backtrackingDanger', () => {
  it.each([
    '^Thanks for reading!?$',
    '^Posted in .+ Tagged .+$',
    '^\\s*(?:share|follow)\\s+(?:us|this)\\b.*$',
    '^(?:Home|About|Contact)(?: \\| (?:Home|About|Contact))*$',
    'Powered by Blogger\\.?',
    '©.*',
    '^[^:]*:\\s*\\d+ comments?$',
    '^(?:a|b)+$',
    '^Source:\\s*(\\S+)$',
    '^By ([\\p{Lu}][\\p{L}.\'-]+(?: [\\p{Lu}][\\p{L}.\'-]+){0,3})$',
  ])('accepts %s', (pattern) => {
    expect(backtrackingDanger(pattern, 'iu')).toBeUndefined();
  });
  it.each([
    ['^(a+)+$', 'a repeat inside a repeat'],
    ['(a+)+$', 'unanchored'],
    ['^(\\w+\\s?)*$', 'a repeat inside a repeat'],
    ['^(a|ab)+$', 'alternatives inside a repeat'],
    ['^(?:\\w|\\d)+!$', 'alternatives inside a repeat'],
    ['^.*a.*b$', 'two repeats compete'],
    ['^\\s*.*\\s*:$', 'two repeats compete'],
    ['.*foo', 'unanchored'],
    ['a[^b]*b', 'unanchored with a repeat inside'],
    ['^.*a[^b]*b', 'a repeat after a repeat'],
    ['^(a)\\1$', 'backreference'],
  ])('refuses %s', (pattern, why) => {
    expect(backtrackingDanger(pattern, '')).toContain(why);
  });
  it('accepts bounded repeats that compete, up to a limit of splits', () => {
    expect(backtrackingDanger('^.{0,200}all rights reserved.{0,80}$', 'i')).toBeUndefined();
    expect(backtrackingDanger('^.{0,900}a.{0,900}b.{0,900}c$', '')).toContain('bounded repeats that compete');
  });
  it('judges each alternative on its own', () => {
    expect(backtrackingDanger('^(?:\\s*.{0,200}|copyright\\s+\\d{4}.*)$', 'i')).toBeUndefined();
  });
});
