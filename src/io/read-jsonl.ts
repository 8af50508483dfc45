import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { describeFsError } from './read-input.js';

/** Whether a file's bytes are gzip, by its name, as for reading so for writing. */
export function isGzipName(name: string): boolean {
  return /\.gz$/i.test(name);
}

/** The bytes of a JSONL file, decompressed when its name ends in .gz; read a megabyte at a time. */
export function openJsonlFile(absolute: string): AsyncIterable<Buffer> {
  const file = createReadStream(absolute, { highWaterMark: 1 << 20 });
  if (!isGzipName(absolute)) return file;
  // pipeline closes the file when the gunzip fails or is left early, and passes a read error on.
  return pipeline(file, createGunzip({ chunkSize: 1 << 20 }), () => {}) as Readable;
}

/** Why a JSONL input stopped part way: bad gzip, or a read error. */
export function describeJsonlReadError(error: unknown, stdin: boolean): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) return `not valid gzip (${(error as Error).message})`;
  return stdin ? `cannot read stdin: ${describeFsError(error)}` : describeFsError(error);
}
