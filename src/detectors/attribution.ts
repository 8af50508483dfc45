import type { Finding, Metadata, SkippedFinding } from '../core/types.js';
import { blockFinding, type Detector } from './detector.js';
import { matchRules, rulesFor, type RuleHit } from './phrase-rules.js';
import { DETAIL_ROW } from './regions.js';

// A table's row as text: figures and cells set apart by runs of spaces or by bars ("Leeds to York
// £2,496   £2,611", "| Leeds | 2,496 |"), or three cells or more set apart by tabs ("Lindgren<TAB>
// 11.3<TAB>+1.1"; one tab may follow a list's number: "3.<TAB>The route crosses…").
const TABLE_ROW = /\d.*(?:\S {2,}\S|\|)|(?:\S {2,}\S|\|).*\d|^(?=.*\d)[^\t]*\S\t+\S[^\t]*\t+\S/;

// A date under the label an event's details give it, and the labels of its other details.
const DATE_LABEL = /^(?:date|dates|when|datum|fecha|data)\s*[:：]/i;
// An event's hours: "10:00 a.m. - 1:00 p.m.", "7pm to 9.30pm", "19:00–21:00".
const HOURS = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const EVENT_DETAIL = /^(?:time|times|venue|location|where|place|price|prices|tickets?|cost|admission|entry|doors|heure|lieu|prix|uhrzeit|zeit|ort|eintritt|hora|lugar|precio|entrada|horário|local|preço|ora|luogo|prezzo|ingresso|tijd|plaats|locatie|prijs|toegang)\s*[:：]/i;

/** A metadata value as compared with another: the same words, whatever the case and spacing. */
const comparable = (value: string) => value.toLowerCase().replace(/\s+/g, ' ');

export const attribution: Detector = {
  id: 'attribution',
  description: 'Lines that say where the article came from, who wrote it or when ("Source: …", "By NAME", a date line under the headline); they move to the metadata.',
  detect(analysis) {
    const rules = rulesFor(analysis, 'attribution');
    // A date line says when the article appeared only above it, under the headline. Further down,
    // dates head a diary's entries or a live blog's posts, and are the text's own; so is a name
    // with a job under an editorial (see PhraseRule.aboveBody).
    const firstBody = analysis.readings.indexOf('body');
    // A source under a table's last row ("Source: Department for Transport") is the table's.
    const { blocks } = analysis.doc;
    const underTable = (b: number) => b > 0 && blocks[b]!.line - blocks[b - 1]!.line <= 2 && TABLE_ROW.test(blocks[b - 1]!.raw.trim());
    // An event's date among its other details ("Date: Saturday 21 June 2025" over "Time: Doors 7pm"
    // and "Venue: The Corn Exchange") is the event's, not the article's.
    // So is a date on its own line right over the event's hours ("Saturday, May 12, 2007" over "10:00
    // a.m. - 1:00 p.m."): an article's date stands over its text.
    const eventDate = (b: number) =>
      (DATE_LABEL.test(blocks[b]!.text) && [b - 1, b + 1].some((n) => n >= 0 && n < blocks.length && Math.abs(blocks[n]!.line - blocks[b]!.line) <= 2 && EVENT_DETAIL.test(blocks[n]!.text))) ||
      (b + 1 < blocks.length && blocks[b + 1]!.line - blocks[b]!.line === 1 && HOURS.test(blocks[b + 1]!.text));
    // A source or a writer among a box's labelled details is the box's row, on the lines right above
    // and below it: "Format: Hardcover" over "Source: Review copy from the publisher" over "My
    // rating: 4 of 5 stars"; an episode's "First broadcast: 5 September 2004" over "Written by:
    // Philippa Crane" over "Directed by: Martin Osei".
    const inDetails = (b: number) =>
      [b - 1, b + 1].every((n) => n >= 0 && n < blocks.length && Math.abs(blocks[n]!.line - blocks[b]!.line) === 1 && DETAIL_ROW.test(blocks[n]!.text));
    const applies = (hit: RuleHit) =>
      (!hit.rule.aboveBody || hit.block < firstBody) &&
      !(hit.rule.field === 'source' && underTable(hit.block)) &&
      !((hit.rule.field === 'source' || hit.rule.field === 'author') && inDetails(hit.block)) &&
      !(hit.rule.field === 'date' && eventDate(hit.block));
    const all = matchRules(analysis, rules)
      .map((hit) => {
        const field = hit.rule.field;
        // The value is the pattern's first group that took part in the match.
        const value = (field && hit.match.slice(1).find((g) => g !== undefined)?.trim()) || undefined;
        // A line heading a stretch of prose: the byline of the text under it.
        const heads = value !== undefined && analysis.readings[hit.block + 1] === 'body';
        return { hit, field, value, heads };
      });
    // The metadata holds one value a field. A document in which lines naming different values each
    // head their own prose (a newsletter of articles by several authors) keeps those lines, or all
    // but one would be lost. Such lines below the first paragraph, which stay anyway, count too when
    // two or more of them head prose: a diary's dates, the first entry's above the first paragraph
    // (one dated update over a news story's last paragraph is no series). Bylines of teasers in
    // related lists head no prose, and go.
    const hits = all.filter(({ hit }) => applies(hit));
    const below = all.filter(({ hit }) => !applies(hit));
    const headed = new Map<keyof Metadata, Set<string>>();
    const series = new Map<keyof Metadata, number>();
    for (const { field, value, heads } of below) if (field && value && heads) series.set(field, (series.get(field) ?? 0) + 1);
    for (const { field, value, heads } of [...hits, ...below.filter(({ field }) => field && (series.get(field) ?? 0) >= 2)]) {
      if (field && value && heads) headed.set(field, (headed.get(field) ?? new Set()).add(comparable(value)));
    }
    const metadata: Partial<Metadata> = {};
    const findings: Finding[] = [];
    const skipped: SkippedFinding[] = [];
    for (const { hit, field, value, heads } of hits) {
      if (field && value && metadata[field] === undefined) metadata[field] = value;
      const said = field && value ? `; ${field} "${value}" kept in the metadata` : '';
      const finding = blockFinding(analysis, this.id, 'attribution', hit.block, hit.block, `${hit.rule.description}${said} (rule ${hit.rule.id})`, 0.9, {
        rule: hit.rule.id,
      });
      const sections = field && heads ? (headed.get(field)?.size ?? 0) : 0;
      if (sections > 1) {
        skipped.push({
          ...finding,
          reason: `${hit.rule.description} (rule ${hit.rule.id})`,
          why: `lines like it above their own prose name ${sections} different ${field}s, and the metadata holds one; they stay, so none is lost`,
        });
      } else {
        findings.push(finding);
      }
    }
    return { findings, metadata, skipped };
  },
};
