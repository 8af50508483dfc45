/**
 * Whole documents: each folder of fixtures/docs is a scraped article with the text the cleaner must
 * return and the findings it must report. Test names are the folder names.
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../src/index.js';
import { docFixtureNames, readDocFixture } from './support/corpus.js';
import { findings } from './support/findings.js';

describe.each(docFixtureNames())('%s', (name) => {
  const doc = readDocFixture(name);
  const result = cleanText(doc.input);

  test('output is expected.txt', () => {
    expect(result.text).toBe(doc.expectedText);
  });

  test('findings are expected.json', () => {
    expect(findings(result)).toEqual(doc.expected.findings);
  });

  test('metadata has what expected.json says', () => {
    expect(result.metadata).toMatchObject(doc.expected.metadata);
  });

  test('cleaning the output again changes nothing and finds nothing', () => {
    const again = cleanText(result.text);
    expect(again.text).toBe(result.text);
    expect(findings(again)).toEqual([]);
  });
});
