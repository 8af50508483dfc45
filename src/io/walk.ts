import { statSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './read-input.js';

/** One input file: how winnow shows it, where it is, and its path relative to the argument that found it. */
export interface InputFile {
  /** As shown in messages and the report: relative to the working folder when the argument was. */
  path: string;
  absolute: string;
  /** Mirrored under `--out-dir`: below the folder or glob base that was given, or the bare name of a file. */
  relative: string;
}

/** An argument that found nothing to read. */
export interface WalkProblem {
  path: string;
  cause: string;
}

export interface WalkOptions {
  cwd: string;
  /** Extensions taken from folders, without dots. */
  ext: readonly string[];
  /** Glob patterns to skip, matched against the shown paths; a pattern without `/` matches at any depth. */
  ignore: readonly string[];
  followSymlinks: boolean;
}

const GLOB_CHARS = /[*?[\]{}()!]/;

/** What a command-line argument names, looked at before any work to decide where text goes. */
export function argumentKind(arg: string, cwd: string): 'file' | 'folder' | 'glob' | 'other' {
  try {
    const stat = statSync(path.resolve(cwd, arg));
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return GLOB_CHARS.test(arg) ? 'glob' : 'other';
  }
}

/**
 * Expands file, folder and glob arguments into a sorted, de-duplicated list of files. Folders are
 * walked recursively for the given extensions; hidden entries and node_modules are skipped.
 * fast-glob is loaded only when a folder or glob needs it.
 */
export async function expandInputs(args: readonly string[], options: WalkOptions): Promise<{ files: InputFile[]; problems: WalkProblem[] }> {
  const found = new Map<string, InputFile>();
  const problems: WalkProblem[] = [];
  const ignore = ['**/node_modules/**', ...options.ignore.flatMap(anyDepth)];
  const add = (file: InputFile) => {
    if (!found.has(file.absolute)) found.set(file.absolute, file);
  };
  for (const arg of args) {
    const absolute = path.resolve(options.cwd, arg);
    const shown = show(arg, absolute, options.cwd);
    let kind: 'file' | 'folder' | 'other' | 'missing';
    try {
      const stat = statSync(absolute);
      kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        problems.push({ path: shown, cause: describeFsError(error) });
        continue;
      }
      kind = 'missing';
    }
    if (kind === 'file') {
      // A file named on the command line is read whatever its extension: the user asked for it.
      add({ path: shown, absolute, relative: path.basename(absolute) });
    } else if (kind === 'other') {
      problems.push({ path: shown, cause: 'not a regular file' });
    } else if (kind === 'folder') {
      const exts = options.ext.length === 1 ? options.ext[0]! : `{${options.ext.join(',')}}`;
      const prefix = shown === '.' ? '' : `${escape(shown)}/`;
      const matches = await glob(`${prefix}**/*.${exts}`, ignore, options);
      for (const match of matches) {
        const matchAbsolute = path.resolve(options.cwd, match);
        add({ path: show(match, matchAbsolute, options.cwd), absolute: matchAbsolute, relative: path.relative(absolute, matchAbsolute) });
      }
    } else if (GLOB_CHARS.test(arg)) {
      const matches = await glob(arg, ignore, options);
      if (matches.length === 0) problems.push({ path: arg, cause: 'no files match this pattern' });
      const base = path.resolve(options.cwd, globBase(arg));
      for (const match of matches) {
        const matchAbsolute = path.resolve(options.cwd, match);
        add({ path: show(match, matchAbsolute, options.cwd), absolute: matchAbsolute, relative: path.relative(base, matchAbsolute) });
      }
    } else {
      problems.push({ path: shown, cause: 'no such file or directory' });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

async function glob(pattern: string, ignore: string[], options: WalkOptions): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  return fg(pattern, {
    cwd: options.cwd,
    ignore,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: options.followSymlinks,
    unique: true,
  });
}

function show(arg: string, absolute: string, cwd: string): string {
  if (path.isAbsolute(arg)) return absolute;
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative;
}

/** `drafts` or `*.md` behave as in .gitignore: they match at any depth. */
function anyDepth(pattern: string): string[] {
  if (pattern.includes('/')) return [pattern];
  return [`**/${pattern}`, `**/${pattern}/**`];
}

function escape(folder: string): string {
  return folder.replace(/[*?[\]{}()!\\]/g, '\\$&');
}

/** The leading path segments of a glob that contain no glob characters. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_CHARS.test(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}
