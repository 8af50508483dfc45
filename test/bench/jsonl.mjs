#!/usr/bin/env node
// How fast winnow cleans JSON Lines end to end, as a whole process, the figures issue 5 asks for:
// MB/s with --jobs 1 and --jobs 2 (and their ratio), peak memory (max RSS) at two corpus sizes,
// which should be flat, and beside them the same file through `cat` and `awk '!seen[$0]++'`.
// Runs the built bin, so build first:
//
//   npx tsc -p tsconfig.json && node test/bench/jsonl.mjs [--articles 2000,8000] [--runs 3]
//
// The corpus (test/bench/make-jsonl.mjs) is made in the system temp folder and removed afterwards.
// Wall times on a busy machine wander; CPU time (all threads) is printed to tell work from waiting.
// Figures, not assertions: tests never time.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './make-jsonl.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const sizes = option('--articles', '2000,8000').split(',').map(Number);
const runs = Number(option('--runs', '3'));
const bin = fileURLToPath(new URL('../../bin/winnow.js', import.meta.url));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// bin/winnow.js in a child that reports its own peak memory and CPU time on fd 3 as it exits. On
// Linux the child's threads are sampled from /proc every 100 ms, giving CPU seconds per thread: on
// a busy machine wall times say little, but the busiest thread's CPU time bounds the wall time an
// idle machine would give.
async function winnow(argv, cwd) {
  const probe = path.join(cwd, 'probe.mjs');
  writeFileSync(probe, `import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); }); process.argv[1] = ${JSON.stringify(bin)}; await import(${JSON.stringify(bin)});`);
  const started = performance.now();
  const child = spawn(process.execPath, [probe, ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let report = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdio[3].on('data', (chunk) => (report += chunk));
  const threads = new Map();
  const sample = setInterval(() => {
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      }
    } catch {
      // Not Linux, or the child is gone.
    }
  }, 100);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sample);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`winnow ${argv.join(' ')} exited ${code}: ${stderr}`);
  return { ms, threadCpu: [...threads.values()].sort((a, b) => b - a), ...JSON.parse(report) };
}

function shell(command, cwd) {
  const started = performance.now();
  const child = spawnSync('sh', ['-c', command], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.status !== 0) throw new Error(`${command} exited ${child.status}: ${child.stderr}`);
  return performance.now() - started;
}

console.log(`node ${process.version}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const articles of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `winnow-jsonl-bench-${articles}-`));
  try {
    const bytes = await writeCorpus(path.join(dir, 'corpus.jsonl'), articles);
    const mb = bytes / 1e6;
    console.log(`${articles} articles, ${mb.toFixed(1)} MB of JSONL (median of ${runs}):`);
    const cat = median(Array.from({ length: runs }, () => shell('cat corpus.jsonl > /dev/null', dir)));
    const awk = median(Array.from({ length: runs }, () => shell("awk '!seen[$0]++' corpus.jsonl > /dev/null", dir)));
    const results = {};
    const bounds = {};
    for (const jobs of [1, 2]) {
      const measured = [];
      for (let run = 0; run < runs; run++) measured.push(await winnow(['corpus.jsonl', '-o', 'out', '--jobs', String(jobs), '--quiet'], dir));
      const ms = median(measured.map((m) => m.ms));
      results[jobs] = ms;
      const rss = Math.max(...measured.map((m) => m.maxRssKb)) / 1024;
      const cpu = median(measured.map((m) => m.cpuMs)) / 1000;
      const threads = measured[measured.length >> 1].threadCpu;
      // On an idle machine with this many cores, no run is shorter than its busiest thread, nor than its CPU time shared out.
      bounds[jobs] = Math.max(threads[0] ?? 0, cpu / os.availableParallelism());
      console.log(`  winnow --jobs ${jobs}   ${(ms / 1000).toFixed(2)} s  ${(mb / (ms / 1000)).toFixed(2)} MB/s  ${Math.round(articles / (ms / 1000))} articles/s  CPU ${cpu.toFixed(2)} s  peak memory ${rss.toFixed(0)} MB  (${(ms / awk).toFixed(1)}x awk)`);
      if (threads.length > 0) console.log(`    CPU s by thread: ${threads.filter((t) => t >= 0.05).map((t) => t.toFixed(2)).join(' ')}; idle-machine bound ${bounds[jobs].toFixed(2)} s = ${(mb / bounds[jobs]).toFixed(2)} MB/s`);
    }
    console.log(`  --jobs 2 is ${(results[1] / results[2]).toFixed(2)}x --jobs 1 in wall time${bounds[2] ? `, ${(bounds[1] / bounds[2]).toFixed(2)}x by the idle-machine bounds` : ''}`);
    console.log(`  cat                ${(cat / 1000).toFixed(3)} s`);
    console.log(`  awk '!seen[$0]++'  ${(awk / 1000).toFixed(3)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
