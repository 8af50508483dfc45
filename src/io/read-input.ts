import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeInput, type Decoded } from './decode.js';

/** An input's text, or why it could not be used: `skipped` is not text, `failed` could not be read. */
export type ReadResult = Decoded | { ok: false; status: 'failed'; cause: string };

/**
 * The largest input winnow takes on. Past these an input is not an article but a dump, and the
 * engine's memory (several hundred bytes per line) would grow past what a shared machine has.
 */
export interface Limits {
  maxBytes: number;
  maxLines: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 64_000_000, maxLines: 500_000 };

/** Reads one input file and checks that it is UTF-8 text within the limits. Never throws. */
export function readInput(path: string, limits: Limits = DEFAULT_LIMITS): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    // Judged by size before reading, so a 200 MB file costs a stat, not 200 MB of memory.
    const size = fstatSync(fd).size;
    if (size > limits.maxBytes) return tooBig(size, limits);
    bytes = readFileSync(fd);
  } catch (error) {
    // Node.js reads folder entries as UTF-8; a name with other bytes comes back with U+FFFD in it
    // and cannot be opened by that name.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path.includes('\uFFFD')) {
      return { ok: false, status: 'failed', cause: 'the file name is not UTF-8, so it cannot be opened by name; rename it' };
    }
    return { ok: false, status: 'failed', cause: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return checkAndDecode(bytes, limits);
}

function checkAndDecode(bytes: Buffer, limits: Limits): ReadResult {
  if (bytes.length > limits.maxBytes) return tooBig(bytes.length, limits);
  const lines = countLines(bytes);
  if (lines > limits.maxLines) {
    return { ok: false, status: 'skipped', cause: `skipped: ${lines.toLocaleString('en-US')} lines is over --max-lines ${limits.maxLines.toLocaleString('en-US')}` };
  }
  return decodeInput(bytes);
}

function tooBig(size: number, limits: Limits): ReadResult {
  return { ok: false, status: 'skipped', cause: `skipped: ${megabytes(size)} is over --max-bytes ${megabytes(limits.maxBytes)}` };
}

/** Bytes as people say them: `210 MB`, `1.5 MB`, `900 kB`. */
export function megabytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000).toLocaleString('en-US')} kB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? String(Math.round(mb * 10) / 10) : Math.round(mb).toLocaleString('en-US')} MB`;
}

/** Lines, ended by LF, CRLF or a lone CR, as the engine splits them. */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  if (bytes.indexOf(13) === -1) {
    // The common case, searched natively: a 64 MB file takes a few milliseconds.
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  } else {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) lines++;
    }
  }
  // Text after the last line break is a line too.
  const last = bytes[bytes.length - 1];
  return bytes.length > 0 && last !== 10 && last !== 13 ? lines + 1 : lines;
}

/** Reads all of stdin and checks it like a file. Rejects with the signal's reason if stopped first. */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>, signal?: AbortSignal, limits: Limits = DEFAULT_LIMITS): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  const reading = (async () => {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      size += bytes.length;
      // Past the limit the rest is only counted, not kept.
      if (size <= limits.maxBytes) chunks.push(bytes);
    }
  })();
  if (signal) {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      reading.then(
        () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  } else {
    await reading;
  }
  if (size > limits.maxBytes) return tooBig(size, limits);
  return checkAndDecode(Buffer.concat(chunks), limits);
}

/** A file-system error as the few plain words that follow `winnow: PATH:`. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
