/**
 * Where a named output (the report, a profile) goes: a regular file is replaced atomically, through
 * any symbolic link to it; a device, a pipe or an open file descriptor is written as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseTarget, findTarget, openOutputFile } from '../../src/io/output-file.js';
import { removeDir } from '../cli/support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-output-'));
  dirs.push(dir);
  return dir;
}

describe('chooseTarget: the decision, from what is at the path', () => {
  it('a regular file, or nothing yet, is replaced atomically at the end of its links', () => {
    expect(chooseTarget({ kind: 'file', end: '/srv/r.json', descriptor: false })).toEqual({ write: 'replace', path: '/srv/r.json' });
    expect(chooseTarget({ kind: 'missing', end: '/srv/r.json', descriptor: false })).toEqual({ write: 'replace', path: '/srv/r.json' });
  });
  it('a character device such as /dev/null, or a FIFO, is written as it is, never replaced', () => {
    expect(chooseTarget({ kind: 'other', end: '/dev/null', descriptor: false })).toEqual({ write: 'stream', path: '/dev/null', append: false });
    expect(chooseTarget({ kind: 'other', end: '/tmp/fifo', descriptor: false })).toEqual({ write: 'stream', path: '/tmp/fifo', append: false });
  });
  it('an open file descriptor (/dev/stdout, /dev/fd/63 from >(cmd)) is written as it is, appending if it is a file', () => {
    expect(chooseTarget({ kind: 'other', end: '/proc/self/fd/1', descriptor: true })).toEqual({ write: 'stream', path: '/proc/self/fd/1', append: true });
    expect(chooseTarget({ kind: 'file', end: '/dev/fd/63', descriptor: true })).toEqual({ write: 'stream', path: '/dev/fd/63', append: true });
    expect(chooseTarget({ kind: 'missing', end: '/dev/fd/9', descriptor: true })).toEqual({ refused: 'no such file descriptor is open' });
  });
  it('nothing is created or replaced in /dev: a regular file there is written in place, a missing one refused', () => {
    expect(chooseTarget({ kind: 'file', end: '/dev/null', descriptor: false })).toEqual({ write: 'stream', path: '/dev/null', append: false });
    expect(chooseTarget({ kind: 'missing', end: '/dev/nul', descriptor: false })).toEqual({ refused: 'no such device, and winnow creates no files in /dev' });
    expect(chooseTarget({ kind: 'missing', end: '/dev/shm/r.json', descriptor: false })).toEqual({ write: 'replace', path: '/dev/shm/r.json' });
  });
  it('a folder is refused', () => {
    expect(chooseTarget({ kind: 'folder', end: '/srv', descriptor: false })).toEqual({ refused: 'is a directory' });
  });
});

describe('findTarget: the path looked at', () => {
  it('follows a symbolic link, relative or absolute, to the file it points to', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'real.json'), '{}');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    symlinkSync(path.join(dir, 'link.json'), path.join(dir, 'link-to-link.json'));
    expect(findTarget(path.join(dir, 'link-to-link.json'))).toEqual({ write: 'replace', path: path.join(dir, 'real.json') });
  });
  it('follows a link to a file that does not exist yet, so the file is made where the link says', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'reports'));
    symlinkSync('reports/new.json', path.join(dir, 'link.json'));
    expect(findTarget(path.join(dir, 'link.json'))).toEqual({ write: 'replace', path: path.join(dir, 'reports/new.json') });
  });
  it('takes a FIFO as a stream', () => {
    const dir = temp();
    expect(spawnSync('mkfifo', [path.join(dir, 'fifo')]).status).toBe(0);
    expect(findTarget(path.join(dir, 'fifo'))).toEqual({ write: 'stream', path: path.join(dir, 'fifo'), append: false });
  });
  it('takes /dev/stdin, a link to an open descriptor, as a descriptor', () => {
    expect(findTarget('/dev/stdin')).toMatchObject({ write: 'stream', append: true });
  });
  it('refuses a folder with one cause', () => {
    expect(() => findTarget(temp())).toThrow('is a directory');
  });
});

describe('openOutputFile', () => {
  it('writes through a link: the link stays, the file it points to gets the text, no temporary file stays', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'real.json'), '{}');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    const sink = openOutputFile(findTarget(path.join(dir, 'link.json')));
    sink.write('{"a":1}');
    sink.close();
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });
  it('streams into a FIFO that another process reads; the FIFO stays one and no file is made beside it', async () => {
    const dir = temp();
    const fifo = path.join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The reader copies what it reads to a file, so this process never waits on a pipe of its own.
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, path.join(dir, 'read.txt')]);
    const done = new Promise((resolve) => reader.on('close', resolve));
    const sink = openOutputFile(findTarget(fifo));
    sink.write('{"a":');
    sink.write('1}');
    sink.close();
    expect(await done).toBe(0);
    expect(readFileSync(path.join(dir, 'read.txt'), 'utf8')).toBe('{"a":1}');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['fifo', 'read.txt']);
  });
});
