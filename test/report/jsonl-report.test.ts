import { describe, expect, it } from 'vitest';
import { cleanBatch, lineProblem, type JsonlSettings } from '../../src/cli/jsonl-batch.js';
import { parseFlags } from '../../src/cli/options.js';
import { optionsInEffect, resolveSettings } from '../../src/cli/settings.js';
import { cleanText } from '../../src/index.js';
import { emptyTotals, mergeTotals, reportClosing, reportOpening } from '../../src/report/json.js';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import { validate } from './validate-schema.js';

const settings: JsonlSettings = { textField: 'text', metaField: 'winnow', onError: 'pass', maxLineBytes: 1000, siteField: 'site', urlField: 'url', idField: 'id' };
const options = optionsInEffect(resolveSettings(parseFlags(['--jsonl']), {}, undefined, '/'), 'out-dir', true);

/** A JSONL report as the command streams it: batch records joined, totals merged. */
function report(): string {
  const totals = emptyTotals();
  const batch = cleanBatch(
    { bytes: Buffer.from('{"text":"One paragraph of text.\\n\\nOne paragraph of text.\\n\\nShare this:"}\nnot json\n'), firstLine: 1, input: 'a.jsonl', output: 'out/a.jsonl', gzip: false, report: true },
    settings,
    (text) => cleanText(text),
  );
  mergeTotals(totals, batch.totals);
  const unreadable = lineProblem({ input: 'b.jsonl', output: null }, settings, 1, 'failed', 'no such file or directory').record;
  return `${reportOpening({ tool: { name: 'winnow', version: '1.2.3' }, options })}\n${batch.records.join(',\n')},\n${JSON.stringify({ ...unreadable, line: null })}${reportClosing(totals)}`;
}

describe('the JSONL report', () => {
  it('has one record per line, the line number right after the input, and matches report.schema.json', () => {
    const parsed = JSON.parse(report());
    expect(validate(schema as Record<string, unknown>, parsed)).toEqual([]);
    expect(parsed.files.map((record: { input: string; line: number | null; status: string }) => [record.input, record.line, record.status])).toEqual([
      ['a.jsonl', 1, 'unchanged'],
      ['a.jsonl', 2, 'skipped'],
      ['b.jsonl', null, 'failed'],
    ]);
    expect(Object.keys(parsed.files[0]).slice(0, 3)).toEqual(['input', 'line', 'output']);
    expect(parsed.options.jsonl).toEqual({ siteField: 'site', urlField: 'url', idField: 'id', textField: 'text', metaField: 'winnow', onError: 'pass', maxLineBytes: 64 * 1024 * 1024 });
  });
  it('fails the schema for a line number below 1 or JSONL options that are not the ones known', () => {
    const parsed = JSON.parse(report());
    parsed.files[0].line = 0;
    parsed.options.jsonl.onError = 'skip';
    expect(validate(schema as Record<string, unknown>, parsed)).toEqual(['$.options.jsonl: matches none of anyOf', '$.files[0].line: 0 < 1']);
  });
  it('says null for JSONL options in a run over text files', () => {
    expect(optionsInEffect(resolveSettings(parseFlags([]), {}, undefined, '/'), 'report').jsonl).toBeNull();
  });
});
