/**
 * fixtures/corpus: 32 articles from two made-up local news sites, each page with its site's header,
 * house ads, sidebar and footer. fixtures/corpus-expected holds each page as corpus mode cleans it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cleanText, type CleanOptions } from '../../src/index.js';
import { countDocument, emptyProfile } from '../../src/corpus/profile.js';
import { siteOfPath } from '../../src/corpus/site.js';
import { templateTable } from '../../src/corpus/templates.js';

const root = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const expectedRoot = fileURLToPath(new URL('../../fixtures/corpus-expected/', import.meta.url));

const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, site: siteOfPath(name), text: readFileSync(root + name, 'utf8'), expected: readFileSync(expectedRoot + name, 'utf8') }));

const profile = emptyProfile();
for (const page of pages) countDocument(profile, page.site, page.text);
const table = templateTable(profile);
const corpusMode = (site: string): CleanOptions => ({ profile: table, site });

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
/** Lines found in every page of a site: its template, whatever else the site's pages share. */
function everywhere(site: string): Set<string> {
  const ofSite = pages.filter((page) => page.site === site).map((page) => new Set(lines(page.text)));
  return new Set([...ofSite[0]!].filter((line) => ofSite.every((page) => page.has(line))));
}

describe('the corpus fixture', () => {
  test('has 25 or more pages of one site template', () => {
    expect(pages.filter((page) => page.site === 'harbour-gazette').length).toBeGreaterThanOrEqual(25);
  });

  describe.each(pages.map((page) => [page.name, page] as const))('%s', (_name, page) => {
    const template = everywhere(page.site);

    test('single-document mode leaves some of the template lines in', () => {
      const left = lines(cleanText(page.text).text).filter((line) => template.has(line));
      expect(left.length).toBeGreaterThan(0);
    });

    test('corpus mode gives the expected text, without any template line', () => {
      const cleaned = cleanText(page.text, corpusMode(page.site)).text;
      expect(cleaned).toBe(page.expected);
      expect(lines(cleaned).filter((line) => template.has(line))).toEqual([]);
    });

    test('corpus mode keeps every paragraph of the article', () => {
      // Paragraphs: lines of 20 words or more that are not in every page of the site.
      const paragraphs = lines(page.text).filter((line) => line.split(/\s+/).length >= 20 && !template.has(line));
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      const kept = new Set(lines(page.expected));
      expect(paragraphs.filter((paragraph) => !kept.has(paragraph))).toEqual([]);
    });

    test('cleaning the output again changes nothing', () => {
      expect(cleanText(page.expected, corpusMode(page.site)).text).toBe(page.expected);
    });
  });

  test('the reasons name their evidence', () => {
    const result = cleanText(pages[0]!.text, corpusMode(pages[0]!.site));
    expect(result.findings.filter((f) => f.detector === 'corpus-template').map((f) => f.reason)).toContain(
      "recurs in 26 of 26 documents of harbour-gazette: the site's template, not the article",
    );
  });

  test("a paragraph the site repeats under some articles stays, and the report says why", () => {
    const page = pages.find((p) => p.name.endsWith('11-harbour-dredging.txt'))!;
    const result = cleanText(page.text, corpusMode(page.site));
    const held = result.skipped.filter((s) => s.detector === 'corpus-template');
    expect(held.map((s) => `${s.lines[0]} ${s.reason}: ${s.why}`)).toEqual([
      '20 recurs in 4 of 26 documents of harbour-gazette: it reads like body prose (53 words, 2 sentences), so it stays though it recurs across the site',
    ]);
    expect(result.text).toContain('The Saltby Harbour Board, which has managed the port since 1884');
  });

  test("a headline the sidebar lists on every page stays that page's title", () => {
    const page = pages.find((p) => p.name.endsWith('03-car-park-charges.txt'))!;
    const result = cleanText(page.text, corpusMode(page.site));
    expect(result.skipped.filter((s) => s.detector === 'corpus-template').map((s) => `${s.lines[0]} ${s.why}`)).toEqual([
      "6 line 6 stays: it is the article's title",
      "20 it is a heading between two of the article's paragraphs, so it stays though other articles of the site use it too",
    ]);
    expect(result.text.startsWith('# Council to vote on harbour car park charges\n')).toBe(true);
  });
});
