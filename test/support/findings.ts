import type { CleanResult, Finding } from '../../src/index.js';

/** `9-14 duplicate of 3-8`, `16 attribution`: a finding as the fixtures write it. */
export function formatFinding(f: Finding): string {
  const range = (lines: readonly [number, number]) => (lines[0] === lines[1] ? `${lines[0]}` : `${lines[0]}-${lines[1]}`);
  return `${range(f.lines)} ${f.kind}${f.duplicateOf ? ` of ${range(f.duplicateOf.lines)}` : ''}`;
}

/** The applied findings of a result, in line order, as the fixtures write them. */
export function findings(result: CleanResult): string[] {
  return [...result.findings].sort((a, b) => a.lines[0] - b.lines[0] || a.lines[1] - b.lines[1]).map(formatFinding);
}
