/**
 * Cuts a byte stream into batches of whole lines, so that a stream of any size is handled a few
 * hundred kilobytes at a time.
 *
 * A batch ends at the first line end at or after `batchBytes` from its start. That depends on the
 * bytes alone, not on how the stream happened to be chunked, so the same input always gives the
 * same batches (and the same gzip members when each batch is compressed on its own).
 *
 * A line that grows past `maxLineBytes` before its end is seen is not held: the lines before it
 * go out as a batch, then the long line comes out as `long` pieces as it streams past.
 */
export type Piece =
  /** Whole lines; `bytes` is its own buffer. Only the very last batch of a stream may lack a final line end. */
  | { kind: 'lines'; bytes: Buffer; firstLine: number }
  /** The start of a line longer than the limit. */
  | { kind: 'long'; line: number }
  /** Bytes of that long line, in order; the last piece holds its line end, if it has one. */
  | { kind: 'long-bytes'; bytes: Buffer };

const NEWLINE = 0x0a;

export class LineBatcher {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes after the last line end in `chunks`: the line still being read. */
  private open = 0;
  private nextLine = 1;
  private inLongLine = false;

  constructor(
    private readonly batchBytes: number,
    private readonly maxLineBytes: number,
  ) {}

  *push(chunk: Buffer): Generator<Piece> {
    let rest = chunk;
    if (this.inLongLine) {
      const end = rest.indexOf(NEWLINE);
      if (end === -1) {
        yield { kind: 'long-bytes', bytes: rest };
        return;
      }
      yield { kind: 'long-bytes', bytes: rest.subarray(0, end + 1) };
      this.inLongLine = false;
      this.nextLine++;
      rest = rest.subarray(end + 1);
      if (rest.length === 0) return;
    }
    const last = rest.lastIndexOf(NEWLINE);
    this.open = last === -1 ? this.open + rest.length : rest.length - last - 1;
    this.chunks.push(rest);
    this.size += rest.length;
    if (this.size - this.open >= this.batchBytes) yield* this.cut();
    if (this.open > this.maxLineBytes) {
      const all = this.take();
      const whole = all.length - this.open;
      if (whole > 0) yield this.batch(all.subarray(0, whole));
      yield { kind: 'long', line: this.nextLine };
      yield { kind: 'long-bytes', bytes: all.subarray(whole) };
      this.inLongLine = true;
      this.open = 0;
    }
  }

  /** What is left when the stream ends. */
  *end(): Generator<Piece> {
    if (this.size === 0) return;
    yield this.batch(this.take());
  }

  private *cut(): Generator<Piece> {
    const all = this.take();
    let start = 0;
    const complete = all.length - this.open;
    while (complete - start >= this.batchBytes) {
      const end = all.indexOf(NEWLINE, start + this.batchBytes - 1) + 1;
      yield this.batch(all.subarray(start, end));
      start = end;
    }
    if (start < all.length) {
      this.chunks = [all.subarray(start)];
      this.size = all.length - start;
    }
  }

  /** All pending bytes as one buffer; the pending list is emptied. */
  private take(): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return all;
  }

  /** A batch in a buffer of its own, so that sending it to a thread copies it and nothing around it. */
  private batch(bytes: Buffer): Piece {
    const own = Buffer.allocUnsafeSlow(bytes.length);
    bytes.copy(own);
    const firstLine = this.nextLine;
    for (let at = own.indexOf(NEWLINE); at !== -1; at = own.indexOf(NEWLINE, at + 1)) this.nextLine++;
    return { kind: 'lines', bytes: own, firstLine };
  }
}
