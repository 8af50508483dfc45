import { readFileSync } from 'node:fs';
import { decodeInput, type Decoded } from './decode.js';

/** An input's text, or why it could not be used: `skipped` is not text, `failed` could not be read. */
export type ReadResult = Decoded | { ok: false; status: 'failed'; cause: string };

/** Reads one input file and checks that it is UTF-8 text. Never throws. */
export function readInput(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, status: 'failed', cause: describeFsError(error) };
  }
  return decodeInput(bytes);
}

/** Reads all of stdin and checks it like a file. Rejects with the signal's reason if stopped first. */
export async function readStdin(stream: AsyncIterable<Uint8Array | string>, signal?: AbortSignal): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  const reading = (async () => {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
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
  return decodeInput(Buffer.concat(chunks));
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
