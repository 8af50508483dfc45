/** Duplicate documents across a run's inputs, compared by cleaned text in the order they are delivered. */
import { describe, expect, test } from 'vitest';
import { DuplicateDocuments } from '../../src/cli/duplicate-documents.js';
import { BODY } from '../support/articles.js';

const article = BODY.join('\n\n');

/** Checks each text in turn, keeping those that are not duplicates, as the command does; returns what each one duplicates. */
function run(texts: string[], threshold?: number): (string | null)[] {
  const documents = new DuplicateDocuments(threshold);
  return texts.map((text, i) => {
    const check = documents.check(text);
    if (check?.print) documents.keep(check.print, `in/${i}.txt`);
    return check?.of ? `${check.of.input} ${check.of.similarity === 1 ? 'exact' : 'near'}` : null;
  });
}

describe('DuplicateDocuments', () => {
  test('texts that differ only in case, quotes, dashes and spacing are exact copies', () => {
    const refolded = article.toUpperCase().replace(/’/g, "'").replace(/, /g, ',  ').replace(/\n\n/g, '\n \n');
    expect(run([article, refolded])).toEqual([null, 'in/0.txt exact']);
  });

  test('a copy with two words changed is a near copy of the first; the first names nothing', () => {
    // Each change alters the 5 shingles that cover it: 10 of some 180, a similarity near 0.9.
    const edited = article.replace('fishermen', 'fishers').replace('valley', 'dale');
    expect(run([article, edited])).toEqual([null, 'in/0.txt near']);
  });

  test('a copy of a copy points at the first, which was kept', () => {
    expect(run([article, article, article])).toEqual([null, 'in/0.txt exact', 'in/0.txt exact']);
  });

  test('the paragraphs of one article, split between two documents, are not copies of each other', () => {
    expect(run([BODY.slice(0, 3).join('\n\n'), BODY.slice(3).join('\n\n')])).toEqual([null, null]);
  });

  test('text without a letter or a digit is not compared, so two empty pages are not copies', () => {
    expect(run(['* * *\n', '* * *\n', article])).toEqual([null, null, null]);
  });
});
