import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentKind, expandInputs, globBase } from '../../src/io/walk.js';
import { copyFixture, removeDir } from '../cli/support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function tree(): string {
  const dir = copyFixture('tree');
  dirs.push(dir);
  return dir;
}

const defaults = { ext: ['txt', 'text', 'md'], ignore: [], followSymlinks: false };
const shown = async (dir: string, args: string[], options = {}) => {
  const { files, problems } = await expandInputs(args, { cwd: dir, ...defaults, ...options });
  return { files: [...files].map((file) => `${file.path} -> ${file.relative}`), problems };
};

describe('expandInputs', () => {
  it('walks folders for the default extensions, sorted, skipping hidden files and node_modules', async () => {
    expect(await shown(tree(), ['articles'])).toEqual({
      files: ['articles/clean.md -> clean.md', 'articles/nested/footer.text -> nested/footer.text', 'articles/seed.txt -> seed.txt'],
      problems: [],
    });
  });
  it('takes a named file whatever its extension, and names each file once', async () => {
    expect((await shown(tree(), ['articles/page.html', 'articles', './articles/seed.txt'])).files).toEqual([
      'articles/clean.md -> clean.md',
      'articles/nested/footer.text -> nested/footer.text',
      'articles/page.html -> page.html',
      'articles/seed.txt -> seed.txt',
    ]);
  });
  it('mirrors paths below a glob base', async () => {
    expect(globBase('articles/**/*.txt')).toBe('articles');
    expect(globBase('*.txt')).toBe('.');
    expect((await shown(tree(), ['articles/**/*.{md,text}'])).files).toEqual(['articles/clean.md -> clean.md', 'articles/nested/footer.text -> nested/footer.text']);
  });
  it('reports missing paths and empty globs as problems', async () => {
    expect((await shown(tree(), ['gone.txt', 'gone/**/*.txt'])).problems).toEqual([
      { path: 'gone.txt', cause: 'no such file or directory' },
      { path: 'gone/**/*.txt', cause: 'no files match this pattern' },
    ]);
  });
  it('takes an empty path for a missing input, never for the working folder', async () => {
    const dir = path.join(tree(), 'articles');
    expect(await shown(dir, ['', ' ', 'seed.txt'])).toEqual({
      files: ['seed.txt -> seed.txt'],
      problems: [
        { path: '', cause: 'no such file or directory (the path is empty)' },
        { path: ' ', cause: 'no such file or directory (the path is blank)' },
      ],
    });
    expect(argumentKind('', dir)).toBe('other');
    expect(argumentKind('.', dir)).toBe('folder');
  });
  it('applies --ignore at any depth for a bare name', async () => {
    expect((await shown(tree(), ['articles'], { ignore: ['nested'] })).files).toEqual(['articles/clean.md -> clean.md', 'articles/seed.txt -> seed.txt']);
  });
  it('follows symbolic links only when asked', async () => {
    const dir = tree();
    mkdirSync(path.join(dir, 'linked'));
    writeFileSync(path.join(dir, 'linked/real.txt'), 'Some text.\n');
    symlinkSync('../linked/real.txt', path.join(dir, 'articles/link.txt'));
    symlinkSync('../linked', path.join(dir, 'articles/linkdir'));
    expect((await shown(dir, ['articles'])).files).not.toContain('articles/link.txt -> link.txt');
    expect((await shown(dir, ['articles'], { followSymlinks: true })).files).toEqual(
      expect.arrayContaining(['articles/link.txt -> link.txt', 'articles/linkdir/real.txt -> linkdir/real.txt']),
    );
  });
  it('walks the working folder when given .', async () => {
    const dir = tree();
    expect((await shown(path.join(dir, 'articles'), ['.'])).files).toEqual(['clean.md -> clean.md', 'nested/footer.text -> nested/footer.text', 'seed.txt -> seed.txt']);
  });
});
