import { describe, expect, it } from 'vitest';
import { applySplices, locateMembers, objectProblem, parseProblem } from '../../src/io/jsonl.js';

/** The text of each located value, by key. */
function located(line: string, keys: string[]): Record<string, string> {
  const { values } = locateMembers(line, keys);
  return Object.fromEntries([...values].map(([key, span]) => [key, line.slice(span.start, span.end)]));
}

describe('locateMembers', () => {
  it('finds top-level values, not ones nested in objects, arrays or strings', () => {
    const line = '{"a":{"text":"inner"},"b":["text",{"text":1}],"c":"\\"text\\":2","text":"outer","d":-1.5e3}';
    expect(located(line, ['text', 'd'])).toEqual({ text: '"outer"', d: '-1.5e3' });
  });
  it('takes the last of a repeated key, as JSON.parse does', () => {
    expect(located('{"text":"first","text":"second"}', ['text'])).toEqual({ text: '"second"' });
  });
  it('compares keys after decoding their escapes', () => {
    expect(located('{"t\\u0065xt":"escaped key"}', ['text'])).toEqual({ text: '"escaped key"' });
  });
  it('reads strings that end in escaped backslashes and quotes', () => {
    expect(located('{"a":"x\\\\","text":"say \\"hi\\"\\\\"}', ['text'])).toEqual({ text: '"say \\"hi\\"\\\\"' });
  });
  it('copes with spaces anywhere JSON allows them', () => {
    const line = ' { "text" : "t" , "n" : 1 } \r';
    expect(located(line, ['text', 'n'])).toEqual({ text: '"t"', n: '1' });
    expect(line.slice(0, locateMembers(line, []).appendAt)).toBe(' { "text" : "t" , "n" : 1');
  });
  it('appends after the last value, before any closing space', () => {
    const line = '{"text":"t","n":[1,{"x":"}"}]}';
    const { appendAt } = locateMembers(line, []);
    expect(applySplices(line, [{ span: { start: appendAt, end: appendAt }, text: ',"m":0' }])).toBe('{"text":"t","n":[1,{"x":"}"}],"m":0}');
  });
});

describe('applySplices', () => {
  it('replaces spans given in any order and leaves the rest byte for byte', () => {
    expect(applySplices('{"a":1.0,"text":"old","b":"\\u00e9"}', [{ span: { start: 34, end: 34 }, text: ',"m":{}' }, { span: { start: 16, end: 21 }, text: '"new"' }])).toBe('{"a":1.0,"text":"new","b":"\\u00e9","m":{}}');
  });
});

describe('line problems', () => {
  it('names what is wrong with a parsed line', () => {
    expect(objectProblem([1], 'text')).toBe('not a JSON object (an array)');
    expect(objectProblem(null, 'text')).toBe('not a JSON object (null)');
    expect(objectProblem('x', 'text')).toBe('not a JSON object (a string)');
    expect(objectProblem({ body: 'x' }, 'text')).toBe('no "text" field');
    expect(objectProblem({ text: 42 }, 'text')).toBe('"text" is a number, not a string');
    expect(objectProblem({ text: null }, 'text')).toBe('"text" is null, not a string');
    expect(objectProblem({ text: 'fine' }, 'text')).toBeUndefined();
  });
  it('reports a parse error without echoing the line', () => {
    const long = `{"text":"${'x'.repeat(10_000)}",}`;
    let problem = '';
    try {
      JSON.parse(long);
    } catch (error) {
      problem = parseProblem(error);
    }
    expect(problem).toMatch(/^not JSON \(.+\)$/);
    expect(problem.length).toBeLessThan(140);
  });
});
