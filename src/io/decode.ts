/** The text of an input, or why it is not article text. */
export type Decoded = { ok: true; text: string } | { ok: false; cause: string; status: 'skipped' };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an input's bytes as UTF-8, refusing what is not text. The BOM is kept, so the
 * cleaned output stays byte-identical where nothing was removed.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, status: 'skipped', cause: 'empty file' };
  // UTF-16 text is full of NUL bytes; said as what it is, the fix (iconv) is plain.
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { ok: false, status: 'skipped', cause: `not UTF-8 (UTF-16 ${bytes[0] === 0xff ? 'little' : 'big'}-endian, by its byte-order mark)` };
  const nul = bytes.indexOf(0);
  if (nul !== -1 && looksBinary(bytes)) return { ok: false, status: 'skipped', cause: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    return { ok: false, status: 'skipped', cause: `not UTF-8 (byte 0x${byte} at offset ${offset})` };
  }
  if (text === '\uFEFF') return { ok: false, status: 'skipped', cause: 'empty file' };
  return { ok: true, text };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

// Scraped pages carry the odd stray NUL (one in 19 kB on a dev page); images, archives and
// executables are full of control bytes. Judge by their share in the first 64 KiB.
const SAMPLE = 65536;
const CONTROL_SHARE = 0.005;

/** True when control bytes other than tab, line breaks and form feed are more than a trace. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > n * CONTROL_SHARE;
}
