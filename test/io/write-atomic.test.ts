import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomicFile, removeTemporaryFiles, rewriteAtomic, writeAtomic } from '../../src/io/write-atomic.js';
import { removeDir } from '../cli/support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-write-'));
  dirs.push(dir);
  return dir;
}

describe('writeAtomic', () => {
  it('creates missing folders and leaves no temporary file', () => {
    const dir = temp();
    writeAtomic(path.join(dir, 'a/b/c.txt'), 'text');
    expect(readFileSync(path.join(dir, 'a/b/c.txt'), 'utf8')).toBe('text');
    expect(readdirSync(path.join(dir, 'a/b'))).toEqual(['c.txt']);
  });
  it('keeps the permissions of the file it replaces', () => {
    const dir = temp();
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
  it('throws, and cleans up, when the target cannot be written', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'file'), '');
    expect(() => writeAtomic(path.join(dir, 'file/below.txt'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('rewriteAtomic', () => {
  it('keeps the mode bits of the file it rewrites, also those the umask would take away', () => {
    const dir = temp();
    for (const [name, mode] of [['shared.txt', 0o664], ['read-only.txt', 0o444], ['setgid.txt', 0o2775]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, 'old');
      chmodSync(file, mode);
      rewriteAtomic(file, 'new');
      expect(statSync(file).mode & 0o7777, name).toBe(mode);
      expect(readFileSync(file, 'utf8')).toBe('new');
    }
  });
  // Only root may give a file to another user; as anyone else the rewritten file is theirs.
  it.runIf(process.getuid?.() === 0)('run as root, keeps the owner and group of the file it rewrites', () => {
    const dir = temp();
    const file = path.join(dir, 'nobody.txt');
    writeFileSync(file, 'old');
    chownSync(file, 65534, 65534);
    chmodSync(file, 0o444);
    rewriteAtomic(file, 'new');
    expect(statSync(file)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(statSync(file).mode & 0o7777).toBe(0o444);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
  it('replaces the file a symbolic link points to, and keeps the link', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    rewriteAtomic(path.join(dir, 'link.txt'), 'new');
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });
});

describe('openAtomicFile', () => {
  it('shows the file under its name only once closed', () => {
    const dir = temp();
    const sink = openAtomicFile(path.join(dir, 'report.json'));
    sink.write('{"a":');
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.report\.json\.winnow-\d+-[0-9a-f]+\w*\.tmp$/)]);
    sink.write('1}');
    sink.close();
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('{"a":1}');
  });
  it('leaves nothing behind when aborted or when the run is stopped', () => {
    const dir = temp();
    openAtomicFile(path.join(dir, 'a.json')).abort();
    openAtomicFile(path.join(dir, 'b.json')).write('partial');
    removeTemporaryFiles();
    expect(readdirSync(dir)).toEqual([]);
  });
});
