import type { Analysis } from '../core/analysis.js';
import type { Block } from '../core/document.js';
import type { Detector } from './detector.js';
import { articleEnds, bodyBounds, comesNearMain, DETAIL_ROW, factBox, GAP_LINES, INTRODUCES, isStoryLink, keptCopies, mainRun, regionFindings, roles, SENTENCE_END, spareKeptCopies, verseBlocks, type Role } from './regions.js';

// The most prose a box under a chrome heading holds: a bio, a newsletter pitch.
const BOX_CHARS = 600;
// A line that opens in lower case, as a poem's lines go on ("nobody speaks", "as though someone…").
const LOWER_START = /^\p{Ll}/u;
// The fewest short lines of verse in a row that show a poem (in two stanzas or more).
const POEM_LINES = 4;
// What a poem's line holds no more than: a list's commas, a label's colon, a figure ("filed under
// poems, winter", "three responses so far" aside, which reads as a line).
const POEM_STOP = /[,:;|\d]/;
// A sentence that ends as a statement does, not as a question.
const STATEMENT_END = /[.!…。！]["'”“’»›)\]」』）]*$/;
// A table's row: a label, a colon, and a value that starts with a number and holds a measured
// figure (a decimal or thousands separator, a percentage, an amount of money), with two words at
// most beside its figures ("7,934.12, up 41.08 (0.52%)", "$2,351 an ounce"). Teasers and offers
// with a colon start their value with words ("Inflation: prices up 4.2% in March", "Kettle: now
// £19.99") or go on in them ("Jobs: 1,200 new posts at the port"); a headline with a colon
// ("Mortgage rates: 5 things to know") has no such figure.
const FIGURE_VALUE = /^[^:：]{1,50}[:：]\s*([+\-−]?[$€£¥]?\s?\d.*)$/;
const MEASURED = /\d[.,]\d|\d\s?%|[$€£¥]\s?\d/;
const WORD = /\p{L}+/gu;

function isFigureRow(text: string): boolean {
  const value = FIGURE_VALUE.exec(text)?.[1];
  if (value === undefined || !MEASURED.test(value)) return false;
  let words = 0;
  for (WORD.lastIndex = 0; WORD.exec(value) && words <= 2; ) words++;
  return words <= 2;
}

// A list's item that gives a detail under its label (see DETAIL_ROW) is a row of the article's table too.
function isDetailRow(block: Block): boolean {
  return block.listItem && DETAIL_ROW.test(block.text);
}

export const footerRegion: Detector = {
  id: 'footer-region',
  description: 'The tail after the last body paragraph when it is made of chrome and short lines (comment forms, archives, label lists).',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    const bounds = bodyBounds(role);
    if (!bounds) {
      // No paragraph of prose (a poem, a list): only known chrome at the very end goes.
      let start = role.length;
      while (start > 0 && (role[start - 1] === 'chrome' || role[start - 1] === 'claimed')) start--;
      return { findings: regionFindings(analysis, this.id, 'footer', start, role.length - 1, role, 'after the last line of text') };
    }
    // The tail starts after the last body paragraph, or earlier, after the article's main stretch,
    // when no stretch after it holds a good share of its prose: sidebars and author blurbs read
    // like prose but come in short pieces between many short lines.
    let end = bounds.last;
    const main = mainRun(analysis, role);
    // Lines pages also put inside articles (an ad marker, a related-links box, "Read more: TITLE")
    // say nothing of where the article ends; see articleEnds.
    let known: Uint8Array | undefined;
    const ends = () => (known ??= articleEnds(analysis, earlier, role));
    if (main && main.last < bounds.last) {
      // Short lines alone are no evidence here (a poem, a list), nor are those lines: a line that
      // ends articles must be in the tail, and no stretch of prose after the main one may come near
      // it (the rest of a split article would).
      let firstEnd = -1;
      for (let i = main.last + 1; i <= bounds.last && firstEnd < 0; i++) if (ends()[i] === 1) firstEnd = i;
      if (firstEnd >= 0 && !comesNearMain(analysis, role, main, main.last + 1, role.length - 1)) {
        end = main.last;
        // The article goes on past its main stretch through a last section of short lines and
        // prose ("Tickets", three prices, a sentence) when no chrome stands in it: up to its last
        // paragraph before the first line that ends articles. A longer run of short lines is a list
        // of links, and stops it. Chrome there stops it too, unless a paragraph comes right after
        // it: then it is chrome that also stands inside articles (an ad marker, a link to another
        // story) between two of the article's paragraphs. (Under a box's heading come its teasers.)
        for (let i = main.last + 1, shortRun = 0, runLevel = 0; i < firstEnd; i++) {
          if (role[i] === 'chrome') {
            // A box's heading ("Related:", "## More stories") has its teasers under it.
            const block = analysis.doc.blocks[i]!;
            if (block.heading > 0 || /[:：]$/.test(block.text)) break;
            // A short line with chrome on both sides is the chrome's too (an entry between two of
            // a listing's action links, which chrome-run leaves).
            let next = i + 1;
            while (next < firstEnd && (role[next] === 'chrome' || (role[next] === 'short' && role[next - 1] === 'chrome' && role[next + 1] === 'chrome'))) next++;
            // The article may go on under a subheading of its own ("## Looking after it"), of a
            // level its main stretch has (other stories' teasers under headings have another).
            const subheading = role[next] === 'short' && role[next + 1] === 'body' && next + 1 < firstEnd && levelInside(analysis, role, analysis.doc.blocks[next]!.heading, main);
            if (role[next] !== 'body' && !subheading) break;
            i = next - 1;
            continue;
          }
          // A line of figures under a label ("FTSE 100: 7,934.12, up 0.5%", "Turnout: 61.2%") is a row
          // of the article's table, not a link: it does not lengthen the run.
          // A second heading of the run's first heading's level opens the next of its sections
          // ("### Pros", four items, "### Cons", three items), when they are subsections of a section
          // of the article's ("## Should you buy it?"): each is as short as a section between two
          // paragraphs may be. A footer's columns under headings of one level ("### Explore", "###
          // Get involved") stand under no section of the article.
          const level = analysis.doc.blocks[i]!.heading;
          if (role[i] === 'short' && level > 0 && level === runLevel && underSection(analysis, role, i, level, main.first)) shortRun = 0;
          if (role[i] === 'short') {
            if (shortRun === 0) runLevel = level;
            shortRun += isFigureRow(analysis.doc.blocks[i]!.text) || isDetailRow(analysis.doc.blocks[i]!) ? 0 : 1;
          } else shortRun = 0;
          if (shortRun > GAP_LINES) break;
          if (role[i] === 'body') end = i;
        }
      }
    }
    // Short sentences right after the last paragraph still belong to the article (a sign-off, a last
    // line).
    let start = end + 1;
    // So does a list that the last paragraph introduces ("…will be finished before the library opens:").
    if (end >= 0 && INTRODUCES.test(analysis.doc.blocks[end]!.text)) {
      while (start < role.length && analysis.doc.blocks[start]!.listItem && role[start] !== 'chrome' && role[start] !== 'claimed') start++;
    }
    while (start < role.length && (role[start] === 'sentence' || role[start] === 'claimed')) start++;
    // The last of those sentences closes the article ("Buona vendemmia a tutti." over "Condividi:"),
    // when it states something: questions and list items there are more often links to other pages
    // ("Is it rude to decline a colleague's wedding invitation?").
    let lastSentence: number | undefined;
    for (let i = start - 1; i > end && lastSentence === undefined; i--) if (role[i] === 'sentence') lastSentence = i;
    if (lastSentence !== undefined && (analysis.doc.blocks[lastSentence]!.listItem || !STATEMENT_END.test(analysis.doc.blocks[lastSentence]!.text))) lastSentence = undefined;
    // So does one sentence under a link to another story ("The repair will cost £3.1 million."
    // under "Read more: TITLE"). Several under it are a box's teasers; under a box's heading
    // ("Related:") or an ad marker come its items.
    const closing = (i: number) => role[i] === 'sentence' && analysis.doc.blocks[i]!.heading === 0 && SENTENCE_END.test(analysis.doc.blocks[i]!.text);
    if (role[start] === 'chrome' && isStoryLink(analysis, start) && closing(start + 1) && role[start + 2] !== 'sentence') start += 2;
    // Lines that also stand inside articles (an ad marker, a share bar, a related-stories box) with
    // nothing under them but short sentences to the end of the text, or one to more chrome, do not
    // end the article either: the sentences are its last lines ("Advertisement", "It was not to
    // be.", "The vote is next week.", "Share"). Those lines go by their own rules. Above more
    // chrome, two sentences or more under such a line are its copy ("Save 30% on your first
    // order…"), and what stands under a box's heading ("Related:") is the box's items.
    const underInArticle: { block: number; why: string }[] = [];
    while (start < role.length - 1 && role[start] === 'chrome' && ends()[start] === 0) {
      let j = start;
      while (j + 1 < role.length && role[j + 1] === 'chrome' && ends()[j + 1] === 0) j++;
      let i = j + 1;
      // A box of the article's facts under an ad marker ("Anzeige", then the match's line-ups) is
      // the article's too; the footer is judged from under it.
      const box = main ? factBox(analysis, role, j + 1, main) : undefined;
      if (box !== undefined) {
        for (let b = j + 1; b <= box; b++) underInArticle.push({ block: b, why: "it is a box of the article's facts, under a line that also stands inside articles" });
        if (box + 1 === role.length) return { findings: [], protect: underInArticle };
        start = box + 1;
        continue;
      }
      while (i < role.length && closing(i) && !analysis.doc.blocks[i]!.listItem) i++;
      if (i === j + 1) break;
      const last = analysis.doc.blocks[j]!;
      if (i < role.length && (role[i] !== 'chrome' || i > j + 2 || last.heading > 0 || /[:：]$/.test(last.text))) break;
      for (let b = j + 1; b < i; b++) underInArticle.push({ block: b, why: 'it closes the article, under a line that also stands inside articles' });
      if (i === role.length) return { findings: [], protect: underInArticle };
      start = i;
    }
    // So does a box of the article's facts right under it ("La scheda", "Titolo: La casa dei venti",
    // "Autrice: Marta Ferlini", "Pagine: 312"; a film's credits, a match's line-ups).
    const box = main ? factBox(analysis, role, start, main) : undefined;
    const boxed: { block: number; why: string }[] = [];
    if (box !== undefined) {
      for (let b = start; b <= box; b++) boxed.push({ block: b, why: "it is a box of the article's facts, under its last paragraph" });
      start = box + 1;
    }
    // So do short lines (a table, the lines of a poem) up to a sentence that closes them, when no
    // chrome line stands before it: the page's chrome starts after it.
    let firstChrome = start;
    // A link to another story between them ("Lesen Sie auch: TITLE" over the match's statistics)
    // goes by its own rule and ends nothing.
    while (firstChrome < role.length && (role[firstChrome] !== 'chrome' || (isStoryLink(analysis, firstChrome) && role[firstChrome + 1] !== 'chrome'))) firstChrome++;
    // So does a last section under a heading of the level the article's own sections have ("##
    // New Contributors" under a release's "## Highlights" and "## Fixes"), up to the first chrome
    // line, when it is as short as a section between two paragraphs may be.
    if (main && firstChrome - start - 1 <= GAP_LINES && sectionHeading(analysis, role, start, main)) start = firstChrome;
    // So does a poem under it (see poemEnd), up to the first chrome line; and a last section whose
    // sentence introduces the short lines under it up to the first chrome line ("…numa palestra
    // aberta ao público:" over the talk's title, speaker, date and place). Both stay whatever a
    // later detector makes of their short lines.
    const sectionStart = start;
    start = introducedEnd(analysis, role, poemEnd(analysis, role, start, firstChrome), firstChrome);
    for (let b = sectionStart; b < start; b++) boxed.push({ block: b, why: "it is the article's last section, under its last paragraph" });
    // A short one counts too ("Thanks for reading.", "Attendance: 14,208."), at the text's end as
    // well: the cleaner's next look sees the text without the chrome that followed, and must keep
    // what this look kept.
    const closes = (r: Role | undefined) => r === 'sentence' || r === 'short';
    // The author's sign-off under the last paragraph ("Cheers," and a name, "— Owen and the team")
    // closes it too, before any signature or chrome.
    // Whichever closes it later counts ("— Owen", then "P.S. See you on Friday!"), but not past a
    // signature's separator ("____" or "--"): what stands under it is the signature.
    let closer = signOff(analysis, role, start, firstChrome);
    let separator = start;
    while (separator < firstChrome && !SIGNATURE_SEPARATOR.test(analysis.doc.blocks[separator]!.text)) separator++;
    for (let i = separator - 1; i >= start && (closer === undefined || i > closer); i--) {
      if (closes(role[i]) && SENTENCE_END.test(analysis.doc.blocks[i]!.text)) {
        closer = i;
        break;
      }
    }
    // A sign-off on a line of its own under that closing line ("Happy stitching!", "xo, Marnie") is the last.
    if (closer !== undefined && closer + 1 < firstChrome && role[closer + 1] === 'short' && inlineSignOff(analysis.doc.blocks[closer + 1]!.text)) closer++;
    if (closer !== undefined) start = closer + 1;
    else if (lastSentence !== undefined) closer = lastSentence;
    // The line that closes the article stays, whatever a later detector thinks of a short line
    // with chrome or nothing under it.
    const protect = closer === undefined ? [...underInArticle, ...boxed] : [...underInArticle, ...boxed, { block: closer, why: 'it closes the article, under its last paragraph' }];
    // A box opens a footer that is there; at the very end of the text, the "box" is the article's last section.
    if (start < role.length) start = openingBox(analysis, role, start, main?.first ?? 0);
    const [first, last] = spareKeptCopies(keptCopies(analysis, earlier), start, role.length - 1);
    // Only a stretch that still reaches the end is a footer.
    if (last < role.length - 1 && role.slice(last + 1).some((r) => r !== 'claimed')) return { findings: [], protect };
    return { findings: regionFindings(analysis, this.id, 'footer', first, last, role, 'after the last body paragraph'), protect };
  },
};

/** Whether a heading of `level` (a Markdown heading) stands inside the main stretch, and is no chrome. */
function levelInside(analysis: Analysis, role: readonly Role[], level: number, main: { first: number; last: number }): boolean {
  if (level === 0) return false;
  for (let b = main.first; b <= main.last; b++) if (analysis.doc.blocks[b]!.heading === level && role[b] !== 'chrome' && role[b] !== 'claimed') return true;
  return false;
}

/**
 * Whether the nearest heading above block `at` of a higher level than `level` is a section of the
 * article's own: no chrome, and below where its main stretch starts (the title stands above it).
 */
function underSection(analysis: Analysis, role: readonly Role[], at: number, level: number, mainFirst: number): boolean {
  const { blocks } = analysis.doc;
  for (let b = at - 1; b > mainFirst; b--) {
    const h = blocks[b]!.heading;
    if (h > 0 && h < level) return role[b] !== 'chrome' && role[b] !== 'claimed';
  }
  return false;
}

// The fewest words of a sentence that introduces a last section's lines, and the most lines.
const LEAD_IN_WORDS = 6;
const INTRODUCED_LINES = 8;

/**
 * Where a last section that starts at block `start` ends, before block `stop` (the first chrome
 * line): a short heading or none, a sentence of the text's own that introduces what follows with a
 * colon, and up to INTRODUCED_LINES short lines under it, to `stop`; `start` itself when there is
 * no such section. A box's lead-in is chrome by its own rule, or too short ("Follow us on:").
 */
function introducedEnd(analysis: Analysis, role: readonly Role[], start: number, stop: number): number {
  const { blocks } = analysis.doc;
  let i = start;
  if (i < stop && role[i] === 'short' && analysis.features[i]!.wordCount <= LEAD_IN_WORDS && !INTRODUCES.test(blocks[i]!.text)) i++;
  if (i >= stop || (role[i] !== 'sentence' && role[i] !== 'body') || !INTRODUCES.test(blocks[i]!.text) || analysis.features[i]!.wordCount < LEAD_IN_WORDS) return start;
  const lines = stop - i - 1;
  if (lines < 2 || lines > INTRODUCED_LINES) return start;
  for (let b = i + 1; b < stop; b++) if (role[b] !== 'short' && role[b] !== 'sentence') return start;
  return stop;
}

/**
 * Where a poem that starts at block `start` (or under its title there) ends, before block `stop`:
 * its stanzas (see verseBlocks; two or more, as a list of links or search terms, lines one under
 * another, has no blank line within) and the lower-case lines among and after them, which may read
 * otherwise ("nobody speaks"); `start` itself when no poem starts there. Verse by its words alone
 * may be a paragraph's lines: a poem's lines are short.
 */
function poemEnd(analysis: Analysis, role: readonly Role[], start: number, stop: number): number {
  if (start >= stop) return start;
  const { blocks } = analysis.doc;
  const verse = verseBlocks(analysis);
  const line = (b: number) => verse[b] === 1 && role[b] === 'short';
  let v = line(start) ? start : start + 1 < stop && line(start + 1) && role[start] === 'short' ? start + 1 : -1;
  if (v < 0) return start;
  let lines = 0;
  let stanzas = 1;
  for (let b = v; b < stop && line(b); b++) {
    lines++;
    if (b > v && blocks[b]!.line - blocks[b - 1]!.line > 1) stanzas++;
  }
  if (lines < POEM_LINES || stanzas < 2) return start;
  while (v < stop && (line(v) || (role[v] === 'short' && LOWER_START.test(blocks[v]!.text) && !POEM_STOP.test(blocks[v]!.text)))) v++;
  return v;
}

/**
 * Whether block `at` is a heading of the text's own (no chrome) at a level that two or more
 * headings above it have too, one of them inside the main stretch.
 */
function sectionHeading(analysis: Analysis, role: readonly Role[], at: number, main: { first: number; last: number }): boolean {
  const { blocks } = analysis.doc;
  const level = blocks[at]?.heading ?? 0;
  if (level === 0 || role[at] === 'chrome' || role[at] === 'claimed') return false;
  let same = 0;
  let inside = false;
  for (let b = 0; b < at; b++) {
    if (blocks[b]!.heading !== level || role[b] === 'chrome' || role[b] === 'claimed') continue;
    same++;
    if (b >= main.first && b <= main.last) inside = true;
  }
  return same >= 2 && inside;
}

/**
 * A footer that starts just after a box's text starts at the box's heading instead: a chrome
 * heading ("## About the author") and up to three short pieces of prose under it are one box, when
 * the article's main stretch begins above the heading: when it begins under it, that prose is the
 * article. So it is when the box would hold as much prose as the article above it: a box is smaller
 * than the article it stands under.
 */
function openingBox(analysis: Analysis, role: readonly Role[], start: number, mainFirst: number): number {
  let chars = 0;
  for (let i = start - 1, pieces = 0; i >= 0 && pieces <= 3; i--, pieces++) {
    const block = analysis.doc.blocks[i]!;
    if (role[i] === 'chrome' && block.heading > 0) return mainFirst < i && chars < proseChars(analysis, role, mainFirst, i - 1) ? i : start;
    if (role[i] === 'chrome' || role[i] === 'claimed' || block.heading > 0) return start;
    chars += analysis.features[i]!.chars;
    if (chars > BOX_CHARS) return start;
  }
  return start;
}

/** The characters of the prose in blocks `first..last`. */
function proseChars(analysis: Analysis, role: readonly Role[], first: number, last: number): number {
  let chars = 0;
  for (let i = first; i <= last; i++) if (role[i] === 'body' || role[i] === 'sentence') chars += analysis.features[i]!.chars;
  return chars;
}

// A valediction on a line of its own, as letters, posts and forum messages end.
const VALEDICTION = /^(?:cheers|thanks(?: again| for reading)?|thank you(?: for reading)?|many thanks|best(?: wishes)?|(?:kind|warm|warmest|best|many) regards|regards|all the best|love|take care|yours(?: truly| sincerely| faithfully)?|sincerely|until next time|see you (?:next time|soon))\s*[,!.]?$/i;
// Closing words of the writer's own, by their shape: a capital, a few words, a comma at the end.
const CLOSING_COMMA = /^\p{Lu}[^.!?:;,]*,$/u;
const CLOSING_WORDS = 6;
// The heading of a press release's contact for journalists, in the languages winnow reads.
const PRESS_CONTACT = /^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries)|for (?:more|further) information,? (?:please )?contact|pressekontakt|medienkontakt|auskünfte|kontakt für medien|contacts? (?:presse|médias)|contacto(?:s)? (?:de|para) (?:prensa|medios)|contato(?:s)? (?:de|para) imprensa|contatti? (?:stampa|per la stampa)|perscontact|persinformatie)\s*:?$/i;
// A contact's line: a name with a role, an e-mail address or a telephone number.
const CONTACT_LINE = /@|\+?\d[\d ()./-]{6,}\d|^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*\S/u;
// The line that opens a signature in forum posts and e-mails.
const SIGNATURE_SEPARATOR = /^(?:_{3,}|-{2,}|—{2,}|={3,})$/;
// A valediction and the writer's name on one line: "xo, Marnie", "Cheers, Tom", "Love, Gran".
// Or the name and kisses after it: "R x", "Jen xx", "Rosie xo" (the kisses in lower case: "Malcolm X" is a name).
const INLINE_SIGN_OFF = /^(?:xo|xoxo|hugs|love|cheers|thanks|best|warmly|regards)\s*[,!]?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/iu;
const KISSES_SIGN_OFF = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?,?\s+(?:x{1,4}|(?:xo)+x?)$/u;
const inlineSignOff = (text: string) => INLINE_SIGN_OFF.test(text) || KISSES_SIGN_OFF.test(text);
// A signature after a dash or a tilde, after a short closing wish on its line at most: "— Owen and
// the Tallysheet team", "– Jo", "Happy sewing! ~ Becca".
const DASH_SIGNATURE = /^(?:\p{Lu}[^.!?]{0,30}[!.]\s+)?[—–~]\s*\p{Lu}[^.!?]{0,60}$/u;

// Who wrote the answer or the piece, signed under it: "Answered by Keith Ambrose, Senior Energy
// Adviser, 14 February 2007", "Compiled by the Parish Office". Not "Posted by" or "By", as
// chrome-run's byline takes them: a blog platform prints "Posted by NAME at TIME" under every post,
// over its chrome, and taking it as the closer kept that chrome (tried: seven pages kept junk).
const ANSWERED_BY = /^(?:[Aa]nswered|[Ww]ritten|[Cc]ompiled|[Rr]eviewed) by (?:the )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\b/u;
// A line that names a post's or a message's writer: "From: Ian Threlfall <…>", "Posted by: "Derek Cullen"", "By Ann Lee".
const WRITER_LINE = /^(?:from|posted by|written by|author|by)\b\s*:?\s*\S/i;
// A name on a line of its own: one to three words in capitals.
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * Whether block `at` is the writer's name on a line of its own ("Ian", "Derek Cullen" under an
 * e-mail's last paragraph), every word of it in a line above that names the writer.
 */
function writersName(analysis: Analysis, at: number): boolean {
  const { blocks } = analysis.doc;
  const text = blocks[at]!.text;
  if (!NAME_LINE.test(text)) return false;
  const words = text.toLowerCase().split(/\s+/);
  for (let b = at - 1; b >= 0; b--) {
    const line = blocks[b]!.text;
    if (!WRITER_LINE.test(line)) continue;
    const named = new Set(line.toLowerCase().split(/[^\p{L}'’.-]+/u));
    if (words.every((w) => named.has(w))) return true;
  }
  return false;
}

/**
 * The last line of a sign-off that starts at block `at`, right under the last paragraph: a dash and
 * a name, a valediction with the name after it or on the line under it (or any few words ending in a comma,
 * with a name under them), or a press release's contact heading
 * with the contact's lines; undefined when there is none.
 */
function signOff(analysis: Analysis, role: readonly Role[], at: number, before: number): number | undefined {
  const { blocks } = analysis.doc;
  const block = blocks[at];
  if (!block || at >= before || role[at] === 'chrome' || role[at] === 'claimed') return undefined;
  if (DASH_SIGNATURE.test(block.text) || inlineSignOff(block.text) || ANSWERED_BY.test(block.text) || writersName(analysis, at)) return at;
  if (PRESS_CONTACT.test(block.text)) {
    // A press release's contact: its lines name a person, a role, an address, a number.
    let last = at;
    for (let i = at + 1; i < before && i <= at + 4 && role[i] !== 'chrome' && role[i] !== 'claimed' && CONTACT_LINE.test(blocks[i]!.text); i++) last = i;
    return last > at ? last : undefined;
  }
  const name = blocks[at + 1];
  const f = analysis.features[at + 1];
  const signed = name && f && at + 1 < before && role[at + 1] === 'short' && f.wordCount >= 1 && f.wordCount <= 4 && f.digits === 0;
  if (VALEDICTION.test(block.text)) return signed ? at + 1 : at;
  // Any short closing words ending in a comma, with a name under them: "See you on the plots,", "Happy baking,".
  const closing = analysis.features[at]!;
  return signed && CLOSING_COMMA.test(block.text) && closing.wordCount <= CLOSING_WORDS && closing.digits === 0 ? at + 1 : undefined;
}
