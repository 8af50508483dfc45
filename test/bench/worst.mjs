#!/usr/bin/env node
// Worst cases for the winnow command, each at n and 10n, with wall time, CPU time and the process's
// peak memory (max RSS, all threads), so that a case going quadratic shows as a time ratio far above
// 10. Where a case is past a limit winnow enforces (--max-bytes, --max-lines), the row shows the
// file skipped with the limit named, and the "under the limit" row beside it shows the scaling of
// what is cleaned. Runs the built bin, so build first:
//
//   npx tsc -p tsconfig.json && node test/bench/worst.mjs [--cases no-breaks,same-paragraph] [--keep]
//
// Inputs are generated deterministically in the system temp folder and removed after each case.
// Figures, not assertions: tests never time.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = option('--cases')?.split(',');
const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin/winnow.js');

const PARAGRAPH =
  'The harbour has been part of the town for as long as anyone can remember, and the fishermen who still work from it say that the catch has changed more than the boats.';
const WORDS = PARAGRAPH.replace(/[,.]/g, '').toLowerCase().split(' ');

/** Writes `bytes` of ASCII text made by `piece(i)` to `file` in 1 MB writes, so 200 MB never sits in memory. */
function writeLarge(file, bytes, piece) {
  const fd = openSync(file, 'w');
  let written = 0;
  let i = 0;
  let chunk = '';
  while (written + chunk.length < bytes) {
    chunk += piece(i++);
    if (chunk.length >= 1 << 20) {
      written += writeSync(fd, chunk.slice(0, bytes - written));
      chunk = '';
    }
  }
  writeSync(fd, chunk.slice(0, bytes - written));
  closeSync(fd);
}

function writeLines(file, count, line) {
  const fd = openSync(file, 'w');
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length >= 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

const MB = 1_000_000;

/** Each case: the sizes to run, and how to lay out one size in `dir`; returns the inputs to name. */
const cases = [
  {
    name: 'no-breaks',
    what: 'one file, no line breaks',
    sizes: [20 * MB, 200 * MB],
    label: (n) => `${n / MB} MB`,
    make: (dir, n) => (writeLarge(path.join(dir, 'in.txt'), n, (i) => `${WORDS[i % WORDS.length]} `), ['in.txt']),
  },
  {
    name: 'no-breaks-under-limit',
    what: 'the same, both sizes under --max-bytes',
    sizes: [2 * MB, 20 * MB],
    label: (n) => `${n / MB} MB`,
    make: (dir, n) => (writeLarge(path.join(dir, 'in.txt'), n, (i) => `${WORDS[i % WORDS.length]} `), ['in.txt']),
  },
  {
    name: 'jsonl-line',
    what: 'one JSON line',
    sizes: [10 * MB, 100 * MB],
    label: (n) => `${n / MB} MB`,
    make: (dir, n) => (writeLarge(path.join(dir, 'in.txt'), n, (i) => (i === 0 ? '[' : `{"id":${i},"text":${JSON.stringify(PARAGRAPH)}},`)), ['in.txt']),
  },
  {
    name: 'one-word-lines',
    what: 'one word a line',
    sizes: [200_000, 2_000_000],
    label: (n) => `${n.toLocaleString('en-US')} lines`,
    make: (dir, n) => (writeLines(path.join(dir, 'in.txt'), n, (i) => WORDS[i % WORDS.length] + (i % 97)), ['in.txt']),
  },
  {
    name: 'one-word-lines-under-limit',
    what: 'the same, both under --max-lines',
    sizes: [50_000, 500_000],
    label: (n) => `${n.toLocaleString('en-US')} lines`,
    make: (dir, n) => (writeLines(path.join(dir, 'in.txt'), n, (i) => WORDS[i % WORDS.length] + (i % 97)), ['in.txt']),
  },
  {
    name: 'same-paragraph',
    what: 'copies of one paragraph',
    sizes: [1_000, 10_000],
    label: (n) => `${n.toLocaleString('en-US')} copies`,
    make: (dir, n) => (writeLines(path.join(dir, 'in.txt'), n, () => `${PARAGRAPH}\n`), ['in.txt']),
  },
  {
    name: 'near-duplicates',
    what: 'paragraphs, any two differing by one word',
    sizes: [500, 5_000],
    label: (n) => `${n.toLocaleString('en-US')} paragraphs`,
    make: (dir, n) =>
      (writeLines(path.join(dir, 'in.txt'), n, (i) => {
        const words = PARAGRAPH.split(' ');
        words[7] = `word${i}`;
        return `${words.join(' ')}\n`;
      }),
      ['in.txt']),
  },
  {
    name: 'empty-files',
    what: 'empty files in one folder',
    sizes: [20_000, 200_000],
    label: (n) => `${n.toLocaleString('en-US')} files`,
    make: (dir, n) => {
      mkdirSync(path.join(dir, 'in'));
      for (let i = 0; i < n; i++) writeFileSync(path.join(dir, 'in', `e${i}.txt`), '');
      return ['in'];
    },
  },
  {
    name: 'deep',
    what: 'folders nested, an article at each level',
    sizes: [10, 100],
    label: (n) => `${n} deep`,
    make: (dir, n) => {
      let folder = path.join(dir, 'in');
      for (let i = 0; i < n; i++) {
        folder = path.join(folder, `d${i}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, 'a.txt'), `${PARAGRAPH}\n\n${PARAGRAPH}\n\nShare:\n`);
      }
      return ['in'];
    },
  },
  {
    name: 'odd-names',
    what: 'names with spaces, line breaks, non-UTF-8 bytes, leading dashes',
    sizes: [1],
    label: () => '5 names',
    make: (dir) => {
      mkdirSync(path.join(dir, 'in'));
      const text = `${PARAGRAPH}\n\n${PARAGRAPH}\n`;
      for (const name of ['with space.txt', 'line\nbreak.txt', '-dash.txt', '--write.txt']) writeFileSync(path.join(dir, 'in', name), text);
      writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'in', 'latin1-')), Buffer.from([0xe9]), Buffer.from('.txt')]), text);
      return ['in'];
    },
  },
];

// The child reports its own peak memory and CPU time (all threads) on fd 3 as it exits.
function winnow(args, cwd) {
  const probe = path.join(cwd, 'probe.mjs');
  writeFileSync(
    probe,
    `import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); }); process.argv[1] = ${JSON.stringify(bin)}; await import(${JSON.stringify(bin)});`,
  );
  const started = performance.now();
  const child = spawnSync(process.execPath, [probe, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  return { ms, status: child.status, stderr: child.stderr, ...JSON.parse(child.output[3] || '{"maxRssKb":0,"cpuMs":0}') };
}

function outcome(dir) {
  let report;
  try {
    report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  } catch {
    return 'no report';
  }
  const t = report.totals;
  const parts = [['cleaned', t.cleaned], ['unchanged', t.unchanged], ['skipped', t.skipped], ['failed', t.failed]].filter(([, count]) => count > 0);
  const why = report.files.find((file) => file.error)?.error;
  return parts.map(([word, count]) => `${count.toLocaleString('en-US')} ${word}`).join(', ') + (why ? ` (${why})` : '');
}

const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);
console.log(`winnow worst cases on ${os.cpus().length} cores, node ${process.version}; times are wall (CPU), peak is max RSS`);
console.log(`${pad('case', 28)}${pad('size', 18)}${lpad('wall s', 8)}${lpad('cpu s', 8)}${lpad('peak MB', 9)}  exit  outcome`);
for (const c of cases) {
  if (only && !only.includes(c.name)) continue;
  const times = [];
  for (const n of c.sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `winnow-worst-${c.name}-`));
    try {
      const inputs = c.make(dir, n);
      const run = winnow([...inputs, '-o', 'out', '--report', 'report.json', '-q'], dir);
      times.push(run.ms);
      console.log(
        `${pad(c.name, 28)}${pad(c.label(n), 18)}${lpad((run.ms / 1000).toFixed(2), 8)}${lpad((run.cpuMs / 1000).toFixed(2), 8)}${lpad(Math.round(run.maxRssKb / 1024), 9)}  ${lpad(run.status, 4)}  ${outcome(dir)}`,
      );
      if (run.status !== 0 && run.status !== 2) console.log(`    ${run.stderr.split('\n').slice(-3).join(' | ')}`);
    } finally {
      if (!argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (times.length === 2) console.log(`${pad('', 28)}10n / n: ${(times[1] / times[0]).toFixed(1)}x the wall time (${c.what})`);
}
