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
    while (this.size - this.open >= this.batchBytes) yield this.batch(this.takeFirst(this.lineEndFrom(this.batchBytes - 1) + 1));
    if (this.open > this.maxLineBytes) {
      const whole = this.size - this.open;
      if (whole > 0) yield this.batch(this.takeFirst(whole));
      yield { kind: 'long', line: this.nextLine };
      for (const piece of this.chunks) yield { kind: 'long-bytes', bytes: piece };
      this.chunks = [];
      this.size = 0;
      this.inLongLine = true;
      this.open = 0;
    }
  }

  /** What is left when the stream ends. */
  *end(): Generator<Piece> {
    if (this.size === 0) return;
    yield this.batch(this.takeFirst(this.size));
  }

  /** Offset, among the pending bytes, of the first line end at or after `from`; there must be one. */
  private lineEndFrom(from: number): number {
    let base = 0;
    for (const chunk of this.chunks) {
      if (from < base + chunk.length) {
        const at = chunk.indexOf(NEWLINE, Math.max(0, from - base));
        if (at !== -1) return base + at;
      }
      base += chunk.length;
    }
    throw new Error('no line end among the pending bytes');
  }

  /**
   * The first `count` pending bytes, copied once into a buffer of their own (so that sending it to
   * a thread hands over exactly these bytes); they leave the pending list.
   */
  private takeFirst(count: number): Buffer {
    const own = Buffer.allocUnsafeSlow(count);
    let filled = 0;
    while (filled < count) {
      const chunk = this.chunks[0]!;
      const taken = Math.min(chunk.length, count - filled);
      chunk.copy(own, filled, 0, taken);
      filled += taken;
      if (taken === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(taken);
    }
    this.size -= count;
    return own;
  }

  private batch(own: Buffer): Piece {
    const firstLine = this.nextLine;
    for (let at = own.indexOf(NEWLINE); at !== -1; at = own.indexOf(NEWLINE, at + 1)) this.nextLine++;
    return { kind: 'lines', bytes: own, firstLine };
  }
}
