import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { expectCleanSeed, expectValidReport, type Scenario } from './scenarios.js';

/** The JSONL scenarios, run like the others: in-process, and those marked `subprocess` as a real process. */
const fixture = (name: string) => readFileSync(path.join('fixtures/cli/jsonl', name), 'utf8');
const linesOf = (text: string) => text.split('\n').slice(0, -1);
const objects = (text: string) => linesOf(text).map((line) => JSON.parse(line) as Record<string, unknown> & { text: string; winnow?: { findings: { kind: string; rule: string }[] } });
const articles = fixture('articles.jsonl');
const bad = fixture('bad.jsonl');

/** The three articles cleaned: the seed loses its copy and footer, the clean one is kept whole, the Blogger footer goes. */
function expectCleanArticles(out: string): void {
  const [seed, clean, footer] = objects(out);
  expectCleanSeed(seed!.text);
  expect(clean!.text).toBe(JSON.parse(linesOf(articles)[1]!).text);
  expect(footer!.text).not.toContain('Powered by Blogger');
  expect(seed!.winnow!.findings.map((finding) => finding.rule)).toContain('duplicate-block');
}

export const jsonlScenarios: Scenario[] = [
  {
    name: 'JSONL: --jsonl reads lines from stdin and writes them cleaned to stdout',
    fixture: 'jsonl',
    args: ['--jsonl'],
    stdin: articles,
    exit: 0,
    stdout: expectCleanArticles,
    stderr: /^winnow: 3 lines: 2 cleaned, 1 unchanged in [\d.]+ s\nwinnow: removed [\d,]+ chars/,
    subprocess: true,
  },
  {
    name: 'JSONL: a missing input is one line on stderr, and the summary counts it as an input, not a line',
    fixture: 'jsonl',
    args: ['articles.jsonl', 'missing.jsonl', '--report', 'r.json'],
    exit: 2,
    stderr: /^winnow: missing\.jsonl: no such file or directory\nwinnow: 3 lines: 2 cleaned, 1 unchanged, 1 input failed in [\d.]+ s\n/,
  },
  {
    name: 'JSONL: a *.jsonl file needs no flag; every other field keeps its bytes and its place, the findings come last',
    fixture: 'jsonl',
    args: ['articles.jsonl', '-q'],
    exit: 0,
    stdout: (out) => {
      expectCleanArticles(out);
      const first = linesOf(out)[0]!;
      expect(first).toMatch(/^\{"id":1\.0,"url":"https:\\\/\\\/example\.com\\\/mongolia","views":12345678901234567890,"ratio":1e-7,"note":"caf\\u00e9","text":"/);
      expect(first).toMatch(/","tags":\["a","b"\],"nested":\{"text":"not this one"\},"winnow":\{"findings":\[\{"kind":"duplicate"/);
      // The clean article's line is its own bytes plus the meta field.
      expect(linesOf(out)[1]!.startsWith(linesOf(articles)[1]!.slice(0, -1))).toBe(true);
    },
    stderr: '',
  },
  {
    name: 'JSONL: a folder with --jsonl to --out-dir mirrors the names; the report has one record per line',
    fixture: 'jsonl',
    args: ['shards', '--jsonl', '-o', 'out', '--report', 'r.json', '-q'],
    exit: 0,
    files: {
      'out/a.jsonl': (text) => expect(objects(text).map((object) => object.id)).toEqual(['a1', 'a2']),
      'out/b.jsonl': (text) => expect(objects(text)[0]!.text).not.toMatch(/Tous droits réservés/),
      'r.json': (json) => {
        const report = expectValidReport(json) as unknown as { files: { input: string; line: number | null; status: string; output: string | null }[]; options: { jsonl: unknown }; totals: unknown };
        expect(report.files.map((record) => [record.input, record.line, record.status, record.output])).toEqual([
          ['shards/a.jsonl', 1, 'cleaned', 'out/a.jsonl'],
          ['shards/a.jsonl', 2, 'unchanged', 'out/a.jsonl'],
          ['shards/b.jsonl', 1, 'cleaned', 'out/b.jsonl'],
        ]);
        expect(report.options.jsonl).toEqual({ textField: 'text', metaField: 'winnow', onError: 'pass', maxLineBytes: 67108864, siteField: 'site', urlField: 'url', idField: 'id' });
        expect(report.totals).toMatchObject({ files: 3, cleaned: 2, unchanged: 1 });
      },
    },
    subprocess: true,
  },
  {
    name: 'JSONL: gzip in and gzip out, as the file names say',
    fixture: 'jsonl',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in/articles.jsonl.gz'), gzipSync(articles));
    },
    args: ['in/articles.jsonl.gz', '-o', 'out', '-q'],
    exit: 0,
    stdout: (out, dir) => {
      expect(out).toBe('');
      const gz = readFileSync(path.join(dir, 'out/articles.jsonl.gz'));
      expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
      expectCleanArticles(gunzipSync(gz).toString());
    },
    subprocess: true,
  },
  {
    name: 'JSONL: a gzipped file cleaned to stdout comes out plain',
    fixture: 'jsonl',
    setup: (dir) => writeFileSync(path.join(dir, 'articles.jsonl.gz'), gzipSync(articles)),
    args: ['articles.jsonl.gz', '-q'],
    exit: 0,
    stdout: expectCleanArticles,
  },
  {
    name: 'JSONL: a file that is not gzip though its name says so fails, and the run goes on',
    fixture: 'jsonl',
    setup: (dir) => writeFileSync(path.join(dir, 'shards/c.jsonl.gz'), articles),
    args: ['shards', '--jsonl', '-o', 'out', '--report', 'r.json', '-q'],
    exit: 2,
    stderr: /^winnow: shards\/c\.jsonl\.gz: not valid gzip \(incorrect header check\)$/m,
    files: {
      'out/a.jsonl': true,
      'out/b.jsonl': true,
      'out/c.jsonl.gz': false,
      'r.json': (json) => expect(expectValidReport(json).files.at(-1)).toMatchObject({ input: 'shards/c.jsonl.gz', line: null, status: 'failed' }),
    },
  },
  {
    name: 'JSONL: malformed lines pass through unchanged, each named with its line number; exit 2',
    fixture: 'jsonl',
    args: ['bad.jsonl', '-q'],
    exit: 2,
    stdout: (out) => {
      const input = linesOf(bad);
      const output = linesOf(out);
      expect(output).toHaveLength(6);
      expect(output.slice(1, 5)).toEqual(input.slice(1, 5));
      expect(JSON.parse(output[0]!).winnow.findings.length).toBeGreaterThan(0);
    },
    stderr: [
      /^winnow: bad\.jsonl:2: not JSON \(.+\); passed through unchanged$/m,
      /^winnow: bad\.jsonl:3: not a JSON object \(an array\); passed through unchanged$/m,
      /^winnow: bad\.jsonl:4: "text" is a number, not a string; passed through unchanged$/m,
      /^winnow: bad\.jsonl:5: no "text" field; passed through unchanged$/m,
    ],
    subprocess: true,
  },
  {
    name: 'JSONL: --on-error drop leaves malformed lines out, says so, and records them',
    fixture: 'jsonl',
    args: ['bad.jsonl', '--on-error', 'drop', '-o', 'out', '--report', 'r.json'],
    exit: 2,
    stderr: [/^winnow: bad\.jsonl:2: not JSON .*; dropped$/m, /^winnow: 6 lines: 2 cleaned, 0 unchanged, 4 skipped in/m],
    files: {
      'out/bad.jsonl': (text) => expect(objects(text).map((object) => object.id)).toEqual([1, 6]),
      'r.json': (json) => expect(expectValidReport(json).files.map((record) => [record.status, record.output])).toEqual([
        ['cleaned', 'out/bad.jsonl'],
        ['skipped', null],
        ['skipped', null],
        ['skipped', null],
        ['skipped', null],
        ['cleaned', 'out/bad.jsonl'],
      ]),
    },
  },
  {
    name: 'JSONL: --no-meta adds nothing to the lines',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--no-meta', '-q'],
    exit: 0,
    stdout: (out) => {
      expect(out).not.toContain('"winnow"');
      expect(linesOf(out)[1]).toBe(linesOf(articles)[1]);
      expectCleanSeed(objects(out)[0]!.text);
    },
  },
  {
    name: 'JSONL: --text-field and --meta-field name the fields',
    fixture: 'jsonl',
    args: ['body.jsonl', '--text-field', 'body', '--meta-field', 'cleaning', '-q'],
    exit: 0,
    stdout: (out) => {
      const [line] = objects(out) as unknown as { title: string; body: string; text: string; cleaning: { findings: unknown[] } }[];
      expectCleanSeed(line!.body);
      expect(line!.text).toBe('A summary that stays as it is.');
      expect(Object.keys(line!)).toEqual(['title', 'body', 'text', 'cleaning']);
    },
  },
  {
    name: 'JSONL: a line over --max-line-bytes is skipped with the limit named, and the run goes on',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--max-line-bytes', '5000', '-q'],
    exit: 2,
    stdout: (out) => {
      expect(linesOf(out)[0]).toBe(linesOf(articles)[0]);
      expect(objects(out)[2]!.text).not.toContain('Powered by Blogger');
    },
    stderr: /^winnow: articles\.jsonl:1: line longer than --max-line-bytes \(5000 bytes\); passed through unchanged\n$/,
  },
  {
    name: 'JSONL: a line far past the limit streams through without being held, then the next is cleaned',
    fixture: 'jsonl',
    setup: (dir) => writeFileSync(path.join(dir, 'huge.jsonl'), `{"text":"${'word '.repeat(600_000)}"}\n${linesOf(articles)[2]}\n`),
    args: ['huge.jsonl', '--max-line-bytes', '1000000', '-o', 'out', '-q'],
    exit: 2,
    stderr: /^winnow: huge\.jsonl:1: line longer than --max-line-bytes \(1000000 bytes\); passed through unchanged\n$/,
    stdout: (_, dir) => {
      const out = readFileSync(path.join(dir, 'out/huge.jsonl'), 'utf8');
      const input = readFileSync(path.join(dir, 'huge.jsonl'), 'utf8');
      expect(linesOf(out)[0]).toBe(linesOf(input)[0]);
      expect(objects(out.slice(out.indexOf('\n') + 1))[0]!.text).not.toContain('Powered by Blogger');
    },
  },
  {
    name: 'JSONL: a JSONL name beside a text name is refused',
    fixture: 'jsonl',
    args: ['articles.jsonl', 'notes.txt', '-o', 'out'],
    exit: 2,
    stderr: /^winnow: articles\.jsonl is JSONL and notes\.txt is not: clean them in separate runs/,
    files: { out: false },
  },
  {
    name: 'JSONL: a JSONL flag on a text run is refused, not ignored',
    fixture: 'jsonl',
    args: ['notes.txt', '--text-field', 'body'],
    exit: 2,
    stderr: /^winnow: --text-field is for JSONL input: add --jsonl/,
  },
  {
    name: 'JSONL: --write is refused',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--write'],
    exit: 2,
    stderr: /^winnow: --write works on text files; JSONL is written to stdout or --out-dir\n$/,
  },
  {
    name: 'JSONL: --site-field without --profile is refused, not ignored',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--site-field', 'domain'],
    exit: 2,
    stderr: /^winnow: --site-field says which site each line's profile counts apply to; add --profile FILE\n$/,
  },
  {
    name: 'JSONL: --id-field with --no-duplicate-check is refused',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--id-field', 'key', '--no-duplicate-check'],
    exit: 2,
    stderr: /^winnow: --id-field and --no-duplicate-check cannot be used together\n$/,
  },
  {
    name: 'JSONL: a meta field named like the text field is refused',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--meta-field', 'text'],
    exit: 2,
    stderr: /^winnow: --meta-field and --text-field are both "text"/,
  },
  {
    name: 'JSONL: --on-error takes pass or drop',
    fixture: 'jsonl',
    args: ['articles.jsonl', '--on-error', 'skip'],
    exit: 2,
    stderr: /^winnow: --on-error: expected pass or drop, got "skip"\n$/,
  },
];
