/**
 * The check behind "kept text is byte-identical to the input except for removed blocks and the
 * blank lines around them", done from the input and the applied findings alone, with a line reader
 * of our own (./lines.ts) rather than the engine's.
 *
 * A non-blank line inside an applied finding's line range must be gone; every other non-blank line
 * must be in the output, byte for byte with its terminator, in input order. Between two such kept
 * lines (and before the first, after the last) the output holds blank lines only: exactly the
 * input's when no removal touched that gap, otherwise some of the input's, in order.
 */
import type { CleanResult } from '../../src/index.js';
import { splitLines, type TextLine } from './lines.js';

/** What is wrong with `result.text` as "the input minus the removed lines"; empty when nothing is. */
export function keptTextProblems(input: string, result: Pick<CleanResult, 'text' | 'findings'>): string[] {
  const { bom, lines } = splitLines(input);
  const out = result.text;
  const problems: string[] = [];
  if (!out.startsWith(bom)) return ['the byte-order mark was lost'];

  const removed = new Uint8Array(lines.length);
  for (const f of result.findings) {
    for (let i = f.lines[0] - 1; i <= f.lines[1] - 1 && i < lines.length; i++) if (!lines[i]!.blank) removed[i] = 1;
  }

  let pos = bom.length;
  let gap: TextLine[] = [];
  let touched = false;
  const closeGap = (before: string, atEnd: boolean) => {
    // Blank lines in the output up to the next kept line: whitespace up to its last terminator.
    let text = atEnd ? out.slice(pos) : (/^\s*/u.exec(out.slice(pos))?.[0] ?? '');
    if (!atEnd) text = text.slice(0, Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
    const inputGap = gap.map((l) => l.whole).join('');
    if (!touched && text !== inputGap) problems.push(`blank lines ${before} changed though nothing near them was removed`);
    else if (touched && !isSubsequenceConcat(text, gap.map((l) => l.whole))) {
      problems.push(`output ${before} is not a selection of the input's blank lines there: ${JSON.stringify(text.slice(0, 80))}`);
    }
    pos += text.length;
    gap = [];
    touched = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) gap.push(line);
    else if (removed[i]) touched = true;
    else {
      closeGap(`before line ${i + 1}`, false);
      if (!out.startsWith(line.whole, pos)) {
        problems.push(`line ${i + 1} is not kept byte for byte at output offset ${pos}: ${JSON.stringify(line.whole.slice(0, 80))}`);
        return problems;
      }
      pos += line.whole.length;
    }
  }
  closeGap('at the end', true);
  if (pos !== out.length) problems.push(`output has ${out.length - pos} characters that are not input lines`);
  return problems;
}

/** True when `text` is the concatenation of some of `parts`, taken in order. */
function isSubsequenceConcat(text: string, parts: readonly string[]): boolean {
  const seen = new Set<string>();
  const go = (i: number, pos: number): boolean => {
    if (pos === text.length) return true;
    if (i === parts.length) return false;
    const key = `${i}:${pos}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const p = parts[i]!;
    return (text.startsWith(p, pos) && go(i + 1, pos + p.length)) || go(i + 1, pos);
  };
  return go(0, 0);
}
