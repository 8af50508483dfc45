import { readdir, stat, statSync } from 'node:fs';
import path from 'node:path';
import { LinkGuard, type SkippedLink } from './links.js';
import { isInside } from './out-dir.js';
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
  /** An absolute folder whose files are never inputs when met in a folder or glob (the --out-dir). */
  exclude?: string;
}

const GLOB_CHARS = /[*?[\]{}()!]/;
const ROOT_REFUSED = 'the root of the file system; winnow does not walk it (an unset variable before "/"?); name a folder below it';

/** What a command-line argument names, looked at before any work to decide where text goes. */
export function argumentKind(arg: string, cwd: string): 'file' | 'folder' | 'glob' | 'other' {
  if (arg === '') return 'other';
  try {
    const stat = statSync(path.resolve(cwd, arg));
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return GLOB_CHARS.test(arg) ? 'glob' : 'other';
  }
}

/**
 * The inputs found, sorted, kept compact: one string per file and one number saying which
 * argument's folder its --out-dir path is relative to. On a million files this is what memory
 * holds; the rest of a file's details are made when its turn comes.
 */
export class InputList {
  constructor(
    private readonly cwd: string,
    private readonly paths: string[],
    private readonly baseOf: Uint32Array,
    private readonly bases: string[],
    /** What --follow-symlinks did not take twice, sorted by path. */
    readonly skippedLinks: readonly SkippedLink[] = [],
  ) {}

  get length(): number {
    return this.paths.length;
  }

  get(index: number): InputFile {
    const shown = this.paths[index]!;
    const absolute = path.resolve(this.cwd, shown);
    return { path: shown, absolute, relative: path.relative(this.bases[this.baseOf[index]!]!, absolute) };
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let index = 0; index < this.paths.length; index++) yield this.get(index);
  }
}

/**
 * Expands file, folder and glob arguments into a sorted, de-duplicated list of files. Folders are
 * walked recursively for the given extensions; hidden entries and node_modules are skipped.
 * fast-glob is loaded only when a folder or glob needs it.
 */
export async function expandInputs(args: readonly string[], options: WalkOptions): Promise<{ files: InputList; problems: WalkProblem[] }> {
  // fast-glob answers with paths as winnow shows them (relative to the working folder, or absolute
  // for an absolute argument), so they are kept as they come, without resolving each one: on a
  // large tree that per-file garbage was most of the peak memory. Only several arguments can name
  // a file twice, so only then is a set kept.
  const shownPaths: string[] = [];
  const baseIndexes: number[] = [];
  const seen = args.length > 1 ? new Set<string>() : undefined;
  const bases: string[] = [];
  const problems: WalkProblem[] = [];
  const ignore = ['**/node_modules/**', ...options.ignore.flatMap(anyDepth)];
  const links = options.followSymlinks ? new LinkGuard(options.cwd, LinkGuard.realFolders(args, options.cwd)) : undefined;
  const addAll = async (matches: AsyncIterable<string> | Iterable<string>, base: string, normalize: boolean, exclude?: string) => {
    const baseIndex = bases.push(base) - 1;
    let matched = 0;
    for await (const match of matches) {
      matched++;
      const shown = normalize ? normalizeShown(match, options.cwd) : match;
      if (exclude !== undefined && path.resolve(options.cwd, shown).startsWith(exclude)) continue;
      if (seen) {
        if (seen.has(shown)) continue;
        seen.add(shown);
      }
      shownPaths.push(shown);
      baseIndexes.push(baseIndex);
    }
    return matched;
  };
  for (const arg of args) {
    // path.resolve takes '' for the working folder, so `winnow "$UNSET" --write` would clean
    // everything below it in place. An empty path names nothing.
    if (arg === '') {
      problems.push({ path: arg, cause: 'no such file or directory (the path is empty)' });
      continue;
    }
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
    // Only a folder or glob base that holds the excluded folder needs each match checked against it.
    // A folder given as the --out-dir itself is still walked, so that `winnow in -o in` is refused.
    const base = path.resolve(options.cwd, kind === 'folder' ? arg : globBase(arg));
    const exclude = options.exclude !== undefined && base !== options.exclude && isInside(base, options.exclude) ? options.exclude + path.sep : undefined;
    // `winnow --write "$DIR/"` with DIR unset would rewrite every text file on the machine; nobody
    // means the whole file system, so a folder or glob rooted there is refused.
    if ((kind === 'folder' || (kind === 'missing' && GLOB_CHARS.test(arg))) && base === path.parse(base).root) {
      problems.push({ path: shown, cause: ROOT_REFUSED });
      continue;
    }
    if (kind === 'file') {
      // A file named on the command line is read whatever its extension: the user asked for it.
      await addAll([shown], path.dirname(absolute), false);
    } else if (kind === 'other') {
      problems.push({ path: shown, cause: 'not a regular file' });
    } else if (kind === 'folder' || GLOB_CHARS.test(arg)) {
      const unreadable: WalkProblem[] = [];
      links?.startWalk();
      const fs = listing((folder) => show(arg, folder, options.cwd), unreadable, links);
      let matched: number;
      if (kind === 'folder') {
        const exts = options.ext.length === 1 ? anyCase(options.ext[0]!) : `{${options.ext.map(anyCase).join(',')}}`;
        const prefix = shown === '.' ? '' : `${escape(shown)}/`;
        matched = await addAll(await glob(`${prefix}**/*.${exts}`, ignore, fs, options), absolute, false, exclude);
      } else {
        matched = await addAll(await glob(arg, ignore, fs, options), path.resolve(options.cwd, globBase(arg)), true, exclude);
      }
      // Folders are listed concurrently; sorted, the lines come in the same order on every run.
      for (const problem of unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) problems.push(problem);
      // A pattern under a folder that could not be read has that folder's line, which says more.
      if (matched === 0 && kind !== 'folder' && unreadable.length === 0) problems.push({ path: arg, cause: 'no files match this pattern' });
    } else {
      problems.push({ path: shown, cause: `no such file or directory${arg.trim() === '' ? ' (the path is blank)' : ''}` });
    }
  }
  seen?.clear();
  const repeated = links?.repeatedFiles(shownPaths);
  const kept = repeated && repeated.size > 0 ? [...shownPaths.keys()].filter((index) => !repeated.has(index)) : shownPaths.keys();
  const order = Uint32Array.from(kept).sort((a, b) => (shownPaths[a]! < shownPaths[b]! ? -1 : shownPaths[a]! > shownPaths[b]! ? 1 : 0));
  const paths = Array.from(order, (index) => shownPaths[index]!);
  const baseOf = Uint32Array.from(order, (index) => baseIndexes[index]!);
  return { files: new InputList(options.cwd, paths, baseOf, bases, links?.skippedLinks() ?? []), problems };
}

async function glob(pattern: string, ignore: string[], fs: Listing, options: WalkOptions): Promise<AsyncIterable<string>> {
  const { default: fg } = await import('fast-glob');
  // The stream keeps fast-glob from holding its own copy of every path.
  return fg.stream(pattern, {
    cwd: options.cwd,
    ignore,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: options.followSymlinks,
    unique: true,
    fs,
  }) as AsyncIterable<string>;
}

type Listing = { readdir: typeof readdir; stat?: typeof stat };
type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries?: unknown[]) => void;

/**
 * The file system fast-glob walks through. A folder that cannot be listed (permission denied, an
 * I/O error) becomes a problem naming it, and the walk goes on with the other folders: fast-glob
 * would end the whole walk with it (or, with suppressErrors, drop it without a word). With
 * --follow-symlinks, `links` decides first whether a folder is listed at all.
 */
function listing(shownFolder: (absolute: string) => string, problems: WalkProblem[], links?: LinkGuard): Listing {
  const list = (folder: string, ...rest: unknown[]) => {
    const callback = rest.pop() as ReaddirCallback;
    const read = () =>
      (readdir as (...args: unknown[]) => void)(folder, ...rest, (error: NodeJS.ErrnoException | null, entries?: unknown[]) => {
        // A folder gone since its parent was listed holds nothing to clean; fast-glob skips it too.
        if (error && error.code !== 'ENOENT') {
          problems.push({ path: shownFolder(folder), cause: describeFsError(error) });
          callback(null, []);
        } else {
          callback(error, entries);
        }
      });
    if (links) links.admit(folder, shownFolder(folder), (admitted) => (admitted ? read() : callback(null, [])));
    else read();
  };
  if (!links) return { readdir: list as unknown as typeof readdir };
  const statBehindLink = (...args: unknown[]) => {
    links.noteLink();
    return (stat as (...args: unknown[]) => void)(...args);
  };
  return { readdir: list as unknown as typeof readdir, stat: statBehindLink as unknown as typeof stat };
}

/** A user's glob may say `./in/*.txt` or `in/../in/*.txt`; shown paths are plain. */
function normalizeShown(match: string, cwd: string): string {
  return path.isAbsolute(match) ? path.normalize(match) : show(match, path.resolve(cwd, match), cwd);
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

/**
 * An extension as a glob that takes it in any case (`txt` matches `.TXT` and `.Txt`): cameras and
 * old Windows tools write upper-case names, and the user named a kind of file, not a spelling.
 */
function anyCase(extension: string): string {
  return [...escape(extension)].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
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
