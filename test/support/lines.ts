/**
 * An independent reading of a text as lines, for checking the engine against something it did not
 * compute itself. A line ends at CRLF, CR or LF; a leading byte-order mark belongs to no line.
 */
export interface TextLine {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the terminator (equal to the text's end on a last line without one). */
  next: number;
  /** The line with its terminator, byte for byte. */
  whole: string;
  /** True when the line holds only whitespace. */
  blank: boolean;
}

export interface SplitText {
  bom: string;
  lines: TextLine[];
}

export function splitLines(text: string): SplitText {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines: TextLine[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
  re.lastIndex = bom.length;
  while (re.lastIndex < text.length) {
    const start = re.lastIndex;
    const m = re.exec(text);
    if (!m || m[0] === '') break;
    const whole = m[0];
    lines.push({ start, next: start + whole.length, whole, blank: /^\s*$/u.test(whole) });
  }
  return { bom, lines };
}
