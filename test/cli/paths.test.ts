/**
 * Whatever paths it is given (absolute, with `..`, through symbolic links, globs that match the
 * output folder, an output folder inside an input folder), winnow writes only below --out-dir and
 * never overwrites an input unless --write says so.
 */
import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliFixtures, removeDir, runCli } from './support.js';
import { expectCleanSeed, expectValidReport } from './scenarios.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeDir));

/**
 * A temporary root holding `work/` (a copy of fixtures/cli/tree, where winnow runs) and
 * `elsewhere/` beside it: a folder no run may write to.
 */
function setUp(): { root: string; work: string; elsewhere: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'winnow-paths-'));
  roots.push(root);
  const work = path.join(root, 'work');
  cpSync(path.join(cliFixtures, 'tree'), work, { recursive: true });
  const elsewhere = path.join(root, 'elsewhere');
  mkdirSync(elsewhere);
  cpSync(path.join(work, 'articles/seed.txt'), path.join(elsewhere, 'outside.txt'));
  return { root, work, elsewhere };
}

/** Every entry below `dir`: file contents, link targets and folders, keyed by path relative to `dir`. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    out.set(name, stat.isSymbolicLink() ? `link -> ${readlinkSync(full)}` : stat.isDirectory() ? 'folder' : readFileSync(full, 'latin1'));
  }
  return out;
}

/** The snapshot without the entries below `outDir` (relative to the snapshot's folder). */
function outside(snap: Map<string, string>, outDir: string): Map<string, string> {
  return new Map([...snap].filter(([name]) => name !== outDir && !name.startsWith(`${outDir}${path.sep}`)));
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => lstatSync(path.join(dir, name)).isFile())
    .sort();
}

describe('winnow writes only below --out-dir', () => {
  it('absolute input and output paths mirror the input folder and touch nothing else', async () => {
    const { root, work } = setUp();
    const before = snapshot(root);
    const out = path.join(root, 'clean');
    const result = await runCli([path.join(work, 'articles'), '-o', out, '-q'], { cwd: os.tmpdir() });
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(['clean.md', 'nested/footer.text', 'seed.txt']);
    expect(outside(snapshot(root), 'clean')).toEqual(before);
  });

  it('`..` in inputs and --out-dir resolves against the working folder', async () => {
    const { root, work } = setUp();
    const before = snapshot(root);
    const cwd = path.join(work, 'articles/nested');
    const result = await runCli(['..', '../../copies/seed.txt', '-o', '../../../clean', '-q'], { cwd });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: ../../copies/seed.txt and ../seed.txt would both be written to ../../../clean/seed.txt\n' });
    expect(snapshot(root)).toEqual(before);
    const ok = await runCli(['..', '-o', '../../../clean', '-q'], { cwd });
    expect(ok.code).toBe(0);
    expect(files(path.join(root, 'clean'))).toEqual(['clean.md', 'nested/footer.text', 'seed.txt']);
    expect(outside(snapshot(root), 'clean')).toEqual(before);
  });

  it('an --out-dir inside the input folder: a rerun does not clean its own output again', async () => {
    const { work } = setUp();
    const first = await runCli(['articles', '-o', 'articles/clean', '--report', 'first.json', '-q'], { cwd: work });
    const second = await runCli(['articles', '-o', 'articles/clean', '--report', 'second.json', '-q'], { cwd: work });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(files(path.join(work, 'articles/clean'))).toEqual(['clean.md', 'nested/footer.text', 'seed.txt']);
    const inputs = (name: string) => expectValidReport(readFileSync(path.join(work, name), 'utf8')).files.map((file) => file.input);
    expect(inputs('second.json')).toEqual(inputs('first.json'));
  });

  it('a glob that matches the output folder does not take earlier output for input', async () => {
    const { work } = setUp();
    for (const run of [1, 2]) {
      const result = await runCli(['**/seed.txt', '-o', 'out', '-q'], { cwd: work });
      expect(result, `run ${run}`).toMatchObject({ code: 0, stderr: '' });
    }
    expect(files(path.join(work, 'out'))).toEqual(['articles/seed.txt', 'copies/seed.txt']);
  });

  it('an --out-dir that is a symbolic link to the input folder is refused: it would overwrite inputs', async () => {
    const { root, work } = setUp();
    symlinkSync('articles', path.join(work, 'link-to-articles'));
    const before = snapshot(root);
    const result = await runCli(['articles', '-o', 'link-to-articles'], { cwd: work });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: --out-dir link-to-articles would overwrite the input articles/clean.md\n' });
    expect(snapshot(root)).toEqual(before);
  });

  it('a report that a symbolic link makes the same file as an input is refused', async () => {
    const { root, work } = setUp();
    symlinkSync('articles', path.join(work, 'alias'));
    const before = snapshot(root);
    const result = await runCli(['articles', '-o', 'out', '--report', 'alias/seed.txt'], { cwd: work });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: --report alias/seed.txt would overwrite an input\n' });
    expect(snapshot(root)).toEqual(before);
  });

  it('a report at the place of an output is refused', async () => {
    const { work } = setUp();
    const result = await runCli(['articles', '-o', 'out', '--report', 'out/seed.txt'], { cwd: work });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: --report out/seed.txt would be overwritten by the output of articles/seed.txt\n' });
  });

  it('a symbolic link to a folder elsewhere, already inside --out-dir, does not carry writes out of it', async () => {
    const { work, elsewhere } = setUp();
    mkdirSync(path.join(work, 'out'));
    symlinkSync(elsewhere, path.join(work, 'out/nested'));
    const before = snapshot(elsewhere);
    const result = await runCli(['articles', '-o', 'out', '--report', 'r.json'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^winnow: articles\/nested\/footer.text: cannot write out\/nested\/footer.text: its folder is a symbolic link that leads outside --out-dir; not written$/m);
    expect(snapshot(elsewhere)).toEqual(before);
    expectCleanSeed(readFileSync(path.join(work, 'out/seed.txt'), 'utf8'));
    expect(expectValidReport(readFileSync(path.join(work, 'r.json'), 'utf8')).files.map((file) => file.status)).toEqual(['unchanged', 'failed', 'cleaned']);
  });

  it('the same holds for JSON Lines: a linked folder inside --out-dir does not carry a JSONL output out of it', async () => {
    const { work, elsewhere } = setUp();
    mkdirSync(path.join(work, 'lines/nested'), { recursive: true });
    writeFileSync(path.join(work, 'lines/a.jsonl'), '{"text":"One line of text."}\n');
    writeFileSync(path.join(work, 'lines/nested/b.jsonl'), '{"text":"Another line of text."}\n');
    mkdirSync(path.join(work, 'out'));
    symlinkSync(elsewhere, path.join(work, 'out/nested'));
    const before = snapshot(elsewhere);
    const result = await runCli(['lines', '--jsonl', '-o', 'out', '-q'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('winnow: lines/nested/b.jsonl: cannot write out/nested/b.jsonl: its folder is a symbolic link that leads outside --out-dir; not written\n');
    expect(snapshot(elsewhere)).toEqual(before);
    expect(readFileSync(path.join(work, 'out/a.jsonl'), 'utf8')).toContain('One line of text.');
  });

  it('a symbolic link to a file elsewhere, at an output name, is replaced, not written through', async () => {
    const { work, elsewhere } = setUp();
    mkdirSync(path.join(work, 'out'));
    symlinkSync(path.join(elsewhere, 'outside.txt'), path.join(work, 'out/seed.txt'));
    const before = snapshot(elsewhere);
    const result = await runCli(['articles', '-o', 'out', '-q'], { cwd: work });
    expect(result.code).toBe(0);
    expect(lstatSync(path.join(work, 'out/seed.txt')).isFile()).toBe(true);
    expect(snapshot(elsewhere)).toEqual(before);
  });
});

describe('symbolic links in an input folder', () => {
  function withLinks() {
    const context = setUp();
    symlinkSync(path.join(context.elsewhere, 'outside.txt'), path.join(context.work, 'articles/link.txt'));
    symlinkSync(context.elsewhere, path.join(context.work, 'articles/linked-folder'));
    return context;
  }

  it('are not followed by default: --write leaves what they point to alone', async () => {
    const { work, elsewhere } = withLinks();
    const before = snapshot(elsewhere);
    const result = await runCli(['articles', '--write', '--report', 'r.json', '-q'], { cwd: work });
    expect(result.code).toBe(0);
    expect(expectValidReport(readFileSync(path.join(work, 'r.json'), 'utf8')).files.map((file) => file.input)).toEqual(['articles/clean.md', 'articles/nested/footer.text', 'articles/seed.txt']);
    expect(snapshot(elsewhere)).toEqual(before);
  });

  it('with --follow-symlinks and --out-dir, what they point to is read and written below --out-dir only', async () => {
    const { root, work } = withLinks();
    const before = snapshot(root);
    const result = await runCli(['articles', '--follow-symlinks', '-o', 'out', '-q'], { cwd: work });
    expect(result.code).toBe(0);
    // link.txt and linked-folder/outside.txt are one file: it is cleaned once, under the first name.
    expect(files(path.join(work, 'out'))).toEqual(['clean.md', 'link.txt', 'nested/footer.text', 'seed.txt']);
    expect(outside(snapshot(root), path.join('work', 'out'))).toEqual(before);
  });
});

describe('--write keeps what the rewritten file was', () => {
  it('its mode bits (0664 and 0444 here, which a umask of 022 would turn into 0644) and, run as root, its owner and group', async () => {
    const { work, elsewhere } = setUp();
    const asRoot = process.getuid?.() === 0;
    const shared = path.join(work, 'articles/seed.txt');
    const readOnly = path.join(elsewhere, 'outside.txt');
    chmodSync(shared, 0o664);
    chmodSync(readOnly, 0o444);
    if (asRoot) chownSync(shared, 65534, 65534);
    const result = await runCli(['articles/seed.txt', readOnly, '--write', '-q'], { cwd: work });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    for (const file of [shared, readOnly]) expectCleanSeed(readFileSync(file, 'utf8'));
    expect(statSync(shared).mode & 0o7777).toBe(0o664);
    expect(statSync(readOnly).mode & 0o7777).toBe(0o444);
    if (asRoot) expect(statSync(shared)).toMatchObject({ uid: 65534, gid: 65534 });
  });
});

describe('without --write no input is overwritten', () => {
  for (const args of [['--check'], ['--list-different'], ['--diff'], ['--explain'], ['--report', 'r.json']]) {
    it(`winnow articles ${args.join(' ')}`, async () => {
      const { root, work } = setUp();
      const before = snapshot(root);
      await runCli(['articles', ...args], { cwd: work });
      expect(outside(snapshot(root), path.join('work', 'r.json'))).toEqual(before);
    });
  }
});

describe('odd file names', () => {
  it('spaces, line breaks and leading dashes are cleaned under their own names; a name that is not UTF-8 is one failed line', async () => {
    const { work } = setUp();
    const seed = readFileSync(path.join(work, 'articles/seed.txt'));
    mkdirSync(path.join(work, 'odd'));
    for (const name of ['with space.txt', 'line\nbreak.txt', '-dash.txt', '--write.txt']) writeFileSync(path.join(work, 'odd', name), seed);
    writeFileSync(Buffer.concat([Buffer.from(path.join(work, 'odd', 'latin1-')), Buffer.from([0xe9]), Buffer.from('.txt')]), seed);
    const result = await runCli(['odd', '-o', 'out', '-q'], { cwd: work });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: odd/latin1-\uFFFD.txt: the file name is not UTF-8, so it cannot be opened by name; rename it\n' });
    expect(files(path.join(work, 'out'))).toEqual(['--write.txt', '-dash.txt', 'line\nbreak.txt', 'with space.txt']);
    for (const name of files(path.join(work, 'out'))) expectCleanSeed(readFileSync(path.join(work, 'out', name), 'utf8'));
    // Named on the command line, after `--`, a leading dash is a name, not an option.
    const named = await runCli(['-o', '../out-named', '-q', '--', '-dash.txt', '--write.txt'], { cwd: path.join(work, 'odd') });
    expect(named).toMatchObject({ code: 0, stderr: '' });
    expect(files(path.join(work, 'out-named'))).toEqual(['--write.txt', '-dash.txt']);
  });
});
