import type { Analysis } from '../core/analysis.js';
import type { Finding } from '../core/types.js';
import { blockFinding, coverage, plural } from './detector.js';

/** How the region detectors see each block, given what the line detectors found before them. */
export type Role = 'chrome' | 'claimed' | 'body' | 'sentence' | 'short';

export function roles(analysis: Analysis, earlier: readonly Finding[]): Role[] {
  const covered = coverage(analysis, earlier);
  return analysis.readings.map((reading, i) => {
    const f = covered[i];
    if (!f) return reading;
    return f.kind === 'duplicate' || f.kind === 'attribution' ? 'claimed' : 'chrome';
  });
}

const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i;

/**
 * The article's headline among the blocks before the first body paragraph: the last `#` heading
 * of the highest level there, or else the last line that reads like a headline.
 */
export function findTitle(analysis: Analysis, role: readonly Role[], firstBody: number): number | undefined {
  const { blocks } = analysis.doc;
  let best: number | undefined;
  let bestLevel = 7;
  let plain: number | undefined;
  for (let i = 0; i < firstBody; i++) {
    const block = blocks[i]!;
    const f = analysis.features[i]!;
    if (role[i] === 'chrome' || role[i] === 'claimed' || block.listItem) continue;
    if (f.words.length < 2 || f.chars > 200 || DATE.test(block.text) || /[.,]$/.test(block.text)) continue;
    if (block.heading > 0 && block.heading <= bestLevel) {
      best = i;
      bestLevel = block.heading;
    } else if (block.heading === 0) {
      plain = i;
    }
  }
  return best ?? plain;
}

/** Index of the first and last blocks that read as body prose and no detector claimed. */
export function bodyBounds(role: readonly Role[]): { first: number; last: number } | undefined {
  const first = role.indexOf('body');
  if (first < 0) return undefined;
  return { first, last: role.lastIndexOf('body') };
}

/**
 * One finding per stretch of unclaimed blocks in `first..last`, provided the stretch shows chrome:
 * a line a rule knows, or at least three short lines. Otherwise it is kept: when unsure, keep.
 */
export function regionFindings(
  analysis: Analysis,
  detector: string,
  kind: 'header' | 'footer',
  first: number,
  last: number,
  role: readonly Role[],
  where: string,
): Finding[] {
  if (first > last) return [];
  const inside = role.slice(first, last + 1);
  const chrome = inside.filter((r) => r === 'chrome').length;
  const short = inside.filter((r) => r === 'short').length;
  const prose = inside.filter((r) => r === 'body' || r === 'sentence').length;
  if (chrome === 0 && short < 3) return [];
  const parts = [chrome && plural(chrome, 'known chrome line'), short && plural(short, 'short line'), prose && plural(prose, 'sentence')].filter(Boolean);
  const reason = `${kind} ${where}: ${parts.join(', ')}`;
  const findings: Finding[] = [];
  let runStart = -1;
  for (let i = first; i <= last + 1; i++) {
    const free = i <= last && role[i] !== 'claimed';
    if (free && runStart < 0) runStart = i;
    if (!free && runStart >= 0) {
      findings.push(blockFinding(analysis, detector, kind, runStart, i - 1, reason, chrome ? 0.8 : 0.6));
      runStart = -1;
    }
  }
  return findings;
}
