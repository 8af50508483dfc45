import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { pid } from 'node:process';

/** Temporary files on disk right now, removed by {@link removeTemporaryFiles} when a run is stopped. */
const temporaryFiles = new Set<string>();

// The pid and a counter make names unique within the machine; the random part guards against a
// reused pid finding a leftover. `wx` refuses to open an existing file in any case.
const runTag = `${pid}-${Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0')}`;
let counter = 0;

function temporaryPath(target: string): string {
  counter++;
  const name = `.${path.basename(target)}.winnow-${runTag}${counter.toString(36)}.tmp`;
  return path.join(path.dirname(target), name);
}

/** Runs `create`; when the folder is missing, makes it and tries once more (cheaper than asking first, per file). */
function inFolder<T>(folder: string, create: () => T): T {
  try {
    return create();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(folder, { recursive: true });
    return create();
  }
}

/** The file at `target` when it is a regular file; not a link's target, so a link's owner is never copied. */
function regularFile(target: string): Stats | undefined {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  return stat?.isFile() ? stat : undefined;
}

/**
 * Gives the temporary file that will replace `existing` its mode bits and, where the process may
 * give files away (root), its owner and group, so the rename brings them along. Set explicitly:
 * the mode given to open goes through the umask (0664 would come back 0644).
 */
function keepAttributes(temporary: string, existing: Stats): void {
  try {
    chownSync(temporary, existing.uid, existing.gid);
  } catch (error) {
    // Not root: the file can only be ours. The content still goes in; the owner is what is lost.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
  // After the owner: changing the owner clears the set-user-ID and set-group-ID bits.
  chmodSync(temporary, existing.mode & 0o7777);
}

/**
 * Writes a whole file so that readers see the old content or the new, never half of it: a
 * temporary file in the same folder, then a rename. An existing file keeps its mode bits and,
 * when the process may set them, its owner and group.
 */
export function writeAtomic(target: string, data: string | Uint8Array): void {
  const existing = regularFile(target);
  const temporary = temporaryPath(target);
  temporaryFiles.add(temporary);
  try {
    // Private until its mode is set: the file it replaces may not be readable by all.
    inFolder(path.dirname(target), () => writeFileSync(temporary, data, { flag: 'wx', mode: existing ? 0o600 : 0o666 }));
    if (existing) keepAttributes(temporary, existing);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    temporaryFiles.delete(temporary);
  }
}

/**
 * Rewrites an existing file in place, atomically. A symbolic link stays a link: the file it points
 * to is the one replaced.
 */
export function rewriteAtomic(file: string, data: string | Uint8Array): void {
  writeAtomic(realpathSync(file), data);
}

/** A destination written piece by piece: text, or bytes (JSONL lines, gzip members). */
export interface Sink {
  write(data: string | Uint8Array): void;
  /** Finishes the destination; for files, this is when the file appears under its name. */
  close(): void;
  /** Gives up: for files, nothing is left behind. */
  abort(): void;
}

/**
 * A file written in pieces (the streamed report) that appears under its name only when closed:
 * until then it is a temporary file in the same folder, removed if the run stops.
 */
export function openAtomicFile(target: string): Sink {
  const existing = regularFile(target);
  const temporary = temporaryPath(target);
  temporaryFiles.add(temporary);
  let fd: number | undefined;
  try {
    fd = inFolder(path.dirname(target), () => openSync(temporary, 'wx', existing ? 0o600 : 0o666));
    if (existing) keepAttributes(temporary, existing);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    temporaryFiles.delete(temporary);
    throw error;
  }
  const { writer, release, current } = openDescriptor(fd);
  return {
    write: writer.write,
    close() {
      try {
        writer.flush();
        const open = current();
        if (open !== undefined) fsyncSync(open);
        release();
        renameSync(temporary, target);
      } catch (error) {
        release();
        rmSync(temporary, { force: true });
        throw error;
      } finally {
        temporaryFiles.delete(temporary);
      }
    },
    abort() {
      release();
      rmSync(temporary, { force: true });
      temporaryFiles.delete(temporary);
    },
  };
}

/**
 * A file written as it is, piece by piece, with no temporary file and no rename: a device, a FIFO
 * or an open descriptor (/dev/stdout), which a rename would replace rather than write to. What
 * was written stays written when the run stops; a pipe cannot take it back.
 */
export function openStreamedFile(file: string, append: boolean): Sink {
  const { writer, release } = openDescriptor(openSync(file, append ? 'a' : 'w'));
  return {
    write: writer.write,
    close() {
      try {
        writer.flush();
      } finally {
        release();
      }
    },
    abort: release,
  };
}

/** Gathers small strings into writes of 64 kB or more; bytes go out at once, in order. */
function bufferedWriter(fd: () => number | undefined): { write(data: string | Uint8Array): void; flush(): void } {
  let buffer = '';
  const flush = () => {
    const open = fd();
    if (buffer !== '' && open !== undefined) writeAll(open, Buffer.from(buffer));
    buffer = '';
  };
  return {
    write(data) {
      if (typeof data === 'string') {
        buffer += data;
        if (buffer.length >= 1 << 16) flush();
      } else {
        flush();
        const open = fd();
        if (open !== undefined) writeAll(open, data);
      }
    },
    flush,
  };
}

/** A write to a pipe may take part of the bytes (when a signal comes in between); the rest follows. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/** Removes every temporary file this process still has on disk. */
export function removeTemporaryFiles(): void {
  for (const file of temporaryFiles) rmSync(file, { force: true });
  temporaryFiles.clear();
}

/** An open descriptor with a buffered writer on it, released (closed) once. */
function openDescriptor(fd: number) {
  let open: number | undefined = fd;
  const writer = bufferedWriter(() => open);
  const release = () => {
    if (open !== undefined) closeSync(open);
    open = undefined;
  };
  return { writer, release, current: () => open };
}
