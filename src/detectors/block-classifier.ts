import type { Analysis } from '../core/analysis.js';
import { leadingSpaces } from '../core/document.js';
import type { Finding } from '../core/types.js';
import { blockFinding, coverage, plural, type Detector } from './detector.js';
import { articleEnds, bodyBounds, findTitle, headlineAbove, ITEM_MARK, listingEntries, mainRun, roles, titleAndStandfirst, verseBlocks, codeBlocks, wrapsOn, GAP_LINES, INTRODUCES, SENTENCE_END, type Role, type Run } from './regions.js';
import weights from './block-classifier.weights.json' with { type: 'json' };
import { uint8s } from '../core/slab.js';

/**
 * The classifier's inputs, in the order of the weights file. Each is read from the block's text,
 * its distance to the article's main stretch and what the detectors before it found around it.
 * Whether a block lies inside the main stretch is no feature but a gate: only blocks outside it
 * are judged, so on every block the model sees it would be the same. No feature is a share of the
 * document (position at 95%): the cleaner looks again at its own output, where the removed chrome
 * moves every share, and a decision that flips there breaks idempotence.
 */
export const FEATURES = [
  'log_chars',
  'log_words',
  'stopword_ratio',
  'capital_ratio',
  'sentence_ends_per_word',
  'ends_like_sentence',
  'digit_share',
  'list_item',
  'heading',
  'blocks_before_main',
  'blocks_after_main',
  'reads_as_prose',
  'prev_prose',
  'next_prose',
  'prev_log_chars',
  'next_log_chars',
  'prev_chrome',
  'next_chrome',
  'near_prose',
  'near_chrome',
  'near_short',
  'near_capital',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** A trained logistic regression: p(body) = σ(intercept + Σ coef · (x − mean) / scale). */
export interface Model {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  coef: readonly number[];
  intercept: number;
  /** Blocks below this p(body) are flagged. */
  threshold: number;
}

const model: Model = weights;

// The row of every block the classifier does not judge: one shared, empty and never written to.
const NO_ROW: number[] = [];

/** What the classifier sees of one document: a feature row per block, and which blocks it may judge. */
export interface BlockTable {
  /** The features of each candidate block, in FEATURES order; empty for the other blocks. */
  rows: number[][];
  /** Blocks outside the main stretch, not found by an earlier detector, and not the headline. */
  candidate: boolean[];
  main: Run | undefined;
  role: Role[];
}

// Neighbours within this many blocks on either side describe the block's surroundings.
const NEAR = 3;

const prose = (r: Role | undefined) => (r === 'body' ? 1 : r === 'sentence' ? 0.5 : 0);

// How letters, newsletters and posts greet their readers, in the languages winnow reads: a few
// words after the greeting, ending with a comma, a colon or an exclamation mark, or with nothing.
const SALUTATION =
  /^(?:dear|hi|hello|greetings|to whom it may concern|liebe[rs]?|sehr geehrte[rs]?|hallo|cher|chère|chers|chères|bonjour|querid[oa]s?|estimad[oa]s?|hola|prezad[oa]s?|olá|car[oa]|car[ie]|carissim[oi]|gentil[ei]|beste|geachte)\b[^.!?:,;]{0,60}[,:!]?$/iu;

/** Every block's features, as the detector sees them after the detectors in `earlier` have run. */
export function blockTable(analysis: Analysis, earlier: readonly Finding[]): BlockTable {
  const { blocks } = analysis.doc;
  const role = roles(analysis, earlier);
  // Lines pages put inside articles (a price button between a listicle's items, an ad marker) do not
  // break the main stretch here: what stands between them is the article, not for the model to judge.
  const main = mainRun(analysis, role, 0, role.length - 1, articleEnds(analysis, earlier, role));
  const n = blocks.length;
  const bounds = bodyBounds(role);
  const headline = main ? headlineAbove(analysis, role, main.first) ?? findTitle(analysis, role, main.first, false) : undefined;
  // The title the header region kept, above the first paragraph, when the main stretch starts far below it.
  const { title, standfirst } = main && bounds ? titleAndStandfirst(analysis, role, bounds.first) : { title: undefined, standfirst: undefined };
  const rows: number[][] = [];
  const candidate: boolean[] = [];
  const verse = verseBlocks(analysis);
  const code = codeBlocks(analysis);
  const between = betweenProse(analysis, role);
  // A line of a few words right above a byline is the headline the byline signs, whatever its
  // markup (a list item, say, where the page put its title in a list).
  const bylined = coverage(analysis, earlier.filter((f) => f.rule === 'byline' || f.rule === 'byline-role'));
  const headlineShaped = (i: number) => analysis.features[i]!.wordCount >= 3 && analysis.features[i]!.chars <= 200;
  for (let i = 0; i < n; i++) {
    const f = analysis.features[i]!;
    const block = blocks[i]!;
    const words = f.wordCount;
    const inside = main !== undefined && i >= main.first && i <= main.last;
    // A block without words ("* * *") costs nothing to keep, and its removal would join what it
    // separates. The first and last prose blocks stay too: the header and footer detectors measure
    // from them, so on the cleaner's next look their removal would move a whole region.
    const bound = i === bounds?.first || i === bounds?.last;
    const open = role[i] === 'body' || role[i] === 'sentence' || role[i] === 'short';
    // Nor are a poem's lines or a program's: short and without sentence marks, they would all read
    // as chrome; nor short lines between two paragraphs.
    // Nor is a letter's salutation right above its first paragraph ("Dear Parents and Carers,").
    const salutation = SALUTATION.test(block.text) && analysis.readings[i + 1] === 'body';
    const judged = main !== undefined && !inside && i !== headline && i !== title && i !== standfirst && !bound && words > 0 && open && !verse[i] && !code[i] && !between[i] && !(headlineShaped(i) && bylined[i + 1]) && !salutation;
    candidate.push(judged);
    if (!judged) {
      rows.push(NO_ROW);
      continue;
    }
    const digits = f.digits;
    let nearProse = 0;
    let nearChrome = 0;
    let nearShort = 0;
    let nearCapital = 0;
    let near = 0;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(n - 1, i + NEAR); j++) {
      if (j === i) continue;
      near++;
      nearProse += prose(role[j]);
      if (role[j] === 'chrome') nearChrome++;
      if (role[j] === 'short') nearShort++;
      nearCapital += analysis.features[j]!.capitalRatio;
    }
    const logChars = (j: number) => Math.log1p(analysis.features[j]!.chars);
    const row: Record<FeatureName, number> = {
      log_chars: logChars(i),
      log_words: Math.log1p(words),
      stopword_ratio: f.stopwordRatio,
      capital_ratio: f.capitalRatio,
      sentence_ends_per_word: words ? Math.min(1, f.sentenceEnds / words) : 0,
      ends_like_sentence: f.endsLikeSentence ? 1 : 0,
      digit_share: f.chars ? digits / f.chars : 0,
      list_item: block.listItem ? 1 : 0,
      heading: block.heading ? (7 - block.heading) / 6 : 0,
      blocks_before_main: i < main.first ? Math.log1p(main.first - i) : 0,
      blocks_after_main: i > main.last ? Math.log1p(i - main.last) : 0,
      reads_as_prose: prose(analysis.readings[i]),
      prev_prose: prose(role[i - 1]),
      next_prose: prose(role[i + 1]),
      prev_log_chars: i > 0 ? logChars(i - 1) : 0,
      next_log_chars: i < n - 1 ? logChars(i + 1) : 0,
      prev_chrome: role[i - 1] === 'chrome' ? 1 : 0,
      next_chrome: role[i + 1] === 'chrome' ? 1 : 0,
      near_prose: nearProse / near,
      near_chrome: nearChrome / near,
      near_short: nearShort / near,
      near_capital: nearCapital / near,
    };
    rows.push(FEATURES.map((name) => row[name]));
  }
  return { rows, candidate, main, role };
}

/** Each feature's push on the log-odds of body, and p(body). */
export function score(row: readonly number[], m: Model = model): { p: number; push: number[] } {
  let z = m.intercept;
  const push = row.map((x, j) => {
    const v = (m.coef[j]! * (x - m.mean[j]!)) / m.scale[j]!;
    z += v;
    return v;
  });
  return { p: 1 / (1 + Math.exp(-z)), push };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * A feature's value in words, for a reason; `undefined` when the feature says nothing a user can
 * check (its push came from the value being ordinary rather than telling).
 */
function describe(name: FeatureName, values: readonly number[], where: { before: number; after: number }): string | undefined {
  const v = mean(values);
  const avg = values.length > 1 ? ' on average' : '';
  switch (name) {
    case 'log_chars':
      return `${v < Math.log1p(60) ? 'short' : 'long'} (${Math.round(Math.expm1(v))} chars${avg})`;
    case 'log_words':
      return `${plural(Math.round(Math.expm1(v)), 'word')}${avg}`;
    case 'stopword_ratio':
      return v === 0 ? 'no stopwords' : `${pct(v)} stopwords`;
    case 'capital_ratio':
      return `${pct(v)} capitalised words`;
    case 'sentence_ends_per_word':
      return v === 0 ? 'no sentence ends' : `${pct(v)} sentence ends per word`;
    case 'ends_like_sentence':
      return v < 0.5 ? 'does not end like a sentence' : 'ends like a sentence';
    case 'digit_share':
      return `${pct(v)} digits`;
    case 'list_item':
      return v >= 0.5 ? 'list items' : 'not a list item';
    case 'heading':
      return v > 0 ? 'a heading' : 'not a heading';
    case 'blocks_before_main':
      return where.before ? `${plural(where.before, 'block')} before the main stretch` : undefined;
    case 'blocks_after_main':
      return where.after ? `${plural(where.after, 'block')} after the main stretch` : undefined;
    case 'reads_as_prose':
      return v === 0 ? 'no sentence structure' : v < 1 ? 'a short sentence' : 'reads as prose';
    case 'prev_prose':
      return v === 0 ? 'no prose above' : 'prose above';
    case 'next_prose':
      return v === 0 ? 'no prose below' : 'prose below';
    case 'prev_log_chars':
      return `${Math.round(Math.expm1(v))}-char line above${avg}`;
    case 'next_log_chars':
      return `${Math.round(Math.expm1(v))}-char line below${avg}`;
    case 'prev_chrome':
      return v > 0 ? 'known chrome above' : undefined;
    case 'next_chrome':
      return v > 0 ? 'known chrome below' : undefined;
    case 'near_prose':
      return `${pct(v)} prose among the ${NEAR * 2} nearest blocks`;
    case 'near_chrome':
      return v > 0 ? `${pct(v)} known chrome among the ${NEAR * 2} nearest blocks` : undefined;
    case 'near_short':
      return `${pct(v)} short lines among the ${NEAR * 2} nearest blocks`;
    case 'near_capital':
      return `${pct(v)} capitalised words in the ${NEAR * 2} nearest blocks`;
  }
}

// How many features a reason names.
const REASON_FEATURES = 3;

/** Why blocks `first..last` read as chrome: the features that pushed hardest towards it, in words. */
function reasonFor(table: BlockTable, pushes: number[][], ps: number[], first: number, last: number): string {
  const total = FEATURES.map((_, j) => pushes.reduce((s, push) => s + push[j]!, 0));
  const main = table.main!;
  const where = { before: first < main.first ? main.first - last : 0, after: last > main.last ? first - main.last : 0 };
  const parts: string[] = [];
  for (const j of FEATURES.map((_, j) => j).sort((a, b) => total[a]! - total[b]!)) {
    if (parts.length === REASON_FEATURES || total[j]! >= 0) break;
    const words = describe(FEATURES[j]!, table.rows.slice(first, last + 1).map((r) => r[j]!), where);
    if (words) parts.push(words);
  }
  const lo = Math.min(...ps);
  const hi = Math.max(...ps);
  const p = lo === hi || hi - lo < 0.005 ? `p(body)=${hi.toFixed(2)}` : `p(body)=${lo.toFixed(2)}–${hi.toFixed(2)}`;
  const count = last > first ? `${plural(last - first + 1, 'block')} read as chrome: ` : '';
  return `${count}${parts.join(', ')}; ${p}`;
}

/**
 * The detector with a given model; the training script uses it to measure models that never saw
 * a document's site on that document.
 */
export function makeBlockClassifier(m: Model): Detector {
  return {
    id: 'block-classifier',
    description: 'Blocks outside the article\'s main stretch that a model of length, wording and surroundings reads as chrome (sidebars, link lists).',
    detect(analysis, earlier) {
      const table = blockTable(analysis, earlier);
      if (!table.main) return { findings: [] };
      const findings: Finding[] = [];
      const scores = table.rows.map((row, i) => (table.candidate[i] ? score(row, m) : undefined));
      const chrome = scores.map((s) => s !== undefined && s.p < m.threshold);
      keepListsWhole(analysis, chrome, table.role);
      keepNumberedSections(analysis, chrome);
      keepWrappedSentences(analysis, chrome, table.role);
      keepListingsWhole(analysis, chrome, table.role);
      keepSectionHeadings(analysis, chrome, table.role);
      keepStanzasWhole(analysis, chrome, table.role);
      keepSubsectionLists(analysis, chrome, table.role);
      // An entry of a listing between two of the page's action links ("Report this ad") is the
      // article's, however short, as chrome-run leaves it.
      for (const b of listingEntries(analysis, table.role)) chrome[b] = false;
      let run: { first: number; pushes: number[][]; ps: number[] } | undefined;
      const close = (last: number) => {
        if (!run) return;
        const reason = reasonFor(table, run.pushes, run.ps, run.first, last);
        findings.push(blockFinding(analysis, 'block-classifier', 'boilerplate', run.first, last, reason, 1 - Math.max(...run.ps)));
        run = undefined;
      };
      for (let i = 0; i < table.rows.length; i++) {
        if (!chrome[i]) {
          close(i - 1);
          continue;
        }
        const { p, push } = scores[i]!;
        run ??= { first: i, pushes: [], ps: [] };
        run.pushes.push(push);
        run.ps.push(p);
      }
      close(table.rows.length - 1);
      return { findings };
    },
  };
}

// The fewest words a subsection's points have on average, and the most blocks from its section's heading.
const POINT_WORDS = 3;
const SECTION_BLOCKS = 12;

/**
 * Keeps a list whole right under a subheading the model keeps, when that subheading belongs to a
 * section of the text and its items are phrases (POINT_WORDS words each on average): the nearest
 * heading of a higher level above it, not the page's title and SECTION_BLOCKS blocks up at most,
 * stands over a paragraph of prose, with no line a rule knows between them (a review's "## Our
 * Verdict", its paragraph, "### For" and its four points, "### Against" and its three). A sidebar's
 * box has its heading and its links, under no section of the article; a site's footer, in columns
 * under headings below a blurb, lists one- and two-word links.
 */
function keepSubsectionLists(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const { blocks } = analysis.doc;
  for (let h = 0; h + 1 < blocks.length; h++) {
    const level = blocks[h]!.heading;
    if (level < 2 || chrome[h] || role[h] === 'chrome' || !blocks[h + 1]!.listItem || blocks[h + 1]!.line - blocks[h]!.line > 2) continue;
    let parent = -1;
    for (let b = h - 1; b >= 0 && b >= h - SECTION_BLOCKS && role[b] !== 'chrome' && role[b] !== 'claimed'; b--) {
      const above = blocks[b]!.heading;
      if (above > 0 && above < level) {
        parent = b;
        break;
      }
    }
    // (The page's title is no section: a list under a heading of its own below it is judged item by item.)
    if (parent < 0 || blocks[parent]!.heading < 2 || chrome[parent] || role[parent + 1] !== 'body' || blocks[parent + 1]!.heading > 0) continue;
    let end = h + 1;
    let words = 0;
    for (; end < blocks.length && blocks[end]!.listItem && blocks[end]!.line - blocks[end - 1]!.line <= 2; end++) words += analysis.features[end]!.wordCount;
    // Points are phrases; a footer's columns under headings list one- and two-word links.
    if (words < POINT_WORDS * (end - h - 1)) continue;
    chrome.fill(false, h + 1, end);
  }
}

// A stanza's lines: this many at least (a couplet may be a box's two lines), and at most (a page
// written with no blank lines is one long run).
const STANZA_MIN_LINES = 3;
const STANZA_MAX_LINES = 12;

/**
 * Keeps a stanza whole where the model would take a quarter of its lines or fewer: lines written one
 * under another, a blank line above and below them, no heading, list item or line a rule knows
 * among them (a poem's last line, "like a door.", over a "Back to top" link). The model judges each
 * line alone, and the last line of a verse is short and stands next to the chrome.
 */
function keepStanzasWhole(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const { blocks } = analysis.doc;
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (end + 1 < blocks.length && blocks[end + 1]!.line === blocks[end]!.line + 1) end++;
    const length = end - start + 1;
    const apart = (start === 0 || blocks[start]!.line - blocks[start - 1]!.line > 1) && (end + 1 === blocks.length || blocks[end + 1]!.line - blocks[end]!.line > 1);
    if (apart && length >= STANZA_MIN_LINES && length <= STANZA_MAX_LINES) {
      let taken = 0;
      let plain = true;
      for (let b = start; b <= end && plain; b++) {
        plain = blocks[b]!.heading === 0 && !blocks[b]!.listItem && role[b] !== 'chrome' && role[b] !== 'claimed';
        if (chrome[b]) taken++;
      }
      if (plain && taken > 0 && 4 * taken <= length) chrome.fill(false, start, end + 1);
    }
    start = end + 1;
  }
}

// The most words of a section's heading.
const HEADING_WORDS = 4;

/**
 * Keeps a short line the model takes when it stands right over a paragraph of prose that it keeps
 * ("Our Rooms" over "We have four bedrooms, all en suite…"): the heading of the text's section, as
 * a widget's heading stands over its items, not over prose the text keeps.
 */
function keepSectionHeadings(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const { blocks } = analysis.doc;
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (!chrome[i] || chrome[i + 1] || role[i + 1] !== 'body' || blocks[i + 1]!.line - blocks[i]!.line > 2) continue;
    const block = blocks[i]!;
    if (block.listItem || analysis.features[i]!.wordCount > HEADING_WORDS || SENTENCE_END.test(block.text) || INTRODUCES.test(block.text)) continue;
    chrome[i] = false;
  }
}

// A list numbered from 1 this long under a line that introduces it stays whole.
const COUNTED_ITEMS = 5;

// A list this long, of which the model takes a third of the items or fewer, stays whole.
const WHOLE_LIST_ITEMS = 3;

/**
 * Keeps a list whole where the model would take only some of its items: the steps of a method
 * are numbered one by one, and one step read as chrome among nine that read as the article is
 * still one of them; so is the last of four bullet points under "What I did not like". A list
 * of which the model takes more than a third stays its to judge, unless a line introduces it:
 * then up to half, or up to two thirds when it takes the last items only (the tools under a
 * how-to's "## Things you'll need", the nearest an ad marker under them). A list is a run of
 * items on lines one under another, numbered in sequence or marked alike (bullets may have a blank
 * line between them, as a loose list has).
 */
function keepListsWhole(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const { blocks } = analysis.doc;
  // An item's number, -1 for a bullet, undefined for no item.
  const markOf = (b: number) => {
    const m = blocks[b]!.listItem ? ITEM_MARK.exec(blocks[b]!.raw) : null;
    return m ? (m[1] ? Number(m[1]) : -1) : undefined;
  };
  // A line of the text's own right above the list, or with a blank line between, that introduces
  // it: one that ends with a colon ("Essential:", "You will need:"), or, with `headings`, a
  // heading ("## Things you'll need").
  const hasLeadIn = (first: number, headings = false) => {
    const above = first - 1;
    if (above < 0 || chrome[above] || blocks[first]!.line - blocks[above]!.line > 2) return false;
    const r = role[above];
    return (r === 'short' || r === 'sentence' || r === 'body') && (INTRODUCES.test(blocks[above]!.text) || (headings && blocks[above]!.heading > 0));
  };
  // The model took only the list's last items: what stands under them (an ad marker, a share bar)
  // made them read as chrome more than the first. (Not only when chrome stands there: on the
  // cleaner's next look it is gone, and what this look kept must stay.)
  const lastOnly = (first: number, end: number, taken: number) => {
    if (taken === end - first) return false;
    for (let b = end - taken; b < end; b++) if (!chrome[b]) return false;
    return true;
  };
  const runs: { start: number; end: number; first: number; last: number }[] = [];
  for (let i = 0; i < blocks.length; ) {
    const first = markOf(i);
    if (first === undefined) {
      i++;
      continue;
    }
    let end = i + 1;
    const follows = (b: number) => {
      const mark = markOf(b);
      if (mark === undefined) return false;
      // Bullets a blank line apart are one list when they stand at one indent: a menu's, indented
      // further, is another list than the share buttons' under it.
      if (first < 0) return mark < 0 && (blocks[b]!.line === blocks[b - 1]!.line + 1 || (blocks[b]!.line === blocks[b - 1]!.line + 2 && leadingSpaces(blocks[b]!.raw) === leadingSpaces(blocks[b - 1]!.raw)));
      return mark === first + (b - i);
    };
    while (end < blocks.length && follows(end)) end++;
    const taken = chrome.slice(i, end).filter(Boolean).length;
    // With a lead-in, items the model leaves, as many as it takes or more, show the list is the
    // article's; so do its first items, half as many as it takes, when it takes only the last.
    // So does a list numbered from 1, five items or more, under a line that introduces it with a
    // colon ("Weathervane tracklist:" over ten song titles), whatever the model takes of it: a box
    // of numbered headlines stands under a heading of its own, which a rule knows ("Most read").
    const counted = first === 1 && end - i >= COUNTED_ITEMS && hasLeadIn(i);
    const whole = counted || 3 * taken <= end - i || (2 * taken <= end - i && hasLeadIn(i)) || (3 * taken <= 2 * (end - i) && lastOnly(i, end, taken) && hasLeadIn(i, true));
    if (taken > 0 && end - i >= WHOLE_LIST_ITEMS && whole) chrome.fill(false, i, end);
    if (first > 0) runs.push({ start: i, end, first, last: first + (end - i) - 1 });
    i = end;
  }
  keepRankings(analysis, chrome, role, runs);
}

// The fewest items of a ranking numbered on under its section labels, and the most lines of
// labels between two of its runs.
const RANKING_ITEMS = 10;
const RANKING_GAP = 2;

/**
 * Keeps whole a ranking the text numbers on across its sections ("1. The Salt Road" to "10. The
 * Long Count", "Very good", "11. The Second Tenant"…), RANKING_ITEMS items or more, between lines of
 * the text's own prose: a list of the most read is numbered afresh, and stands among chrome.
 */
function keepRankings(analysis: Analysis, chrome: boolean[], role: readonly Role[], runs: readonly { start: number; end: number; first: number; last: number }[]): void {
  const { blocks } = analysis.doc;
  const prose = (b: number) => b >= 0 && b < blocks.length && (role[b] === 'body' || role[b] === 'sentence');
  for (let r = 0; r < runs.length; ) {
    let z = r;
    while (z + 1 < runs.length && runs[z + 1]!.first === runs[z]!.last + 1 && runs[z + 1]!.start - runs[z]!.end <= RANKING_GAP) z++;
    const from = runs[r]!.start;
    const to = runs[z]!.end;
    const items = runs[z]!.last - runs[r]!.first + 1;
    // The text's prose above it (over a label or none) and under it.
    if (z > r && items >= RANKING_ITEMS && (prose(from - 1) || prose(from - 2)) && prose(to)) chrome.fill(false, from - (prose(from - 1) ? 0 : 1), to);
    r = z + 1;
  }
}

/**
 * Keeps the numbered headings of the text's own sections together: "1. Welcome" over the minutes'
 * first item, or "9. Date of next meeting" under "8. Any other business", when the model takes some
 * of them and leaves others. Lines numbered one under another are a list, for keepListsWhole to
 * judge; numbered lines that follow one another's numbers with other lines between them head
 * sections, and one of them staying says they all do.
 */
function keepNumberedSections(analysis: Analysis, chrome: boolean[]): void {
  const { blocks } = analysis.doc;
  const last = new Map<string, { number: number; block: number }>();
  // The current run of section headings of each style, numbered in sequence.
  const runs = new Map<string, number[]>();
  const settle = (run: number[] | undefined) => {
    if (run && run.length > 1 && run.some((b) => !chrome[b])) for (const b of run) chrome[b] = false;
  };
  for (let b = 0; b < blocks.length; b++) {
    const m = blocks[b]!.listItem ? ITEM_MARK.exec(blocks[b]!.raw) : null;
    if (!m?.[1]) continue;
    const style = m[2]!;
    const number = Number(m[1]);
    const before = last.get(style);
    if (before && before.number === number - 1 && before.block < b - 1) runs.get(style)!.push(b);
    else {
      settle(runs.get(style));
      runs.set(style, [b]);
    }
    last.set(style, { number, block: b });
  }
  for (const run of runs.values()) settle(run);
}

// Spaces past the page's margin that set a listing off, as Markdown and html2text indent code.
const LISTING_INDENT = 4;
// Blank lines a listing may hold between two of its lines, and between its lead-in and its first line.
const LISTING_GAP_LINES = 3;
// What a line of code, commands or a configuration file holds and a list of names or titles does
// not: a path, an option, an assignment, brackets or braces, a prompt.
const LISTING_CODE = /[/\\=;{}[\]<>|$]|(?:^|\s)--?\w/;

/**
 * Keeps whole a listing that a sentence of the article introduces ("Two small unit files do the
 * scheduling. The service:" over an indented block of `[Unit]`, `Type=oneshot`, ...), wherever the
 * model would take some or all of its lines: short lines of a file or of commands read as chrome
 * one by one, the sentence over them says they are the article's, and a listing with lines
 * missing is worse than none. A listing is a run of lines indented past the margin by four
 * spaces or more, without bullets, with at most a few blank lines between them, one of which at
 * least reads as code (a sponsor's names or a list of titles under "brought to you by:" do not).
 */
function keepListingsWhole(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const { blocks, margin } = analysis.doc;
  const inListing = (b: number) => leadingSpaces(blocks[b]!.raw) >= margin + LISTING_INDENT && !ITEM_MARK.test(blocks[b]!.raw);
  const gap = (a: number, b: number) => blocks[b]!.line - blocks[a]!.line - 1;
  for (let i = 1; i < blocks.length; ) {
    if (!inListing(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && gap(end - 1, end) <= LISTING_GAP_LINES && inListing(end)) end++;
    const lead = i - 1;
    const introduced = !chrome[lead] && (role[lead] === 'sentence' || role[lead] === 'body') && gap(lead, i) <= LISTING_GAP_LINES && INTRODUCES.test(blocks[lead]!.text);
    const taken = chrome.slice(i, end).filter(Boolean).length;
    let code = false;
    for (let b = i; b < end && !code; b++) code = LISTING_CODE.test(blocks[b]!.text);
    if (introduced && code && taken > 0) chrome.fill(false, i, end);
    i = end;
  }
}

/**
 * Keeps the lines of a paragraph wrapped at a fixed width together where the model would take
 * some of them: the end of a sentence whose start stays ("data." under "…for roughly 290 GB of
 * source") is the article's, however short, and so is the start of one whose end stays.
 */
function keepWrappedSentences(analysis: Analysis, chrome: boolean[], role: readonly Role[]): void {
  const stays = (b: number) => !chrome[b] && role[b] !== 'chrome' && role[b] !== 'claimed';
  for (let b = 1; b < chrome.length; b++) if (chrome[b] && stays(b - 1) && wrapsOn(analysis, b - 1)) chrome[b] = false;
  for (let b = chrome.length - 2; b >= 0; b--) if (chrome[b] && stays(b + 1) && wrapsOn(analysis, b)) chrome[b] = false;
}

/**
 * Flags blocks that read as page chrome to a model trained on the evaluation dev set (see
 * test/train/train.mjs), but only outside the article's main stretch and only where no earlier
 * detector has a say: inside the article, a rule has to name what it removes.
 */
export const blockClassifier: Detector = makeBlockClassifier(model);

/**
 * Blocks in a gap of at most GAP_LINES short lines and sentences between two body paragraphs, with
 * no chrome in it (twice as many after a line ending in a colon): between two paragraphs a short
 * line is the article's (a list of steps, a subheading), wherever the main stretch is. A forum post
 * split by lists has its main stretch in one part, and the classifier took the lists of the other.
 */
function betweenProse(analysis: Analysis, role: readonly Role[]): Uint8Array {
  const out = uint8s(role.length);
  let lastBody = -1;
  // A list the prose introduces ("The new service will start in six wards:") may run longer.
  const introduced = (b: number) => (role[b] === 'sentence' || role[b] === 'body') && INTRODUCES.test(analysis.doc.blocks[b]!.text);
  for (let i = 0; i < role.length; i++) {
    const r = role[i];
    if (r === 'body') {
      const most = lastBody >= 0 && (introduced(lastBody) || introduced(lastBody + 1)) ? 2 * GAP_LINES : GAP_LINES;
      if (lastBody >= 0 && i - lastBody - 1 <= most) out.fill(1, lastBody + 1, i);
      lastBody = i;
    } else if (r !== 'short' && r !== 'sentence') {
      lastBody = -1;
    }
  }
  return out;
}
