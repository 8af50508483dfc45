/**
 * The files winnow is told to write one by one (--report FILE, profile -o FILE): a symbolic link is
 * written through, a pipe or device is written as it is, and a target that cannot be written is
 * refused before any work.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectValidReport } from './scenarios.js';
import { fixtureCopies, runCli } from './support.js';

const trees = fixtureCopies('tree');
afterAll(trees.removeAll);
const tree = trees.copy;

/** Starts a process that copies what it reads from the FIFO `fifo` to `copy`; resolves with its exit code. */
function readFifo(fifo: string, copy: string): Promise<number | null> {
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  // Killed if nothing opens the FIFO for writing, so a failing test leaves no process behind.
  const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, copy], { timeout: 20_000 });
  return new Promise((resolve) => reader.on('close', resolve));
}

const temporaries = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));

describe('--report through a symbolic link', () => {
  it('writes the file the link points to and keeps the link', async () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'real.json'), '{}');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    const result = await runCli(['articles', '--check', '-q', '--report', 'link.json'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(readlinkSync(path.join(dir, 'link.json'))).toBe('real.json');
    expect(expectValidReport(readFileSync(path.join(dir, 'real.json'), 'utf8')).files).toHaveLength(3);
    expect(temporaries(dir)).toEqual([]);
  });

  it('makes the file a dangling link names', async () => {
    const dir = tree();
    symlinkSync('articles/../new.json', path.join(dir, 'link.json'));
    const result = await runCli(['articles', '--check', '-q', '--report', 'link.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(expectValidReport(readFileSync(path.join(dir, 'new.json'), 'utf8')).files).toHaveLength(3);
  });
});

describe('a --report that would overwrite an input is refused before any work', () => {
  it('through a symbolic link to the input', async () => {
    const dir = tree();
    symlinkSync('articles/seed.txt', path.join(dir, 'link.json'));
    const before = readFileSync(path.join(dir, 'articles/seed.txt'), 'utf8');
    const result = await runCli(['articles', '-o', 'out', '--report', 'link.json'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'winnow: --report link.json would overwrite an input\n' });
    expect(readFileSync(path.join(dir, 'articles/seed.txt'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).not.toContain('out');
  });

  it('when the input named is a symbolic link to the report', async () => {
    const dir = tree();
    symlinkSync('articles/seed.txt', path.join(dir, 'alias.txt'));
    const result = await runCli(['alias.txt', '--check', '--report', 'articles/seed.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'winnow: --report articles/seed.txt would overwrite an input\n' });
  });
});

describe('a --report that is a folder', () => {
  it('is refused before any work, with one line', async () => {
    const dir = tree();
    const result = await runCli(['articles', '-o', 'out', '--report', 'copies'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'winnow: copies: cannot write the report: is a directory\n' });
    expect(readdirSync(dir)).not.toContain('out');
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('an --out-dir that is not a folder', () => {
  it.each([
    ['an existing file', ['articles', '-o', 'afile'], 'winnow: afile: cannot write the outputs there: not a directory\n'],
    ['below a file', ['articles', '-o', 'afile/clean'], 'winnow: afile/clean: cannot write the outputs there: a parent of this path is not a directory\n'],
    ['an existing file, for JSON Lines', ['lines.jsonl', '-o', 'afile'], 'winnow: afile: cannot write the outputs there: not a directory\n'],
  ])('%s: refused before any work, with one line', async (_, args, stderr) => {
    const dir = tree();
    writeFileSync(path.join(dir, 'afile'), 'hi\n');
    writeFileSync(path.join(dir, 'lines.jsonl'), '{"text":"a line"}\n');
    const result = await runCli([...args, '--report', 'r.json'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
    expect(readFileSync(path.join(dir, 'afile'), 'utf8')).toBe('hi\n');
    expect(readdirSync(dir)).not.toContain('r.json');
  });
});

describe('--report to a FIFO', () => {
  it('streams the report to the process reading it; the FIFO stays a FIFO', async () => {
    const dir = tree();
    const read = readFifo(path.join(dir, 'fifo'), path.join(dir, 'read.json'));
    const result = await runCli(['articles', '-o', 'out', '-q', '--report', 'fifo'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await read).toBe(0);
    expect(expectValidReport(readFileSync(path.join(dir, 'read.json'), 'utf8')).files).toHaveLength(3);
    expect(lstatSync(path.join(dir, 'fifo')).isFIFO()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('winnow profile -o', () => {
  it('through a symbolic link writes the file it points to; to a FIFO streams the profile', async () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'real.json'), '{}');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    const linked = await runCli(['profile', 'articles', '-q', '-o', 'link.json'], { cwd: dir });
    expect(linked).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')).documents).toBe(3);

    const read = readFifo(path.join(dir, 'fifo'), path.join(dir, 'read.json'));
    const piped = await runCli(['profile', 'articles', '-q', '-o', 'fifo'], { cwd: dir });
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(await read).toBe(0);
    expect(readFileSync(path.join(dir, 'read.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'real.json'), 'utf8'));
    expect(lstatSync(path.join(dir, 'fifo')).isFIFO()).toBe(true);
  });
});
