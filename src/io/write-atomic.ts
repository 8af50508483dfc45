import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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

/**
 * Writes a whole file so that readers see the old content or the new, never half of it: a
 * temporary file in the same folder, then a rename. An existing file keeps its permissions.
 */
export function writeAtomic(target: string, data: string | Uint8Array): void {
  const existing = statSync(target, { throwIfNoEntry: false });
  const mode = existing ? existing.mode & 0o7777 : undefined;
  const temporary = temporaryPath(target);
  temporaryFiles.add(temporary);
  try {
    inFolder(path.dirname(target), () => writeFileSync(temporary, data, mode === undefined ? { flag: 'wx' } : { flag: 'wx', mode }));
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
  const temporary = temporaryPath(target);
  let fd: number | undefined = inFolder(path.dirname(target), () => openSync(temporary, 'wx'));
  temporaryFiles.add(temporary);
  let buffer = '';
  const flush = () => {
    if (buffer !== '' && fd !== undefined) writeSync(fd, buffer);
    buffer = '';
  };
  const release = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(data) {
      if (typeof data === 'string') {
        buffer += data;
        if (buffer.length >= 1 << 16) flush();
      } else {
        flush();
        if (fd !== undefined) writeSync(fd, data);
      }
    },
    close() {
      try {
        flush();
        if (fd !== undefined) fsyncSync(fd);
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

/** Removes every temporary file this process still has on disk. */
export function removeTemporaryFiles(): void {
  for (const file of temporaryFiles) rmSync(file, { force: true });
  temporaryFiles.clear();
}
