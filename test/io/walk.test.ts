import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentKind, expandInputs, globBase } from '../../src/io/walk.js';
import { fixtureCopies } from '../cli/support.js';

const trees = fixtureCopies('tree');
afterAll(trees.removeAll);
const tree = trees.copy;

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
  it('refuses to walk the root of the file system, as "$UNSET/" names it, folder or glob', async () => {
    const dir = tree();
    const root = path.parse(dir).root;
    const cause = 'the root of the file system; winnow does not walk it (an unset variable before "/"?); name a folder below it';
    expect(await shown(dir, [root, `${root}*.txt`, 'articles/seed.txt'])).toEqual({
      files: ['articles/seed.txt -> seed.txt'],
      problems: [
        { path: root, cause },
        { path: `${root}*.txt`, cause },
      ],
    });
  });
  it('takes folder files by extension in any case', async () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'articles/SHOUT.TXT'), 'Some text.\n');
    writeFileSync(path.join(dir, 'articles/Mixed.Md'), 'Some text.\n');
    writeFileSync(path.join(dir, 'articles/page.TXTX'), 'Some text.\n');
    const files = (await shown(dir, ['articles'])).files;
    expect(files).toEqual(expect.arrayContaining(['articles/SHOUT.TXT -> SHOUT.TXT', 'articles/Mixed.Md -> Mixed.Md']));
    expect(files).not.toContain('articles/page.TXTX -> page.TXTX');
    expect((await shown(dir, ['articles'], { ext: ['md'] })).files).toEqual(['articles/Mixed.Md -> Mixed.Md', 'articles/clean.md -> clean.md']);
  });
  it('applies --ignore at any depth for a bare name', async () => {
    expect((await shown(tree(), ['articles'], { ignore: ['nested'] })).files).toEqual(['articles/clean.md -> clean.md', 'articles/seed.txt -> seed.txt']);
  });
  it('follows symbolic links only when asked', async () => {
    const dir = tree();
    mkdirSync(path.join(dir, 'linked'));
    writeFileSync(path.join(dir, 'linked/real.txt'), 'Some text.\n');
    writeFileSync(path.join(dir, 'other.txt'), 'Other text.\n');
    symlinkSync('../other.txt', path.join(dir, 'articles/link.txt'));
    symlinkSync('../linked', path.join(dir, 'articles/linkdir'));
    expect((await shown(dir, ['articles'])).files).not.toContain('articles/link.txt -> link.txt');
    expect((await shown(dir, ['articles'], { followSymlinks: true })).files).toEqual(
      expect.arrayContaining(['articles/link.txt -> link.txt', 'articles/linkdir/real.txt -> linkdir/real.txt']),
    );
  });
  describe('with --follow-symlinks, each real folder is walked once and each real file taken once', () => {
    const followed = async (dir: string, args: string[]) => {
      const { files, problems } = await expandInputs(args, { cwd: dir, ...defaults, followSymlinks: true });
      return { files: [...files].map((file) => file.path), problems, skipped: files.skippedLinks };
    };
    const real = ['articles/clean.md', 'articles/nested/footer.text', 'articles/seed.txt'];

    it('a link back up the tree (nested/loop -> ..) is not walked again', async () => {
      const dir = tree();
      symlinkSync('..', path.join(dir, 'articles/nested/loop'));
      for (const input of ['articles', 'articles/**/*.{md,text,txt}']) {
        expect(await followed(dir, [input]), input).toEqual({ files: real, problems: [], skipped: [{ path: 'articles/nested/loop', leadsTo: 'articles' }] });
      }
    });
    it('a link to a folder walked under its own name, or to a file taken already, is skipped', async () => {
      const dir = tree();
      symlinkSync('nested', path.join(dir, 'articles/alias'));
      symlinkSync('seed.txt', path.join(dir, 'articles/again.txt'));
      expect(await followed(dir, ['articles'])).toEqual({
        files: real,
        problems: [],
        skipped: [
          { path: 'articles/again.txt', leadsTo: 'articles/seed.txt' },
          { path: 'articles/alias', leadsTo: 'articles/nested' },
        ],
      });
    });
    it('a folder outside is walked through its link; a link in it to itself, or to a folder holding the one given, is not', async () => {
      const dir = tree();
      mkdirSync(path.join(dir, 'linked'));
      writeFileSync(path.join(dir, 'linked/real.txt'), 'Some text.\n');
      symlinkSync('.', path.join(dir, 'linked/self'));
      symlinkSync('..', path.join(dir, 'linked/back'));
      symlinkSync('../linked', path.join(dir, 'articles/linkdir'));
      expect(await followed(dir, ['articles'])).toEqual({
        files: ['articles/clean.md', 'articles/linkdir/real.txt', 'articles/nested/footer.text', 'articles/seed.txt'],
        problems: [],
        skipped: [
          { path: 'articles/linkdir/back', leadsTo: '.' },
          { path: 'articles/linkdir/self', leadsTo: 'linked' },
        ],
      });
    });
    it('two links to one folder outside: its files are taken once, under the first path in sorted order', async () => {
      const dir = tree();
      mkdirSync(path.join(dir, 'linked'));
      writeFileSync(path.join(dir, 'linked/real.txt'), 'Some text.\n');
      symlinkSync('../linked', path.join(dir, 'articles/one'));
      symlinkSync('../linked', path.join(dir, 'articles/two'));
      expect(await followed(dir, ['articles'])).toEqual({
        files: [...real.slice(0, 2), 'articles/one/real.txt', 'articles/seed.txt'],
        problems: [],
        skipped: [{ path: 'articles/two/real.txt', leadsTo: 'articles/one/real.txt' }],
      });
    });
    it('a link into another folder given is left to that folder', async () => {
      const dir = tree();
      mkdirSync(path.join(dir, 'other'));
      symlinkSync('../articles/nested', path.join(dir, 'other/nested'));
      expect(await followed(dir, ['other', 'articles'])).toEqual({ files: real, problems: [], skipped: [{ path: 'other/nested', leadsTo: 'articles/nested' }] });
    });
  });

  it('walks the working folder when given .', async () => {
    const dir = tree();
    expect((await shown(path.join(dir, 'articles'), ['.'])).files).toEqual(['clean.md -> clean.md', 'nested/footer.text -> nested/footer.text', 'seed.txt -> seed.txt']);
  });
});
