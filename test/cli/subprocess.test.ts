import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonlScenarios } from './jsonl-scenarios.js';
import { checkScenario, expectValidReport, scenarios } from './scenarios.js';
import { copyFixture, removeDir, repoDir } from './support.js';

const bin = path.join(repoDir, 'bin/winnow.js');
const dirs: string[] = [];

// The bin runs the compiled dist/, so compile first; tsc is quick and dist/ is not committed.
beforeAll(() => {
  const tsc = spawnSync(process.execPath, [path.join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', path.join(repoDir, 'tsconfig.json')], { encoding: 'utf8' });
  if (tsc.status !== 0 && !readdirSync(path.join(repoDir, 'dist/cli')).includes('main.js')) throw new Error(tsc.stdout + tsc.stderr);
}, 120_000);
// Removing the big trees of the signal tests takes seconds on a busy machine.
afterAll(() => dirs.forEach(removeDir), 60_000);

/** A child environment without the colour variables of whoever runs the tests. */
/**
 * Resolves once process `pid` has gone idle after starting: its CPU time (Linux shows it in
 * /proc/PID/stat) has not grown for 300 ms, so it waits for input; after 500 ms where that cannot be
 * read. Gives up after 15 s. (Node catches SIGTERM from its first moment to restore the terminal,
 * so the caught-signal mask says nothing of whether the command's own handler is there yet.)
 */
async function idle(pid: number): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let last = -1;
  let still = 0;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(50)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return sleep(500).then(() => undefined);
    }
    // Fields after the command's name in brackets: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = Number(fields[11]) + Number(fields[12]);
    still = cpu === last ? still + 1 : 0;
    last = cpu;
    if (cpu > 0 && still >= 6) return;
  }
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

describe('winnow as a real process: node bin/winnow.js', () => {
  for (const scenario of [...scenarios, ...jsonlScenarios].filter((candidate) => candidate.subprocess)) {
    it(scenario.name, () => {
      const dir = copyFixture(scenario.fixture);
      dirs.push(dir);
      scenario.setup?.(dir);
      const child = spawnSync(process.execPath, [bin, ...scenario.args], {
        cwd: dir,
        encoding: 'utf8',
        env: childEnv(scenario.env),
        // Without piped input, stdin is /dev/null: not a terminal, so it would be read.
        input: scenario.stdin ?? '',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      checkScenario(scenario, { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr }, dir);
    });
  }
});

function bigTree(files: number): string {
  const dir = copyFixture('tree');
  dirs.push(dir);
  const seed = readFileSync(path.join(dir, 'articles/seed.txt'));
  mkdirSync(path.join(dir, 'big'));
  for (let i = 0; i < files; i++) writeFileSync(path.join(dir, 'big', `article-${String(i).padStart(5, '0')}.txt`), seed);
  return dir;
}

function docNames(): string[] {
  return readdirSync(path.join(repoDir, 'fixtures/docs')).sort();
}

/** A copy of the tree fixture with `count` documents in many/, the fixtures' inputs in turn. */
function manyDocs(count: number): { dir: string; names: string[] } {
  const dir = copyFixture('tree');
  dirs.push(dir);
  const names = docNames();
  mkdirSync(path.join(dir, 'many'));
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, 'many', `doc-${String(i).padStart(3, '0')}.txt`), readFileSync(path.join(repoDir, 'fixtures/docs', names[i % names.length]!, 'input.txt')));
  }
  return { dir, names };
}

function temporaryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

describe('worker threads', () => {
  it('clean a large run to the same bytes, in the same order, as one thread', () => {
    const { dir } = manyDocs(120);
    const outputs = ['1', '2'].map((jobs) => {
      const child = spawnSync(process.execPath, [bin, 'many', '-o', `out-${jobs}`, '--report', `report-${jobs}.json`, '--jobs', jobs], { cwd: dir, encoding: 'utf8', env: childEnv() });
      expect(child.status).toBe(0);
      const files = readdirSync(path.join(dir, `out-${jobs}`)).sort();
      return { report: readFileSync(path.join(dir, `report-${jobs}.json`), 'utf8').replace(/"outDir":"out-\d"/, ''), files: files.map((file) => readFileSync(path.join(dir, `out-${jobs}`, file), 'utf8')) };
    });
    expect(outputs[1]!.files).toEqual(outputs[0]!.files);
    expect(outputs[1]!.report.replaceAll('out-2/', 'out-1/')).toBe(outputs[0]!.report);
  }, 60_000);
});

describe('duplicate documents with worker threads', () => {
  it('are the same, in the same order, with --jobs 2 as with --jobs 1: the first copy in input order is kept', () => {
    // Every fixture twice: the second round is made of copies of the first.
    const { dir, names } = manyDocs(2 * docNames().length);
    const runs = ['1', '2'].map((jobs) => {
      const child = spawnSync(process.execPath, [bin, 'many', '-o', `out-${jobs}`, '--report', `report-${jobs}.json`, '--jobs', jobs, '--drop-duplicates'], { cwd: dir, encoding: 'utf8', env: childEnv() });
      expect(child.status, child.stderr).toBe(0);
      const report = readFileSync(path.join(dir, `report-${jobs}.json`), 'utf8');
      return { report: report.replace(/"outDir":"out-\d"/, '"outDir":"out"').replaceAll(`out-${jobs}/`, 'out/'), written: readdirSync(path.join(dir, `out-${jobs}`)).sort() };
    });
    expect(runs[1]).toEqual(runs[0]);
    const files = JSON.parse(runs[0]!.report).files as { input: string; status: string; duplicateOf: string | null }[];
    // A copy points where its original points, or at the original itself when that was kept.
    for (let i = names.length; i < files.length; i++) {
      const original = files[i - names.length]!;
      expect(files[i]).toMatchObject({ status: 'dropped', duplicateOf: original.duplicateOf ?? original.input });
    }
    expect(runs[0]!.written).toEqual(files.filter((file) => file.status !== 'dropped').map((file) => path.basename(file.input)));
  }, 60_000);
});

describe('stopping', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} mid-run exits ${code} and leaves no temporary or half-written file`, async () => {
      const dir = bigTree(1500);
      const child = spawn(process.execPath, [bin, 'big', '-o', 'out', '--report', 'report.json'], { cwd: dir, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // Signal once the first cleaned files have appeared, so the run is under way.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          let written = 0;
          try {
            written = readdirSync(path.join(dir, 'out')).length;
          } catch {
            written = 0;
          }
          if (written >= 3) {
            clearInterval(poll);
            resolve();
          }
        }, 5);
      });
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      expect(exit).toBe(code);
      expect(stderr).toContain(`stopped by ${signal}`);
      expect(temporaryFiles(dir)).toEqual([]);
      const written = readdirSync(path.join(dir, 'out'));
      expect(written.length).toBeLessThan(1500);
      const expected = readFileSync(path.join(dir, 'out', written[0]!), 'utf8');
      for (const file of written) expect(readFileSync(path.join(dir, 'out', file), 'utf8')).toBe(expected);
      expect(readdirSync(dir)).not.toContain('report.json');
    }, 60_000);
  }

  for (const args of [['-'], ['--jsonl']]) {
    it(`a signal stops \`winnow ${args.join(' ')}\` at once while stdin waits for input`, async () => {
      // stdin is a pipe that nothing writes to and nobody closes, like an idle producer upstream.
      const child = spawn(process.execPath, [bin, ...args], { env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // Sent before the command has set up, the signal finds no handler of its own and kills it:
      // wait until it waits for input (on a busy machine starting takes longer than any fixed wait).
      await idle(child.pid!);
      const sent = Date.now();
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      expect(code).toBe(143);
      expect(Date.now() - sent).toBeLessThan(3000);
      expect(stderr).toMatch(/stopped by SIGTERM/);
      child.stdin.destroy();
    }, 20_000);
  }

  it.skipIf(process.platform !== 'linux')('a stdout that cannot be written (a full disk) is one line and exit code 2, not a quiet stop', () => {
    const dir = copyFixture('tree');
    dirs.push(dir);
    const seed = readFileSync(path.join(dir, 'articles/seed.txt'), 'utf8');
    writeFileSync(path.join(dir, 'in.txt'), seed);
    writeFileSync(path.join(dir, 'in.jsonl'), `${JSON.stringify({ text: seed })}\n`);
    for (const args of [['in.txt'], ['--jsonl', 'in.jsonl']]) {
      const shell = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" ${args.join(' ')} -q > /dev/full`], { cwd: dir, encoding: 'utf8', env: childEnv() });
      expect(shell.status).toBe(2);
      expect(shell.stderr).toBe('winnow: stdout: no space left on device\n');
    }
  });

  it('a closed stdout ends the run quietly: winnow big/ -l | head -1', () => {
    const dir = bigTree(300);
    const shell = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" big -l | head -1; echo "status $?" >&2`], { cwd: dir, encoding: 'utf8', env: childEnv() });
    expect(shell.stdout).toBe('big/article-00000.txt\n');
    expect(shell.stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
  }, 60_000);
});

describe('--report to an open file descriptor', () => {
  // Through a shell, because a shell gives pipes where spawnSync gives sockets, which cannot be opened by name.
  const wouldChange = 'winnow: articles/nested/footer.text: would change\nwinnow: articles/seed.txt: would change\n';
  const shell = (script: string, cwd: string) => spawnSync('bash', ['-c', script, 'bash', process.execPath, bin], { cwd, encoding: 'utf8', env: childEnv() });

  it('--report >(cmd), a /dev/fd/N pipe: the report goes to cmd', () => {
    const dir = copyFixture('tree');
    dirs.push(dir);
    const child = shell('"$1" "$2" articles --check -q --report >(cat > read.json); echo "status $?"; wait $!', dir);
    expect(child).toMatchObject({ status: 0, stdout: 'status 1\n', stderr: wouldChange });
    expect(expectValidReport(readFileSync(path.join(dir, 'read.json'), 'utf8')).files).toHaveLength(3);
  });

  it.runIf(existsSync('/dev/stdout'))('--report /dev/stdout into a pipe: the report reaches stdout, and /dev/stdout stays a link', () => {
    const dir = copyFixture('tree');
    dirs.push(dir);
    const child = shell('"$1" "$2" articles --check -q --report /dev/stdout | cat', dir);
    expect(child).toMatchObject({ status: 0, stderr: wouldChange });
    expect(expectValidReport(child.stdout).files).toHaveLength(3);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });
});

describe('startup', () => {
  /** Runs main() with ARGS in a fresh node and tells whether commander was loaded (its CommonJS files land in require.cache). */
  function loadsCommander(args: string[]): { stdout: string; commander: boolean } {
    const script = `
      import { createRequire } from 'node:module';
      const { main } = await import(${JSON.stringify(pathToFileURL(path.join(repoDir, 'dist/cli/main.js')).href)});
      process.argv = [process.argv[0], 'winnow', ...${JSON.stringify(args)}];
      process.exitCode = await main(process);
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('${path.sep}commander${path.sep}'));
      process.stdout.write('commander:' + loaded);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoDir, encoding: 'utf8', env: childEnv() });
    expect(child.status, child.stderr).toBe(0);
    const [stdout, loaded] = child.stdout.split('commander:');
    return { stdout: stdout!, commander: loaded === 'true' };
  }

  it('winnow --version answers without loading commander; parsing loads it', () => {
    const version = `${JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')).version}\n`;
    expect(loadsCommander(['--version'])).toEqual({ stdout: version, commander: false });
    expect(loadsCommander(['--version', '--quiet'])).toEqual({ stdout: version, commander: true });
  });
});

describe('JSONL on worker threads', () => {
  it('gives the same bytes, output and report, plain and gzip, with --jobs 1 and --jobs 2', () => {
    const dir = copyFixture('jsonl');
    dirs.push(dir);
    const docs = path.join(repoDir, 'fixtures/docs');
    const names = readdirSync(docs).sort();
    // Three batches of 256 kB, with malformed lines among them: the first is cleaned in the main thread,
    // the other two go one to each worker.
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      lines.push(i % 97 === 5 ? `{"id":${i},"text":` : JSON.stringify({ id: i, text: readFileSync(path.join(docs, names[i % names.length]!, 'input.txt'), 'utf8') }));
    }
    // A line past --max-line-bytes by more than two reads of 1 MB, so the parent streams it through
    // itself, once every batch before it is out.
    lines.splice(200, 0, `{"id":"huge","text":"${'word '.repeat(450_000)}"}`);
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/corpus.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(path.join(dir, 'in/corpus.jsonl.gz'), gzipSync(`${lines.join('\n')}\n`));
    const outputs = ['1', '2'].map((jobs) => {
      const child = spawnSync(process.execPath, [bin, 'in', '--jsonl', '-o', `out-${jobs}`, '--report', `report-${jobs}.json`, '--jobs', jobs, '--max-line-bytes', '1000000', '--no-duplicate-check', '-q'], { cwd: dir, env: childEnv() });
      expect(child.status).toBe(2);
      return {
        plain: readFileSync(path.join(dir, `out-${jobs}/corpus.jsonl`)),
        gzip: readFileSync(path.join(dir, `out-${jobs}/corpus.jsonl.gz`)),
        report: readFileSync(path.join(dir, `report-${jobs}.json`), 'utf8').replaceAll(`out-${jobs}`, 'out'),
        stderr: child.stderr.toString(),
      };
    });
    expect(outputs[0]!.plain.length).toBeGreaterThan(2 * 256 * 1024);
    expect(gunzipSync(outputs[0]!.gzip).equals(outputs[0]!.plain)).toBe(true);
    expect(outputs[1]!.plain.equals(outputs[0]!.plain)).toBe(true);
    expect(outputs[1]!.gzip.equals(outputs[0]!.gzip)).toBe(true);
    expect(outputs[1]!.report).toBe(outputs[0]!.report);
    expect(outputs[1]!.stderr).toBe(outputs[0]!.stderr);
    expect(outputs[0]!.stderr.split('\n').filter(Boolean)).toHaveLength(2 * 6);
    expect(outputs[1]!.plain.toString().split('\n')[200]).toBe(lines[200]);
  }, 120_000);

  it('with a profile and duplicate lines, gives the same bytes and report with --jobs 1 and --jobs 2, dropped or marked', () => {
    const dir = copyFixture('jsonl');
    dirs.push(dir);
    const docs = path.join(repoDir, 'fixtures/docs');
    const names = readdirSync(docs).sort();
    const corpus = path.join(repoDir, 'fixtures/corpus');
    const pages = readdirSync(corpus).sort().flatMap((site) => readdirSync(path.join(corpus, site)).sort().map((name) => ({ site, text: readFileSync(path.join(corpus, site, name), 'utf8') })));
    // Over three batches of 256 kB: the fixture documents and the corpus pages in turn, so that
    // exact copies recur in every batch, every fifth one edited a little (a near copy), with a
    // malformed line now and then.
    // At least 500 lines, and more while the batches are not yet three (the fixtures drawn on change).
    const lines: string[] = [];
    let chars = 0;
    for (let i = 0; i < 500 || chars <= 3 * 256 * 1024; i++) {
      const edit = (text: string) => (i % 5 === 1 ? text.replace(' the ', ' a ') : text);
      if (i % 97 === 5) lines.push(`{"id":${i},"text":`);
      else if (i % 2 === 0) lines.push(JSON.stringify({ id: i, text: edit(readFileSync(path.join(docs, names[(i / 2) % names.length]!, 'input.txt'), 'utf8')) }));
      else lines.push(JSON.stringify({ site: pages[i % pages.length]!.site, text: edit(pages[i % pages.length]!.text) }));
      chars += lines[lines.length - 1]!.length + 1;
    }
    expect(lines.join('\n').length).toBeGreaterThan(3 * 256 * 1024);
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/corpus.jsonl.gz'), gzipSync(`${lines.join('\n')}\n`));
    const profile = spawnSync(process.execPath, [bin, 'profile', 'in', '--jsonl', '-o', 'profile.json', '-q'], { cwd: dir, env: childEnv() });
    expect(profile.status).toBe(2);
    const outputs = ['1', '2'].map((jobs) => {
      const child = spawnSync(process.execPath, [bin, '--profile', 'profile.json', 'in', '--jsonl', '-o', `out-${jobs}`, '--report', `report-${jobs}.json`, '--jobs', jobs, '--drop-duplicates', '-q'], { cwd: dir, env: childEnv() });
      expect(child.status).toBe(2);
      const piped = spawnSync(process.execPath, [bin, '--profile', 'profile.json', '--jsonl', '--duplicate-check', '--jobs', jobs, '-q'], { cwd: dir, env: childEnv(), input: gunzipSync(readFileSync(path.join(dir, 'in/corpus.jsonl.gz'))), maxBuffer: 64 * 1024 * 1024 });
      return {
        gzip: readFileSync(path.join(dir, `out-${jobs}/corpus.jsonl.gz`)),
        report: readFileSync(path.join(dir, `report-${jobs}.json`), 'utf8').replaceAll(`out-${jobs}`, 'out'),
        stderr: child.stderr.toString(),
        piped: piped.stdout,
      };
    });
    expect(outputs[1]!.gzip.equals(outputs[0]!.gzip)).toBe(true);
    expect(outputs[1]!.report).toBe(outputs[0]!.report);
    expect(outputs[1]!.stderr).toBe(outputs[0]!.stderr);
    expect(outputs[1]!.piped.equals(outputs[0]!.piped)).toBe(true);
    // The run is not trivially equal: copies were dropped, marked and templates removed.
    const totals = JSON.parse(outputs[0]!.report).totals as { files: number; dropped: number; duplicates: number };
    expect(totals.files).toBe(lines.length);
    expect(totals.dropped).toBeGreaterThan(300);
    expect(totals.dropped).toBe(totals.duplicates);
    expect(gunzipSync(outputs[0]!.gzip).toString().split('\n')).toHaveLength(lines.length - totals.dropped + 1);
    const piped = outputs[0]!.piped.toString();
    expect(piped.split('\n')).toHaveLength(lines.length + 1);
    expect(piped).toContain('"rule":"corpus-template"');
    expect(piped.match(/"duplicateOf":/g)).toHaveLength(totals.duplicates);
  }, 120_000);

  it('cleans stdin to stdout the same with --jobs 1 and --jobs 2', () => {
    const docs = path.join(repoDir, 'fixtures/docs');
    const names = readdirSync(docs).sort();
    const input = Array.from({ length: 200 }, (_, i) => `${JSON.stringify({ n: i, text: readFileSync(path.join(docs, names[i % names.length]!, 'input.txt'), 'utf8') })}\n`).join('');
    const [one, two] = ['1', '2'].map((jobs) => spawnSync(process.execPath, [bin, '--jsonl', '--jobs', jobs, '-q'], { input, env: childEnv() }));
    expect(one!.status).toBe(0);
    expect(two!.status).toBe(0);
    expect(one!.stdout.toString().split('\n')).toHaveLength(201);
    expect(two!.stdout.equals(one!.stdout)).toBe(true);
  }, 120_000);
});
