/** When unsure, keep: the cleaner never empties a document, and says why it kept everything. */
import { expect, test } from 'vitest';
import { cleanText } from '../../src/index.js';
import { paragraphs } from '../support/articles.js';

test('a page of nothing but chrome comes back whole, with every finding skipped and the reason in the metadata', () => {
  const input = paragraphs(
    'Skip to content',
    'Home | Shop | Blog | Contact',
    'Log in',
    'Subscribe to our newsletter',
    'We use cookies to improve your experience. Accept',
    '© 2024 Fernleaf Ceramics. All rights reserved.',
  );
  const result = cleanText(input);
  expect(result.text).toBe(input);
  expect(result.findings).toEqual([]);
  expect(result.skipped.length).toBeGreaterThan(0);
  expect(result.skipped.filter((s) => !/nothing body-like/.test(s.why)).map((s) => s.why)).toEqual([]);
  expect(result.metadata.keptAll).toMatch(/nothing body-like/);
});
