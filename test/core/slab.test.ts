/**
 * Working arrays cut from shared chunks behave as arrays made with `new`: zeroed, of the length
 * asked, and each its own, also where one chunk ends and the next begins.
 */
import { expect, test } from 'vitest';
import { float64s, int32s, uint8s } from '../../src/core/slab.js';

test('arrays come zeroed and of the length asked', () => {
  for (const length of [0, 1, 17, 1000]) {
    for (const make of [int32s, uint8s, float64s]) {
      const a = make(length);
      expect(a.length).toBe(length);
      expect(a.every((x) => x === 0)).toBe(true);
    }
  }
});

test('no two arrays share memory, across many chunks and mixed element sizes', () => {
  // About 15 MB in all: many times one chunk, so arrays are cut at and across chunk ends.
  const made: { array: Int32Array | Uint8Array | Float64Array; value: number }[] = [];
  for (let i = 0; i < 20_000; i++) {
    const length = 1 + ((i * 7919) % 400);
    const array = i % 3 === 0 ? int32s(length) : i % 3 === 1 ? uint8s(length) : float64s(length);
    const value = 1 + (i % 250);
    array.fill(value);
    made.push({ array, value });
  }
  const spoilt = made.filter(({ array, value }) => !array.every((x) => x === value)).length;
  expect(spoilt).toBe(0);
});

test('arrays larger than a chunk can hold are made on their own', () => {
  const big = int32s(1 << 20);
  big.fill(7);
  const after = int32s(16);
  expect(after.every((x) => x === 0)).toBe(true);
  expect(big.buffer).not.toBe(after.buffer);
});

test('lengths are read as new reads them, and one that is not a count spoils no array', () => {
  expect(int32s(Number.NaN).length).toBe(new Int32Array(Number.NaN).length);
  expect(float64s(2.5).length).toBe(new Float64Array(2.5).length);
  for (const length of [-1, Number.POSITIVE_INFINITY]) expect(() => uint8s(length)).toThrow(RangeError);
  // More than a chunk of arrays, so the start of the chunk in use is among them; then each odd length.
  for (const odd of [Number.NaN, -1, 2.5]) {
    const before = Array.from({ length: 70_000 }, () => int32s(1).fill(7));
    try {
      int32s(odd);
    } catch {
      // refused, as new refuses it
    }
    const after = Array.from({ length: 100 }, () => int32s(4).fill(1));
    expect(before.filter((a) => a[0] !== 7).length).toBe(0);
    expect(after.filter((a) => a.some((x) => x !== 1)).length).toBe(0);
  }
});
