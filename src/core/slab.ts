/**
 * Zeroed typed arrays for one document's working data, cut from shared chunks.
 *
 * V8 keeps a typed array of more than 64 bytes outside its heap, and making one costs one to three
 * microseconds (allocation, and the accounting of outside memory that brings collections sooner).
 * Cleaning a small article made some forty of them, a fifth of its time; cutting them from a chunk
 * costs one small object each. No part of a chunk is handed out twice, so an array cut from it is as
 * zeroed and as much its own as one made with `new`; a chunk is freed when the last array cut from
 * it is. Arrays large beside a chunk are made as usual.
 *
 * For working data only: an array kept after a document is done keeps its whole chunk alive.
 */
const CHUNK_BYTES = 1 << 18;
const LARGEST = CHUNK_BYTES >> 3;

let chunk = new ArrayBuffer(CHUNK_BYTES);
let used = 0;

/**
 * The offset of `bytes` fresh bytes in `chunk`, aligned to `align` (a power of two). It may start a
 * new chunk, so read `chunk` after calling it.
 */
function take(bytes: number, align: number): number {
  let at = (used + align - 1) & -align;
  if (at + bytes > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    at = 0;
  }
  used = at + bytes;
  return at;
}

/**
 * The length `new` gives an array asked for `length` elements (2.5 is 2, NaN is 0), or the
 * RangeError it throws: a length that is not a count must not move the next offset back over
 * arrays in use.
 */
function count(length: number): number {
  const n = Math.trunc(length) || 0;
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw new RangeError(`Invalid typed array length: ${length}`);
  return n;
}

export function int32s(length: number): Int32Array {
  const n = count(length);
  if (n * 4 > LARGEST) return new Int32Array(n);
  const at = take(n * 4, 4);
  return new Int32Array(chunk, at, n);
}

export function uint8s(length: number): Uint8Array {
  const n = count(length);
  if (n > LARGEST) return new Uint8Array(n);
  const at = take(n, 1);
  return new Uint8Array(chunk, at, n);
}

export function float64s(length: number): Float64Array {
  const n = count(length);
  if (n * 8 > LARGEST) return new Float64Array(n);
  const at = take(n * 8, 8);
  return new Float64Array(chunk, at, n);
}
