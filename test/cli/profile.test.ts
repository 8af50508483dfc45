/** winnow profile, and cleaning with --profile: the corpus commands, run in-process on fixtures/corpus. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectValidReport } from './scenarios.js';
import { read, removeDir, repoDir, runCli } from './support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** A temporary folder holding corpus/ (a copy of fixtures/corpus). */
function corpusDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-corpus-'));
  dirs.push(dir);
  cpSync(path.join(repoDir, 'fixtures/corpus'), path.join(dir, 'corpus'), { recursive: true });
  return dir;
}

const pages = (dir: string) =>
  readdirSync(path.join(dir, 'corpus'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort();

describe('winnow profile', () => {
  test('counts the pages of each site folder and writes the profile atomically', async () => {
    const cwd = corpusDir();
    const result = await runCli(['profile', 'corpus', '-o', 'profile.json'], { cwd });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^winnow: profile of 32 documents from 2 sites \([\d,]+ fingerprints\) written to profile\.json in [\d.]+ s\n$/);
    const profile = JSON.parse(read(cwd, 'profile.json'));
    expect(profile.documents).toBe(32);
    expect(Object.entries(profile.sites).map(([site, counts]) => [site, (counts as { documents: number }).documents])).toEqual([
      ['harbour-gazette', 26],
      ['valley-courier', 6],
    ]);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('without -o writes the profile on stdout', async () => {
    const cwd = corpusDir();
    const result = await runCli(['profile', 'corpus', '-q'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).documents).toBe(32);
  });

  test('files named one by one, with --site-root, give the profile of their folder', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '-o', 'whole.json', '-q'], { cwd });
    const files = pages(cwd).map((name) => path.join('corpus', name));
    const named = await runCli(['profile', '--site-root', 'corpus', ...files, '-o', 'named.json', '-q'], { cwd });
    expect(named.code).toBe(0);
    expect(read(cwd, 'named.json')).toBe(read(cwd, 'whole.json'));
  });

  test('--merge adds shard profiles up to the profile of the whole, in any order', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '-o', 'whole.json', '-q'], { cwd });
    await runCli(['profile', 'corpus/*/0*.txt', '-o', 'a.json', '-q'], { cwd });
    await runCli(['profile', 'corpus/*/1*.txt', '-o', 'b.json', '-q'], { cwd });
    await runCli(['profile', 'corpus/*/2*.txt', '-o', 'c.json', '-q'], { cwd });
    for (const order of [['a', 'b', 'c'], ['c', 'a', 'b'], ['b', 'c', 'a']]) {
      const merged = await runCli(['profile', '--merge', ...order.map((name) => `${name}.json`), '-o', 'merged.json', '-q'], { cwd });
      expect(merged.code).toBe(0);
      expect(read(cwd, 'merged.json')).toBe(read(cwd, 'whole.json'));
    }
  });

  test('--prune-below drops what recurs in fewer documents, and a pruned profile does not merge', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '--prune-below', '3', '-o', 'pruned.json', '-q'], { cwd });
    const pruned = JSON.parse(read(cwd, 'pruned.json'));
    expect(pruned.options.prunedBelow).toBe(3);
    for (const counts of Object.values(pruned.sites) as { blocks: Record<string, number> }[]) {
      expect(Math.min(...Object.values(counts.blocks))).toBeGreaterThanOrEqual(3);
    }
    const merged = await runCli(['profile', '--merge', 'pruned.json', 'pruned.json', '-o', 'merged.json'], { cwd });
    expect(merged).toMatchObject({ code: 2, stdout: '' });
    expect(merged.stderr).toBe('winnow: pruned.json: pruned below 3 documents, so its counts would not add up; merge the unpruned profiles, then prune\n');
  });

  test('an input that is not text is reported, not counted, and the exit code is 2', async () => {
    const cwd = corpusDir();
    writeFileSync(path.join(cwd, 'corpus/valley-courier/07-bad.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const result = await runCli(['profile', 'corpus', '-o', 'profile.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^winnow: corpus\/valley-courier\/07-bad\.txt: binary file \(NUL byte at offset 1\); not counted\nwinnow: profile of 32 documents/);
  });

  test.each([
    [['profile'], 'winnow profile needs inputs: files, folders or globs, or profiles with --merge; see winnow profile --help'],
    [['profile', '-'], 'winnow profile counts files; stdin is not read (give files, folders or globs)'],
    [['profile', '--merge', 'a.json', '--site', 'x'], '--site applies to counting documents; --merge adds up profiles as they are'],
    [['profile', '--merge', 'missing.json'], 'missing.json: cannot read the profile: no such file or directory'],
    [['profile', '--merge', 'corpus/valley-courier/01-mill-reopens.txt'], 'corpus/valley-courier/01-mill-reopens.txt: not JSON'],
    [['profile', 'corpus', '--write'], 'unknown option --write'],
    [['profile', 'corpus', '-o', 'corpus'], 'corpus: cannot write the profile: is a directory'],
    [['profile', 'corpus', '-o', 'corpus/harbour-gazette/01-ferry-timetable-may.txt'], '--output corpus/harbour-gazette/01-ferry-timetable-may.txt would overwrite the input corpus/harbour-gazette/01-ferry-timetable-may.txt'],
    [['corpus', '-o', 'out', '--template-min-docs', '4'], '--template-min-docs applies to cleaning with a profile; add --profile FILE'],
    [['corpus', '-o', 'out', '--site-root', 'corpus'], "--site-root says which site each input's profile counts apply to; add --profile FILE"],
    [['corpus', '-o', 'out', '--profile', 'p.json', '--site', 'a', '--site-root', 'corpus'], '--site and --site-root cannot be used together'],
    [['corpus', '-o', 'out', '--profile', 'missing.json'], 'missing.json: cannot read the profile: no such file or directory'],
  ])('refuses %j before any work', async (args, message) => {
    const cwd = corpusDir();
    const result = await runCli(args, { cwd });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.startsWith(`winnow: ${message}`)).toBe(true);
    expect(readdirSync(cwd)).toEqual(['corpus']);
  });
});

describe('winnow profile -o that would overwrite an input', () => {
  test('an article: refused before any counting, the article kept', async () => {
    const cwd = corpusDir();
    const article = 'corpus/harbour-gazette/01-ferry-timetable-may.txt';
    const before = read(cwd, article);
    const result = await runCli(['profile', 'corpus', '-o', article], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `winnow: --output ${article} would overwrite the input ${article}\n` });
    expect(read(cwd, article)).toBe(before);
  });

  test('an article, through a symbolic link', async () => {
    const cwd = corpusDir();
    symlinkSync('corpus/valley-courier', path.join(cwd, 'alias'));
    const result = await runCli(['profile', 'corpus', '-o', 'alias/01-mill-reopens.txt'], { cwd });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: --output alias/01-mill-reopens.txt would overwrite the input corpus/valley-courier/01-mill-reopens.txt\n' });
  });

  test('one of the profiles --merge adds up', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus/harbour-gazette', '-o', 'a.json', '-q'], { cwd });
    await runCli(['profile', 'corpus/valley-courier', '-o', 'b.json', '-q'], { cwd });
    const before = read(cwd, 'b.json');
    const result = await runCli(['profile', '--merge', 'a.json', 'b.json', '-o', 'b.json'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'winnow: --output b.json would overwrite the input b.json\n' });
    expect(read(cwd, 'b.json')).toBe(before);
  });
});

describe('winnow --profile', () => {
  test('cleans each page with its site template removed, and reports the evidence', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '-o', 'profile.json', '-q'], { cwd });
    const result = await runCli(['--profile', 'profile.json', 'corpus', '-o', 'clean', '--report', 'report.json'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^winnow: 32 files: 32 cleaned, 0 unchanged in/);
    for (const name of pages(cwd)) expect(read(cwd, path.join('clean', name)), name).toBe(readFileSync(path.join(repoDir, 'fixtures/corpus-expected', name), 'utf8'));
    const report = expectValidReport(read(cwd, 'report.json'));
    expect(report.options).toMatchObject({ profile: path.join(cwd, 'profile.json'), templateMinDocs: null, templateMinShare: null, siteRoot: null, site: null });
    const reasons = (report.files[0] as unknown as { findings: { detector: string; reason: string }[] }).findings.filter((f) => f.detector === 'corpus-template');
    expect(reasons[0]?.reason).toBe("recurs in 26 of 26 documents of harbour-gazette: the site's template, not the article");
  });

  test('thresholds are flags: a template in 26 of 26 pages is not one at --template-min-docs 27', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '-o', 'profile.json', '-q'], { cwd });
    const file = 'corpus/harbour-gazette/01-ferry-timetable-may.txt';
    const strict = await runCli(['--profile', 'profile.json', '--template-min-docs', '27', file, '--site-root', 'corpus'], { cwd });
    expect(strict.stdout).toContain('Our reporting on the North Shore is paid for by readers like you.');
    const share = await runCli(['--profile', 'profile.json', '--template-min-share', '0.5', file, '--site-root', 'corpus'], { cwd });
    expect(share.stdout).not.toContain('Our reporting on the North Shore is paid for by readers like you.');
  });

  test('a file named alone needs its site: --site-root or --site, else a note says nothing was removed as template', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '-o', 'profile.json', '-q'], { cwd });
    const file = 'corpus/harbour-gazette/01-ferry-timetable-may.txt';
    const expected = readFileSync(path.join(repoDir, 'fixtures/corpus-expected/harbour-gazette/01-ferry-timetable-may.txt'), 'utf8');
    expect((await runCli(['--profile', 'profile.json', file, '--site-root', 'corpus', '-q'], { cwd })).stdout).toBe(expected);
    expect((await runCli(['--profile', 'profile.json', '--site', 'harbour-gazette', '-q'], { cwd, stdin: read(cwd, file) })).stdout).toBe(expected);
    const alone = await runCli(['--profile', 'profile.json', file], { cwd });
    expect(alone.stdout).not.toBe(expected);
    expect(alone.stderr).toMatch(/\nwinnow: 1 input belongs to no site the profile counted, so no template lines were removed there; name the site with --site NAME or --site-root DIR\n$/);
  });

  test('refuses a profile pruned above the documents threshold', async () => {
    const cwd = corpusDir();
    await runCli(['profile', 'corpus', '--prune-below', '5', '-o', 'profile.json', '-q'], { cwd });
    const result = await runCli(['--profile', 'profile.json', 'corpus', '-o', 'clean'], { cwd });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'winnow: profile.json: pruned below 5 documents, so it cannot tell which lines recur in 3; lower --prune-below or raise --template-min-docs\n',
    );
    expect((await runCli(['--profile', 'profile.json', '--template-min-docs', '5', 'corpus', '-o', 'clean', '-q'], { cwd })).code).toBe(0);
  });
});
