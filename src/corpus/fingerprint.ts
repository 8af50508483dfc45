import { parseDocument } from '../core/document.js';
import { normalizeForMatch } from '../core/normalize.js';

/**
 * A block's fingerprint: two independent 32-bit hashes of its comparison key (the key the duplicate
 * detector compares, see normalizeForMatch), so that a profile holds 8 bytes a block, not its text.
 * Two different keys share a fingerprint only if both hashes collide; among ten million distinct
 * blocks of one site the chance that any pair does is about one in three hundred thousand.
 */
export interface Fingerprint {
  hi: number;
  lo: number;
}

/** How the fingerprint is made; a profile records it, and one made another way is refused. */
export const FINGERPRINT_SCHEME = 'fnv1a32+mix32 of the normalised block text (normalizeForMatch), counted once per document';

export function fingerprintOf(key: string): Fingerprint {
  // FNV-1a over UTF-16 code units, and beside it a multiply-and-shift hash with other constants,
  // so that the two do not fail on the same pairs of keys.
  let hi = 0x811c9dc5;
  let lo = 0x2f8e6b1d;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    hi = Math.imul(hi ^ c, 0x01000193);
    lo = Math.imul(lo ^ c, 0x5bd1e995);
    lo ^= lo >>> 15;
  }
  lo = Math.imul(lo ^ (lo >>> 16), 0x85ebca6b);
  lo = Math.imul(lo ^ (lo >>> 13), 0xc2b2ae35);
  lo ^= lo >>> 16;
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

/** The fingerprint as 16 lower-case hex digits, the form profile files use; they sort as the numbers do. */
export function fingerprintHex({ hi, lo }: Fingerprint): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The inverse of {@link fingerprintHex}. */
export function parseFingerprint(hex: string): Fingerprint {
  return { hi: Number.parseInt(hex.slice(0, 8), 16), lo: Number.parseInt(hex.slice(8, 16), 16) };
}

/**
 * The fingerprint as a map key in memory: four UTF-16 code units of 16 bits each. Making hex
 * digits for every line took more time than normalising and hashing it; the keys sort in code-unit
 * order as the numbers do, so they become hex only when a profile is written.
 */
export function fingerprintKey({ hi, lo }: Fingerprint): string {
  return String.fromCharCode(hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff);
}

/** The inverse of {@link fingerprintKey}. */
export function keyFingerprint(key: string): Fingerprint {
  return { hi: ((key.charCodeAt(0) << 16) | key.charCodeAt(1)) >>> 0, lo: ((key.charCodeAt(2) << 16) | key.charCodeAt(3)) >>> 0 };
}

/**
 * The fingerprints of a document's blocks, as keys ({@link fingerprintKey}), each once however
 * often the block recurs in it: a profile counts documents, so a line printed twice in one page
 * is not twice the evidence. Blocks are the engine's (one non-blank line, list and heading marks
 * stripped).
 */
export function documentFingerprints(text: string): Set<string> {
  const seen = new Set<string>();
  for (const block of parseDocument(text).blocks) {
    const key = normalizeForMatch(block.text);
    if (key !== '') seen.add(fingerprintKey(fingerprintOf(key)));
  }
  return seen;
}
