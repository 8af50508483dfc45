/** Block fingerprints: the duplicate detector's comparison key, hashed, once per document. */
import { describe, expect, test } from 'vitest';
import { documentFingerprints, fingerprintHex, fingerprintKey, fingerprintOf, keyFingerprint, parseFingerprint } from '../../src/corpus/fingerprint.js';
import { normalizeForMatch } from '../../src/core/normalize.js';

const hex = (text: string) => fingerprintHex(fingerprintOf(normalizeForMatch(text)));
const key = (text: string) => fingerprintKey(fingerprintOf(normalizeForMatch(text)));

describe('fingerprints', () => {
  test('are 16 hex digits in files and 4 code units in memory, and both read back to the same numbers', () => {
    const fingerprint = fingerprintOf('share this story');
    expect(fingerprintHex(fingerprint)).toMatch(/^[0-9a-f]{16}$/);
    expect(parseFingerprint(fingerprintHex(fingerprint))).toEqual(fingerprint);
    expect(fingerprintKey(fingerprint)).toHaveLength(4);
    expect(keyFingerprint(fingerprintKey(fingerprint))).toEqual(fingerprint);
  });

  test('keys sort in code-unit order as their hex digits do', () => {
    const fingerprints = ['a', 'b', 'most read', 'share this story', 'home', '© 2024'].map(fingerprintOf);
    fingerprints.push({ hi: 0xffffffff, lo: 0 }, { hi: 0, lo: 0xffffffff }, { hi: 0x8000_0000, lo: 1 });
    const byHex = [...fingerprints].sort((a, b) => (fingerprintHex(a) < fingerprintHex(b) ? -1 : 1));
    const byKey = [...fingerprints].sort((a, b) => (fingerprintKey(a) < fingerprintKey(b) ? -1 : 1));
    expect(byKey).toEqual(byHex);
  });

  test('fold what the duplicate detector folds: case, curly quotes, dashes and spaces', () => {
    expect(hex('Don’t miss the Gazette — every Thursday')).toBe(hex("don't  miss the gazette - every thursday"));
  });

  test('tell apart lines that differ by one character, and keys that are anagrams', () => {
    const keys = ['most read this week', 'most read this weak', 'most read this week.', 'ab', 'ba', '', ' '];
    expect(new Set(keys.map((key) => fingerprintHex(fingerprintOf(key)))).size).toBe(keys.length);
  });

  test('of a document: each block once, list and heading marks stripped, blank lines ignored', () => {
    const text = '# Most read\n\n  * Tide tables\nTide tables\n\nMost read\n   \n';
    expect([...documentFingerprints(text)].sort()).toEqual([key('Most read'), key('Tide tables')].sort());
  });
});
