import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/options.js';
import { optionsInEffect, resolveSettings } from '../../src/cli/settings.js';
import { cleanText } from '../../src/index.js';
import { diffFile } from '../../src/report/diff.js';
import { explainFile } from '../../src/report/explain.js';
import { addToTotals, emptyTotals, reportClosing, reportOpening, reportRecord } from '../../src/report/json.js';
import { cleanedRecord, problemRecord } from '../../src/report/record.js';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import { summarize } from '../../src/report/summary.js';
import { seedPath } from '../cli/support.js';
import { validate } from './validate-schema.js';

const seed = readFileSync(seedPath, 'utf8');
const result = cleanText(seed);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const header = { tool: { name: 'winnow', version: '1.2.3' }, options: optionsInEffect(resolveSettings(parseFlags([]), {}, undefined, '/'), 'report') };

function streamed(): string {
  const totals = emptyTotals();
  const records = [cleanedRecord('seed.txt', null, seed, result, sha256), problemRecord('bad.txt', 'skipped', 'empty file')];
  let out = reportOpening(header);
  records.forEach((record, index) => {
    addToTotals(totals, record, index === 0 ? result.stats.removedByKind : {});
    out += reportRecord(record, index);
  });
  return out + reportClosing(totals);
}

describe('the streamed report', () => {
  it('is one JSON document, one record a line, with keys in a fixed order', () => {
    const text = streamed();
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual(['reportVersion', 'tool', 'options', 'files', 'totals']);
    expect(Object.keys(report.files[0])).toEqual(['input', 'output', 'status', 'error', 'before', 'after', 'sha256', 'duplicateOf', 'similarity', 'metadata', 'findings', 'skipped']);
    expect(Object.keys(report.files[0].findings[0])).toEqual(['kind', 'detector', 'rule', 'lines', 'span', 'reason', 'confidence', 'duplicateOf', 'similarity']);
    expect(text.split('\n')).toHaveLength(5);
    expect(streamed()).toBe(text);
  });
  it('records the seed: its duplicate run, the source, and the counts before and after', () => {
    const report = JSON.parse(streamed());
    const [record] = report.files;
    expect(record.status).toBe('cleaned');
    expect(record.findings).toContainEqual(expect.objectContaining({ kind: 'duplicate', lines: [9, 14], duplicateOf: expect.objectContaining({ lines: [3, 8] }) }));
    expect(record.metadata.source).toBe('https://qz.com');
    expect(record.before).toEqual({ chars: seed.length, lines: result.stats.inputLines });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('totals files by status and characters by kind', () => {
    const { totals } = JSON.parse(streamed());
    expect(totals).toMatchObject({ files: 2, cleaned: 1, skipped: 1, charsBefore: seed.length, removedChars: seed.length - result.text.length });
    expect(Object.keys(totals.removedByKind)).toEqual(['duplicate', 'boilerplate', 'labels', 'menu', 'header', 'footer', 'attribution']);
    expect(totals.findingsByKind.duplicate).toBe(1);
  });
  it('records a duplicate of an earlier input: the input, the similarity, and "dropped" when it was not written', () => {
    const totals = emptyTotals();
    const kept = cleanedRecord('b.txt', 'out/b.txt', seed, result, sha256, { input: 'a.txt', similarity: 0.91, dropped: false });
    const dropped = cleanedRecord('c.txt', null, seed, result, sha256, { input: 'a.txt', similarity: 1, dropped: true });
    expect([kept, dropped].map((record) => [record.status, record.output, record.duplicateOf, record.similarity])).toEqual([
      ['cleaned', 'out/b.txt', 'a.txt', 0.91],
      ['dropped', null, 'a.txt', 1],
    ]);
    for (const record of [cleanedRecord('a.txt', 'out/a.txt', seed, result, sha256), kept, dropped]) addToTotals(totals, record, result.stats.removedByKind);
    expect(totals).toMatchObject({ files: 3, cleaned: 2, dropped: 1, duplicates: 2 });
    const report = JSON.parse(reportOpening(header) + reportRecord(kept, 0) + reportRecord(dropped, 1) + reportClosing(totals));
    expect(validate(schema as Record<string, unknown>, report)).toEqual([]);
    expect(summarize(totals, 0, 'cleaned').split('\n')[2]).toBe('winnow: 2 duplicates of earlier files, 1 dropped');
  });
  it('fails the schema when duplicateOf comes without its similarity, or a dropped input names an output', () => {
    const report = JSON.parse(streamed());
    report.files[0].duplicateOf = 'a.txt';
    report.files[1] = { ...report.files[1], status: 'dropped', output: 'out/bad.txt', duplicateOf: 'a.txt', similarity: 1 };
    expect(validate(schema as Record<string, unknown>, report)).toEqual(['$.files[0]: matches none of anyOf', '$.files[1]: matches none of anyOf']);
  });
  it('matches report.schema.json', () => {
    expect(validate(schema as Record<string, unknown>, JSON.parse(streamed()))).toEqual([]);
  });
  it('fails the schema when a record is malformed (the validator really checks)', () => {
    const report = JSON.parse(streamed());
    report.files[0].status = 'done';
    delete report.totals.files;
    report.files[0].findings[0].lines = [9];
    expect(validate(schema as Record<string, unknown>, report)).toEqual([
      // "done" is no status, so the record is neither a duplicate's nor another's.
      '$.files[0]: matches none of anyOf',
      '$.files[0].status: "done" is not one of ["cleaned","unchanged","failed","skipped","dropped"]',
      '$.files[0].findings[0].lines: fewer than 2 items',
      '$.totals: missing files',
    ]);
  });
});

describe('the human outputs', () => {
  it('summarizes a run in two lines', () => {
    const totals = emptyTotals();
    addToTotals(totals, cleanedRecord('seed.txt', null, seed, result), result.stats.removedByKind);
    addToTotals(totals, problemRecord('x', 'failed', 'no such file or directory'));
    expect(summarize(totals, 1234, 'cleaned')).toMatch(/^winnow: 2 files: 1 cleaned, 0 unchanged, 1 failed in 1\.23 s\nwinnow: removed [\d,]+ chars \(duplicate 2,5\d\d, /);
  });
  it('explains each removal with its lines, kind, detector and an excerpt', () => {
    const text = explainFile('seed.txt', seed, result);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'seed.txt',
      expect.stringMatching(/^ {2}- 9-14 {2}duplicate \([a-z-]+\) {2}\S/),
      '      | When US president Donald Trump and North Korean leader Kim Jong Un held…',
    ]);
  });
  it('diffs only a file that changed', () => {
    expect(diffFile('a.txt', 'same\n', 'same\n')).toBe('');
    expect(diffFile('a.txt', 'keep\ndrop\n', 'keep\n')).toBe('--- a.txt\n+++ a.txt\n@@ -1,2 +1,1 @@\n keep\n-drop\n');
  });
});
