import { isCentred, lineBlocks, type Block } from '../core/document.js';
import { blockRange } from '../core/plan.js';
import { derived, type Analysis } from '../core/analysis.js';
import type { Finding } from '../core/types.js';
import { blockFinding, coverage, plural } from './detector.js';
import { matchRules, rulesFor } from './phrase-rules.js';
import { OTHER_MONTH } from './rules/attribution.js';
import { builtinRules } from './rules/index.js';
import { uint8s } from '../core/slab.js';

/** How the region detectors see each block, given what the line detectors found before them. */
export type Role = 'chrome' | 'claimed' | 'body' | 'sentence' | 'short';

/** A block that reads as the text's own, as body, a sentence or a short line: no detector has it. */
const readsAsText = (r: Role | undefined) => r === 'body' || r === 'sentence' || r === 'short';

/** Kinds of finding that remove their blocks themselves, whatever a region around them does. */
export const CLAIMING: ReadonlySet<string> = new Set(['duplicate', 'attribution', 'comments']);

export function roles(analysis: Analysis, earlier: readonly Finding[]): Role[] {
  // A block both a duplicate (or comment thread) and chrome is claimed: its own finding removes it.
  // Not by a duplicate whose kept copy lies in a comment thread, though: the planner drops such a
  // finding, as that copy goes with the thread (an article paragraph a reader quoted at length).
  const thread = coverage(analysis, earlier.filter((f) => f.kind === 'comments'));
  const map = lineBlocks(analysis.doc);
  const keptInThread = (f: Finding) => {
    if (!f.duplicateOf) return false;
    const [k1, k2] = blockRange(map, { ...f, lines: f.duplicateOf.lines });
    for (let k = k1; k >= 0 && k <= k2; k++) if (thread[k]) return true;
    return false;
  };
  const claimed = coverage(analysis, earlier.filter((f) => CLAIMING.has(f.kind) && !keptInThread(f)));
  const chrome = coverage(analysis, earlier.filter((f) => !CLAIMING.has(f.kind)));
  const role: Role[] = analysis.readings.map((reading, i) => (claimed[i] ? 'claimed' : chrome[i] ? 'chrome' : reading));
  readWrappedParagraphs(analysis, role);
  return role;
}

// How a paragraph's last line ends: a sentence, or a colon, a bracket or a dash before what follows.
const PARAGRAPH_END = /[.!?…:;)\]"'”’–—-]$/;

/**
 * A paragraph wrapped at a fixed width reads as one, as body, when one of its lines does or its
 * last line ends as a paragraph does: a sentence, or a colon over a list ("…before the library
 * opens:"); a wrapped row of links ends in none ("[3]Skip to" over "primary sidebar"). Alone, its
 * first line reads as a short line ("Harwick Borough Council will raise its share of council tax
 * by the maximum") and its last as a short sentence ("data."), and regions cut there. Its lines
 * follow one another with no blank line between, each but the last as long as a wrapped line is,
 * and one of them at least runs into the next in mid-sentence (see wrapsOn).
 */
function readWrappedParagraphs(analysis: Analysis, role: Role[]): void {
  const { blocks } = analysis.doc;
  const prose = (b: number) => readsAsText(role[b]);
  const joined = (b: number) => {
    const next = blocks[b + 1];
    return next !== undefined && next.line === blocks[b]!.line + 1 && next.heading === 0 && !ITEM_MARK.test(next.raw) && prose(b + 1) && wrapWidth(blocks[b]!);
  };
  for (let b = 0; b < blocks.length; b++) {
    if (!prose(b) || blocks[b]!.heading > 0 || !joined(b)) continue;
    let last = b;
    let wraps = false;
    for (; joined(last); last++) if (!wraps) wraps = wrapsOn(analysis, last);
    // The rest of a chrome line's sentence ("Sign up for our newsletter to get local stories" over
    // "delivered every weekday.") is no paragraph of the article: its lines keep their own readings.
    const continues = b > 0 && (role[b - 1] === 'chrome' || role[b - 1] === 'claimed') && wrapsOn(analysis, b - 1);
    let body = false;
    for (let k = b; k <= last && !body; k++) body = role[k] === 'body';
    if (wraps && !continues && (body || PARAGRAPH_END.test(blocks[last]!.text))) role.fill('body', b, last + 1);
    b = last;
  }
}

const BYLINE = builtinRules.find((rule) => rule.id === 'byline')?.pattern;
// Links to another story with its headline ("Read more: TITLE", "Baca juga: TITLE").
const STORY_LINKS = builtinRules.filter((rule) => rule.id === 'read-also' || rule.id.endsWith('-read-also')).map((rule) => rule.pattern);
// A label, a colon, then three words or more: a link that carries its own headline.
const SELF_CONTAINED = /^[^:：]{1,40}[:：]\s*\S+(?:\s+\S+){2,}/u;

/**
 * The most short lines in a row a section of the article may hold (a subheading and a few items):
 * between two paragraphs, or after the main stretch. More are a list of links.
 */
export const GAP_LINES = 5;

/**
 * A full stop, question or exclamation mark at the end (the CJK ones too), past closing quotes and
 * brackets and the marks that close Markdown's emphasis ("_The exhibition runs to 27 April._");
 * not a colon, which heads what follows ("TrackBack URL for this entry:").
 */
export const SENTENCE_END = /[.!?…。！？]["'”“’»›)\]」』）]*[_*]{0,3}$/;

/** A line that introduces what follows it ("Tally for the week:", "Essential:"): it ends with a colon. */
export const INTRODUCES = /[:：]$/;

/**
 * A detail under its label, as a product's specifications, a recipe's timings, a book's or an
 * episode's details are listed ("Diameter: 24 cm", "Geschikt voor: gas, elektrisch, inductie",
 * "Written by: Philippa Crane"): a label of three words at most, opening in a capital, a colon, a value.
 */
export const DETAIL_ROW = /^\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,2}\s?[:：]\s*\S/u;

/** Whether the block is a link to another story that carries its headline: a line in itself, not a box's heading. */
export function isStoryLink(analysis: Analysis, block: number): boolean {
  const text = analysis.doc.blocks[block]!.text;
  return SELF_CONTAINED.test(text) && STORY_LINKS.some((pattern) => pattern.test(text));
}
const NOT_HEADLINE = /[.,:;]$|\s=\s|==|[{}]/;
/**
 * Items set apart by a run of spaces, as copies of a rendered menu join them: "Bins and recycling
 * Council tax  Planning", "Create account  Log in" (not two spaces after a sentence's end).
 */
const SPACED_MENU = /[^\s.!?:] {2,}\S/;
/** A picture's credit, not a headline: "Photo courtesy of the Alderton family", "Image: Getty". */
const CREDIT = /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|credit)(?:\s+courtesy of\s|\s*:\s*|\s+by\s|\s+credit:?\s)/i;
/** A caption that ends with its picture's credit: "Jamie Holt celebrates his second goal. Picture: Dean Arkwright". */
const CAPTION = /[.!?]\s+(?:photo(?:graph)?|picture|pic|image|credit)s?\s*:\s*[^.!?]{2,80}$/i;
/** A labelled value, not a headline: "From: Regional Water Authority", "Location: Bristol, UK". */
const LABELLED = /^\p{L}+(?:\s\p{L}+)?\s?:\s+\S+(?:\s+\S+){0,3}$/u;
/** A line that opens as a byline does, whatever follows the name: "By Helen Ashworth, Local Democracy Reporter". */
const BYLINE_START = /^(?:(?:[Ii]nterview|[Ww]ords|[Tt]ext|[Pp]hotos?|[Pp]ictures|[Pp]hotographs|[Rr]eporting|[Vv]ideo|[Ii]llustrations?)(?: and (?:photos|pictures|words|text))? by|[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:$|[,|·•–—(]|\s-\s|\s+(?:and|und|et|y|e|en)\s+\p{Lu})/u;

/** A byline, with or without more after the name. */
const isByline = (text: string) => BYLINE?.test(text) === true || BYLINE_START.test(text);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
// The months of the other languages winnow reads count in dates written day first ("6 mars 2024",
// "14. Mai 2023", "2 de febrero de 2024"); "mars" or "mayo" alone say nothing.
/**
 * A date as pages print them: "March 3, 2012", "3 March 2012", "March 2012", "03/03/2012",
 * "2012-03-03", and day first in French, German, Spanish, Portuguese, Italian and Dutch.
 */
export const DATE = new RegExp(
  String.raw`\b${MONTH}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b|\b\d{1,2}\.?\s+(?:de\s+)?${OTHER_MONTH}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b` +
    // Day, a month's name in any script, year ("18 июня 2024", "3 Νοεμβρίου 2023", "10 मार्च 2025"); CJK year, month, day.
    String.raw`|\b\d{1,2}\.?\s+[\p{L}\p{M}]{3,12}\.?,?\s+(?:1[89]|20)\d{2}\b|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日` +
    // Year first with dots or slashes, as in Korean, Chinese and Hungarian ("2025. 6. 9.", "2025/06/09").
    String.raw`|\b(?:1[89]|20)\d{2}(?:\.\s?\d{1,2}\.\s?\d{1,2}\b|/\d{1,2}/\d{1,2}\b)`,
  'iu',
);

const DATES = new RegExp(DATE.source, 'giu');
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?$/i;
// The fewest words of its own a headline that names a day has ("Bridge to close from 7 April").
const DATED_HEADLINE_WORDS = 4;
// Two commas or more: a byline's parts ("Ananya Rao, DL News Service, Bengaluru, Mar 11 2019").
const LISTED = /,.*,/;

/**
 * Whether block `i`, which holds a date, is a headline that names a day rather than a date line:
 * right over a date line of its own ("Resurfacing works on Mill Road from 7 April" over
 * "Published: 17 March 2025"), with four words or more besides its dates and days, and no parts
 * set apart by separators or commas. A date line alone with many words ("This article was last
 * updated on Monday 3 March") is no headline, nor is one over another ("Valid from 18:00 Thu 21 Nov
 * to 15:00 Fri 22 Nov" over "Issued at 10:04 Wed 20 Nov").
 */
function datedHeadline(analysis: Analysis, i: number): boolean {
  const { blocks } = analysis.doc;
  const next = blocks[i + 1];
  if (next === undefined || next.line - blocks[i]!.line > 2 || !hasDate(analysis, i + 1) || headlineWords(analysis, i + 1) > DATE_LINE_WORDS) return false;
  const text = blocks[i]!.text;
  if (SEPARATED.test(text) || LISTED.test(text)) return false;
  // Its own words, besides the dates, the times and the days of the week.
  const words = text.replace(DATES, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.filter((w) => !WEEKDAY.test(w)).length >= DATED_HEADLINE_WORDS;
}

const DATE_AT_END = new RegExp(String.raw`(?:${DATE.source})[\p{P}\s]*$`, 'iu');

/** Whether the block holds a date (see DATE); every way of writing one has a digit, and most lines have none. */
export function hasDate(analysis: Analysis, block: number): boolean {
  return analysis.features[block]!.digits > 0 && DATE.test(analysis.doc.blocks[block]!.text);
}

/**
 * The article's headline among the blocks before the first body paragraph: the last `#` heading
 * of the highest level there, or else the line that reads most like a headline: the one with the
 * most words (up to thirteen, see HEADLINE_WORDS; in Chinese or Japanese two characters count as a
 * word), the later on a tie.
 *
 * Short page furniture under a headline looks like one too ("Live match stats", "Share this
 * event", an author's name). Taken for the title as the line nearest the body, it made the
 * header region remove the real headline above it. When a long line above the headline wins
 * instead (a site's tagline), the header cut stops there: some chrome stays, the headline too.
 */
export function findTitle(analysis: Analysis, role: readonly Role[], firstBody: number, headingsOnly: boolean): number | undefined {
  const { best, bestLevel, strongest } = headlineCandidates(analysis, role, firstBody);
  return headingsOnly ? (bestLevel === 1 ? best : undefined) : (best ?? strongest);
}

/**
 * The title as findTitle picks it (not headings only), and whether it is sure enough to protect:
 * a `#` heading, or a line that is also the last line of three words or more above the body,
 * where a headline usually stands. When the two picks differ, one of them is page furniture and
 * the title is a guess.
 */
export function titleAndSureness(analysis: Analysis, role: readonly Role[], firstBody: number): { title: number | undefined; sure: boolean } {
  const { best, plain, longPlain, strongest } = headlineCandidates(analysis, role, firstBody);
  const title = best ?? strongest;
  return { title, sure: best !== undefined || title === (longPlain ?? plain) };
}

// Past this many words a line is no more a headline for being longer; under another candidate it
// is likelier a standfirst ("Landlords in Leeds, Bristol and Coventry will need a licence…",
// nineteen words, under a headline of thirteen).
const HEADLINE_WORDS = 13;
// A line this long or longer is a headline a standfirst may stand under, rather than a section label.
const STANDFIRST_UNDER_WORDS = 6;

// Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Myanmar.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const UNSPACED_CHARS_PER_WORD = 2;

/**
 * How many words a line has as a headline counts them. Scripts without spaces run their words
 * together, so there a word is taken as two characters ("分享到：" is one or two words, a Chinese
 * headline ten or more); every other script, Cyrillic, Devanagari or Hangul, spaces its words.
 */
function headlineWords(analysis: Analysis, block: number): number {
  const f = analysis.features[block]!;
  if (!f.otherScript) return f.wordCount;
  const unspaced = analysis.doc.blocks[block]!.text.match(UNSPACED)?.length ?? 0;
  return Math.max(f.wordCount, Math.ceil(unspaced / UNSPACED_CHARS_PER_WORD));
}

// A line whose first word is in lower case: the rest of a sentence ("by six per cent…"), not a
// name that opens in lower case ("iPhone 16 Pro leads…", "eBay").
const LOWER_START = /^\p{Ll}+(?![\p{L}\p{M}])/u;

// A wrapped paragraph's lines are as long as the width allows (text browsers and converters wrap
// at 72 to 80 characters, some wider), less the word that did not fit.
const WRAP_MIN_CHARS = 40;
const WRAP_MAX_CHARS = 120;
const WRAP_SLACK_CHARS = 20;

/**
 * A list item's mark: a number ("5. Grate in the butter", "5) ...", the number and its mark captured) or a
 * bullet ("* Creaky plastic"). An item's wrapped lines under it are only indented.
 */
export const ITEM_MARK = /^\s*(?:(\d{1,3})([.)])|[*+\-•])\s/;

/** Whether block b's line is as long as a line of a wrapped paragraph that goes on under it. */
function wrapWidth(block: Block): boolean {
  const chars = block.raw.trimEnd().length;
  return chars >= WRAP_MIN_CHARS && chars <= WRAP_MAX_CHARS;
}

/**
 * Whether block `i`'s sentence goes on in the next block as in a paragraph wrapped at a fixed
 * width: the next line follows at once, opens no list item of its own (a list item's wrapped lines
 * are indented under it), its first word is in lower case, and it is no longer than
 * this one, which is no longer than a wrapped line is (a paragraph under a lower-case title is a
 * line of its own, of any length), and it is no byline ("by Lord Menuhin, May 6, 1997" under a headline).
 */
export function wrapsOn(analysis: Analysis, i: number): boolean {
  const { blocks } = analysis.doc;
  const block = blocks[i];
  const next = blocks[i + 1];
  if (block === undefined || next === undefined || next.line !== block.line + 1 || next.heading > 0 || ITEM_MARK.test(next.raw)) return false;
  return wrapWidth(block) && next.raw.trimEnd().length <= block.raw.trimEnd().length + WRAP_SLACK_CHARS && LOWER_START.test(next.text) && !isByline(next.text);
}

function headlineCandidates(analysis: Analysis, role: readonly Role[], firstBody: number) {
  const { blocks } = analysis.doc;
  let best: number | undefined;
  let bestLevel = 7;
  let plain: number | undefined;
  // A headline has three words or more; a two-word line under it is as often the author's name.
  let longPlain: number | undefined;
  let strongest: number | undefined;
  let strongestWords = 0;
  // A long line right under a headline-length candidate: a standfirst, not the title, but the article's.
  let standfirst: number | undefined;
  // Lines of prose wrapped one into the next; a chrome line ("Privacy | Terms | Contact") wraps into nothing.
  const prose = (b: number) => role[b] !== 'chrome' && role[b] !== 'claimed';
  const wrapped = (b: number) => b >= 0 && prose(b) && prose(b + 1) && wrapsOn(analysis, b);
  // The page's title on the first line ("The Salt House, Portwenna: restaurant review | Westward
  // Life") names the headline: a line below that reads as its part before the site's name is it,
  // and no longer line further down (a picture's caption over the first paragraph) outdoes it.
  const named = namedHeadline(analysis, role, firstBody);
  for (let i = 0; i < firstBody; i++) {
    const block = blocks[i]!;
    const f = analysis.features[i]!;
    if (role[i] === 'chrome' || role[i] === 'claimed' || block.listItem) continue;
    const words = headlineWords(analysis, i);
    // A line that ends like a sentence or introduces what follows ("…I get a list of None
    // instead:") is not one, nor is a line of code ("result = [n.upper() for n in names]").
    if (words < 2 || f.chars > 200 || (hasDate(analysis, i) && !datedHeadline(analysis, i)) || NOT_HEADLINE.test(block.text) || SPACED_MENU.test(block.text)) continue;
    // A byline the attribution detector kept in the text (several authors, a role after the name)
    // is not the headline, nor is a picture's credit or a caption that ends with one.
    if (isByline(block.text) || LABELLED.test(block.text) || CREDIT.test(block.text) || CAPTION.test(block.text)) continue;
    // A line of a paragraph wrapped at a fixed width ("…the finance chief warned that" over
    // "savings had…") is part of a sentence, however long and unpunctuated it is.
    if (block.heading === 0 && (wrapped(i) || wrapped(i - 1))) continue;
    // In a text with no margin, a centred line under a candidate is a caption or a tagline under
    // the headline; over the body with none above, it is the headline (a text browser centres it).
    if (analysis.doc.margin === 0 && strongest !== undefined && isCentred(block, 0)) continue;
    if (block.heading > 0 && block.heading <= bestLevel) {
      best = i;
      bestLevel = block.heading;
    } else if (block.heading === 0) {
      plain = i;
      if (words >= 3) longPlain = i;
      // Past the cap a line under another candidate reads less like a headline with each word
      // more, as a standfirst does, and never wins a tie; the first line may be a long headline.
      // Right under a candidate of a headline's length, with nothing between, it is that
      // headline's standfirst (a section label of two or three words may stand over a long headline).
      const long = words > HEADLINE_WORDS;
      const under = long && strongest === i - 1 && strongestWords >= STANDFIRST_UNDER_WORDS;
      if (under) standfirst = i;
      const strength = i === named ? Infinity : under ? 0 : long && strongest !== undefined ? Math.max(1, 2 * HEADLINE_WORDS - words) : Math.min(words, HEADLINE_WORDS);
      if (long ? strength > strongestWords : strength >= strongestWords) {
        strongest = i;
        strongestWords = strength;
      }
    }
  }
  return { best, bestLevel, plain, longPlain, strongest, standfirst };
}

// Between a page's title and its site's name: " | ", " - ", " – ", " — ", " :: ".
const SITE_SEPARATOR = /\s(?:[|\-–—]|::)\s/g;
// A page's title is a line of a headline's length and a site's name; a longer first line is text.
const PAGE_TITLE_CHARS = 300;
// A menu's item: three words at most, with no digit and no punctuation but "&" and a hyphen.
const MENU_ITEM = /^[\p{L}&-]+(?: [\p{L}&-]+){0,2}$/u;
// The fewest words of a headline a page's title names: a site's or a section's name before the
// separator ("Harwick Gazette | Council tax…", "Local News | Harwick Gazette") has fewer; so has a
// department's between two separators ("GEOG 2150 Rivers and People - Spring 2009 - Department of
// Geography - Hallam Ridge University").
const NAMED_HEADLINE_WORDS = 3;
const NAMED_MIDDLE_WORDS = 4;

/**
 * What the first line may name as the headline, when it is a page's title: its parts before each
 * separator and each part between two of them ("HEADLINE | Viajes | Diario del Ebro", "Food and
 * Drink | HEADLINE | Westward Life"), not the last part, which is the site's name more often than a
 * headline; with the fewest words a line it names must have. Empty when it has no separator.
 */
function titleHeads(analysis: Analysis): Map<string, number> {
  const heads = new Map<string, number>();
  const top = analysis.doc.blocks[0]?.text;
  if (top === undefined || top.length > PAGE_TITLE_CHARS) return heads;
  let from = 0;
  for (const m of top.matchAll(SITE_SEPARATOR)) {
    if (from > 0) heads.set(top.slice(from, m.index).trim(), NAMED_MIDDLE_WORDS);
    if (m.index > 0) heads.set(top.slice(0, m.index).trim(), NAMED_HEADLINE_WORDS);
    from = m.index + m[0].length;
  }
  return heads;
}

/**
 * Whether the first line is a page's title that names a line below it as its headline (see
 * namedHeadline): it is no copy of that line for the duplicate detectors, the headline is.
 */
export function namesHeadline(analysis: Analysis): boolean {
  const heads = titleHeads(analysis);
  if (!heads.size) return false;
  const { blocks } = analysis.doc;
  for (let i = 1; i < blocks.length; i++) {
    const least = heads.get(blocks[i]!.text);
    if (least !== undefined && headlineWords(analysis, i) >= least) return true;
  }
  return false;
}

/**
 * The block under the first, above block `firstBody`, whose text is a part of the first block's
 * that may be the headline (see titleHeads): of those no detector took for chrome, the one of the
 * most words, the first of its copies, or a later copy when only menu items stand between (a
 * sidebar's or a breadcrumb's item naming the page); undefined when there is none. A copy under
 * other lines (under a standfirst, a picture's caption under a recipe's ingredients, the body
 * printed twice) is not it.
 */
export function namedHeadline(analysis: Analysis, role: readonly Role[], firstBody: number): number | undefined {
  const { blocks } = analysis.doc;
  const heads = titleHeads(analysis);
  if (!heads.size) return undefined;
  // Of the lines it names, the one of the most words: a section's or a site's name is shorter.
  let first = -1;
  let most = 0;
  for (let i = 1; i < firstBody; i++) {
    const least = heads.get(blocks[i]!.text);
    if (least === undefined || role[i] === 'chrome' || role[i] === 'claimed') continue;
    const words = headlineWords(analysis, i);
    if (words >= least && words > most) [first, most] = [i, words];
  }
  if (first < 0) return undefined;
  // Past menu items only: a copy under a standfirst, a list or a product's details is not it.
  const headline = blocks[first]!.text;
  let named = first;
  for (let j = first + 1; j < firstBody; j++) {
    if (blocks[j]!.text === headline) named = j;
    else if (!MENU_ITEM.test(blocks[j]!.text)) break;
  }
  return named;
}

/**
 * The title as findTitle picks it (not headings only), and the line taken for a standfirst under
 * the headline (see headlineCandidates): not the title, but no chrome either, whatever stands around
 * it. When the line above it is a teaser or a tagline rather than the headline, it is the headline.
 */
export function titleAndStandfirst(analysis: Analysis, role: readonly Role[], firstBody: number): { title: number | undefined; standfirst: number | undefined } {
  const { best, strongest, standfirst } = headlineCandidates(analysis, role, firstBody);
  return { title: best ?? strongest, standfirst };
}

// Lines the walk up from a guessed title passes, at most: byline, date and source lines, then the headline.
const TITLE_BLOCK_LINES = 6;
// A headline over a longer line has five words or more; section labels and buttons above a
// headline ("Science and engineering", "Back to Blog", "Add to basket") fewer.
const HEADLINE_OVER_WORDS = 5;
const DATE_LINE_WORDS = 8;
// Breadcrumbs and menus joined by separators ("Energy › Save money", "Previous Entry | Next Entry").
const SEPARATED = /[|›‹»>·•]|\s\/\s/;

/**
 * The headline over a guessed title, when there is one: the title is guessed as the line with the
 * most words, which is often the standfirst or a details line under the real headline ("Harrowby
 * Town 2-1 Calder Rovers" over "Byrne's late header sends Harrowby top…"). Walking up from the
 * title past byline, date and labelled lines, the first other line is that headline if it is
 * headline-shaped, five words or more and no separators; the head cut then stops above it.
 * Returns the title itself when there is none.
 */
export function headlineOverTitle(analysis: Analysis, role: readonly Role[], title: number): number {
  const { blocks } = analysis.doc;
  for (let i = title - 1; i >= 0 && i >= title - TITLE_BLOCK_LINES; i--) {
    const block = blocks[i]!;
    if (role[i] === 'chrome' || role[i] === 'claimed' || role[i] === 'body' || block.listItem) return title;
    // A date line is short, or ends with its date ("… – decision published 2 April 2024"); a long
    // line with a date inside may be the headline ("Your stars for Tuesday 16 April: …").
    const dateLine = hasDate(analysis, i) && (headlineWords(analysis, i) <= DATE_LINE_WORDS || DATE_AT_END.test(block.text));
    if (isByline(block.text) || LABELLED.test(block.text) || dateLine) continue;
    // One line of many words above it is the headline; one of a run of such lines (a score ticker,
    // a list of links) is not.
    return headlineShaped(analysis, i, HEADLINE_OVER_WORDS) && !(i > 0 && role[i - 1] !== 'chrome' && headlineShaped(analysis, i - 1, 3)) ? i : title;
  }
  return title;
}

// A sentence ending inside the line: "Audio generated with AI. Feedback?"
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;

function headlineShaped(analysis: Analysis, i: number, minWords: number): boolean {
  const text = analysis.doc.blocks[i]!.text;
  return (
    headlineWords(analysis, i) >= minWords &&
    analysis.features[i]!.chars <= 300 &&
    !NOT_HEADLINE.test(text) &&
    !SEPARATED.test(text) &&
    !INNER_SENTENCE_END.test(text) &&
    !CREDIT.test(text)
  );
}

/**
 * The headline just above block `index`: walking up past bylines, dates and chrome, the first
 * `#` heading of three words or more, before any prose. Section names ("# Television") are shorter.
 * A heading is no prose, though it may read as such ("# Vesely: I read all 412 comments. Here's
 * what I learned.").
 */
export function headlineAbove(analysis: Analysis, role: readonly Role[], index: number): number | undefined {
  const { blocks } = analysis.doc;
  const firstProse = role.indexOf('body');
  for (let i = index - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const block = blocks[i]!;
    const f = analysis.features[i]!;
    const candidate = block.heading > 0 && role[i] !== 'chrome' && role[i] !== 'claimed' && !block.listItem && f.chars <= 200 && !hasDate(analysis, i);
    // One that reads as prose is the headline only at the top level and with no prose above it: a
    // section's heading may be a sentence ("## You will need a tin, a bowl and a little patience…")
    // under the title and the intro.
    if (candidate && headlineWords(analysis, i) >= 3 && (role[i] !== 'body' || (block.heading === 1 && firstProse === i))) return i;
    if (role[i] === 'body') return undefined;
  }
  return undefined;
}

/** A block a duplicate finding keeps, and the blocks of the copy it removes. */
export interface KeptCopy {
  kept: number;
  removed: [number, number];
}

/** Blocks that duplicate findings keep, outside comment threads (a copy there goes with the thread). */
export function keptCopies(analysis: Analysis, earlier: readonly Finding[]): KeptCopy[] {
  const thread = coverage(analysis, earlier.filter((f) => f.kind === 'comments'));
  const map = lineBlocks(analysis.doc);
  const out: KeptCopy[] = [];
  for (const f of earlier) {
    if (!f.duplicateOf) continue;
    const removed = blockRange(map, f);
    const [k1, k2] = blockRange(map, { ...f, lines: f.duplicateOf.lines });
    for (let kept = k1; kept >= 0 && kept <= k2; kept++) if (!thread[kept]) out.push({ kept, removed });
  }
  return out;
}

/**
 * Shrinks a region so it never takes a kept copy whose repeat lies outside it: that would lose
 * both copies. A kept copy whose repeat is inside the region may go with it.
 */
export function spareKeptCopies(copies: readonly KeptCopy[], first: number, last: number): [number, number] {
  for (let changed = true; changed && first <= last; ) {
    changed = false;
    for (const c of copies) {
      if (c.kept < first || c.kept > last) continue;
      if (c.removed[0] >= first && c.removed[1] <= last) continue;
      // Cut on the side of the kept copy that leaves the larger part of the region.
      if (c.kept - first < last - c.kept) first = c.kept + 1;
      else last = c.kept - 1;
      changed = true;
    }
  }
  return [first, last];
}

/**
 * The chrome blocks that show an article has ended: those another detector than the phrase rules
 * found (a label list, a menu), and phrase-rule lines but those of rules that also stand inside
 * articles (see PhraseRule.inArticle). The short lines chrome-run took between two chrome lines
 * show nothing either way.
 */
export function articleEnds(analysis: Analysis, earlier: readonly Finding[], role: readonly Role[]): Uint8Array {
  const other = coverage(analysis, earlier.filter((f) => !CLAIMING.has(f.kind) && f.detector !== 'boilerplate-phrase' && f.detector !== 'chrome-run'));
  const out = uint8s(role.length);
  for (let i = 0; i < role.length; i++) if (role[i] === 'chrome' && other[i]) out[i] = 1;
  // The same rules the boilerplate-phrase detector tried, so their matches are already known.
  const hits = matchRules(analysis, rulesFor(analysis, 'boilerplate'));
  // An item of a row of share buttons that an earlier rule names too ("Email" under "Facebook",
  // "Twitter", a comment form's field) is the row's, and the row stands inside articles as well.
  const share = hits.filter((h) => h.rule.id === SHARE_RULE);
  const shareAt = new Set(share.map((h) => h.block));
  const inRow = (b: number) => {
    const { blocks } = analysis.doc;
    const near = (n: number) => shareAt.has(n) && Math.abs(blocks[n]!.line - blocks[b]!.line) === 1;
    return share.length > 0 && (near(b - 1) || near(b + 1)) && share[0]!.rule.pattern.test(blocks[b]!.text);
  };
  for (const hit of hits) {
    if (role[hit.block] === 'chrome' && !hit.rule.inArticle && !inRow(hit.block)) out[hit.block] = 1;
  }
  return out;
}

const SHARE_RULE = 'share-buttons';

/** The rules that find a related-articles list's heading ("Most read", "Up next", "Lire aussi"). */
export const RELATED_HEADING = /^(?:related-heading|[a-z]{2}-related)$/;

/**
 * The article's main stretch: the run of blocks with the most prose in it, where prose counts by
 * its length and every short or chrome line in between costs a little (a maximum-sum subarray).
 */
export function mainRun(analysis: Analysis, role: readonly Role[], from = 0, to = role.length - 1, ends?: Uint8Array): Run | undefined {
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let sum = 0;
  let first = from;
  for (let i = from; i <= to; i++) {
    const chars = analysis.features[i]!.chars;
    const r = role[i];
    // With `ends` (see articleEnds), chrome that also stands inside articles costs nothing.
    const weight = r === 'body' ? chars : r === 'sentence' ? chars / 2 : r === 'claimed' ? 0 : r === 'chrome' ? (ends && !ends[i] ? 0 : -80) : -40;
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      bestFirst = first;
      bestLast = i;
    }
  }
  return bestFirst < 0 ? undefined : { first: bestFirst, last: bestLast, score: best };
}

/** A stretch of blocks and how much prose it holds, net of the short lines inside it. */
export interface Run {
  first: number;
  last: number;
  score: number;
}

/**
 * How big a stretch of prose beside the main one must be to count as more of the article rather
 * than a sidebar blurb: the same share for the head above the headline and the tail below.
 */
export const NEAR_MAIN_SHARE = 0.35;

/** True when the best stretch of prose in blocks `from..to` comes near the main stretch. */
export function comesNearMain(analysis: Analysis, role: readonly Role[], main: Run, from: number, to: number): boolean {
  if (from > to) return false;
  return (mainRun(analysis, role, from, to)?.score ?? 0) >= NEAR_MAIN_SHARE * main.score;
}

/** Index of the first and last blocks that read as body prose and no detector claimed. */
export function bodyBounds(role: readonly Role[]): { first: number; last: number } | undefined {
  const first = role.indexOf('body');
  if (first < 0) return undefined;
  return { first, last: role.lastIndexOf('body') };
}

/**
 * One finding for blocks `first..last`, trimmed of claimed blocks at either end, provided the
 * stretch shows chrome: a line a rule knows, or at least three short lines. Otherwise it is kept:
 * when unsure, keep.
 */
export function regionFindings(
  analysis: Analysis,
  detector: string,
  kind: 'header' | 'footer',
  first: number,
  last: number,
  role: readonly Role[],
  where: string,
): Finding[] {
  while (first <= last && role[first] === 'claimed') first++;
  while (last >= first && role[last] === 'claimed') last--;
  if (first > last) return [];
  const inside = role.slice(first, last + 1);
  const chrome = inside.filter((r) => r === 'chrome').length;
  const short = inside.filter((r) => r === 'short').length;
  const prose = inside.filter((r) => r === 'body' || r === 'sentence').length;
  if (chrome === 0 && short < 3) return [];
  const parts = [chrome && plural(chrome, 'known chrome line'), short && plural(short, 'short line'), prose && plural(prose, 'sentence')].filter(Boolean);
  const reason = `${kind} ${where}: ${parts.join(', ')}`;
  return [blockFinding(analysis, detector, kind, first, last, reason, chrome ? 0.8 : 0.6)];
}

// Lines of verse: several words, many of them stopwords, not capitalised as titles and names are.
const VERSE_MIN_LINES = 4;
const isVerseLine = (analysis: Analysis, b: number) => {
  const f = analysis.features[b]!;
  return f.wordCount >= 4 && f.stopwordRatio >= 0.3 && f.capitalRatio < 0.5 && analysis.doc.blocks[b]!.heading === 0 && !analysis.doc.blocks[b]!.listItem;
};

/**
 * The blocks in runs of VERSE_MIN_LINES lines of verse or more in a row: a poem's stanzas. In a
 * row, because with a line of something else allowed between them a blogroll's descriptions passed.
 */
export function verseBlocks(analysis: Analysis): Uint8Array {
  const n = analysis.doc.blocks.length;
  const out = uint8s(n);
  for (let b = 0, start = 0; b <= n; b++) {
    if (b < n && isVerseLine(analysis, b)) continue;
    if (b - start >= VERSE_MIN_LINES) out.fill(1, start, b);
    start = b + 1;
  }
  return out;
}

// A line of program code: one that opens or closes a brace block, an arrow function, a call or an
// assignment ended by a semicolon, or a declaration. Prose ends a list item with ";" now and then,
// but not after a bracket, nor with "=" or "=>" in it.
const CODE_LINE = /[{}]\s*[;,)]*\s*$|=>|\)\s*;\s*$|^\s*(?:const|let|var|import|export|return|function|def|class)\s+\S.*[=({;:]|\w\s*=\s*\S.*;\s*$/;
// Lines between such lines that only make sense as code: `httpOnly: true,`, `maxAge: 60,`, `]`.
const CODE_ITEM = /^[\w$.'"-]+\s*[:=]\s*\S.*[,;]?\s*$|^[\])},;]+$/;
// What every line of code holds; most lines hold none of it.
const CODE_MARK = /[{}=;]|^\s*(?:const|let|var|import|export|return|function|def|class)\s/;
const CODE_MIN_LINES = 3;
const CODE_MAX_CHARS = 200;
// A brace block: a line that opens one, indented lines, and a line that closes it at the opener's indent.
const BRACE_OPEN = /\{\s*$/;
const BRACE_CLOSE = /^\s*\}[\s;,)]*$/;
const BRACE_MAX_LINES = 60;
const indentOf = (raw: string) => raw.length - raw.trimStart().length;

/**
 * The blocks of program listings (a tutorial's code): runs holding CODE_MIN_LINES lines of code or
 * more, with nothing between them but more code or its items, and brace blocks of indented lines.
 * Short and without sentences, their lines read as chrome to the classifier, and a listing with its
 * middle removed is worse than none.
 */
export function codeBlocks(analysis: Analysis): Uint8Array {
  const { blocks } = analysis.doc;
  const n = blocks.length;
  const out = uint8s(n);
  const lines = derived<number>(analysis, 'regions:code-line');
  // Lines of code are short; prose is not tried, nor lines without a brace, '=' or ';' or a keyword.
  const isCodeLine = (b: number) => (lines[b] ??= blocks[b]!.raw.length <= CODE_MAX_CHARS && CODE_MARK.test(blocks[b]!.raw) && CODE_LINE.test(blocks[b]!.raw) ? 1 : 0) === 1;
  for (let b = 0, start = -1, code = 0, last = -1; b <= n; b++) {
    const isCode = b < n && isCodeLine(b);
    if (isCode || (b < n && start >= 0 && CODE_ITEM.test(blocks[b]!.text))) {
      if (start < 0) start = b;
      if (isCode) {
        code++;
        last = b;
      }
      continue;
    }
    if (code >= CODE_MIN_LINES) out.fill(1, start, last + 1);
    start = -1;
    code = 0;
  }
  // A configuration block ("/var/log/app/*.log {", "    daily", "    compress", "}") holds words
  // that are no code by themselves; its braces and indents tell it.
  for (let b = 0; b < n; b++) {
    if (!BRACE_OPEN.test(blocks[b]!.raw)) continue;
    const indent = indentOf(blocks[b]!.raw);
    for (let j = b + 1; j < n && j <= b + BRACE_MAX_LINES; j++) {
      const raw = blocks[j]!.raw;
      if (BRACE_CLOSE.test(raw) && indentOf(raw) === indent) {
        if (j > b + 1) out.fill(1, b, j + 1);
        break;
      }
      if (indentOf(raw) <= indent || raw.length > CODE_MAX_CHARS) break;
    }
  }
  return out;
}

// A sentence that ends inside the line, after a word, with more text after it.
const SENTENCE_INSIDE = /\p{Ll}[.!?]["'”’)\]」』）]*\s+\S/u;
// How often the same action link must follow a short line before the page reads as a listing.
const LISTING_LINKS = 3;
// The most words of a section's heading over an entry ("Lost and found", "Situations vacant").
const SECTION_HEADING_WORDS = 4;

/**
 * The blocks that are entries of a listing: one line of two sentences or more (an ad, a notice)
 * between two chrome lines of the same text, when that text follows a short line three times or
 * more on the page (under each entry, not only around one). A section's heading may stand over the
 * entry between the same two links ("Wanted" over "OLD TOOLS wanted, planes, chisels…"): a line
 * of a few words that ends no sentence.
 */
export function listingEntries(analysis: Analysis, role: readonly Role[]): Set<number> {
  const out = new Set<number>();
  const { blocks } = analysis.doc;
  // How often each chrome line's text follows a short line: an action link under an entry.
  const times = new Map<string, number>();
  for (let i = 1; i < role.length; i++) if (role[i] === 'chrome' && role[i - 1] === 'short') times.set(blocks[i]!.text, (times.get(blocks[i]!.text) ?? 0) + 1);
  const isEntry = (b: number) => SENTENCE_END.test(blocks[b]!.text) && SENTENCE_INSIDE.test(blocks[b]!.text);
  const isHeading = (b: number) => analysis.features[b]!.wordCount <= SECTION_HEADING_WORDS && !SENTENCE_END.test(blocks[b]!.text);
  // An entry reads as a short line, a sentence or a paragraph, as its length goes.
  const prose = (b: number) => readsAsText(role[b]);
  for (let i = 1; i + 1 < role.length; i++) {
    if (!prose(i) || role[i - 1] !== 'chrome') continue;
    const link = blocks[i - 1]!.text;
    if ((times.get(link) ?? 0) < LISTING_LINKS) continue;
    const next = (b: number) => role[b] === 'chrome' && blocks[b]!.text === link;
    if (next(i + 1) && isEntry(i)) out.add(i);
    else if (i + 2 < role.length && role[i] === 'short' && prose(i + 1) && next(i + 2) && isHeading(i) && isEntry(i + 1)) out.add(i).add(i + 1);
  }
  return out;
}

// A label, a colon and its value: "Titolo: La casa dei venti", "Árbitros: Navarro y Gil.",
// "CB Villanueva (78): Ortega (11), Gómez (24)…", "* Diameter: 24 cm". The label opens in a capital.
const LABEL_VALUE = /^[*\-•]?\s?\p{Lu}[^:：]{0,40}[:：]\s*(\S.*)$/u;
const LABEL_WORDS = 5;
// The fewest labelled lines a box of facts holds, and the most lines it has.
export const FACT_LINES = 3;
const FACT_BOX_LINES = 14;
// Labels of a way to reach someone: a newsroom's contact block, an author's box, a row of social
// networks ("Facebook: Calder Gazette") list them, and they are no facts of the article.
const CONTACT_LABEL = /^[*\-•]?\s?(?:address|adresse|adresse postale|dirección|direcci[oó]n|endereço|indirizzo|adres|phone|telephone|tel|telefon|téléphone|teléfono|telefone|telefono|telefoon|mobile|fax|e-?mail|courriel|correo|web(?:site)?|site|internet|facebook|instagram|twitter|x|threads|tiktok|youtube|linkedin|whatsapp|telegram|mastodon|bluesky|pinterest|snapchat|rss)\s?[:：]/iu;
// A fact's value is short, holds a figure, or lists names: "Marta Ferlini", "312", "Pell; Okonjo,
// Marsh". A headline after a place's name ("Harrowby: Residents fear traffic chaos as roadworks
// begin") is none of those.
const FACT_VALUE_WORDS = 4;
const LISTS = /[\d,;/–]/;
// A name: a capitalised word of four letters or more after another word, where a sentence does not
// begin ("Marta Ferlini", "Ortega (11), Gómez (24)"), so that "Populations" opening a sentence is none.
const NAME = /(?<=[\p{L}\d),;]\s)\p{Lu}\p{Ll}{3,}/gu;

/**
 * The last block of a box of the article's facts that starts at block `start`: a short heading or
 * none, then FACT_LINES or more lines of a label and its value (a line of the value's may wrap on
 * under one), none of them chrome or a way to reach someone, most values opening with a capital
 * or a figure and as short as a fact is, one of which names a name the article's main stretch
 * names and the page's head does not (the book's author, the film's director, the players who
 * scored; not the paper's name or its town), or four of which measure something (a product's
 * specifications); undefined when no box starts there. A widget's facts name nothing of the
 * article ("Pollen: Low", "UV: 2 Low"), nor do a shop's opening hours.
 */
export function factBox(analysis: Analysis, role: readonly Role[], start: number, main: { first: number; last: number }): number | undefined {
  const { blocks } = analysis.doc;
  const text = (b: number) => blocks[b]!.text;
  const own = (b: number) => role[b] === 'short' || role[b] === 'sentence';
  const value = (b: number): string | undefined => {
    if (!own(b) || CONTACT_LABEL.test(text(b))) return undefined;
    const m = LABEL_VALUE.exec(text(b));
    if (!m || text(b).slice(0, text(b).length - m[1]!.length).split(/\s+/).length > LABEL_WORDS + 1) return undefined;
    return m[1];
  };
  let i = start;
  if (i < role.length && own(i) && value(i) === undefined && !INTRODUCES.test(text(i)) && analysis.features[i]!.wordCount <= LABEL_WORDS) i++;
  const values: string[] = [];
  let last = -1;
  for (; i < role.length && i - start < FACT_BOX_LINES; i++) {
    const v = value(i);
    if (v !== undefined) {
      values.push(v);
      last = i;
    } else if (last === i - 1 && own(i) && blocks[i]!.line === blocks[i - 1]!.line + 1 && WRAPPED_ON.test(blocks[i]!.raw) && LOWER_OR_NAME.test(text(i))) {
      // A value wrapped onto the next line, indented or in lower case ("Kaufbeuren: Brandl –
      // Köhler, Wagner; … – Maier," over "  Wiedemann, Huber; …").
      values[values.length - 1] += ` ${text(i)}`;
      last = i;
    } else break;
  }
  if (values.length < FACT_LINES || (i < role.length && i - start >= FACT_BOX_LINES && value(i) !== undefined)) return undefined;
  // A headline after a place's name opens in lower case in French ("Pepinster : trois ans après, la
  // rue de la Station renaît"), and in English runs on in words: a box of those lists other stories.
  const facts = values.filter((v) => VALUE_START.test(v) && (LISTS.test(v) || v.split(/\s+/).length <= FACT_VALUE_WORDS)).length;
  if (2 * facts <= values.length) return undefined;
  // A product's specifications name no one, but measure it: four values or more in its units.
  if (values.filter((v) => MEASURE.test(v)).length >= MEASURED_FACTS) return last;
  const names = articleNames(analysis, role, main);
  return values.some((v) => namesOne(v, names)) ? last : undefined;
}

// A measure in a unit a product's specification gives ("104 x 59 x 26 mm", "212g", "12.1
// megapixels", "30fps", "4,2 liter", "3-inch"), in its case; not a temperature, a share, a wind
// speed or an amount of data, which a weather widget or an account's box gives ("Storage used: 2
// GB"), nor a network ("5G"). Four of them: a widget's rain and snow make two.
const MEASURE = /\d\s?-?(?:mm|cm|kg|g|mg|ml|cl|l|litres?|liters?|liter|inch(?:es)?|″|megapixels?|MP|fps|Hz|kHz|MHz|GHz|W|kW|mAh|Wh|kWh)(?![\p{L}\d])/u;
const MEASURED_FACTS = 4;

// How a fact's value opens: a capital, a digit, or a sign or a currency before one.
const VALUE_START = /^[\p{Lu}\d+\-−£$€@]/u;
// A wrapped value's next line: indented under it or going on in lower case, with a word or a
// bracket first and no label of its own.
const WRAPPED_ON = /^(?:\s|\p{Ll})/u;
const LOWER_OR_NAME = /^[\p{L}(]/u;

const articleNamesOf = new WeakMap<Analysis, { first: number; last: number; names: Set<string> }>();

/**
 * The names the article's main stretch holds (see NAME) that no chrome line above it holds (the
 * paper's name on its masthead, its towns in the menu; under the article, a related story may name
 * the article's subject): made once a document and main stretch.
 */
function articleNames(analysis: Analysis, role: readonly Role[], main: { first: number; last: number }): Set<string> {
  const known = articleNamesOf.get(analysis);
  if (known && known.first === main.first && known.last === main.last) return known.names;
  const { blocks } = analysis.doc;
  const names = new Set<string>();
  for (let b = main.first; b <= main.last; b++) for (const m of blocks[b]!.text.matchAll(NAME)) names.add(m[0]);
  for (let b = 0; b < main.first && names.size; b++) {
    if (role[b] !== 'chrome' && role[b] !== 'claimed') continue;
    for (const m of blocks[b]!.text.matchAll(/\p{Lu}\p{Ll}{3,}/gu)) names.delete(m[0]);
  }
  articleNamesOf.set(analysis, { first: main.first, last: main.last, names });
  return names;
}

/** Whether `text` names one of `names`, or its plural ("The Tonkins" for "Marcus Tonkin"). */
function namesOne(text: string, names: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(NAME)) if (names.has(m[0]) || (m[0].endsWith('s') && names.has(m[0].slice(0, -1)))) return true;
  return false;
}
