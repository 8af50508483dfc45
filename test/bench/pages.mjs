#!/usr/bin/env node
// How winnow does on pages it was not built from: fixtures/pages holds 40 scraped pages written
// for the purpose (news, blogs on five platforms, recipes, forums, reviews, press releases,
// government and documentation pages; English, French, German, Spanish, Portuguese, Italian,
// Dutch, Russian, Greek and Japanese), each with the text a careful reader keeps (gold.txt).
// The dev set of ../shared/eval scores tokens; this one counts what a reader notices:
//
//   LOST  gold sentences missing from the output (the serious failure), and
//   JUNK  output lines that are not in the gold.
//
// Runs the built library in one process, so build first:
//
//   npx tsc -p tsconfig.json && node test/bench/pages.mjs [--show] [NAME-PART ...]
//
// --show lists every lost sentence and kept junk line under its page. Figures, not assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../dist/index.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const only = args.filter((a) => !a.startsWith('--'));
const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const lines = (text) => text.split(/\r\n|\r|\n/).map(norm).filter(Boolean);
// Sentences end at . ! ? … followed by a space, or at a CJK full stop, exclamation or question mark.
const sentences = (line) => line.split(/(?<=[.!?…])\s+(?=\S)|(?<=[。！？])/u).map(norm).filter(Boolean);
const count = (items) => items.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());

/** Items of `want` (a multiset) that `have` holds fewer times. */
function missing(want, have) {
  const out = [];
  for (const [item, n] of want) for (let k = have.get(item) ?? 0; k < n; k++) out.push(item);
  return out;
}

let pages = 0;
let goldSentences = 0;
let lost = 0;
let junk = 0;
let pagesLosing = 0;
for (const name of readdirSync(dir).sort()) {
  if (only.length && !only.some((part) => name.includes(part))) continue;
  const input = readFileSync(`${dir}${name}/input.txt`, 'utf8');
  const gold = lines(readFileSync(`${dir}${name}/gold.txt`, 'utf8'));
  const out = lines(cleanText(input).text);
  const wanted = count(gold.flatMap(sentences));
  const lostHere = missing(wanted, count(out.flatMap(sentences)));
  const junkHere = missing(count(out), count(gold));
  pages++;
  goldSentences += [...wanted.values()].reduce((a, b) => a + b, 0);
  lost += lostHere.length;
  junk += junkHere.length;
  if (lostHere.length) pagesLosing++;
  if (show && (lostHere.length || junkHere.length)) {
    console.log(`== ${name}: lost ${lostHere.length}, junk ${junkHere.length}`);
    for (const s of lostHere) console.log(`   LOST ${s.slice(0, 140)}`);
    for (const l of junkHere) console.log(`   JUNK ${l.slice(0, 140)}`);
  }
}
console.log(`${pages} pages, ${goldSentences} gold sentences: ${lost} lost (on ${pagesLosing} pages), ${junk} junk lines kept`);
