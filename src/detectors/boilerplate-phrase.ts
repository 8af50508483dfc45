import type { Analysis } from '../core/analysis.js';
import type { Finding, SkippedFinding } from '../core/types.js';
import { blockFinding, type Detector } from './detector.js';
import { matchRules, rulesFor, type RuleHit } from './phrase-rules.js';
import { INTRODUCES, RELATED_HEADING, wrapsOn } from './regions.js';
import { EN_MONTH_NAME, OTHER_MONTH } from './rules/attribution.js';

export const boilerplatePhrase: Detector = {
  id: 'boilerplate-phrase',
  description: 'Lines that are known platform or web chrome ("Share:", "Powered by Blogger.", cookie notices), from the rule tables.',
  detect(analysis) {
    const rules = rulesFor(analysis, 'boilerplate');
    // Lines of one kind in a row are one thing on the page (a newsletter box, a share bar): one finding.
    const findings: Finding[] = [];
    let run: RuleHit[] = [];
    const flush = () => {
      if (!run.length) return;
      const first = run[0]!;
      const ids = [...new Set(run.map((h) => h.rule.id))];
      const what = [...new Set(run.map((h) => h.rule.description))].join('; ');
      const reason = `${what} (rule${ids.length > 1 ? 's' : ''} ${ids.join(', ')})`;
      findings.push(blockFinding(analysis, this.id, first.rule.kind, first.block, run[run.length - 1]!.block, reason, 0.95, { rule: first.rule.id }));
      run = [];
    };
    const skipped: SkippedFinding[] = [];
    const hits = matchRules(analysis, rules);
    const hitBlocks = new Set(hits.map((h) => h.block));
    const listed = countsUnderLeadIn(analysis, hits);
    const titled = yearsOfTitles(analysis, hits);
    // Why a line a rule matched stays after all, or undefined when it goes.
    const heldBack = (hit: RuleHit): string | undefined => {
      if (titled.has(hit.block)) return `its number in brackets is a year that fewer than ${SHARED_YEAR} lines of the text carry: a title's year, not a post count`;
      if (QUOTED_NOTICES.test(hit.rule.id) && quotedUnder(analysis, hit.block, hitBlocks)) return 'a sentence of the text introduces it with a colon: the article quotes the notice';
      if (LINK_TITLES.has(hit.rule.id) && wrapsOn(analysis, hit.block)) return 'it runs on into the next line in mid-sentence, as a wrapped paragraph does; a link is a line of its own';
      if (WIDGET_MESSAGES.has(hit.rule.id) && analysis.doc.blocks[hit.block]!.listItem) return "it is an item of a list: a widget prints its messages on lines of their own, an article lists them (a review's buttons, a guide's error messages)";
      if ((RELATED_HEADING.test(hit.rule.id) || hit.rule.id === 'tag-list') && headsParagraph(analysis, hit.block)) return 'it is a heading over a paragraph of the text, or a sentence leading into a list: the article\'s own section ("## Up next" over the next game, "## Topics" in a call for papers), not a list of links or tags';
      if (BUTTON_LABELS.has(hit.rule.id) && sectionOverProse(analysis, hit.block, hitBlocks)) return 'it is a heading over a paragraph of the text that no rule knows: the article\'s own section ("## Replay" over what is on catch-up, "## Responses" over a consultation\'s), not a widget\'s label';
      if (RELATED_HEADING.test(hit.rule.id) && headsCitations(analysis, hit.block)) return 'it heads a list of works cited (authors, titles, years, pages): the article\'s bibliography ("## Further reading"), not a list of links';
      const leadIn = listed.get(hit.block);
      if (leadIn !== undefined) return `it is an item of the list that line ${analysis.doc.blocks[leadIn]!.line + 1} introduces`;
      return undefined;
    };
    for (const hit of hits) {
      const why = heldBack(hit);
      if (why !== undefined) {
        const finding = blockFinding(analysis, this.id, hit.rule.kind, hit.block, hit.block, `${hit.rule.description} (rule ${hit.rule.id})`, 0.95, { rule: hit.rule.id });
        skipped.push({ ...finding, why });
        continue;
      }
      const prev = run[run.length - 1];
      if (prev && (hit.block !== prev.block + 1 || hit.rule.kind !== prev.rule.kind)) flush();
      run.push(hit);
    }
    flush();
    return { findings, skipped };
  },
};

// Rules of notices that articles about them quote line by line: cookie and consent notices, and a
// licence line ("add a line under each photo:").
const QUOTED_NOTICES = /(?:^|-)(?:cookies|cookie-notice|consent-buttons|licence-notice)$/;
// The fewest words of a sentence that introduces a quoted notice ("Der Banner begann mit dem Satz:").
const LEAD_IN_WORDS = 5;

/**
 * Whether block `b` stands under a sentence of the text's own that introduces it with a colon ("Il
 * banner si apriva con questa frase:"), or under another line so quoted: the article quotes a
 * notice it is about, as it quotes its buttons ("Sotto c'erano soltanto due pulsanti:").
 */
function quotedUnder(analysis: Analysis, b: number, hits: ReadonlySet<number>): boolean {
  const { blocks } = analysis.doc;
  for (let a = b - 1; a >= 0 && blocks[b]!.line - blocks[a]!.line <= 2 * (b - a); a--) {
    if (blocks[a + 1]!.line - blocks[a]!.line > 2) return false;
    if (!hits.has(a)) return INTRODUCES.test(blocks[a]!.text) && analysis.features[a]!.wordCount >= LEAD_IN_WORDS && blocks[a]!.heading === 0;
  }
  return false;
}

// Rules that find what a player, a gallery, a sign-up box, a form or a picture's button prints ("Play
// now", "Invalid Email", "First Name*", "Pin it"): on a list's item, the article is listing them.
const WIDGET_MESSAGES = new Set(['media-placeholder', 'newsletter-widget', 'pin-print-buttons', 'form-fields', 'action-button']);

// The fewest words of the paragraph a section's heading stands over.
const SECTION_WORDS = 12;

/**
 * Whether block `b` is a Markdown heading ("## Up next") right over a paragraph of prose, or over a
 * sentence of the text that leads into a list ("Topics of interest include, but are not limited
 * to:"), a blank line between them at most; or a section's label in capitals over a labelled
 * statement, as a wire story's last section is ("UP NEXT" over "Mariners: Host Portland next
 * Sunday."). A related list's heading stands over the list's short link titles, a tag list's over
 * its tags.
 */
function headsParagraph(analysis: Analysis, b: number): boolean {
  const { blocks } = analysis.doc;
  const block = blocks[b]!;
  const next = blocks[b + 1];
  if (next === undefined || next.line - block.line > 2 || next.heading > 0 || next.listItem) return false;
  if (block.heading === 0) return CAPITALS.test(block.text) && LABELLED_STATEMENT.test(next.text);
  const reading = analysis.readings[b + 1];
  return headsProse(analysis, b) || ((reading === 'body' || reading === 'sentence') && analysis.features[b + 1]!.wordCount >= LEAD_IN_WORDS && INTRODUCES.test(next.text) && !SITE_CONTENT.test(next.text));
}

/** Whether block `b` is a Markdown heading right over a paragraph of prose of SECTION_WORDS words or more, a blank line between at most. */
function headsProse(analysis: Analysis, b: number): boolean {
  const { blocks } = analysis.doc;
  const next = blocks[b + 1];
  if (blocks[b]!.heading === 0 || next === undefined || next.line - blocks[b]!.line > 2 || next.heading > 0 || next.listItem) return false;
  return analysis.readings[b + 1] === 'body' && analysis.features[b + 1]!.wordCount >= SECTION_WORDS;
}

// Rules whose lines are a widget's buttons and labels: written as a heading over a paragraph of the
// text, the same words head the article's section ("## Replay", "## Responses", "## Register
// online"). (Other rules' headings head their own boxes' copy: "## About the author", "## Search".)
const BUTTON_LABELS = new Set(['action-button', 'forum-board', 'medium-chrome', 'cite-prompt', 'print-email', 'media-placeholder', 'reaction-poll', 'newsletter-widget']);

// A box's lead-in points at the site's other pieces ("You may also be interested in these stories
// from our archive:", "Find more stories on these topics:").
const SITE_CONTENT = /\b(?:more|other|related|these|our|latest) (?:stories|articles|posts|reads)\b|\bfrom (?:our|the) archives?\b/i;

/**
 * Whether block `b` is a Markdown heading right over a paragraph of prose that no rule matched (see
 * headsProse): the article's section, whatever the heading's words ("## Replay", "## Responses",
 * "## Register online"). A widget's heading stands over its items, or over its own copy, which a
 * rule knows ("## Leave a Reply" over "Your email address will not be published.").
 */
function sectionOverProse(analysis: Analysis, b: number, hits: ReadonlySet<number>): boolean {
  return headsProse(analysis, b) && !hits.has(b + 1);
}

// A work cited: a year, with pages or an author's initial (a film's teaser has a quoted title and its year);
// or a title, a comma and who wrote or gave it ("…, by Marguerite Hale, on the Write the Docs blog").
const YEAR = /\b(?:1[5-9]|20)\d{2}\b/;
const CITED = /\bpp?\.\s*\d|^\p{Lu}\.\s/u;
const AUTHORED = /, (?:a (?:talk|paper|post|book|thread|video) )?by (?:the )?\p{Lu}/u;

/**
 * Whether block `b` stands right over a list (a blank line between at most) whose items, the first
 * few of them, mostly cite works ("R. Pennell, Clockmakers of Somerset and Dorset, 1650-1850, 1995,
 * pp. 211-214."): a bibliography. A related list's items are headlines.
 */
function headsCitations(analysis: Analysis, b: number): boolean {
  const { blocks } = analysis.doc;
  let items = 0;
  let cited = 0;
  for (let i = b + 1; i < blocks.length && items < 5 && blocks[i]!.listItem && blocks[i]!.line - blocks[i - 1]!.line <= 2; i++) {
    items++;
    const text = blocks[i]!.text;
    if ((YEAR.test(text) && CITED.test(text)) || AUTHORED.test(text)) cited++;
  }
  return items > 0 && 2 * cited > items;
}

// A label in capitals ("UP NEXT"), and a statement under a label ("Monarchs: At Houston next Sunday.").
const CAPITALS = /^[\p{Lu}\d][\p{Lu}\d '’-]*$/u;
const LABELLED_STATEMENT = /^\p{Lu}[^:]{0,40}: \S.*[\p{Ll}\d]\.$/u;

// Rules that find a link's title on a line of its own: a line of them that runs on into the next in
// mid-sentence is a wrapped paragraph's first line ("« Affiner nous-mêmes tous nos fromages, c'est
// garder la main sur leur" over "goût et sur la valeur… », souligne…").
const LINK_TITLES = new Set(['post-navigation']);

// A year in brackets after a name, as archive-count reads a post count.
const YEAR_IN_BRACKETS = /\((?:1[89]|20)\d{2}\)$/;
const SHARED_YEAR = 3;

/**
 * Entries with a count ("Heat (1995)") whose count is a year that fewer than SHARED_YEAR such lines
 * of the text share, by block: a film's, a book's or an album's year in the article's own list.
 * A blogroll that dates its entries repeats one year down the page ("Vagabond Scholar (2012)").
 */
function yearsOfTitles(analysis: Analysis, hits: readonly RuleHit[]): Set<number> {
  const byYear = new Map<string, number[]>();
  for (const hit of hits) {
    if (hit.rule.id !== 'archive-count') continue;
    const year = YEAR_IN_BRACKETS.exec(analysis.doc.blocks[hit.block]!.text)?.[0];
    if (!year) continue;
    const blocks = byYear.get(year);
    if (blocks) blocks.push(hit.block);
    else byYear.set(year, [hit.block]);
  }
  const out = new Set<number>();
  for (const blocks of byYear.values()) if (blocks.length < SHARED_YEAR) for (const b of blocks) out.add(b);
  return out;
}

// An archive's entries: a month or a year with its post count ("June 2024 (3)", "2012 (19)").
const MONTH_OR_YEAR = new RegExp(String.raw`^(?:(?:${EN_MONTH_NAME}|${OTHER_MONTH})\s*(?:(?:19|20)\d{2})?|(?:19|20)\d{2})\s*\(`, 'iu');

/**
 * Items with a count ("Avocet (14)", "Labour (12)") in a list under a line of the text's own that
 * introduces it ("Tally for the week:"), by block, with that line: the article's list, not an
 * archive widget, whose entries sit under a heading of the widget's ("Blog Archive", "Categories").
 */
function countsUnderLeadIn(analysis: Analysis, hits: readonly RuleHit[]): Map<number, number> {
  const out = new Map<number, number>();
  const counts = hits.filter((h) => h.rule.id === 'archive-count').map((h) => h.block);
  if (!counts.length) return out;
  const { blocks } = analysis.doc;
  const hitAt = new Set(hits.map((h) => h.block));
  const countAt = new Set(counts);
  const inList = (b: number) => (blocks[b]!.listItem || countAt.has(b)) && blocks[b + 1]!.line - blocks[b]!.line <= 2;
  let previous = -1;
  let previousFirst = -1;
  for (const block of counts) {
    // The list's first item: up through the items and count lines before this one, with at most a
    // blank line between two (where the walk reaches the count line before, its list's first item).
    let first = block;
    while (first > 0 && inList(first - 1)) {
      if (first - 1 === previous) {
        first = previousFirst;
        break;
      }
      first--;
    }
    [previous, previousFirst] = [block, first];
    // The line above the list is the text's own: prose (a sentence of four words or more) that no
    // rule took, ending with a colon, right above the list or a blank line above it.
    const above = first - 1;
    const leadIn =
      above >= 0 &&
      !hitAt.has(above) &&
      blocks[first]!.line - blocks[above]!.line <= 2 &&
      (analysis.readings[above] === 'sentence' || analysis.readings[above] === 'body') &&
      INTRODUCES.test(blocks[above]!.text);
    if (leadIn && !MONTH_OR_YEAR.test(blocks[block]!.text)) out.set(block, above);
  }
  return out;
}
