// How a cleaned probe page (fixtures/pages) compares with what a careful reader keeps of it. Plain
// JavaScript, so that test/bench/pages.mjs (which runs under node on the built library) and the
// tests (which run the sources) count alike; page-score.d.mts gives its types.
import { existsSync, readFileSync } from 'node:fs';

const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const lines = (text) => text.split(/\r\n|\r|\n/).map(norm).filter(Boolean);
// Sentences end at . ! ? … followed by a space, or at a CJK full stop, exclamation or question
// mark; a list number ("2.") stays with what follows it.
const sentences = (line) =>
  line
    .split(/(?<=[.!?…])\s+(?=\S)|(?<=[。！？])/u)
    .map(norm)
    .filter(Boolean)
    .reduce((out, part) => {
      if (out.length && /^\d{1,3}\.$/.test(out[out.length - 1])) out[out.length - 1] += ` ${part}`;
      else out.push(part);
      return out;
    }, []);
const count = (items) => items.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());

/** Items of `want` (a multiset) that `have` holds fewer times. */
function missing(want, have) {
  const out = [];
  for (const [item, n] of want) for (let k = have.get(item) ?? 0; k < n; k++) out.push(item);
  return out;
}

/** A page's input and what a reader keeps of it, read from its folder (ending in `/`). */
export function readPage(folder) {
  const optionalFile = `${folder}optional.txt`;
  return {
    input: readFileSync(`${folder}input.txt`, 'utf8'),
    gold: readFileSync(`${folder}gold.txt`, 'utf8'),
    optional: existsSync(optionalFile) ? readFileSync(optionalFile, 'utf8') : '',
  };
}

/**
 * What an output of a page lost and kept wrongly: LOST, the gold sentences it holds fewer times than
 * the gold (the serious failure); JUNK, its lines that are neither in the gold nor optional.
 */
export function scorePage(page, output) {
  const gold = lines(page.gold);
  const optional = new Set(lines(page.optional));
  const out = lines(output);
  const wanted = count(gold.flatMap(sentences));
  return {
    goldSentences: [...wanted.values()].reduce((a, b) => a + b, 0),
    lost: missing(wanted, count(out.flatMap(sentences))),
    junk: missing(count(out), count(gold)).filter((line) => !optional.has(line)),
  };
}
