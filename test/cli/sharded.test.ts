/**
 * A sharded run under GNU parallel, the way winnow runs as a stage of a bigger pipeline: profile
 * each shard, merge the profiles, clean each shard with the merged profile. Its profile, its
 * cleaned files and its report records must be byte-identical to one process over the whole
 * corpus. Needs GNU parallel (.ci/run installs the Debian package); without it the test fails,
 * unless WINNOW_SKIP_PARALLEL is set, which skips it and says so.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeDir, repoDir } from './support.js';

const skip = process.env.WINNOW_SKIP_PARALLEL !== undefined && process.env.WINNOW_SKIP_PARALLEL !== '';
if (skip) console.warn('sharded.test.ts: WINNOW_SKIP_PARALLEL is set, so the sharded run under GNU parallel is skipped');

let root = '';
let bin = '';
afterAll(() => {
  if (root) removeDir(root);
});

// The winnow this test runs, compiled into its own folder: subprocess.test.ts recompiles dist/
// while other tests run, and a process started mid-write would load half a file.
beforeAll(() => {
  if (skip) return;
  root = mkdtempSync(path.join(os.tmpdir(), 'winnow-sharded-'));
  const app = path.join(root, 'app');
  const tsc = spawnSync(process.execPath, [path.join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', path.join(repoDir, 'tsconfig.json'), '--outDir', path.join(app, 'dist')], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(tsc.stdout + tsc.stderr);
  mkdirSync(path.join(app, 'bin'));
  copyFileSync(path.join(repoDir, 'bin/winnow.js'), path.join(app, 'bin/winnow.js'));
  copyFileSync(path.join(repoDir, 'package.json'), path.join(app, 'package.json'));
  symlinkSync(path.join(repoDir, 'node_modules'), path.join(app, 'node_modules'));
  bin = path.join(app, 'bin/winnow.js');
}, 120_000);

/** Runs a shell script in `cwd` with $W set to the winnow command; fails the test with its output if it fails. */
function sh(cwd: string, script: string): void {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    // Temporary folders and node's path hold no spaces, so $W can stand unquoted in the scripts.
    env: { ...process.env, W: `${process.execPath} ${bin}`, NO_COLOR: '1' },
  });
  expect(result.status, `${script}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

/** A folder holding a copy of fixtures/corpus as corpus/. */
function workspace(name: string): string {
  const dir = path.join(root, name);
  cpSync(path.join(repoDir, 'fixtures/corpus'), path.join(dir, 'corpus'), { recursive: true });
  return dir;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort();
/** A report's per-file records, one JSON line each. */
const records = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('{"input"')).map((line) => line.replace(/,$/, ''));

describe.skipIf(skip)('a sharded run under GNU parallel', () => {
  test('GNU parallel is installed (.ci/run installs it; WINNOW_SKIP_PARALLEL=1 skips these tests)', () => {
    const version = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    expect(version.error === undefined && version.status === 0 && /GNU parallel/.test(version.stdout), 'GNU parallel is not installed: apt-get install parallel, or set WINNOW_SKIP_PARALLEL=1 to skip').toBe(true);
  });

  test('gives the same profile, the same files and the same report records as one process', () => {
    const single = workspace('single');
    sh(single, `$W profile corpus -o profile.json -q
$W --profile profile.json corpus -o out --report report.json --jobs 1 -q`);

    // Three shards by the last digit of the page number, so each site's counts are split over
    // shards. Globs keep the site folders in the paths. Few processes: the machine is shared.
    const sharded = workspace('sharded');
    sh(sharded, `mkdir -p shards reports
parallel --will-cite --halt now,fail=1 -j 2 "$W profile 'corpus/*/?[{}]-*.txt' -o shards/{#}.json -q" ::: 0-3 4-6 7-9
$W profile --merge shards/*.json -o profile.json -q
parallel --will-cite --halt now,fail=1 -j 2 "$W --profile profile.json 'corpus/*/?[{}]-*.txt' -o out --report reports/{#}.json --jobs 2 -q" ::: 0-3 4-6 7-9`);

    expect(readdirSync(path.join(sharded, 'shards'))).toHaveLength(3);
    expect(readFileSync(path.join(sharded, 'profile.json'), 'utf8')).toBe(readFileSync(path.join(single, 'profile.json'), 'utf8'));
    expect(files(path.join(sharded, 'out'))).toEqual(files(path.join(single, 'corpus')));
    for (const name of files(path.join(single, 'out'))) {
      expect(readFileSync(path.join(sharded, 'out', name), 'utf8'), name).toBe(readFileSync(path.join(single, 'out', name), 'utf8'));
    }
    const shardRecords = readdirSync(path.join(sharded, 'reports')).flatMap((report) => records(path.join(sharded, 'reports', report)));
    const byInput = (line: string) => JSON.parse(line).input as string;
    shardRecords.sort((a, b) => (byInput(a) < byInput(b) ? -1 : 1));
    expect(shardRecords).toEqual(records(path.join(single, 'report.json')));
    // The template really went: the run is not trivially equal.
    expect(readFileSync(path.join(sharded, 'out/harbour-gazette/01-ferry-timetable-may.txt'), 'utf8')).not.toContain('Our reporting on the North Shore');
  }, 180_000);

  test('on JSON Lines too: shard profiles merge to the whole one, and the cleaned shards are the lines of one process', () => {
    // The pages as JSON Lines in three shards by the last digit of the page number; a line's site
    // is the host of its url. One process cleans the shards' lines as one file, in shard order.
    const dir = workspace('jsonl');
    const shards = [/^\d*[0-3]-/, /^\d*[4-6]-/, /^\d*[7-9]-/].map((pattern) =>
      files(path.join(dir, 'corpus'))
        .filter((name) => pattern.test(path.basename(name)))
        .map((name) => `${JSON.stringify({ url: `https://www.${path.dirname(name)}.example/${path.basename(name, '.txt')}`, text: read(path.join(dir, 'corpus'), name) })}\n`)
        .join(''),
    );
    mkdirSync(path.join(dir, 'in'));
    shards.forEach((lines, i) => writeFileSync(path.join(dir, `in/shard-${i + 1}.jsonl`), lines));
    writeFileSync(path.join(dir, 'all.jsonl'), shards.join(''));
    sh(dir, `mkdir -p shards reports out
$W profile all.jsonl -o whole.json -q
$W --profile whole.json all.jsonl --report whole-report.json --jobs 1 -q > whole.jsonl
parallel --will-cite --halt now,fail=1 -j 2 "$W profile in/shard-{}.jsonl -o shards/{}.json -q" ::: 1 2 3
$W profile --merge shards/*.json -o profile.json -q
parallel --will-cite --halt now,fail=1 -j 2 "$W --profile profile.json in/shard-{}.jsonl -o out --report reports/{}.json --jobs 2 -q" ::: 1 2 3`);

    expect(read(dir, 'profile.json')).toBe(read(dir, 'whole.json'));
    const cleaned = [1, 2, 3].map((i) => read(dir, `out/shard-${i}.jsonl`)).join('');
    expect(cleaned).toBe(read(dir, 'whole.jsonl'));
    // Records name their file, line and output, which differ; everything else must not.
    const withoutPlace = (line: string) => JSON.stringify({ ...JSON.parse(line), input: null, line: null, output: null });
    const shardRecords = [1, 2, 3].flatMap((i) => records(path.join(dir, `reports/${i}.json`))).map(withoutPlace);
    expect(shardRecords).toEqual(records(path.join(dir, 'whole-report.json')).map(withoutPlace));
    expect(shardRecords).toHaveLength(32);
    // The template really went.
    expect(cleaned).toContain('"rule":"corpus-template"');
    expect(cleaned).not.toContain('Our reporting on the North Shore');
  }, 180_000);
});
