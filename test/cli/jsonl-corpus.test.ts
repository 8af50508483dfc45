/**
 * Corpus features on JSON Lines, in-process: `winnow profile` reading lines, cleaning lines with a
 * profile, and duplicate lines across a run. The lines are the pages of fixtures/corpus, one a line,
 * so what they must clean to is fixtures/corpus-expected.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { expectValidReport } from './scenarios.js';
import { read, repoDir, runCli, temporaryFolders } from './support.js';

const temporary = temporaryFolders('winnow-jsonl-corpus-');
afterAll(() => temporary.removeAll());
const folder = temporary.folder;

interface Page {
  site: string;
  name: string;
  text: string;
}

const corpus = path.join(repoDir, 'fixtures/corpus');
const pages: Page[] = readdirSync(corpus)
  .sort()
  .flatMap((site) =>
    readdirSync(path.join(corpus, site))
      .sort()
      .map((name) => ({ site, name, text: readFileSync(path.join(corpus, site, name), 'utf8') })),
  );
const expected = (page: Page) => readFileSync(path.join(repoDir, 'fixtures/corpus-expected', page.site, page.name), 'utf8');

/** JSON Lines, one object a line. */
const jsonl = (objects: object[]) => objects.map((object) => `${JSON.stringify(object)}\n`).join('');
const parse = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown> & { text: string; winnow: Meta });

interface Meta {
  findings: { rule: string; reason: string }[];
  duplicateOf?: string;
  similarity?: number;
}

describe('winnow profile on JSON Lines', () => {
  test('a line with a site field counts as a page of that site: the profile equals the folder profile byte for byte', async () => {
    const cwd = folder({ 'pages.jsonl': jsonl(pages.map((page) => ({ id: page.name, site: page.site, text: page.text }))) });
    const lines = await runCli(['profile', 'pages.jsonl', '-o', 'lines.json'], { cwd });
    expect(lines).toMatchObject({ code: 0, stdout: '' });
    expect(lines.stderr).toMatch(/^winnow: profile of 32 documents from 2 sites \(176 fingerprints\) written to lines\.json in/);
    const files = await runCli(['profile', corpus, '-o', 'files.json', '-q'], { cwd });
    expect(files.code).toBe(0);
    expect(read(cwd, 'lines.json')).toBe(read(cwd, 'files.json'));
  });

  test('without a site field, the host of the url field is the site, lower case and without www.', async () => {
    const cwd = folder({
      'pages.jsonl': jsonl(pages.map((page, i) => ({ url: `https://${i % 2 ? 'WWW.' : ''}${page.site}.example/${page.name}`, text: page.text }))),
    });
    const result = await runCli(['profile', 'pages.jsonl', '-q'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sites = JSON.parse(result.stdout).sites as Record<string, { documents: number }>;
    expect(Object.entries(sites).map(([site, counts]) => [site, counts.documents])).toEqual([
      ['harbour-gazette.example', 26],
      ['valley-courier.example', 6],
    ]);
  });

  test('--site-field and --url-field name other fields; a line with neither takes its file\'s site, as a text file would', async () => {
    const cwd = folder({});
    mkdirSync(path.join(cwd, 'crawl/fallback.example'), { recursive: true });
    writeFileSync(
      path.join(cwd, 'crawl/fallback.example/a.jsonl'),
      jsonl([
        { domain: 'named.example', link: 'https://linked.example/a', text: 'One.' },
        { link: 'https://linked.example/b', text: 'Two.' },
        { text: 'Three.' },
      ]),
    );
    const result = await runCli(['profile', 'crawl', '--jsonl', '--site-field', 'domain', '--url-field', 'link', '-q'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sites = JSON.parse(result.stdout).sites as Record<string, { documents: number }>;
    expect(Object.keys(sites)).toEqual(['fallback.example', 'linked.example', 'named.example']);
  });

  test('profiles of JSONL shards merge to the profile of the whole, in any order, gzip or not', async () => {
    const objects = pages.map((page) => ({ site: page.site, text: page.text }));
    const cwd = folder({ 'all.jsonl': jsonl(objects), 'a.jsonl': jsonl(objects.filter((_, i) => i % 3 === 0)), 'b.jsonl': jsonl(objects.filter((_, i) => i % 3 === 1)) });
    writeFileSync(path.join(cwd, 'c.jsonl.gz'), gzipSync(jsonl(objects.filter((_, i) => i % 3 === 2))));
    await runCli(['profile', 'all.jsonl', '-o', 'whole.json', '-q'], { cwd });
    for (const shard of ['a', 'b', 'c']) expect((await runCli(['profile', `${shard}.jsonl${shard === 'c' ? '.gz' : ''}`, '-o', `${shard}.json`, '-q'], { cwd })).code).toBe(0);
    for (const order of [['a', 'b', 'c'], ['c', 'b', 'a']]) {
      expect((await runCli(['profile', '--merge', ...order.map((name) => `${name}.json`), '-o', 'merged.json', '-q'], { cwd })).code).toBe(0);
      expect(read(cwd, 'merged.json')).toBe(read(cwd, 'whole.json'));
    }
  });

  test('a bad line is named with its line number and not counted; a url that is no URL is named, and the line counts for the file\'s site', async () => {
    const cwd = folder({
      'a.jsonl': [JSON.stringify({ site: 'x', text: 'One.' }), '{"text":', JSON.stringify({ url: 'example.com/a', text: 'Two.' }), JSON.stringify({ site: 7, text: 'Three.' }), ''].join('\n'),
    });
    const result = await runCli(['profile', 'a.jsonl', '--site', 'fallback', '-q'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'winnow: a.jsonl:2: not JSON (Unexpected end of JSON input); not counted',
        'winnow: a.jsonl:3: "url" is not a URL with a host name ("example.com/a"); its site is taken as "fallback"',
        'winnow: a.jsonl:4: "site" is a number, not a string; its site is taken as "fallback"',
        '',
      ].join('\n'),
    );
    const sites = JSON.parse(result.stdout).sites as Record<string, { documents: number }>;
    expect(Object.entries(sites).map(([site, counts]) => [site, counts.documents])).toEqual([
      ['fallback', 2],
      ['x', 1],
    ]);
  });

  test('JSONL flags on text inputs are refused, and --merge takes none of them', async () => {
    const cwd = folder({ 'a.txt': 'One.\n' });
    expect((await runCli(['profile', 'a.txt', '--site-field', 'domain'], { cwd })).stderr).toBe('winnow: --site-field is for JSONL input: add --jsonl, or give files named *.jsonl\n');
    expect((await runCli(['profile', '--merge', 'a.json', '--jsonl'], { cwd })).stderr).toBe('winnow: --jsonl applies to counting documents; --merge adds up profiles as they are\n');
  });
});

describe('winnow --profile on JSON Lines', () => {
  const lines = jsonl(pages.map((page) => ({ id: `${page.site}/${page.name}`, site: page.site, text: page.text })));

  test('cleans each line with its own site\'s template: each text is its page as cleaned from the folder', async () => {
    const cwd = folder({ 'pages.jsonl': lines });
    await runCli(['profile', 'pages.jsonl', '-o', 'profile.json', '-q'], { cwd });
    const result = await runCli(['--profile', 'profile.json', 'pages.jsonl', '--report', 'report.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^winnow: 32 lines: 32 cleaned, 0 unchanged in [\d.]+ s\nwinnow: removed [\d,]+ chars \(boilerplate [\d,]+, header/);
    const cleaned = parse(result.stdout);
    expect(cleaned.map((line) => line.text)).toEqual(pages.map(expected));
    // The template went, the article stayed.
    expect(cleaned[0]!.text).not.toContain('Our reporting on the North Shore is paid for by readers like you.');
    const report = expectValidReport(read(cwd, 'report.json')) as unknown as { files: { findings: { detector: string; reason: string }[] }[]; options: { profile: string } };
    expect(report.options.profile).toBe(path.join(cwd, 'profile.json'));
    const evidence = report.files[0]!.findings.filter((finding) => finding.detector === 'corpus-template').map((finding) => finding.reason);
    expect(evidence[0]).toBe("recurs in 26 of 26 documents of harbour-gazette: the site's template, not the article");
    expect(cleaned[0]!.winnow.findings.some((finding) => finding.rule === 'corpus-template')).toBe(true);
  });

  test('lines whose site the profile never counted lose no template text, and a note says how many', async () => {
    const cwd = folder({ 'pages.jsonl': lines, 'elsewhere.jsonl': jsonl([{ site: 'elsewhere', text: pages[0]!.text }, { text: pages[1]!.text }]) });
    await runCli(['profile', 'pages.jsonl', '-o', 'profile.json', '-q'], { cwd });
    const result = await runCli(['--profile', 'profile.json', 'elsewhere.jsonl'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\nwinnow: 2 lines belong to no site the profile counted, so no template lines were removed there; give lines a site or url field/);
    const [line] = parse(result.stdout);
    expect(line!.text).toContain('Our reporting on the North Shore is paid for by readers like you.');
    // --site names the site of lines without one: the second line is cleaned as harbour-gazette's.
    const named = await runCli(['--profile', 'profile.json', 'elsewhere.jsonl', '--site', 'harbour-gazette', '--no-duplicate-check', '-q'], { cwd });
    expect(parse(named.stdout)[1]!.text).toBe(expected(pages[1]!));
  });
});

describe('duplicate lines across a JSONL run', () => {
  const [first, second, third] = pages;
  // Two words changed: a near copy once cleaned (about 0.9 of its 5-word shingles shared).
  const edited = first!.text.replace('twenty minutes earlier', 'half an hour earlier').replace('almost nobody', 'hardly anyone');
  const objects = [
    { id: 'a', text: first!.text },
    { id: 'b', text: second!.text },
    { text: first!.text },
    { id: 7.50, text: edited },
    { text: third!.text },
  ];

  test('the later copies name the earlier line, by id or FILE:LINE, in the meta field and the report; other lines are as without the check', async () => {
    const input = jsonl(objects).replace('"id":7.5,', '"id":7.50,');
    const cwd = folder({ 'a.jsonl': input });
    const result = await runCli(['a.jsonl', '--duplicate-check', '--report', 'report.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\nwinnow: 2 duplicates of earlier lines\n$/);
    const out = parse(result.stdout);
    expect(out.map((line) => line.winnow.duplicateOf ?? null)).toEqual([null, null, 'a', 'a', null]);
    expect(out[2]!.winnow.similarity).toBe(1);
    expect(out[3]!.winnow.similarity).toBeGreaterThanOrEqual(0.8);
    expect(out[3]!.winnow.similarity).toBeLessThan(1);
    // duplicateOf and similarity come last in the meta object; the line is otherwise as without the check.
    const plain = (await runCli(['a.jsonl', '--no-duplicate-check', '-q'], { cwd })).stdout.split('\n');
    const marked = result.stdout.split('\n');
    expect(marked[2]).toBe(`${plain[2]!.slice(0, -2)},"duplicateOf":"a","similarity":1}}`);
    expect([marked[0], marked[1], marked[4], marked[5]]).toEqual([plain[0], plain[1], plain[4], plain[5]]);
    const report = expectValidReport(read(cwd, 'report.json')) as unknown as { files: { line: number; status: string; duplicateOf: string | null; similarity: number | null }[]; totals: { duplicates: number } };
    expect(report.files.map((record) => [record.line, record.status, record.duplicateOf])).toEqual([
      [1, 'cleaned', null],
      [2, 'cleaned', null],
      [3, 'cleaned', 'a'],
      [4, 'cleaned', 'a'],
      [5, 'cleaned', null],
    ]);
    expect(report.totals.duplicates).toBe(2);

    // Without an id, the earlier line is named by its file and line number (inputs go in sorted order);
    // an id that is a number keeps its digits.
    const noIds = folder({ 'b.jsonl': jsonl([{ text: first!.text }, { n: 1, text: edited }]), 'c.jsonl': `{"id":7.50,"text":${JSON.stringify(second!.text)}}\n` });
    const named = await runCli(['c.jsonl', 'b.jsonl', '--report', '-', '--id-field', 'id'], { cwd: noIds });
    const records = (JSON.parse(named.stdout) as { files: { input: string; line: number; duplicateOf: string | null }[] }).files;
    expect(records.map((record) => [record.input, record.line, record.duplicateOf])).toEqual([
      ['b.jsonl', 1, null],
      ['b.jsonl', 2, 'b.jsonl:1'],
      ['c.jsonl', 1, null],
    ]);
    const stdin = await runCli(['--jsonl', '--duplicate-check', '-q'], { cwd: noIds, stdin: read(noIds, 'b.jsonl') });
    expect(parse(stdin.stdout)[1]!.winnow.duplicateOf).toBe('-:1');
    const numbered = await runCli(['--jsonl', '--duplicate-check', '-q'], { cwd: noIds, stdin: `{"id":7.50,"text":${JSON.stringify(first!.text)}}\n{"text":${JSON.stringify(first!.text)}}\n` });
    expect(parse(numbered.stdout)[1]!.winnow.duplicateOf).toBe('7.50');
  });

  test('--drop-duplicates leaves the copies out of the output, to a file or to stdout, and reports them as dropped', async () => {
    const cwd = folder({ 'a.jsonl': jsonl(objects) });
    const result = await runCli(['a.jsonl', '-o', 'out', '--drop-duplicates', '--report', 'report.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^winnow: 5 lines: 3 cleaned, 0 unchanged, 2 dropped in [\d.]+ s\n[^]*\nwinnow: 2 duplicates of earlier lines, dropped\n$/);
    const kept = (await runCli(['a.jsonl', '--no-duplicate-check', '-q'], { cwd })).stdout.split('\n');
    expect(read(cwd, 'out/a.jsonl')).toBe([kept[0], kept[1], kept[4], ''].join('\n'));
    const report = expectValidReport(read(cwd, 'report.json')) as unknown as { files: { status: string; output: string | null; duplicateOf: string | null }[]; totals: Record<string, number> };
    expect(report.files.map((record) => [record.status, record.output, record.duplicateOf])).toEqual([
      ['cleaned', 'out/a.jsonl', null],
      ['cleaned', 'out/a.jsonl', null],
      ['dropped', null, 'a'],
      ['dropped', null, 'a'],
      ['cleaned', 'out/a.jsonl', null],
    ]);
    expect(report.totals).toMatchObject({ files: 5, cleaned: 3, dropped: 2, duplicates: 2 });
    const piped = await runCli(['--jsonl', '--drop-duplicates', '-q'], { cwd, stdin: read(cwd, 'a.jsonl') });
    expect(piped.stdout).toBe(read(cwd, 'out/a.jsonl'));
  });

  test('JSON Lines are not compared unless a flag asks, so a stream cleans in constant memory; text files are', async () => {
    const cwd = folder({ 'a.jsonl': jsonl(objects) });
    const plain = await runCli(['a.jsonl', '--report', '-', '-o', 'out'], { cwd });
    const parsed = JSON.parse(plain.stdout) as { files: { duplicateOf: string | null }[]; options: { duplicateCheck: boolean } };
    expect(parsed.files.map((record) => record.duplicateOf)).toEqual([null, null, null, null, null]);
    expect(parsed.options.duplicateCheck).toBe(false);
    const asked = JSON.parse((await runCli(['a.jsonl', '--duplicate-check', '--report', '-', '-o', 'out2'], { cwd })).stdout) as typeof parsed;
    expect(asked.files.map((record) => record.duplicateOf)).toEqual([null, null, 'a', 'a', null]);
    expect(asked.options.duplicateCheck).toBe(true);
    // --no-duplicate-check wins over --duplicate-check, wherever each stands.
    const last = JSON.parse((await runCli(['a.jsonl', '--duplicate-check', '--no-duplicate-check', '--report', '-', '-o', 'out3'], { cwd })).stdout) as typeof parsed;
    expect(last.options.duplicateCheck).toBe(false);
  });

  test('--duplicate-threshold 1 counts exact copies only; --no-duplicate-check compares nothing', async () => {
    const cwd = folder({ 'a.jsonl': jsonl(objects) });
    const exactOnly = await runCli(['a.jsonl', '-o', 'out', '--duplicate-threshold', '1', '--report', '-', '-q'], { cwd });
    expect((JSON.parse(exactOnly.stdout) as { files: { duplicateOf: string | null }[] }).files.map((record) => record.duplicateOf)).toEqual([null, null, 'a', null, null]);
    const none = await runCli(['a.jsonl', '-o', 'out', '--no-duplicate-check', '--report', '-', '-q'], { cwd });
    const parsed = JSON.parse(none.stdout) as { files: { duplicateOf: string | null }[]; options: { duplicateCheck: boolean } };
    expect(parsed.files.map((record) => record.duplicateOf)).toEqual([null, null, null, null, null]);
    expect(parsed.options.duplicateCheck).toBe(false);
  });
});
