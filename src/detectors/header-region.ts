import type { Analysis } from '../core/analysis.js';
import type { Detector } from './detector.js';
import { articleEnds, bodyBounds, comesNearMain, findTitle, hasDate, headlineAbove, headlineOverTitle, keptCopies, mainRun, regionFindings, roles, spareKeptCopies, titleAndSureness, verseBlocks } from './regions.js';

const TITLE = "it is the article's title";

export const headerRegion: Detector = {
  id: 'header-region',
  description: 'The head before the article\'s title (navigation, site name, menus) when it is made of chrome and short lines; the title stays.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) {
      // No paragraph of prose (a poem, a list): a heading that opens the text is its title.
      const first = role.findIndex((r) => r !== 'chrome' && r !== 'claimed');
      const block = analysis.doc.blocks[first];
      if (!block || block.heading === 0) return { findings: [] };
      return { findings: [], metadata: { title: block.text }, protect: [{ block: first, why: TITLE }] };
    }
    // The headline sits just above the article's main stretch, which may start after a long
    // line of related links that merely reads like prose. It is trusted only if the head above it
    // holds no stretch of prose near the main one's size (the start of an article split by a list).
    const main = mainRun(analysis, role);
    let title: number | undefined;
    if (main) {
      let headline = headlineAbove(analysis, role, main.first) ?? findTitle(analysis, role, main.first, true);
      // A top-level heading a line or two above a lower one is the page's title over its first
      // section ("# Parish News, October 2015", a download link, "## From the Vicarage").
      if (headline !== undefined && analysis.doc.blocks[headline]!.heading > 1) {
        for (let i = headline - 1; i >= 0 && i >= headline - 3 && role[i] !== 'body'; i--) {
          if (analysis.doc.blocks[i]!.heading === 1) {
            headline = i;
            break;
          }
        }
      }
      if (headline !== undefined && !comesNearMain(analysis, role, main, 0, headline - 1)) title = headline;
    }
    // Without a headline over the main stretch, the title is judged among the lines above the body;
    // a guess there is not protected (see titleIsSure), so a site's tagline taken for it can still go.
    let sure = true;
    let guessed = false;
    if (title === undefined) {
      ({ title, sure } = titleAndSureness(analysis, role, bounds.first));
      guessed = title !== undefined && analysis.doc.blocks[title]!.heading === 0;
    }
    // A title found below the first paragraph leaves that paragraph in the head. When a top-level
    // heading stands just above the paragraph (a how-to's "# How to Bleed a Radiator", its intro,
    // then "### Part 1" over the steps), that heading is the title and the intro the article's:
    // with a date line under the heading, or when the title found is a section's heading with
    // nothing between it and the paragraph that ends articles (a list of tools and an ad marker
    // may stand there; a blog's sidebar under its name and blurb holds chrome that does).
    if (title !== undefined && title > bounds.first) {
      let section = analysis.doc.blocks[title]!.heading > 1;
      if (section) {
        const ends = articleEnds(analysis, earlier, role);
        for (let b = bounds.first; b < title && section; b++) if (ends[b]) section = false;
      }
      const top = topHeadingAbove(analysis, bounds.first, !section);
      if (top !== undefined) title = top;
    }
    const metadata = title === undefined ? {} : { title: analysis.doc.blocks[title]!.text };
    const copies = keptCopies(analysis, earlier);
    // The head is cut after any kept copy in it, never before: the title end stays where it is.
    let [first, end] = [0, (title === undefined ? bounds.first : guessed ? headlineOverTitle(analysis, role, title) : title) - 1];
    for (const c of copies) if (c.kept <= end && !(c.removed[0] <= end)) first = Math.max(first, c.kept + 1);
    [first, end] = spareKeptCopies(copies, first, end);
    // Verse above the body (a poem with no paragraph of prose under it but a blurb) is the text: the cut stops before it.
    const verse = verseBlocks(analysis).indexOf(1, first);
    if (verse >= 0 && verse <= end) end = verse - 1;
    return {
      findings: regionFindings(analysis, this.id, 'header', first, end, role, 'before the title'),
      metadata,
      ...(title === undefined || !sure ? {} : { protect: [{ block: title, why: TITLE }] }),
    };
  },
};

/**
 * A `#` heading within a few lines above block `index` with a date line between them (the
 * article's own header: title, byline, date), or without one unless `needsDate`, and no prose
 * between; undefined when there is none. A blog's name as a heading has links or a blurb under it, not a date.
 */
function topHeadingAbove(analysis: Analysis, index: number, needsDate: boolean): number | undefined {
  let dated = !needsDate;
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const block = analysis.doc.blocks[i]!;
    if (block.heading === 1) return dated ? i : undefined;
    if (analysis.readings[i] === 'body' || block.heading > 0) return undefined;
    if (hasDate(analysis, i)) dated = true;
  }
  return undefined;
}
