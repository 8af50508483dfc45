import { describe, expect, it } from 'vitest';
import { LineBatcher, type Piece } from '../../src/io/line-batches.js';

/** Pieces made from `text` fed in chunks of `chunk` bytes, shown as readable strings. */
function pieces(text: string, chunk: number, batchBytes: number, maxLineBytes = 1000): string[] {
  const batcher = new LineBatcher(batchBytes, maxLineBytes);
  const bytes = Buffer.from(text);
  const out: Piece[] = [];
  for (let at = 0; at < bytes.length; at += chunk) out.push(...batcher.push(bytes.subarray(at, at + chunk)));
  out.push(...batcher.end());
  return out.map((piece) => (piece.kind === 'lines' ? `${piece.firstLine}:${Buffer.from(piece.bytes).toString()}` : piece.kind === 'long' ? `long ${piece.line}` : `+${Buffer.from(piece.bytes).toString()}`));
}

describe('LineBatcher', () => {
  it('ends a batch at the first line end at or after the batch size', () => {
    expect(pieces('aa\nbb\ncc\ndd\n', 100, 4)).toEqual(['1:aa\nbb\n', '3:cc\ndd\n']);
  });
  it('cuts the same batches however the stream is chunked', () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}`).join('\n');
    const expected = pieces(text, 10_000, 32);
    for (const chunk of [1, 3, 7, 64]) expect(pieces(text, chunk, 32)).toEqual(expected);
    expect(expected.map((piece) => piece.replace(/^\d+:/, '')).join('')).toBe(text);
    expect(expected.map((piece) => Number(piece.split(':')[0]))).toEqual(expected.map((piece) => 1 + text.slice(0, text.indexOf(piece.replace(/^\d+:/, ''))).split('\n').length - 1));
  });
  it('keeps a last line that has no line end', () => {
    expect(pieces('a\nb', 1, 100)).toEqual(['1:a\nb']);
  });
  it('lets a line longer than the limit stream past, numbering the lines after it', () => {
    const out = pieces(`ok\n${'L'.repeat(12)}\nnext\n`, 4, 100, 5);
    const passed = out.filter((piece) => piece.startsWith('+'));
    expect(out.filter((piece) => !piece.startsWith('+'))).toEqual(['1:ok\n', 'long 2', '3:next\n']);
    expect(passed.join('').replaceAll('+', '')).toBe(`${'L'.repeat(12)}\n`);
  });
  it('leaves a long line that ends inside one chunk to whoever reads the batch', () => {
    expect(pieces(`ok\n${'L'.repeat(12)}\nnext\n`, 100, 100, 5)).toEqual([`1:ok\n${'L'.repeat(12)}\nnext\n`]);
  });
});
