import { blockFinding, coverage, type Detector } from './detector.js';
import type { Analysis } from '../core/analysis.js';
import { bodyBounds, factBox, FACT_LINES, isStoryLink, listingEntries, mainRun, RELATED_HEADING, roles, SENTENCE_END, titleAndStandfirst, verseBlocks, type Role } from './regions.js';
import { matchRules, rulesFor } from './phrase-rules.js';

// A byline: "Posted by NAME", "Written by NAME", "By NAME", a name in capitals after it.
const WRITER_BYLINE = /^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished) by|B[Yy]) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\b/u;

export const chromeRun: Detector = {
  id: 'chrome-run',
  description: 'Short lines caught between two chrome lines, such as a widget\'s items between its title and the next widget, and the headlines listed under a related-stories heading between two paragraphs.',
  detect(analysis, earlier) {
    const role = roles(analysis, earlier);
    // The headline may stand between two chrome lines (a sign-in row above it, a follow button
    // and a reading time under it), and it is no widget's item.
    const bounds = bodyBounds(role);
    // Nor is the standfirst under it, which may be the headline itself under a teaser.
    const { title, standfirst } = bounds ? titleAndStandfirst(analysis, role, bounds.first) : { title: undefined, standfirst: undefined };
    const spared = (b: number) => b === title || b === standfirst;
    // Nor is a poem's stanza: four lines of verse in a row (see verseBlocks) are the text's own.
    const verse = verseBlocks(analysis);
    // Nor is an entry of a listing: a line of two sentences or more between two of the page's action
    // links, the same link under every entry ("Report this ad", under three or more), as small ads
    // stand. A widget's items are link titles.
    const entry = listingEntries(analysis, role);
    // Nor is a picture's caption: the line right under a picture on a line of its own, when it ends
    // as a sentence does ("Tea break, 5.30am."), as converters write a photo essay's figures. The
    // headlines a gallery of teasers puts under its pictures end without one.
    const picture = coverage(analysis, earlier.filter((f) => f.rule === 'image-line'));
    const caption = (b: number) => picture[b - 1] !== undefined && role[b - 1] === 'chrome' && SENTENCE_END.test(analysis.doc.blocks[b]!.text);
    // Nor, in a text whose paragraphs mostly read as short lines, is a line that reads as prose by
    // its form alone: in a language winnow has no stopwords for, or reads as another ("Beslutet
    // fattades av Trafikverket på torsdagen. Bygget…" between "Spara" and "Annons", Swedish read as
    // German). Where the paragraphs read as body, such a line read short is in another language
    // than the text (an English advert between two "Anzeige" markers on a German page).
    let misread: boolean | undefined;
    const prose = (b: number) => formsProse(analysis, b) && (misread ??= misreadParagraphs(analysis));
    // Nor is a post's title: a heading with its writer's byline right under it ("## How to Write
    // a Re-Engagement Email…" over "Posted by Carly Weintraub on Tue, Apr 16, 2013"), between a
    // sidebar's subscribe box and the share buttons.
    const signed = (b: number) => analysis.doc.blocks[b]!.heading > 0 && b + 1 < role.length && analysis.doc.blocks[b + 1]!.line - analysis.doc.blocks[b]!.line <= 2 && WRITER_BYLINE.test(analysis.doc.blocks[b + 1]!.text);
    const kept = (b: number) => spared(b) || verse[b] || entry.has(b) || caption(b) || prose(b) || signed(b);
    let main: ReturnType<typeof mainRun> | null = null;
    const factsAt = (b: number) => ((main ??= mainRun(analysis, role)) ? factBox(analysis, role, b, main) : undefined);
    const findings = [];
    // The boxes of facts spared stay, whatever the classifier makes of their lines after.
    const protect: { block: number; why: string }[] = [];
    const FACTS = "it is a box of the article's facts between chrome lines";
    let lastChrome = -1;
    for (let i = 0; i < role.length; i++) {
      const r = role[i];
      if (r === 'chrome') {
        if (lastChrome >= 0 && i - lastChrome > 1) {
          const reason = `short lines between chrome on lines ${analysis.doc.blocks[lastChrome]!.line + 1} and ${analysis.doc.blocks[i]!.line + 1}`;
          // Nor is a box of the article's facts (see factBox) that fills the run (a match's line-ups
          // under an ad marker) or stands in it from a labelled line (an event's date, time, venue
          // and price).
          const boxed = new Set<number>();
          if (i - lastChrome > FACT_RUN) {
            for (let a = lastChrome + 1; a < i - FACT_LINES + 1; a++) {
              const opens = a === lastChrome + 1;
              const end = opens || LABELLED_LINE.test(analysis.doc.blocks[a]!.text) ? factsAt(a) : undefined;
              if (end === undefined || (opens && end < i - 1)) continue;
              for (let b = a; b <= Math.min(end, i - 1); b++) {
                boxed.add(b);
                protect.push({ block: b, why: FACTS });
              }
              a = end;
            }
          }
          // The run goes around the headline and any stanza.
          for (let a = lastChrome + 1; a < i; a++) {
            if (kept(a) || boxed.has(a)) continue;
            let z = a;
            while (z + 1 < i && !kept(z + 1) && !boxed.has(z + 1)) z++;
            // One line between two stanzas' lines is the poem's too ("she butters toast for no one").
            const inPoem = a === z && verse[a - 1] && verse[a + 1];
            if (!inPoem) findings.push(blockFinding(analysis, this.id, 'boilerplate', a, z, reason, 0.7));
            a = z;
          }
        }
        // A link that carries its own headline ("Read also: TITLE") heads nothing under it: the
        // short lines after it are the article's (a list between paragraphs), not its items.
        lastChrome = isStoryLink(analysis, i) ? -1 : i;
      } else if (r !== 'short' || analysis.doc.blocks[i]!.heading === 1 || (underlined(analysis, i) && (bounds === undefined || i < bounds.first))) {
        // A top-level heading is a page's title, not a widget's item, even among chrome lines; so
        // is one written over a line of equals signs above the first paragraph, as converters
        // write a page's title in Markdown (further down, a box's heading may be written so).
        lastChrome = -1;
      }
    }
    // A related-articles box set between two paragraphs: its heading, then short lines right under
    // it (the headlines, with or without their numbers), then a blank line or the article again.
    // A short line after the blank is the article's next subheading.
    const { blocks } = analysis.doc;
    // By the rule each line matched, not by the findings: lines of several rules in a row are one
    // finding under its first rule ("Déjà abonné ? Se connecter" over "Lire aussi").
    const related = new Map<number, string>();
    for (const hit of matchRules(analysis, rulesFor(analysis, 'boilerplate'))) if (RELATED_HEADING.test(hit.rule.id)) related.set(hit.block, hit.rule.id);
    for (let h = 0; h < role.length; h++) {
      const rule = related.get(h);
      if (rule === undefined || role[h] !== 'chrome' || !(rule !== 'related-heading' || BOX_HEADING.test(blocks[h]!.text))) continue;
      // Its items (headlines, which may end as a sentence does: "Exercise and blood sugar: what's
      // the link?") stand one under another, or a blank line apart, as converters also write them;
      // a blank line may stand under the heading too. A Markdown heading is the article's.
      let z = h;
      let loose = false;
      // A poem's stanza may stand under such a heading (a poem of the week) when its lines stand one
      // under another: items a blank line apart, or a list's, are no stanza.
      const stanza = (b: number) => verse[b] && blocks[b]!.line === blocks[b - 1]!.line + 1 && !blocks[b]!.listItem;
      while (z + 1 < role.length && headlineLike(analysis, role, z + 1) && blocks[z + 1]!.line <= blocks[z]!.line + 2 && blocks[z + 1]!.heading === 0 && !spared(z + 1) && !stanza(z + 1)) {
        if (z > h && blocks[z + 1]!.line > blocks[z]!.line + 1) loose = true;
        z++;
      }
      // The last short line on the line right over a paragraph is that paragraph's subheading ("Was
      // jetzt passiert"), when the box keeps two items without it: with no blank lines at all, the
      // box's last headline and the article's next subheading look alike, and the subheading is
      // the one worth keeping. So they do with a blank line after each, unless the items are a
      // list's: a subheading is no list item.
      if (z - h > 2 && role[z + 1] === 'body' && (blocks[z + 1]!.line === blocks[z]!.line + 1 || (loose && !blocks[z]!.listItem))) z--;
      if (z - h < 2 || z - h > BOX_ITEMS) continue;
      // The article goes on under the box: a paragraph follows within a subheading or two.
      let next = z + 1;
      while (next < role.length && next <= z + 2 && role[next] === 'short') next++;
      if (role[next] !== 'body') continue;
      const reason = `the items of the related-articles box headed on line ${analysis.doc.blocks[h]!.line + 1}, between two paragraphs`;
      findings.push(blockFinding(analysis, this.id, 'boilerplate', h + 1, z, reason, 0.7));
      h = z;
    }
    return { findings, protect };
  },
};

// The most words of a headline that reads as a sentence.
const HEADLINE_WORDS = 12;
// How a headline may end as a sentence does: with a question or an exclamation mark, or the full
// stop of an abbreviation ("… before 11 p.m."). A plain full stop ends a sentence of the article (a
// summary's "Two people were taken to hospital."), not a headline.
const HEADLINE_END = /(?:[?!]|(?:^|[\s.])\p{L}\.)["'”’)]*$/u;

/** Whether block `b` may be a headline in a box: a short line, or one sentence of a headline's length. */
function headlineLike(analysis: Analysis, role: readonly Role[], b: number): boolean {
  const f = analysis.features[b]!;
  if (role[b] === 'short') return true;
  return (role[b] === 'sentence' || role[b] === 'body') && f.wordCount <= HEADLINE_WORDS && f.sentenceEnds <= 1 && HEADLINE_END.test(analysis.doc.blocks[b]!.text);
}

// Of the English ones, the headings only a box of other stories has: "Don't miss", "See also" or
// "Recommended" may head the article's own list.
const BOX_HEADING = /^(?:most (?:read|popular|viewed|shared|emailed|commented)(?: (?:stories|articles|news|today|now|in [\p{L} ]{1,20}))?|related (?:stories|articles|posts|content|news|coverage)|more (?:stories|news|articles|headlines)|(?:top|trending|popular) (?:stories|articles|now)|latest (?:news|stories|headlines))\s*:?$/iu;
// The most lines such a box lists between two paragraphs: a numbered top ten.
const BOX_ITEMS = 20;

// The fewest lines between two chrome lines that may be a box of facts: a heading or none and three.
const FACT_RUN = 3;
// Where a box of facts inside a run may start: a labelled line ("Date: Saturday 21 June").
const LABELLED_LINE = /^\S[^:：]{0,40}[:：]\s*\S/;

// A widget's item is a link's title; a paragraph has this many words of letters and ends as a
// sentence does. (A small ad has as many words with its figures: "Garden bench, teak, seats 3,
// needs oiling. £35 ono. Tel 01632 960 774.")
const PROSE_WORDS = 12;
const LETTER_WORD = /\p{L}{2,}/gu;

/**
 * Whether most of the text's lines that have a paragraph's form (see formsProse) read as short
 * lines rather than as body: its language is misread, or has no stopword list.
 */
function misreadParagraphs(analysis: Analysis): boolean {
  let formed = 0;
  let body = 0;
  // By words and the last character only: the share is what counts, not each line.
  for (let b = 0; b < analysis.readings.length; b++) {
    if (analysis.features[b]!.wordCount < PROSE_WORDS || !SENTENCE_END.test(analysis.doc.blocks[b]!.text)) continue;
    formed++;
    if (analysis.readings[b] === 'body') body++;
  }
  return formed > 0 && 2 * body < formed;
}

/** Whether block `b` has a paragraph's form: many words of letters, ending as a sentence does. */
function formsProse(analysis: Analysis, b: number): boolean {
  const text = analysis.doc.blocks[b]!.text;
  if (analysis.features[b]!.wordCount < PROSE_WORDS || !SENTENCE_END.test(text)) return false;
  let words = 0;
  for (LETTER_WORD.lastIndex = 0; words < PROSE_WORDS && LETTER_WORD.exec(text); ) words++;
  return words >= PROSE_WORDS;
}

// The underline of a top-level heading in Markdown's other way of writing one ("Title" over "=====").
const UNDERLINE = /^={3,}\s*$/;

/** Whether block `i` is a heading written over an underline of equals signs on the next line. */
function underlined(analysis: Analysis, i: number): boolean {
  const { blocks } = analysis.doc;
  const next = blocks[i + 1];
  return next !== undefined && next.line === blocks[i]!.line + 1 && UNDERLINE.test(next.raw);
}
