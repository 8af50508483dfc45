/** corpus-template: lines that recur across a site's documents, by the profile, are its template. */
import { describe, expect, test } from 'vitest';
import { cleanText, type CleanOptions } from '../../src/index.js';
import { countDocument, emptyProfile } from '../../src/corpus/profile.js';
import { templateTable, type TemplateThresholds } from '../../src/corpus/templates.js';
import { BODY, paragraphs } from '../support/articles.js';
import { findings } from '../support/findings.js';

const TITLE = 'Life on the Harbour';
const TAGLINE = 'The Harbour Gazette, news from the North Shore';
const HOUSE_AD = 'Pick up the Gazette in print every Thursday at the harbour office.';
// 55 words, 3 sentences: prose, though the site prints it under several articles.
const STANDING =
  'The Saltby Harbour Board, which has managed the port since 1884, is made up of nine members elected by the town and three appointed by the county council. Its meetings are open to the public. Its minutes are pinned to the noticeboard outside the harbour office on the Monday after each meeting of the board.';

/** A site's documents: each the site's tagline, two paragraphs of its own, the house ad and whatever else is given. */
function site(count: number, extra: (n: number) => string[] = () => []): string[] {
  const own = (n: number, k: number) => `Report ${n + 1}.${k}: ${BODY[(n + k) % BODY.length]}`;
  return Array.from({ length: count }, (_, n) => paragraphs(TAGLINE, own(n, 1), own(n, 2), HOUSE_AD, ...extra(n)));
}

function options(docs: Record<string, string[]>, thresholds?: TemplateThresholds): (siteName: string) => CleanOptions {
  const profile = emptyProfile();
  for (const [name, texts] of Object.entries(docs)) for (const text of texts) countDocument(profile, name, text);
  const table = templateTable(profile, thresholds);
  return (siteName) => ({ only: ['corpus-template'], profile: table, site: siteName });
}

const article = paragraphs(TITLE, BODY[0], TAGLINE, BODY[1], HOUSE_AD, BODY[2]);

describe('corpus-template', () => {
  test('removes the lines that recur across the site, and names the evidence', () => {
    const result = cleanText(article, options({ 'example.com': site(40) })('example.com'));
    expect(findings(result)).toEqual(['5 boilerplate', '9 boilerplate']);
    expect(result.findings.map((f) => f.reason)).toEqual([
      "recurs in 40 of 40 documents of example.com: the site's template, not the article",
      "recurs in 40 of 40 documents of example.com: the site's template, not the article",
    ]);
    expect(result.findings.every((f) => f.detector === 'corpus-template')).toBe(true);
  });

  test('needs both thresholds: enough documents, and enough of the site', () => {
    // In 2 of 40: too few documents. In 30 of 9,000 (0.3%): too small a share. In 3 of 40: enough of both.
    const some = (k: number) => (n: number) => (n < k ? [TITLE] : []);
    expect(findings(cleanText(article, options({ a: site(40, some(2)) })('a')))).toEqual(['5 boilerplate', '9 boilerplate']);
    expect(findings(cleanText(article, options({ a: site(9000, some(30)) })('a')))).toEqual(['5 boilerplate', '9 boilerplate']);
    expect(findings(cleanText(article, options({ a: site(40, some(3)) })('a')))).toEqual(['1 boilerplate', '5 boilerplate', '9 boilerplate']);
  });

  test('thresholds are options', () => {
    const docs = { a: site(10, (n) => (n < 5 ? [TITLE] : [])) };
    expect(findings(cleanText(article, options(docs, { minDocs: 6, minShare: 0 })('a')))).toEqual(['5 boilerplate', '9 boilerplate']);
    expect(findings(cleanText(article, options(docs, { minDocs: 1, minShare: 0.6 })('a')))).toEqual(['5 boilerplate', '9 boilerplate']);
    expect(findings(cleanText(article, options(docs, { minDocs: 5, minShare: 0.5 })('a')))).toEqual(['1 boilerplate', '5 boilerplate', '9 boilerplate']);
  });

  test("counts by site: another site's footer is not this site's template", () => {
    const byName = options({ gazette: site(20), courier: site(2) });
    expect(findings(cleanText(article, byName('courier')))).toEqual([]);
    expect(findings(cleanText(article, byName('gazette')))).toEqual(['5 boilerplate', '9 boilerplate']);
  });

  test('does nothing without a profile, or for a site the profile does not know', () => {
    expect(findings(cleanText(article, { only: ['corpus-template'] }))).toEqual([]);
    expect(findings(cleanText(article, options({ gazette: site(20) })('elsewhere')))).toEqual([]);
    expect(findings(cleanText(article, options({ gazette: site(20) })('')))).toEqual([]);
  });

  test('documents of no site are counted and judged together', () => {
    const result = cleanText(article, options({ '': site(5) })(''));
    expect(result.findings[0]!.reason).toBe("recurs in 5 of 5 documents of the corpus: the site's template, not the article");
  });

  test('keeps a long paragraph of prose the site repeats, and says why', () => {
    const text = paragraphs(TITLE, BODY[0], STANDING, BODY[1]);
    const result = cleanText(text, options({ a: site(10, (n) => (n % 2 ? [STANDING] : [])) })('a'));
    expect(findings(result)).toEqual([]);
    expect(result.skipped.map((s) => [s.lines[0], s.reason, s.why])).toEqual([
      [5, 'recurs in 5 of 10 documents of a', 'it reads like body prose (55 words, 3 sentences), so it stays though it recurs across the site'],
    ]);
  });

  test("keeps a heading between two of the article's paragraphs, but not one among template lines", () => {
    const heading = '## What happens next';
    const docs = { a: site(10, () => [heading, 'Most read this week']) };
    const inside = cleanText(paragraphs(TITLE, BODY[0], heading, BODY[1]), options(docs)('a'));
    expect(findings(inside)).toEqual([]);
    expect(inside.skipped.map((s) => s.why)).toEqual(["it is a heading between two of the article's paragraphs, so it stays though other articles of the site use it too"]);
    const outside = cleanText(paragraphs(TITLE, BODY[0], BODY[1], heading, 'Most read this week'), options(docs)('a'));
    expect(findings(outside)).toEqual(['7 boilerplate', '9 boilerplate']);
  });

  test('leaves lines other detectors found to them', () => {
    const copyright = '© 2024 Harbour Gazette Trust. All rights reserved.';
    const text = paragraphs(TITLE, BODY[0], BODY[1], copyright);
    const docs = { a: site(10, () => [copyright]) };
    const result = cleanText(text, { ...options(docs)('a'), only: undefined });
    expect(result.findings.map((f) => f.detector)).not.toContain('corpus-template');
    expect(result.text).not.toContain(copyright);
  });
});
