import type { LineRange, Span } from './types.js';
import { int32s } from './slab.js';

/** One line of the input, with the offsets of its text and of its line terminator. */
export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the line's text, before its terminator. */
  end: number;
  /** Offset just past the terminator (equal to `end` on a last line without one). */
  next: number;
  /** True when the line holds only whitespace. */
  blank: boolean;
}

/** A unit the detectors judge: one non-blank line. */
export interface Block {
  /** Index of this block among blocks. */
  index: number;
  /** Index of its line among lines. */
  line: number;
  /** The line's text, without terminator. */
  raw: string;
  /** The text with list, quote and heading markers and surrounding space removed. */
  text: string;
  /** Markdown heading level (1..6) when the line is a `#` heading, else 0. */
  heading: number;
  /** True when the line is a list item (`* `, `- `, `1. `). */
  listItem: boolean;
}

/** The input split into lines and blocks; all offsets refer to the original text. */
export interface Doc {
  /** The original input, byte for byte. */
  source: string;
  /** Length of a leading byte-order mark (0 or 1); it is always kept. */
  bom: number;
  lines: Line[];
  blocks: Block[];
  /**
   * The indent, in spaces, that a text browser's dump gives every line of its body (lynx indents
   * by three): lines indented by it are not list items for that alone. 0 for most texts.
   */
  margin: number;
}

// List markers, any number of them ("*   * Email": an item of a nested list whose outer item holds
// nothing else, as HTML-to-text converters write it), then a heading's hashes or quote markers.
const MARKER = /^\s*((?:(?:[*+\-•]|\d{1,3}[.)])\s+)*)(?:(#{1,6})\s+|(?:>\s?)+)?/;

export function parseDocument(source: string): Doc {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines: Line[] = [];
  const raws: string[] = [];
  let pos = bom;
  const n = source.length;
  while (pos < n) {
    let end = pos;
    while (end < n) {
      const c = source.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let next = end;
    if (next < n) next += source.charCodeAt(next) === 13 && source.charCodeAt(next + 1) === 10 ? 2 : 1;
    const raw = source.slice(pos, end);
    const blank = raw.trim() === '';
    if (!blank) raws.push(raw);
    lines.push({ start: pos, end, next, blank });
    pos = next;
  }
  const margin = marginOf(raws);
  const blocks: Block[] = [];
  for (let i = 0, b = 0; i < lines.length; i++) if (!lines[i]!.blank) blocks.push(makeBlock(b, i, raws[b++]!, margin));
  return { source, bom, lines, blocks, margin };
}

// Lines this long are the text's own sentences, not menu items, in any layout.
const MARGIN_LINE_CHARS = 30;
const MAX_MARGIN = 8;

/**
 * The page margin of a text browser's dump: the indent, in spaces, that most long lines share,
 * when they share one. Counted on long lines, which are the body's and stay when the chrome goes,
 * so the cleaned text has the margin its input had (see reanalyse).
 */
export function marginOf(raws: readonly string[]): number {
  const counts = new Int32Array(MAX_MARGIN + 1);
  let long = 0;
  for (const raw of raws) {
    if (raw.length < MARGIN_LINE_CHARS) continue;
    const indent = leadingSpaces(raw);
    // Spaces at the end pad a line out, and cleaning with normalizeWhitespace takes them off; a line
    // indented past any margin is centred or set off (a heading, a listing), not the body's.
    if (indent > MAX_MARGIN || raw.trimEnd().length - indent < MARGIN_LINE_CHARS) continue;
    long++;
    counts[indent]!++;
  }
  let best = 0;
  for (let w = 1; w <= MAX_MARGIN; w++) if (counts[w]! > counts[best]!) best = w;
  // Most long lines: a few indented paragraphs in a plain text do not make a margin.
  return best > 0 && counts[best]! * 2 > long ? best : 0;
}

// What a marked line can begin with: space, #, *, +, -, •, a digit or >. Most lines begin otherwise,
// and need no match made to learn that they carry no marker.
const MARKER_START = /^[\s#*+\-•\d>]/;

// A Markdown link and its address: the words are the text. A picture inside the words is one
// unit ("[![alt](src) Caption](href)" reads as "![alt](src) Caption"); a picture alone stays as it is.
const MARKDOWN_LINK = /(?<!!)\[((?:!\[[^\[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)|[^\[\]\n])*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;

// lynx's number before a link's words, glued to them; a footnote mark stands after a word.
const NUMBERED_LINK = /(?<![^\s(])\[\d{1,4}\](?=[^\s\]])/g;

// Spaces before a line, beyond the page's margin, that mean it is centred rather than a list item's continuation.
const CENTRED_INDENT = 12;

/** Whether the block's line is centred: indented far past the document's margin, with no list mark. */
export function isCentred(block: Block, margin: number): boolean {
  return leadingSpaces(block.raw) >= margin + CENTRED_INDENT && !block.listItem;
}

/** How many spaces a line begins with (a tab is not counted: converters indent with spaces). */
export function leadingSpaces(raw: string): number {
  let indent = 0;
  while (raw.charCodeAt(indent) === 32) indent++;
  return indent;
}

function makeBlock(index: number, line: number, raw: string, margin: number): Block {
  // The page's margin is no marker; what is indented beyond it is judged as in any text.
  const body = margin > 0 && leadingSpaces(raw) >= margin ? raw.slice(margin) : raw;
  const m = MARKER_START.test(body) ? MARKER.exec(body) : null;
  const marker = m?.[0] ?? '';
  // A heading inside a list item is a widget's or a link's, not one of the article's.
  const heading = m?.[1] ? 0 : (m?.[2]?.length ?? 0);
  // Indented lines count as list items too: converters indent what continues an item. A line
  // indented far past the margin is centred, as text browsers centre a page's headings.
  const centred = marker.length >= CENTRED_INDENT && marker.trim() === '';
  const listItem = marker !== '' && heading === 0 && !marker.trimStart().startsWith('>') && !centred;
  let text = body.slice(marker.length).trim();
  // A Markdown link reads as its words: "[Share on Facebook](https://…)" is "Share on Facebook".
  if (text.includes('](')) text = text.replace(MARKDOWN_LINK, '$1').trim() || text;
  // So does a link as lynx numbers it: "[13]Share on Facebook".
  if (text.includes('[')) text = text.replace(NUMBERED_LINK, '').trim() || text;
  // A heading's closing hashes ("## Title ##") are markup too.
  if (heading > 0) text = text.replace(/\s+#+$/, '');
  return { index, line, raw, text, heading, listItem };
}

/** The span of blocks `first..last` (inclusive), covering whole lines with their terminators. */
export function blockSpan(doc: Doc, first: number, last: number): Span {
  const a = doc.blocks[first];
  const b = doc.blocks[last];
  if (!a || !b) throw new RangeError(`no blocks ${first}..${last}`);
  return { start: lineAt(doc, a.line).start, end: lineAt(doc, b.line).next };
}

/** The 1-based inclusive line numbers of blocks `first..last`. */
export function blockLines(doc: Doc, first: number, last: number): LineRange {
  const a = doc.blocks[first];
  const b = doc.blocks[last];
  if (!a || !b) throw new RangeError(`no blocks ${first}..${last}`);
  return [a.line + 1, b.line + 1];
}

/**
 * The document `joinLines(base, keep)` gives, made from `base`'s kept lines rather than parsed
 * again: offsets move, text stays. Undefined when joining changed the line structure, which only
 * happens where a line ending in a lone CR comes to stand before an empty line ending in LF.
 */
export function keptDocument(base: Doc, source: string, keep: Uint8Array): Doc | undefined {
  const lines: Line[] = [];
  const blocks: Block[] = [];
  const byLine = lineBlocks(base);
  let pos = base.bom;
  let previous = -1;
  for (let i = 0; i < base.lines.length; i++) {
    if (keep[i] !== 1) continue;
    const line = base.lines[i]!;
    if (previous >= 0 && previous !== i - 1) {
      const before = base.lines[previous]!;
      if (before.next - before.end === 1 && base.source.charCodeAt(before.end) === 13 && base.source.charCodeAt(line.start) === 10) return undefined;
    }
    const b = byLine[i]!;
    if (b >= 0) blocks.push({ ...base.blocks[b]!, index: blocks.length, line: lines.length });
    lines.push({ start: pos, end: pos + line.end - line.start, next: pos + line.next - line.start, blank: line.blank });
    pos += line.next - line.start;
    previous = i;
  }
  if (pos !== source.length) return undefined;
  return { source, bom: base.bom, lines, blocks, margin: marginOf(blocks.map((b) => b.raw)) };
}

// Filled on first use: the planner, the cleaner and every detector's coverage ask for it.
const blocksOfLines = new WeakMap<Doc, Int32Array>();

/** For each line, the index of its block, or -1 for a blank line. Made once per document. */
export function lineBlocks(doc: Doc): Int32Array {
  let map = blocksOfLines.get(doc);
  if (!map) {
    map = int32s(doc.lines.length).fill(-1);
    for (const b of doc.blocks) map[b.line] = b.index;
    blocksOfLines.set(doc, map);
  }
  return map;
}

// A line of a quotation block: "> We use cookies to…", a pull quote.
const QUOTATION = /^\s*>/;

/** Whether the block is a line of a quotation block: the text quoting something, not its own words. */
export function isQuotation(block: Block): boolean {
  return QUOTATION.test(block.raw);
}

export function lineAt(doc: Doc, index: number): Line {
  const line = doc.lines[index];
  if (!line) throw new RangeError(`no line ${index}`);
  return line;
}
