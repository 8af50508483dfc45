import { createTwoFilesPatch } from 'diff';
import { plain, type Paint } from './paint.js';

/** `--diff`: a unified diff of one file, headed `--- PATH` / `+++ PATH`; empty when nothing changed. */
export function diffFile(path: string, before: string, after: string, paint: Paint = plain): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(path, path, before, after, undefined, undefined, { context: 3 });
  const lines = patch.split('\n');
  // Drop the "Index:" and "====" lines that the diff package writes before the headers.
  while (lines.length > 0 && !lines[0]!.startsWith('---')) lines.shift();
  return `${lines.map((line) => colourLine(line, paint)).join('\n').replace(/\n*$/, '')}\n`;
}

function colourLine(line: string, paint: Paint): string {
  if (line.startsWith('---') || line.startsWith('+++')) return paint.bold(line);
  if (line.startsWith('@@')) return paint.cyan(line);
  if (line.startsWith('-')) return paint.red(line);
  if (line.startsWith('+')) return paint.green(line);
  return line;
}
