import type { Analysis } from '../core/analysis.js';
import type { Finding } from '../core/types.js';
import type { Detector } from './detector.js';
import { articleEnds, bodyBounds, comesNearMain, findTitle, hasDate, headlineAbove, headlineOverTitle, keptCopies, mainRun, namedHeadline, regionFindings, roles, spareKeptCopies, titleAndSureness, verseBlocks, type Role } from './regions.js';

const TITLE = "it is the article's title";
const PAGE_TITLE = "it is the page's title, which names the article's headline";

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
      // section ("# Parish News, October 2015", a download link, "## From the Vicarage"); so is a
      // higher one right above it ("## Newsletter No. 47 - Spring 2008" over "### From the
      // Chairman"), when it has a headline's three words and no date: a section's label ("##
      // News") has fewer, and a blog's date heads its post.
      if (headline !== undefined && analysis.doc.blocks[headline]!.heading > 1) {
        const level = analysis.doc.blocks[headline]!.heading;
        let higher: number | undefined;
        // (A top-level headline may read as a sentence: "# Bridge to close for 14 months; detour adds 11 miles".)
        for (let i = headline - 1; i >= 0 && i >= headline - 3; i--) {
          const heading = analysis.doc.blocks[i]!.heading;
          if (role[i] === 'body' && heading !== 1) break;
          if (heading === 1 || (i === headline - 1 && heading > 0 && heading < level && role[i] !== 'chrome' && role[i] !== 'claimed' && analysis.features[i]!.wordCount >= 3 && !hasDate(analysis, i))) {
            higher = i;
            break;
          }
        }
        headline = higher ?? topHeadingOverSection(analysis, earlier, role, headline);
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
    // heading stands above the paragraph (a how-to's "# How to Bleed a Radiator", its intro, then
    // "### Part 1" over the steps), that heading is the title and what lies between the article's:
    // with a date line under the heading just above the paragraph, or when the title found is a
    // section's heading and nothing between the top-level one and it ends articles (a review's
    // standfirst, verdict and pros and cons, a how-to's list of tools and an ad marker may stand
    // there; a blog's sidebar under its name and blurb holds chrome that does).
    if (title !== undefined && title > bounds.first) {
      // (A date as that heading heads a blog's post under the blog's name.)
      const section = analysis.doc.blocks[title]!.heading > 1 && !hasDate(analysis, title);
      const top = topHeadingAbove(analysis, bounds.first) ?? (section ? topHeadingOver(analysis, earlier, role, bounds.first, title) : undefined);
      if (top !== undefined) title = top;
    }
    const metadata = title === undefined ? {} : { title: analysis.doc.blocks[title]!.text };
    const copies = keptCopies(analysis, earlier);
    // The head is cut after any kept copy in it, never before: the title end stays where it is.
    // A headline the page's title names is no guess.
    const named = title !== undefined && title === namedHeadline(analysis, role, bounds.first);
    let [first, end] = [0, (title === undefined ? bounds.first : guessed && !named ? headlineOverTitle(analysis, role, title) : title) - 1];
    for (const c of copies) if (c.kept <= end && !(c.removed[0] <= end)) first = Math.max(first, c.kept + 1);
    // The page's title on the first line, which named the headline, stays over it: the cleaner's
    // next look, and a second run, must find the same headline.
    if (named) first = Math.max(first, 1);
    [first, end] = spareKeptCopies(copies, first, end);
    // Verse above the body (a poem with no paragraph of prose under it but a blurb) is the text: the cut stops before it.
    const verse = verseBlocks(analysis).indexOf(1, first);
    if (verse >= 0 && verse <= end) end = verse - 1;
    return {
      findings: regionFindings(analysis, this.id, 'header', first, end, role, 'before the title'),
      metadata,
      protect: [...(title === undefined || !sure ? [] : [{ block: title, why: TITLE }]), ...(named ? [{ block: 0, why: PAGE_TITLE }] : [])],
    };
  },
};

/**
 * A `#` heading within a few lines above block `index` with a date line between them (the
 * article's own header: title, byline, date), and no prose between; undefined when there is none.
 * A blog's name as a heading has links or a blurb under it, not a date.
 */
function topHeadingAbove(analysis: Analysis, index: number): number | undefined {
  let dated = false;
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const block = analysis.doc.blocks[i]!;
    if (block.heading === 1) return dated ? i : undefined;
    if (analysis.readings[i] === 'body' || block.heading > 0) return undefined;
    if (hasDate(analysis, i)) dated = true;
  }
  return undefined;
}

/**
 * The `#` heading over section heading `section` when what stands between them holds no prose,
 * chrome or line that ends articles, and shows the article's own text begins above the section:
 * at least OWN_LINES_OVER_SECTION lines that read as clauses (a report's "# Annual Report 2017-18",
 * its download links and a section of key figures, "612 volunteers gave more than 58,000 hours
 * between them", then "## Letter from our Chair"), or a heading the section is a subsection of and
 * a section before it at its own level (a school's "# Term Dates and Uniform", "## Term dates
 * 2007-2008", "### Autumn Term 2007" and its dates, then "### Summer Term 2008" over the first
 * paragraph); else `section`. A blog's name stands over its tagline, a box of links and its post's
 * date (a heading over the post's title on Blogger).
 */
function topHeadingOverSection(analysis: Analysis, earlier: readonly Finding[], role: readonly Role[], section: number): number {
  const { blocks } = analysis.doc;
  const level = blocks[section]!.heading;
  let own = 0;
  let parent = false;
  let sibling = false;
  for (let i = section - 1; i >= 0 && i >= section - TOP_HEADING_SECTION_BLOCKS; i--) {
    if (role[i] === 'body' || role[i] === 'chrome') return section;
    const f = analysis.features[i]!;
    const heading = blocks[i]!.heading;
    if (heading === 0 && f.wordCount >= CLAUSE_WORDS && f.stopwordRatio >= CLAUSE_STOPWORDS) own++;
    if (heading === level) sibling = true;
    else if (heading > 1 && heading < level && !hasDate(analysis, i)) parent = true;
    if (heading !== 1) continue;
    if (role[i] === 'claimed' || (own < OWN_LINES_OVER_SECTION && !(parent && sibling))) return section;
    const ends = articleEnds(analysis, earlier, role);
    for (let b = i + 1; b < section; b++) if (ends[b]) return section;
    return i;
  }
  return section;
}

// A line that reads as a clause of the text: this many words, this share of them stopwords.
const CLAUSE_WORDS = 6;
const CLAUSE_STOPWORDS = 0.15;
const OWN_LINES_OVER_SECTION = 3;

// How far above the first paragraph a page's `#` title may stand over a standfirst, notices, a
// picture and its credit; and above the first section's heading, over a review's verdict and its
// pros and cons too. A blog's name stands far above its post, over the sidebar.
const TOP_HEADING_BLOCKS = 12;
const TOP_HEADING_SECTION_BLOCKS = 30;

/**
 * The `#` heading nearest above block `first`, within TOP_HEADING_BLOCKS and with no prose between,
 * when the section heading `title` stands within TOP_HEADING_SECTION_BLOCKS under it and no line
 * from `first` to it ends articles; undefined otherwise. (Above the first paragraph stand notices
 * that also end articles: "When you purchase through links on our site, we may earn…".)
 */
function topHeadingOver(analysis: Analysis, earlier: readonly Finding[], role: readonly Role[], first: number, title: number): number | undefined {
  const { blocks } = analysis.doc;
  // Right over the first paragraph, the `#` heading is the page's title however far down the
  // section's heading stands (a long FAQ's "# Frequently Asked Questions" over its intro).
  for (let i = first - 1; i >= 0 && i >= first - TOP_HEADING_BLOCKS && (i >= title - TOP_HEADING_SECTION_BLOCKS || i === first - 1); i--) {
    if (role[i] === 'body') return undefined;
    if (blocks[i]!.heading !== 1 || role[i] === 'chrome' || role[i] === 'claimed') continue;
    const ends = articleEnds(analysis, earlier, role);
    for (let b = first; b < title; b++) if (ends[b]) return undefined;
    return i;
  }
  return undefined;
}
