/**
 * The planner's promises, held over every fixture input and every input of the evaluation dev set
 * (base documents and their duplicated-body variants): the planner alone decides what goes, and
 * what it decides must be safe whatever the detectors found.
 */
import { describe, expect, test } from 'vitest';
import { cleanText, type CleanResult, type Finding } from '../../src/index.js';
import { hasEvalSet, invariantCorpus, noEvalSetMessage } from '../support/corpus.js';
import { formatFinding } from '../support/findings.js';
import { keptTextProblems } from '../support/kept.js';
import { splitLines } from '../support/lines.js';
import { bagOf, overlap, tokens } from '../support/score.js';

const documents = invariantCorpus();

if (!hasEvalSet) console.warn(`plan.test.ts: ${noEvalSetMessage}; only the fixtures are checked`);

/** A line of running prose: twenty words or more, ending like a sentence. */
const PROSE = /^(?=(?:\S+\s+){19,}\S)[^\r\n]*[.!?…]["'”’)\]]?\s*$/u;
/** The same with a sentence's end anywhere in it: a thread's posts end with their number ("… came out of it. 1/8"). */
const PROSE_INSIDE = /^(?=(?:\S+\s+){19,}\S)[^\r\n]*[.!?…]["'”’)\]]?(?:\s|$)/u;

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

describe.each(documents)('%s', (_name, input) => {
  const result = cleanText(input);
  const lines = splitLines(input).lines;

  test('the output is the input minus the removed lines and blank lines next to them', () => {
    expect(keptTextProblems(input, result)).toEqual([]);
  });

  test('applied findings do not overlap', () => {
    const clashes: string[] = [];
    const applied = [...result.findings].sort((a, b) => a.span.start - b.span.start);
    for (let i = 1; i < applied.length; i++) {
      const [a, b] = [applied[i - 1]!, applied[i]!];
      if (b.span.start < a.span.end || overlaps(a.lines, b.lines)) clashes.push(`${formatFinding(a)} / ${formatFinding(b)}`);
    }
    expect(clashes).toEqual([]);
  });

  test('no applied finding removes the copy a duplicate keeps', () => {
    const kept = result.findings.filter((f) => f.duplicateOf);
    const clashes = kept.flatMap((d) =>
      result.findings.filter((f) => overlaps(f.lines, d.duplicateOf!.lines)).map((f) => `${formatFinding(f)} removes the copy of ${formatFinding(d)}`),
    );
    expect(clashes).toEqual([]);
  });

  test('a duplicate repeats the copy it points to: word for word, or mostly for near copies', () => {
    const wrong: string[] = [];
    for (const f of result.findings) {
      if (!f.duplicateOf) continue;
      const removed = tokens(input.slice(f.span.start, f.span.end));
      const kept = tokens(input.slice(f.duplicateOf.span.start, f.duplicateOf.span.end));
      const shared = overlap(bagOf(removed), bagOf(kept));
      const exact = f.detector === 'duplicate-block';
      // An exact copy repeats its kept copy word for word; when another finding took a short line
      // the kept copy's run carried, the copy that stays is the rest of it, still word for word.
      if (exact ? !` ${removed.join(' ')} `.includes(` ${kept.join(' ')} `) : shared < removed.length / 2) {
        wrong.push(`${formatFinding(f)} [${f.detector}]: ${shared} of ${removed.length} words in the copy that stays`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a document with prose keeps prose', () => {
    const hadProse = lines.some((l) => PROSE.test(l.whole));
    const keptProse = splitLines(result.text).lines.some((l) => PROSE_INSIDE.test(l.whole));
    if (lines.some((l) => !l.blank)) expect(result.text.trim()).not.toBe('');
    if (hadProse) expect(keptProse).toBe(true);
  });

  test('line ranges and spans agree, and a finding covers whole lines', () => {
    const wrong: string[] = [];
    const check = (what: string, span: Finding['span'], range: Finding['lines']) => {
      const [first, last] = [lines[range[0] - 1], lines[range[1] - 1]];
      if (!first || !last || range[0] > range[1]) wrong.push(`${what}: no lines ${range[0]}-${range[1]}`);
      else if (span.start !== first.start || span.end !== last.next) {
        wrong.push(`${what}: span ${span.start}-${span.end}, but lines ${range[0]}-${range[1]} are ${first.start}-${last.next}`);
      } else if (first.blank || last.blank) wrong.push(`${what}: starts or ends on a blank line`);
    };
    for (const f of [...result.findings, ...result.skipped]) {
      check(formatFinding(f), f.span, f.lines);
      if (f.duplicateOf) check(`copy of ${formatFinding(f)}`, f.duplicateOf.span, f.duplicateOf.lines);
    }
    expect(wrong).toEqual([]);
  });

  test('every finding not applied says why', () => {
    expect(result.skipped.filter((s) => !s.why.trim()).map(formatFinding)).toEqual([]);
  });

  test('cleaning the output again changes nothing', () => {
    expect(cleanText(result.text).text).toBe(result.text);
  });

  test('cleaning is deterministic', () => {
    expect(cleanText(input)).toEqual<CleanResult>(result);
  });
});
