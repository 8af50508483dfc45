import { readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside, realPathOf } from './out-dir.js';
import { openAtomicFile, openStreamedFile, type Sink } from './write-atomic.js';

/**
 * How a file named on the command line (--report FILE, profile -o FILE) is written: replaced
 * atomically at `path`, the end of its symbolic links; or written as it is (a device, a FIFO, an
 * open descriptor), appending when it is a descriptor, whose file belongs to whoever opened it.
 */
export type OutputTarget = { write: 'replace'; path: string } | { write: 'stream'; path: string; append: boolean };

/** What is at a path: its kind once links are followed, where its links end, and whether they pass an open descriptor. */
export interface FoundTarget {
  kind: 'missing' | 'file' | 'folder' | 'other';
  end: string;
  descriptor: boolean;
}

// /dev/stdout and /dev/fd/N lead here; a shell's >(cmd) is passed as /dev/fd/63.
const DESCRIPTOR = /^\/(?:proc\/(?:self|thread-self|\d+)|dev)\/fd\/\d+$/;

/** Symbolic links are followed this many times at most, as the kernel does (ELOOP). */
const MAX_LINKS = 40;

/**
 * The decision, apart from the file system so it can be tested without touching /dev: a regular
 * file or nothing yet is replaced at the end of its links (`--write` treats linked inputs the same
 * way); anything else is written as it is, since a rename would put a file in its place (a FIFO's
 * reader would wait forever, and /dev/null would stop being a device). Nothing is created or
 * replaced in /dev, /dev/shm aside; a folder is refused.
 */
export function chooseTarget(found: FoundTarget): OutputTarget | { refused: string } {
  if (found.kind === 'folder') return { refused: 'is a directory' };
  if (found.descriptor) return found.kind === 'missing' ? { refused: 'no such file descriptor is open' } : { write: 'stream', path: found.end, append: true };
  const inDev = isInside('/dev', found.end) && !isInside('/dev/shm', found.end);
  if (found.kind === 'other' || (found.kind === 'file' && inDev)) return { write: 'stream', path: found.end, append: false };
  if (inDev) return { refused: 'no such device, and winnow creates no files in /dev' };
  return { write: 'replace', path: found.end };
}

/**
 * Looks at `file` (absolute) and decides how it is written. Throws an Error whose message (or
 * code, for describeFsError) says why it cannot be.
 */
export function findTarget(file: string): OutputTarget {
  const { end, descriptor } = followLinks(file);
  let kind: FoundTarget['kind'] = 'missing';
  try {
    const stat = statSync(file);
    kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const chosen = chooseTarget({ kind, end, descriptor });
  if ('refused' in chosen) throw Object.assign(new Error(chosen.refused), kind === 'folder' ? { code: 'EISDIR' } : {});
  return chosen;
}

/** Opens the target as {@link findTarget} decided. */
export function openOutputFile(target: OutputTarget): Sink {
  return target.write === 'replace' ? openAtomicFile(target.path) : openStreamedFile(target.path, target.append);
}

/**
 * Tells whether writing `target` would overwrite an input: `input` is its absolute path, `real` the
 * same with its folders resolved through links. A device or pipe is written, not replaced, so only
 * a replaced file can be an input. An input that is itself a link to the target is found by its
 * device and inode, which costs a stat per input only when the target exists already.
 */
export function overwritesInput(target: OutputTarget): (input: string, real: string) => boolean {
  if (target.write !== 'replace') return () => false;
  const existing = statSync(target.path, { throwIfNoEntry: false });
  return (input, real) => {
    if (real === target.path) return true;
    if (existing === undefined) return false;
    const stat = statSync(input, { throwIfNoEntry: false });
    // A hard link shares the inode too, but the rename leaves its other names alone.
    return stat !== undefined && stat.ino === existing.ino && stat.dev === existing.dev && realpathSync(input) === target.path;
  };
}

/**
 * Where the symbolic links starting at `file` end, as a real path; a link to a file not made yet
 * ends at that file. Stops at an open descriptor's link (its target is no path: `pipe:[123]`).
 */
function followLinks(file: string): { end: string; descriptor: boolean } {
  let current = file;
  for (let links = 0; links <= MAX_LINKS; links++) {
    if (DESCRIPTOR.test(current)) return { end: current, descriptor: true };
    let target: string;
    try {
      target = readlinkSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Not a link (EINVAL), or nothing there yet: this is where the file is.
      if (code === 'EINVAL' || code === 'ENOENT') return { end: realPathOf(current), descriptor: false };
      throw error;
    }
    // Relative to the link's real folder, so `..` in it goes where the kernel would take it.
    current = path.resolve(realPathOf(path.dirname(current)), target);
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}
