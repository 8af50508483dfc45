import { matchKey, type Analysis } from '../core/analysis.js';
import type { Finding, SkippedFinding } from '../core/types.js';
import { fingerprintOf } from '../corpus/fingerprint.js';
import { siteLabel } from '../corpus/site.js';
import { siteIndex, templateCount } from '../corpus/templates.js';
import { blockFinding, coverage, grouped, plural, type Detector } from './detector.js';

// A paragraph this long, of several sentences, is article prose even when other pages of the site
// carry it too (a standing background paragraph, a disclaimer written as prose): when unsure, keep.
const PROSE_MIN_WORDS = 40;
const PROSE_MIN_SENTENCES = 2;

export const corpusTemplate: Detector = {
  id: 'corpus-template',
  description: "Lines that recur in many documents of the same site, by a corpus profile (winnow profile): the site's header, sidebar and footer.",
  detect(analysis, earlier) {
    const { profile, site } = analysis.settings;
    if (!profile) return { findings: [] };
    const s = siteIndex(profile, site);
    if (s < 0) return { findings: [] };
    const documents = profile.documents[s]!;
    const { blocks } = analysis.doc;
    // Lines another detector already named keep that name; this one adds what only the corpus shows.
    const covered = coverage(analysis, earlier);
    const counts = new Uint32Array(blocks.length);
    for (const block of blocks) {
      if (covered[block.index]) continue;
      const key = matchKey(analysis, block.index);
      if (key !== '') counts[block.index] = templateCount(profile, s, fingerprintOf(key));
    }
    const findings: Finding[] = [];
    const skipped: SkippedFinding[] = [];
    for (const block of blocks) {
      const count = counts[block.index]!;
      if (count === 0) continue;
      const evidence = `in ${grouped(count)} of ${plural(documents, 'document')} of ${siteLabel(site)}`;
      const confidence = Math.round((0.7 + 0.29 * Math.min(1, count / documents)) * 100) / 100;
      const finding = blockFinding(analysis, this.id, 'boilerplate', block.index, block.index, `recurs ${evidence}: the site's template, not the article`, confidence);
      const why = guard(analysis, block.index, counts, covered);
      if (why) skipped.push({ ...finding, reason: `recurs ${evidence}`, why });
      else findings.push(finding);
    }
    return { findings, skipped };
  },
};

/** Why a block the site repeats is the article's all the same, or undefined when it is not. */
function guard(analysis: Analysis, index: number, counts: Uint32Array, covered: readonly (Finding | undefined)[]): string | undefined {
  const f = analysis.features[index]!;
  if (analysis.readings[index] === 'body' && f.wordCount >= PROSE_MIN_WORDS && f.sentenceEnds >= PROSE_MIN_SENTENCES) {
    return `it reads like body prose (${plural(f.wordCount, 'word')}, ${plural(f.sentenceEnds, 'sentence')}), so it stays though it recurs across the site`;
  }
  // A heading between two of the article's own paragraphs ("## What happens next") is the
  // article's structure, however many articles of the site use the same words.
  if (analysis.doc.blocks[index]!.heading > 0) {
    const article = (b: number) => counts[b] === 0 && !covered[b];
    let before = index - 1;
    while (before >= 0 && !article(before)) before--;
    let after = index + 1;
    while (after < counts.length && !article(after)) after++;
    if (before >= 0 && after < counts.length && analysis.readings[before] === 'body' && analysis.readings[after] === 'body') {
      return "it is a heading between two of the article's paragraphs, so it stays though other articles of the site use it too";
    }
  }
  return undefined;
}
