import type { CleanResult, Finding } from '../index.js';
import { plain, type Paint } from './paint.js';

const EXCERPT_CHARS = 72;

/**
 * `--explain`: each removal of one file with its line range, kind, rule, reason and the start of
 * the removed text; then the findings whose text was kept, with why.
 */
export function explainFile(path: string, original: string, result: CleanResult, paint: Paint = plain): string {
  const out: string[] = [paint.bold(path)];
  if (result.findings.length === 0 && result.skipped.length === 0) {
    out.push(paint.dim('  nothing removed'));
  }
  for (const finding of result.findings) {
    out.push(...describe(finding, original, paint));
  }
  // A skipped finding inside a removed span went anyway; only the ones whose text stayed are news.
  const kept = result.skipped.filter((skipped) => !result.findings.some((applied) => applied.span.start <= skipped.span.start && skipped.span.end <= applied.span.end));
  for (const finding of kept) {
    out.push(...describe(finding, original, paint, finding.why));
  }
  if (result.metadata.keptAll) out.push(`  ${paint.yellow('kept everything:')} ${result.metadata.keptAll}`);
  return `${out.join('\n')}\n`;
}

function describe(finding: Finding, original: string, paint: Paint, keptBecause?: string): string[] {
  const [first, last] = finding.lines;
  const range = first === last ? `${first}` : `${first}-${last}`;
  const label = finding.rule ? `${finding.kind} ${paint.dim(`(${finding.detector}/${finding.rule})`)}` : `${finding.kind} ${paint.dim(`(${finding.detector})`)}`;
  const head = keptBecause === undefined ? paint.red(`- ${range}`) : paint.yellow(`  ${range} kept`);
  const lines = [`  ${head}  ${kindColour(finding.kind, paint)(label)}  ${finding.reason}`];
  if (keptBecause !== undefined) lines.push(`      ${paint.yellow('why kept:')} ${keptBecause}`);
  lines.push(`      ${paint.dim(`| ${excerpt(original, finding)}`)}`);
  return lines;
}

function kindColour(kind: string, paint: Paint): (text: string) => string {
  return kind === 'duplicate' ? paint.cyan : paint.yellow;
}

/** The first non-blank line of the finding's text, shortened to fit a terminal line. */
export function excerpt(original: string, finding: Finding): string {
  const text = original.slice(finding.span.start, finding.span.end);
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  const flat = line.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}
