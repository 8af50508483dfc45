import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from './write-atomic.js';

/**
 * The real path of `file`: its deepest existing ancestor resolved through symbolic links, with the
 * parts that do not exist yet appended as given. So a folder that --out-dir will create can be
 * compared with inputs before it exists.
 */
export function realPathOf(file: string): string {
  const missing: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(file);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * Real paths of files by their folders' real paths, each folder resolved once: a large run pays one
 * realpath per folder, not per file. The file's own name is kept, so a link is not followed.
 */
export function folderResolver(): (file: string) => string {
  const realFolders = new Map<string, string>();
  return (file) => {
    const folder = path.dirname(file);
    let real = realFolders.get(folder);
    if (real === undefined) realFolders.set(folder, (real = realPathOf(folder)));
    return path.join(real, path.basename(file));
  };
}

/** True when `inner` is `outer` or lies below it (both absolute and normalised). */
export function isInside(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

/**
 * Throws when `root` cannot be the --out-dir: it is something other than a folder, or a parent of
 * it is a file (the file system's error, ENOTDIR). A folder that does not exist yet is fine; it is
 * made with the first output.
 */
export function checkOutDir(root: string): void {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (stat !== undefined && !stat.isDirectory()) throw new Error('not a directory');
}

/**
 * The --out-dir folder as a write target. Every file lands below its real path: a symbolic link
 * already inside the folder (`out/2019 -> /srv/archive`) cannot carry a write elsewhere. Folders
 * are checked once each, so a large run pays one realpath per folder, not per file.
 */
export class OutDir {
  private readonly real: string;
  private readonly checked = new Set<string>();

  constructor(readonly root: string) {
    this.real = realPathOf(root);
  }

  write(target: string, data: string): void {
    this.check(target);
    writeAtomic(target, data);
  }

  /** Throws when `target`'s folder, through its links, lies outside the --out-dir folder. */
  check(target: string): void {
    const folder = path.dirname(target);
    if (this.checked.has(folder)) return;
    if (!isInside(this.real, realPathOf(folder))) {
      throw new Error('its folder is a symbolic link that leads outside --out-dir; not written');
    }
    this.checked.add(folder);
  }
}
