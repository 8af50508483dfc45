#!/usr/bin/env node
// How fast the winnow command is as a whole process, the figures issue 3 asks for:
//   1. startup: median wall time of `winnow --version` and of cleaning one small file to stdout;
//   2. throughput: a generated folder of small articles cleaned to an out-dir with a JSON report,
//      at 1,000 and 10,000 files, in files/s, with the process's peak memory (max RSS), which
//      must not grow with the number of files, and the main thread's heap still alive after a full
//      collection at the end (what the run holds, as against what V8 let its heaps grow to).
// Runs the built bin, so build first:
//
//   npx tsc -p tsconfig.json && node test/bench/cli.mjs [--runs N] [--sizes 1000,10000] [--jobs N]
//
// The corpus is made deterministically in the system temp folder from fixtures/docs (every input
// under 10 kB, cycled) and removed afterwards. Figures, not assertions: tests never time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '21'));
const jobs = option('--jobs', undefined);
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin/winnow.js');
const docsDir = path.join(repo, 'fixtures/docs');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Runs bin/winnow.js in a child that reports its own peak memory and CPU time (all threads) on fd 3
// as it exits. CPU time tells the work apart from waiting for a busy machine.
function winnow(argv, cwd) {
  const probe = path.join(cwd, 'probe.mjs');
  // At exit it also collects the main thread's garbage and reports what stays alive: the memory the
  // run holds, as against what V8 let its heaps grow to (peak memory) before collecting.
  writeFileSync(
    probe,
    `import { writeSync } from 'node:fs'; import v8 from 'node:v8'; import vm from 'node:vm'; v8.setFlagsFromString('--expose-gc'); const gc = vm.runInNewContext('gc'); ` +
      `process.on('exit', () => { const u = process.resourceUsage(); gc(); writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, liveHeapBytes: process.memoryUsage().heapUsed })); }); ` +
      `process.argv[1] = ${JSON.stringify(bin)}; await import(${JSON.stringify(bin)});`,
  );
  const started = performance.now();
  const child = spawnSync(process.execPath, [probe, ...argv], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`winnow ${argv.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { ms, ...JSON.parse(child.output[3]) };
}

function timeProcess(argv, cwd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`${argv.join(' ')} exited ${child.status}: ${child.stderr}`);
  }
  return median(times);
}

const small = readdirSync(docsDir)
  .sort()
  .map((name) => path.join(docsDir, name, 'input.txt'))
  .filter((file) => statSync(file).size < 10_000);
const smallFile = path.join(docsDir, 'blogger-footer/input.txt');

console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`startup (median of ${runs} whole processes):`);
const bare = timeProcess(['-e', '0'], repo);
const version = timeProcess([bin, '--version'], repo);
const one = timeProcess([bin, smallFile, '--quiet'], repo);
console.log(`  node -e 0                     ${bare.toFixed(1)} ms  (the floor)`);
console.log(`  winnow --version              ${version.toFixed(1)} ms`);
console.log(`  winnow SMALL.txt (${statSync(smallFile).size} B)    ${one.toFixed(1)} ms`);

console.log(`throughput${jobs ? ` with --jobs ${jobs}` : ''}: folder of small articles -> --out-dir with --report (${small.length} fixtures cycled, mean ${Math.round(small.reduce((n, f) => n + statSync(f).size, 0) / small.length)} B):`);
const texts = small.map((file) => readFileSync(file));
for (const size of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `winnow-bench-${size}-`));
  try {
    for (let i = 0; i < size; i++) {
      const folder = path.join(dir, 'in', `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `a${String(i).padStart(5, '0')}.txt`), texts[i % texts.length]);
    }
    const { ms, maxRssKb, cpuMs, liveHeapBytes } = winnow(['in', '--out-dir', 'out', '--report', 'report.json', '--quiet', ...(jobs ? ['--jobs', jobs] : [])], dir);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    if (report.totals.files !== size) throw new Error(`report counts ${report.totals.files} files, expected ${size}`);
    const mb = statSync(path.join(dir, 'report.json')).size / 1e6;
    console.log(
      `  ${String(size).padStart(6)} files  ${(ms / 1000).toFixed(2)} s  ${Math.round(size / (ms / 1000))} files/s  peak memory ${(maxRssKb / 1024).toFixed(1)} MB  live heap at the end ${(liveHeapBytes / 1e6).toFixed(1)} MB  CPU ${(cpuMs / 1000).toFixed(2)} s  (report ${mb.toFixed(1)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
