import { describe, expect, it } from 'vitest';
import { decodeInput, findInvalidUtf8 } from '../../src/io/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeInput', () => {
  it('keeps the byte-order mark, so unchanged output is byte-identical', () => {
    expect(decodeInput(Buffer.from('\uFEFFHello\r\n'))).toEqual({ ok: true, text: '\uFEFFHello\r\n' });
  });
  it('refuses an empty file, and one holding only a byte-order mark', () => {
    expect(decodeInput(bytes())).toEqual({ ok: false, status: 'skipped', cause: 'empty file' });
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf))).toEqual({ ok: false, status: 'skipped', cause: 'empty file' });
  });
  it('reads a page with one stray NUL among thousands of text bytes as text', () => {
    const page = Buffer.concat([Buffer.from('a'.repeat(5000)), Buffer.from([0]), Buffer.from('b'.repeat(5000))]);
    expect(decodeInput(page)).toMatchObject({ ok: true });
  });

  it('calls a file with a NUL byte binary, with the offset', () => {
    expect(decodeInput(Buffer.from('ab\0c'))).toMatchObject({ ok: false, cause: 'binary file (NUL byte at offset 2)' });
  });
  it('says UTF-16 text is UTF-16, not binary', () => {
    const text = 'Harbour news, in UTF-16.\n';
    expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toMatchObject({ ok: false, cause: 'not UTF-8 (UTF-16 little-endian, by its byte-order mark)' });
    expect(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toMatchObject({ ok: false, cause: 'not UTF-8 (UTF-16 big-endian, by its byte-order mark)' });
  });
  it('names the first byte that is not UTF-8 and its offset', () => {
    expect(decodeInput(Buffer.from([...Buffer.from('Café '), 0xff, 0x41]))).toMatchObject({ ok: false, cause: 'not UTF-8 (byte 0xff at offset 6)' });
    expect(decodeInput(bytes(0x63, 0x61, 0x66, 0xe9, 0x20))).toMatchObject({ cause: 'not UTF-8 (byte 0xe9 at offset 3)' });
  });
});

describe('findInvalidUtf8', () => {
  it('accepts every well-formed sequence length', () => {
    expect(findInvalidUtf8(Buffer.from('a é € 😀'))).toBe(-1);
  });
  it('finds truncated, overlong and surrogate sequences at their first byte', () => {
    expect(findInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(findInvalidUtf8(bytes(0x80))).toBe(0);
  });
});
