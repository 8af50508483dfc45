import { UsageError } from './usage-error.js';

/**
 * Checks for option values, shared by flags (`--min-duplicate-chars`) and config keys
 * (`minDuplicateChars`), so both refuse the same things with the same words. `where` names the
 * flag or the config key in the message.
 */
export function positiveInteger(where: string, value: unknown): number {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    throw new UsageError(`${where}: expected a whole number of at least 1, got ${show(value)}`);
  }
  return number;
}

/** A size in bytes, with an optional decimal unit: `64MB`, `500k`, `1G`, `1000000`. */
export function byteSize(where: string, value: unknown): number {
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(value) : null;
  const number = match ? Number(match[1]) * { '': 1, k: 1e3, m: 1e6, g: 1e9 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'] : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 1) {
    throw new UsageError(`${where}: expected a size such as 64MB, 500kB or 1000000 (bytes), got ${show(value)}`);
  }
  return Math.floor(number);
}

export function fraction(where: string, value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0 || number > 1) {
    throw new UsageError(`${where}: expected a number above 0 and at most 1, got ${show(value)}`);
  }
  return number;
}

export function onError(where: string, value: unknown): 'pass' | 'drop' {
  if (value !== 'pass' && value !== 'drop') throw new UsageError(`${where}: expected pass or drop, got ${show(value)}`);
  return value;
}

export function boolean(where: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new UsageError(`${where}: expected true or false, got ${show(value)}`);
  return value;
}

export function string(where: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${where}: expected a non-empty string, got ${show(value)}`);
  return value;
}

/** A list given as repeated flags, comma-separated text, or a JSON array of strings. */
export function list(where: string, value: unknown, item: RegExp, itemName: string): string[] {
  const parts: unknown[] = Array.isArray(value)
    ? value.flatMap((part) => (typeof part === 'string' ? part.split(',') : [part]))
    : typeof value === 'string'
      ? value.split(',')
      : [value];
  const items: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') throw new UsageError(`${where}: expected ${itemName}s, got ${show(value)}`);
    const trimmed = part.trim();
    if (trimmed === '') continue;
    if (!item.test(trimmed)) throw new UsageError(`${where}: ${show(trimmed)} is not ${article(itemName)} ${itemName}`);
    if (!items.includes(trimmed)) items.push(trimmed);
  }
  return items;
}

export const EXTENSION = /^\.?[\w-]+(\.[\w-]+)*$/;
export const DETECTOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LANGUAGE = /^[a-z]{2,3}$/;
export const ANY = /^[\s\S]+$/;

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
