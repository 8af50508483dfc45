import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanBatch, type JsonlSettings } from '../../src/cli/jsonl-batch.js';
import { cleanText } from '../../src/index.js';
import { seedPath } from './support.js';

const seed = readFileSync(seedPath, 'utf8');
const cleanSeed = cleanText(seed).text;
const defaults: JsonlSettings = { textField: 'text', metaField: 'winnow', onError: 'pass', maxLineBytes: 1 << 20, siteField: 'site', urlField: 'url', idField: 'id' };

function run(lines: string | Buffer, settings: Partial<JsonlSettings> = {}, gzip = false, firstLine = 10) {
  const bytes = typeof lines === 'string' ? Buffer.from(lines) : lines;
  const result = cleanBatch({ bytes, firstLine, input: 'in.jsonl', output: 'out.jsonl', gzip, report: true }, { ...defaults, ...settings }, (text) => cleanText(text));
  const output = Buffer.from(gzip ? gunzipSync(result.output) : result.output).toString();
  return { ...result, text: output, lines: output.split('\n'), records: result.records.map((record) => JSON.parse(record) as Record<string, unknown>) };
}

describe('cleanBatch', () => {
  it('replaces the text, keeps every other field byte for byte and in place, and adds the findings last', () => {
    const line = `{"id":1.0,"views":12345678901234567890,"note":"caf\\u00e9 \\/","text":${JSON.stringify(seed)},"tags":["a"]}`;
    const [out] = run(`${line}\n`).lines;
    expect(out!.startsWith('{"id":1.0,"views":12345678901234567890,"note":"caf\\u00e9 \\/","text":')).toBe(true);
    expect(out).toContain(`"text":${JSON.stringify(cleanSeed)},"tags":["a"],"winnow":{"findings":[{"kind":"duplicate","rule":"duplicate-block","lines":[9,14],`);
    const parsed = JSON.parse(out!);
    expect(Object.keys(parsed)).toEqual(['id', 'views', 'note', 'text', 'tags', 'winnow']);
    expect(Object.keys(parsed.winnow)).toEqual(['findings', 'metadata', 'stats']);
    expect(parsed.winnow.metadata.source).toBe('https://qz.com');
    expect(parsed.winnow.stats).toMatchObject({ inputChars: seed.length, outputChars: cleanSeed.length });
  });
  it('leaves a text that needs no cleaning in its own escapes', () => {
    const line = '{"text":"A short note, caf\\u00e9 \\/ bar."}';
    expect(run(line, { metaField: null }).text).toBe(line);
  });
  it('replaces an existing meta field where it stands instead of adding a second', () => {
    const once = run(`{"text":${JSON.stringify(seed)},"id":7}\n`).lines[0]!;
    const twice = run(`${once}\n`).lines[0]!;
    expect(twice.match(/"winnow":/g)).toHaveLength(1);
    expect(JSON.parse(twice).text).toBe(cleanSeed);
    expect(Object.keys(JSON.parse(twice))).toEqual(['text', 'id', 'winnow']);
  });
  it('cleans the field --text-field names and leaves a field called text alone', () => {
    const out = JSON.parse(run(`{"text":"stays","body":${JSON.stringify(seed)}}`, { textField: 'body', metaField: 'm' }).text);
    expect(out).toMatchObject({ text: 'stays', body: cleanSeed });
    expect(out.m.findings.length).toBeGreaterThan(0);
  });
  it('skips a text with more lines than --max-lines, naming the limit, and passes its line through', () => {
    const long = JSON.stringify({ text: 'one\ntwo\r\nthree\rfour' });
    const short = JSON.stringify({ text: 'one\ntwo\nthree\n' });
    const { text, messages, problems } = run(`${long}\n${short}\n`, { metaField: null, maxLines: 3 });
    expect(text).toBe(`${long}\n${short}\n`);
    expect(messages).toEqual(['in.jsonl:10: skipped: 4 lines is over --max-lines 3; passed through unchanged']);
    expect(problems).toBe(1);
  });
  it('passes malformed lines through unchanged, naming each with its line number', () => {
    const input = ['{"text":"ok."}', '{"text":', '[1]', '{"text":5}', '{"body":"x"}', ''].join('\n');
    const { text, messages, problems, records, totals } = run(input, { metaField: null });
    expect(text).toBe(input);
    expect(messages).toEqual([
      expect.stringMatching(/^in\.jsonl:11: not JSON \(.+\); passed through unchanged$/),
      'in.jsonl:12: not a JSON object (an array); passed through unchanged',
      'in.jsonl:13: "text" is a number, not a string; passed through unchanged',
      'in.jsonl:14: no "text" field; passed through unchanged',
    ]);
    expect(problems).toBe(4);
    expect(records.map((record) => [record.line, record.status, record.output])).toEqual([
      [10, 'unchanged', 'out.jsonl'],
      [11, 'skipped', 'out.jsonl'],
      [12, 'skipped', 'out.jsonl'],
      [13, 'skipped', 'out.jsonl'],
      [14, 'skipped', 'out.jsonl'],
    ]);
    expect(totals).toMatchObject({ files: 5, unchanged: 1, skipped: 4 });
  });
  it('drops malformed lines with --on-error drop, and says so', () => {
    const { text, messages, records } = run('{"text":"ok."}\nnope\n{"text":"also ok."}\n', { metaField: null, onError: 'drop' });
    expect(text).toBe('{"text":"ok."}\n{"text":"also ok."}\n');
    expect(messages).toEqual([expect.stringMatching(/^in\.jsonl:11: not JSON .*; dropped$/)]);
    expect(records[1]).toMatchObject({ line: 11, status: 'skipped', output: null });
  });
  it('passes a line that is not UTF-8 through as its own bytes', () => {
    const bad = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const result = cleanBatch({ bytes: Buffer.concat([Buffer.from('{"text":"ok."}\n'), bad]), firstLine: 1, input: 'in.jsonl', output: null, gzip: false, report: false }, { ...defaults, metaField: null }, (text) => cleanText(text));
    expect(Buffer.from(result.output).equals(Buffer.concat([Buffer.from('{"text":"ok."}\n'), bad]))).toBe(true);
    expect(result.messages).toEqual(['in.jsonl:2: not UTF-8 (byte 0xe9 at offset 12); passed through unchanged']);
  });
  it('skips a line over --max-line-bytes, naming the limit', () => {
    const { text, messages } = run(`{"text":"${'x'.repeat(50)}"}\n{"text":"ok."}\n`, { metaField: null, maxLineBytes: 40 });
    expect(messages).toEqual(['in.jsonl:10: line longer than --max-line-bytes (40 bytes); passed through unchanged']);
    expect(text.split('\n')[1]).toBe('{"text":"ok."}');
  });
  it('keeps blank lines, CRLF line ends, a byte-order mark opening the file and a missing final line end', () => {
    const input = `\uFEFF{"text":"one."}\r\n\n   \n{"text":"two."}`;
    const result = run(input, { metaField: null }, false, 1);
    expect(result.text).toBe(input);
    expect(result.messages).toEqual([]);
    expect(result.records.map((record) => record.line)).toEqual([1, 4]);
    expect(run(input, { metaField: null }, false, 2).messages).toEqual([expect.stringMatching(/^in\.jsonl:2: not JSON/)]);
  });
  it('compresses its output as one gzip member when asked', () => {
    const input = `{"text":${JSON.stringify(seed)}}\n`;
    expect(run(input, {}, true).text).toBe(run(input).text);
  });
});
