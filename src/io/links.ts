import { realpath, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './out-dir.js';

/** A folder or file that --follow-symlinks did not take, since a symbolic link led back to what the walk holds. */
export interface SkippedLink {
  /** As winnow shows paths: the folder not walked, or the file not read again. */
  path: string;
  /** Where it leads: the real folder (shown from the working folder), or the input kept for the file. */
  leadsTo: string;
}

/**
 * With --follow-symlinks, keeps a walk from going round a loop of links (`sub/loop -> ..` made
 * fast-glob walk the tree 40 levels deep, until the kernel's ELOOP) and from taking a folder or a
 * file twice. Every decision depends on the tree alone, never on the order fast-glob happens to
 * list folders in, so the inputs are the same on every run.
 */
export class LinkGuard {
  /** The real path of every folder listed so far in this walk, by its absolute path. */
  private readonly realOf = new Map<string, string>();
  private readonly skipped: SkippedLink[] = [];
  private readonly realCwd: string;
  /** Set once fast-glob looks behind a link: only then can a file be reached twice. */
  private linksMet = false;

  /**
   * @param givenFolders real paths of the folders named as arguments: each is walked under its own
   *   name, so a link into one of them is not followed.
   */
  constructor(
    private readonly cwd: string,
    private readonly givenFolders: readonly string[],
  ) {
    this.realCwd = realOrSelf(cwd);
  }

  /** A new walk (the next argument) starts: it is listed whatever its parent is. */
  startWalk(): void {
    this.realOf.clear();
  }

  /** Real paths of the folders among `args`, for the constructor. */
  static realFolders(args: readonly string[], cwd: string): string[] {
    return args.filter((arg) => arg !== '').flatMap((arg) => {
      const absolute = path.resolve(cwd, arg);
      return isFolder(absolute) ? [realOrSelf(absolute)] : [];
    });
  }

  /** fast-glob stats an entry only to see behind a symbolic link. */
  noteLink(): void {
    this.linksMet = true;
  }

  /**
   * Decides whether `folder` (absolute) is listed: not when it is reached through a link and its
   * real folder is inside a folder given (walked there under its own name), or is or holds a
   * folder above it on this path (walking it would go round again).
   */
  admit(folder: string, shown: string, done: (list: boolean) => void): void {
    realpath.native(folder, (error, real) => {
      // A folder that cannot be resolved is listed, and the listing says what is wrong with it.
      if (error) return done(true);
      this.realOf.set(folder, real);
      const parent = this.realOf.get(path.dirname(folder));
      // Where the walk starts, or a folder of its own inside its parent: no link on the way.
      if (parent === undefined || real === path.join(parent, path.basename(folder))) return done(true);
      if (this.givenFolders.some((given) => isInside(given, real) || isInside(real, given)) || this.holdsFolderAbove(folder, real)) {
        this.skipped.push({ path: shown, leadsTo: this.showReal(real) });
        return done(false);
      }
      done(true);
    });
  }

  private holdsFolderAbove(folder: string, real: string): boolean {
    for (let above = path.dirname(folder); ; above = path.dirname(above)) {
      const realAbove = this.realOf.get(above);
      if (realAbove === undefined) return false;
      if (isInside(real, realAbove)) return true;
      if (above === path.dirname(above)) return false;
    }
  }

  private showReal(real: string): string {
    const relative = path.relative(this.realCwd, real);
    return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? real : relative;
  }

  /**
   * The indexes of files among `shownPaths` that are another's real file: of each real file, the
   * input kept is the one whose path has no link on it, else the first in sorted order.
   */
  repeatedFiles(shownPaths: readonly string[]): Set<number> {
    const repeated = new Set<number>();
    if (!this.linksMet) return repeated;
    const kept = new Map<string, { index: number; own: boolean }>();
    const reals: (string | undefined)[] = [];
    const better = (a: { index: number; own: boolean }, b: { index: number; own: boolean }) =>
      a.own !== b.own ? a.own : shownPaths[a.index]! < shownPaths[b.index]!;
    for (let index = 0; index < shownPaths.length; index++) {
      const absolute = path.resolve(this.cwd, shownPaths[index]!);
      const real = realOrUndefined(absolute);
      reals.push(real);
      if (real === undefined) continue;
      const candidate = { index, own: real === absolute };
      const other = kept.get(real);
      if (other === undefined || better(candidate, other)) kept.set(real, candidate);
    }
    for (let index = 0; index < shownPaths.length; index++) {
      const real = reals[index];
      if (real === undefined) continue;
      const keep = kept.get(real)!.index;
      if (keep === index) continue;
      repeated.add(index);
      this.skipped.push({ path: shownPaths[index]!, leadsTo: shownPaths[keep]! });
    }
    return repeated;
  }

  /** What was skipped, sorted by path. */
  skippedLinks(): SkippedLink[] {
    return this.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/** One line for stderr naming what --follow-symlinks skipped (the first few, and how many more). */
export function describeSkippedLinks(skipped: readonly SkippedLink[]): string {
  const shownCount = 3;
  const named = skipped.slice(0, shownCount).map((link) => `${link.path} -> ${link.leadsTo}`).join(', ');
  const more = skipped.length > shownCount ? ` and ${skipped.length - shownCount} more` : '';
  const links = skipped.length === 1 ? 'a symbolic link that leads' : 'symbolic links that lead';
  return `winnow: skipped, as ${links} back into the walk: ${named}${more}\n`;
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function realOrUndefined(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

function realOrSelf(folder: string): string {
  return realOrUndefined(folder) ?? folder;
}
