/**
 * The probe pages of fixtures/pages, cleaned, against what a careful reader keeps of each
 * (gold.txt): no page may lose a gold sentence beyond those its known-losses.txt lists, one a line.
 * Those files are the losses not yet fixed, so each says what remains to do; when a change keeps
 * one of them, this test asks for it to be struck off, so the list stays true. Junk kept is a
 * figure (npm run eval:pages), not a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../src/index.js';
import { pagesDir } from './support/corpus.js';
import { readPage, scorePage } from './support/page-score.mjs';

const known = (name: string): string[] => {
  const file = `${pagesDir}${name}/known-losses.txt`;
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
};
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('probe pages lose no gold sentence beyond their known losses', () => {
  test.each(readdirSync(pagesDir).sort())('%s', (name) => {
    const page = readPage(`${pagesDir}${name}/`);
    const { lost } = scorePage(page, cleanText(page.input).text);
    expect(sorted(lost), 'lost sentences (strike any the change now keeps off known-losses.txt)').toEqual(sorted(known(name)));
  });
});
