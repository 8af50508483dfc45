#!/usr/bin/env node
// How fast the engine is, in one process on one core: cleans every input of the evaluation dev set
// (base documents and their *.dup.txt variants) for a few rounds, then one large synthetic document
// on its own. Reads the built library, so build first:
//
//   npx tsc -p tsconfig.json && node test/bench/engine.mjs [--rounds N] [--set DIR] [--v8-defaults]
//
// Prints MB/s (UTF-8 input bytes / 10^6 / seconds), documents/s and the median milliseconds per
// document, then the seconds the 5 MB document takes. Figures, not assertions: tests never time.
// Wall time swings when other work shares the machine; the CPU time this process spent, also
// printed, swings much less, so compare runs by it when the machine is busy.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../dist/index.js';
import { tuneV8 } from '../../dist/cli/tune-v8.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const rounds = Number(option('--rounds', '5'));
const setDir = option('--set', fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url))).replace(/\/?$/, '/');
const SYNTHETIC_BYTES = 5_000_000;
// The command's V8 settings (src/cli/tune-v8.ts), so the figure is the engine as winnow runs it;
// --v8-defaults measures it under V8's own.
const v8Defaults = args.includes('--v8-defaults');
if (!v8Defaults) tuneV8();

const files = readdirSync(setDir).filter((f) => f.endsWith('.txt') && !f.endsWith('.gold.txt')).sort();
if (!files.length) {
  console.error(`bench: no inputs in ${setDir}`);
  process.exit(2);
}
const docs = files.map((name) => ({ name, text: readFileSync(`${setDir}${name}`, 'utf8') }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 2) => x.toFixed(d);
const cpuSeconds = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

console.log(`node ${process.version}${v8Defaults ? " (V8's default settings)" : ", the command's V8 settings"}, ${docs.length} inputs (${files.filter((f) => f.endsWith('.dup.txt')).length} duplicate variants), ${fmt(bytes / 1e6)} MB`);

// One round first so the JIT has seen the code; it is not counted in the figure. It is timed all the
// same: every worker thread of a run pays it once (regular expressions compiled, rule indexes built,
// code optimised), which is what a second core must win back before it pays.
{
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) cleanText(d.text);
  const s = (performance.now() - t0) / 1000;
  console.log(`first round, fresh thread: ${fmt(s, 3)} s, ${fmt(bytes / 1e6 / s)} MB/s (CPU of this thread and V8's helpers ${fmt(cpuSeconds(c0), 3)} s)`);
}

const roundSeconds = [];
const roundCpuSeconds = [];
const perDocMs = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) {
    const t = performance.now();
    cleanText(d.text);
    perDocMs.push(performance.now() - t);
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(c0);
  roundSeconds.push(s);
  roundCpuSeconds.push(cpu);
  console.log(`round ${r + 1}: ${fmt(s, 3)} s, ${fmt(bytes / 1e6 / s)} MB/s (CPU ${fmt(cpu, 3)} s, ${fmt(bytes / 1e6 / cpu)} MB/s)`);
}
const mid = median(roundSeconds);
console.log(
  `dev set: ${fmt(bytes / 1e6 / mid)} MB/s (median of ${rounds} rounds; best ${fmt(bytes / 1e6 / Math.min(...roundSeconds))}), ` +
    `${fmt(docs.length / mid, 0)} docs/s, median ${fmt(median(perDocMs), 3)} ms per document; ` +
    `CPU time: ${fmt(bytes / 1e6 / median(roundCpuSeconds))} MB/s`,
);

// A long document: the dev inputs end to end, every third one twice (duplicate runs far apart),
// cut at a line break once it reaches 5 MB. Same text on every run.
const parts = [];
let size = 0;
for (let i = 0; size < SYNTHETIC_BYTES; i++) {
  const d = docs[i % docs.length];
  for (let k = 0; k < (i % 3 === 2 ? 2 : 1) && size < SYNTHETIC_BYTES; k++) {
    parts.push(d.text.endsWith('\n') ? d.text : `${d.text}\n`, '\n');
    size += Buffer.byteLength(d.text, 'utf8') + 2;
  }
}
const joined = Buffer.from(parts.join(''), 'utf8');
const big = joined.subarray(0, joined.lastIndexOf(10, SYNTHETIC_BYTES - 1) + 1).toString('utf8');
const bigBytes = Buffer.byteLength(big, 'utf8');
const c0 = process.cpuUsage();
const t0 = performance.now();
const result = cleanText(big);
const s = (performance.now() - t0) / 1000;
const cpu = cpuSeconds(c0);
console.log(
  `synthetic document: ${fmt(bigBytes / 1e6)} MB, ${big.split('\n').length - 1} lines, cleaned in ${fmt(s)} s (CPU ${fmt(cpu)} s) ` +
    `(${fmt(bigBytes / 1e6 / s)} MB/s; ${result.findings.length} findings, ${fmt((Buffer.byteLength(result.text, 'utf8') / bigBytes) * 100, 1)}% of the bytes kept)`,
);
