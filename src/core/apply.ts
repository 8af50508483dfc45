import type { Doc } from './document.js';
import { uint8s } from './slab.js';

/**
 * Which lines stay, given which blocks go. Kept lines are copied byte for byte; blank lines go
 * where a removal would otherwise leave two separators in a row, or a blank at either end.
 */
export function keptLines(doc: Doc, removedBlock: (block: number) => boolean): Uint8Array {
  const { lines, blocks } = doc;
  const keep = uint8s(lines.length).fill(1);
  const removedLine = uint8s(lines.length);
  for (const b of blocks) {
    if (removedBlock(b.index)) {
      keep[b.line] = 0;
      removedLine[b.line] = 1;
    }
  }
  const anchors = blocks.filter((b) => !removedBlock(b.index)).map((b) => b.line);
  // Each gap between kept text lines (and before the first, after the last) is handled on its own.
  let from = 0;
  for (let a = 0; a <= anchors.length; a++) {
    const to = a < anchors.length ? anchors[a]! : lines.length;
    let touched = false;
    for (let i = from; i < to; i++) if (removedLine[i]) touched = true;
    if (touched) {
      for (let i = from; i < to; i++) keep[i] = 0;
      const inner = a > 0 && a < anchors.length;
      if (inner) {
        // Keep the separator that followed the text before the gap, or else the one before the text after it.
        if (lines[from]!.blank) for (let i = from; i < to && lines[i]!.blank; i++) keep[i] = 1;
        else if (lines[to - 1]!.blank) for (let i = to - 1; i >= from && lines[i]!.blank; i--) keep[i] = 1;
      }
    }
    from = to + 1;
  }
  return keep;
}

/** The text of the kept lines, with the byte-order mark if the input had one. */
export function joinLines(doc: Doc, keep: Uint8Array): string {
  const parts: string[] = [];
  if (doc.bom) parts.push(doc.source.slice(0, doc.bom));
  let runStart = -1;
  for (let i = 0; i <= doc.lines.length; i++) {
    const k = i < doc.lines.length && keep[i] === 1;
    if (k && runStart < 0) runStart = i;
    if (!k && runStart >= 0) {
      parts.push(doc.source.slice(doc.lines[runStart]!.start, doc.lines[i - 1]!.next));
      runStart = -1;
    }
  }
  return parts.join('');
}

/** Trailing spaces cut and runs of blank lines made one: only when the user asks for it. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[ \t\u00a0]+(?=\r?\n|$)/g, '').replace(/(\r?\n){3,}/g, (m) => (m.startsWith('\r') ? '\r\n\r\n' : '\n\n'));
}
