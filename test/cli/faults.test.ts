/**
 * Faults during a run: a full disk, a file that vanishes or cannot be read, a stdout that closes,
 * a process killed mid-run. After each, no input has changed, no output file is half-written, a
 * report is valid JSON saying what happened (or absent), and running the same command again
 * finishes the job.
 *
 * File-system errors are injected at node:fs, because the tests may run as root, for whom neither
 * permissions nor a read-only file deny anything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanInputs, type Job } from '../../src/cli/clean-inputs.js';
import { inThreadCleaner } from '../../src/cli/cleaner.js';
import { cleanText } from '../../src/index.js';
import { plain } from '../../src/report/paint.js';
import { expectCleanSeed, expectValidReport } from './scenarios.js';
import { copyFixture, removeDir, repoDir, runCli } from './support.js';

/** Which file-system calls fail, with which error code, for which path. */
const faults = vi.hoisted(() => ({
  write: undefined as ((file: string) => string | undefined) | undefined,
  /** Opening a file to read it (readInput opens, checks the size, then reads). */
  read: undefined as ((file: string) => string | undefined) | undefined,
  writeFd: undefined as (() => string | undefined) | undefined,
  /** Listing a folder while walking one (fast-glob reads folders through winnow's node:fs). */
  readdir: undefined as ((folder: string) => string | undefined) | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const injected = (code: string, what: string) => Object.assign(new Error(`${code}: injected fault, ${what}`), { code });
  const writeFileSync: typeof fs.writeFileSync = (file, ...rest) => {
    const code = faults.write?.(String(file));
    if (code) throw injected(code, `write '${String(file)}'`);
    return fs.writeFileSync(file, ...rest);
  };
  const openSync = ((file: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    const code = faults.read?.(String(file));
    if (code) throw injected(code, `open '${String(file)}'`);
    return (fs.openSync as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    const code = faults.writeFd?.();
    if (code) throw injected(code, `write to descriptor ${fd}`);
    return (fs.writeSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync;
  const readdir = ((folder: Parameters<typeof fs.readdir>[0], ...rest: unknown[]) => {
    const code = faults.readdir?.(String(folder));
    const callback = rest.at(-1) as (error: Error | null) => void;
    if (code) return void process.nextTick(() => callback(injected(code, `scandir '${String(folder)}'`)));
    return (fs.readdir as (...args: unknown[]) => void)(folder, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, writeFileSync, openSync, writeSync, readdir }, writeFileSync, openSync, writeSync, readdir };
});

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
beforeEach(() => {
  faults.write = faults.read = faults.writeFd = faults.readdir = undefined;
});

function tree(): string {
  const dir = copyFixture('tree');
  dirs.push(dir);
  return dir;
}

/** Every file below `dir` with its bytes, temporary files included. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) out[name] = readFileSync(full, 'latin1');
  }
  return out;
}

const temporaries = (dir: string) => Object.keys(contents(dir)).filter((name) => name.endsWith('.tmp'));

describe('a full disk', () => {
  it('while writing one output: that file fails, its earlier version stays, the rest is written', async () => {
    const dir = tree();
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/seed.txt'), 'the previous run’s output\n');
    faults.write = (file) => (path.basename(file).startsWith('.seed.txt.winnow-') ? 'ENOSPC' : undefined);
    const inputs = contents(path.join(dir, 'articles'));
    const result = await runCli(['articles', '-o', 'out', '--report', 'r.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^winnow: articles\/seed.txt: cannot write out\/seed.txt: no space left on device$/m);
    expect(readFileSync(path.join(dir, 'out/seed.txt'), 'utf8')).toBe('the previous run’s output\n');
    expect(readFileSync(path.join(dir, 'out/nested/footer.text'), 'utf8')).not.toContain('Powered by Blogger');
    const report = expectValidReport(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.files.map((file) => [file.input, file.status])).toEqual([
      ['articles/clean.md', 'unchanged'],
      ['articles/nested/footer.text', 'cleaned'],
      ['articles/seed.txt', 'failed'],
    ]);
    expect(contents(path.join(dir, 'articles'))).toEqual(inputs);
    expect(temporaries(dir)).toEqual([]);

    faults.write = undefined;
    const again = await runCli(['articles', '-o', 'out', '-q'], { cwd: dir });
    expect(again.code).toBe(0);
    expectCleanSeed(readFileSync(path.join(dir, 'out/seed.txt'), 'utf8'));
  });

  it('while rewriting an input with --write: the input keeps its old bytes', async () => {
    const dir = tree();
    faults.write = (file) => (path.basename(file).startsWith('.seed.txt.winnow-') ? 'ENOSPC' : undefined);
    const seed = readFileSync(path.join(dir, 'articles/seed.txt'), 'utf8');
    const result = await runCli(['articles', '--write', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: articles/seed.txt: cannot write articles/seed.txt: no space left on device\n' });
    expect(readFileSync(path.join(dir, 'articles/seed.txt'), 'utf8')).toBe(seed);
    expect(temporaries(dir)).toEqual([]);
  });

  it('while writing the report: one line, no report and no temporary file; the outputs written are whole', async () => {
    const dir = tree();
    faults.writeFd = () => 'ENOSPC';
    const result = await runCli(['articles', '-o', 'out', '--report', 'r.json', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: r.json: cannot write the report: no space left on device\n' });
    expect(readdirSync(dir)).not.toContain('r.json');
    expect(temporaries(dir)).toEqual([]);
    expectCleanSeed(readFileSync(path.join(dir, 'out/seed.txt'), 'utf8'));
  });
});

describe('inputs that cannot be read', () => {
  it('permission denied (injected, as root is never denied): one line, a failed record, the rest is cleaned', async () => {
    const dir = tree();
    faults.read = (file) => (file.endsWith(`${path.sep}seed.txt`) ? 'EACCES' : undefined);
    const result = await runCli(['articles', '-o', 'out', '--report', 'r.json', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: articles/seed.txt: permission denied\n' });
    const report = expectValidReport(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.files.map((file) => [file.status, file.error])).toEqual([
      ['unchanged', null],
      ['cleaned', null],
      ['failed', 'permission denied'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('permission denied for real (chmod 000; skipped as root, whom permissions do not stop)', async () => {
    const dir = tree();
    const { chmodSync } = await import('node:fs');
    chmodSync(path.join(dir, 'articles/seed.txt'), 0);
    const result = await runCli(['articles', '-o', 'out', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: articles/seed.txt: permission denied\n' });
  });

  for (const input of ['articles', 'articles/**/*.{md,text,txt}']) {
    it(`a sub-folder that cannot be listed (injected), under ${input}: one line naming it, a failed record, every other file is cleaned`, async () => {
      const dir = tree();
      faults.readdir = (folder) => (folder.endsWith(`${path.sep}nested`) ? 'EACCES' : undefined);
      const result = await runCli([input, '-o', 'out', '--report', 'r.json', '-q'], { cwd: dir });
      expect(result).toMatchObject({ code: 2, stderr: 'winnow: articles/nested: permission denied\n' });
      const report = expectValidReport(readFileSync(path.join(dir, 'r.json'), 'utf8'));
      expect(report.files.map((file) => [file.input, file.status, file.error])).toEqual([
        ['articles/nested', 'failed', 'permission denied'],
        ['articles/clean.md', 'unchanged', null],
        ['articles/seed.txt', 'cleaned', null],
      ]);
      expectCleanSeed(readFileSync(path.join(dir, 'out/seed.txt'), 'utf8'));
    });
  }

  it('a folder given that cannot be listed (injected) is named, as a folder and as a glob base, with no "no files match"', async () => {
    const dir = tree();
    faults.readdir = (folder) => (folder.endsWith(`${path.sep}nested`) ? 'EACCES' : undefined);
    const result = await runCli(['articles/nested', 'articles/nested/*.text', 'articles/clean.md', '--check', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'winnow: articles/nested: permission denied\nwinnow: articles/nested: permission denied\n' });
  });

  it('a file deleted between the walk and its turn to be read is a failed input; the run goes on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-vanish-'));
    dirs.push(dir);
    const names = ['a.txt', 'b.txt', 'c.txt'];
    for (const name of names) writeFileSync(path.join(dir, name), 'A short article that stays as it is.\n');
    function* jobs(): Iterable<Job> {
      for (const name of names) {
        const absolute = path.join(dir, name);
        yield { input: { path: name, absolute, relative: name }, target: { absolute: path.join(dir, 'out', name), shown: `out/${name}` } };
        // The walk is done; b.txt goes away before its turn comes.
        if (name === 'a.txt') rmSync(path.join(dir, 'b.txt'));
      }
    }
    let stderr = '';
    const io = { cwd: dir, env: {}, stdin: { async *[Symbol.asyncIterator]() {} }, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const { OutDir } = await import('../../src/io/out-dir.js');
    const silent = { update() {}, clear() {} };
    const plan = { jobs: jobs(), problems: [], toStdout: false, outDir: new OutDir(path.join(dir, 'out')), write: false, check: false, listDifferent: false, explain: false, diff: false, stdoutPaint: plain, progress: silent };
    const outcome = await cleanInputs(plan, io, inThreadCleaner(cleanText, {}));
    expect(stderr).toBe('winnow: b.txt: no such file or directory\n');
    expect(outcome.totals).toMatchObject({ files: 3, failed: 1, unchanged: 2 });
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.txt', 'c.txt']);
  });
});

/**
 * The command as a real process, from a private build: subprocess.test.ts rebuilds dist/ at the same
 * time, and a child must never load a file tsc is halfway through writing.
 */
const build = path.join(repoDir, '.faults-dist');
function command(args: string[]): string[] {
  const main = path.join(build, 'cli/main.js');
  return ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(process);`, '--', 'winnow', ...args];
}

beforeAll(() => {
  const tsc = spawnSync(process.execPath, [path.join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', path.join(repoDir, 'tsconfig.json'), '--outDir', build], { encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(tsc.stdout + tsc.stderr);
}, 120_000);
afterAll(() => rmSync(build, { recursive: true, force: true }));

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

/**
 * How to start a process that permissions can deny: as it is, or as root through setpriv as user
 * nobody, since root is never denied. Undefined when neither is possible (the test is skipped).
 */
function unprivileged(): string[] | undefined {
  if (process.getuid?.() !== 0) return [];
  const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const probe = spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)']);
  return probe.status === 0 ? asNobody : undefined;
}

describe('a sub-folder that cannot be read, for real (chmod 000)', () => {
  const prefix = unprivileged();
  for (const input of ['articles', 'articles/**/*.{md,text,txt}']) {
    it.skipIf(prefix === undefined)(`under ${input}: one line naming it, a failed record, every other file is cleaned, exit 2`, () => {
      const dir = tree();
      const locked = path.join(dir, 'articles/nested');
      chmodSync(dir, 0o755);
      chmodSync(locked, 0);
      try {
        const argv = [...prefix!, process.execPath, ...command([input, '--report', '-', '-q'])];
        const child = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8', env: childEnv() });
        expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 2, stderr: 'winnow: articles/nested: permission denied\n' });
        expect(expectValidReport(child.stdout).files.map((file) => [file.input, file.status, file.error])).toEqual([
          ['articles/nested', 'failed', 'permission denied'],
          ['articles/clean.md', 'unchanged', null],
          ['articles/seed.txt', 'cleaned', null],
        ]);
      } finally {
        chmodSync(locked, 0o755);
      }
    }, 60_000);
  }
});

describe('a stdout that closes early', () => {
  for (const [name, args] of [
    ['the report on stdout', ['many', '--report', '-']],
    ['--explain', ['many', '--explain']],
    ['one file on stdout', ['many/doc-000.txt']],
  ] as const) {
    it(`${name}, piped to head -c 1: the run ends quietly and writes no file`, () => {
      const dir = generatedTree(200);
      const before = contents(dir);
      const quoted = command([...args]).map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
      const shell = spawnSync('/bin/sh', ['-c', `"${process.execPath}" ${quoted} | head -c 1; echo "status $?" >&2`], { cwd: dir, encoding: 'utf8', env: childEnv() });
      expect(shell.stdout).toHaveLength(1);
      expect(shell.stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
      expect(contents(dir)).toEqual(before);
    }, 60_000);
  }
});

/** A folder `many/` of `count` documents taken in turn from fixtures/docs. */
function generatedTree(count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-faults-'));
  dirs.push(dir);
  const docs = path.join(repoDir, 'fixtures/docs');
  const names = readdirSync(docs).sort();
  mkdirSync(path.join(dir, 'many'));
  for (let i = 0; i < count; i++) {
    cpSync(path.join(docs, names[i % names.length]!, 'input.txt'), path.join(dir, 'many', `doc-${String(i).padStart(3, '0')}.txt`));
  }
  return dir;
}

/** A small seeded generator, so the moments chosen to kill are the same on every run. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function runToEnd(args: string[], cwd: string): { status: number | null; stderr: string } {
  const child = spawnSync(process.execPath, command(args), { cwd, encoding: 'utf8', env: childEnv() });
  return { status: child.status, stderr: child.stderr };
}

/**
 * Starts the command and SIGKILLs it as soon as `written()` reaches `count` (polled every few
 * milliseconds), so the kill lands mid-run rather than during start-up; resolves once it is gone.
 */
function killWhen(args: string[], cwd: string, written: () => number, count: number): Promise<void> {
  const child = spawn(process.execPath, command(args), { cwd, env: childEnv(), stdio: 'ignore' });
  const poll = setInterval(() => {
    if (written() >= count) child.kill('SIGKILL');
  }, 3);
  return new Promise((resolve) => {
    child.on('close', () => {
      clearInterval(poll);
      resolve();
    });
  });
}

/** Outputs under `dir` so far, temporary files aside. */
function outputsIn(dir: string): number {
  try {
    return readdirSync(dir).filter((name) => !name.endsWith('.tmp')).length;
  } catch {
    return 0;
  }
}

/** Files in `dir` modified since `since` (ms since the epoch): the inputs --write has rewritten so far. */
function rewrittenSince(dir: string, since: number): number {
  return readdirSync(dir).filter((name) => !name.endsWith('.tmp') && statSync(path.join(dir, name)).mtimeMs > since).length;
}

describe('SIGKILL at a random moment, then the same command again', () => {
  const FILES = 200;
  const SEED = Number(process.env.WINNOW_KILL_SEED ?? 6);
  const random = randomFrom(SEED);

  // What an uninterrupted run makes, to compare with.
  let reference: { outputs: Record<string, string>; report: string; rewritten: Record<string, string>; changed: number };
  beforeAll(() => {
    const dir = generatedTree(FILES);
    expect(runToEnd(['many', '-o', 'out', '--report', 'report.json', '-q'], dir).status).toBe(0);
    const original = contents(path.join(dir, 'many'));
    expect(runToEnd(['many', '--write', '-q'], dir).status).toBe(0);
    const rewritten = contents(path.join(dir, 'many'));
    const changed = Object.keys(rewritten).filter((name) => rewritten[name] !== original[name]).length;
    reference = { outputs: contents(path.join(dir, 'out')), report: readFileSync(path.join(dir, 'report.json'), 'utf8'), rewritten, changed };
  }, 120_000);

  for (const round of [1, 2]) {
    it(`to --out-dir, round ${round}: inputs unchanged, outputs whole, report whole or absent, a rerun finishes the job`, async () => {
      const dir = generatedTree(FILES);
      const inputs = contents(path.join(dir, 'many'));
      const count = 1 + Math.floor(random() * (FILES - 1));
      const where = `killed once ${count} of ${FILES} outputs were written (WINNOW_KILL_SEED=${SEED})`;
      const args = ['many', '-o', 'out', '--report', 'report.json', '-q'];
      await killWhen(args, dir, () => outputsIn(path.join(dir, 'out')), count);
      expect(contents(path.join(dir, 'many')), where).toEqual(inputs);
      for (const [name, text] of Object.entries(contents(dir))) {
        if (name.startsWith(`out${path.sep}`) && !name.endsWith('.tmp')) expect(text, `${name}, ${where}`).toBe(reference.outputs[name.slice(4)]);
      }
      if (readdirSync(dir).includes('report.json')) expect(readFileSync(path.join(dir, 'report.json'), 'utf8'), where).toBe(reference.report);

      // Temporary files a killed run leaves are hidden (.NAME.winnow-PID-RAND.tmp): a rerun does not read them, and they name no output.
      expect(runToEnd(args, dir).status, where).toBe(0);
      const outputs = Object.fromEntries(Object.entries(contents(path.join(dir, 'out'))).filter(([name]) => !name.endsWith('.tmp')));
      expect(outputs, where).toEqual(reference.outputs);
      expect(readFileSync(path.join(dir, 'report.json'), 'utf8'), where).toBe(reference.report);
    }, 120_000);

    it(`with --write, round ${round}: each input is whole, old or cleaned; a rerun finishes the job`, async () => {
      const dir = generatedTree(FILES);
      const original = contents(path.join(dir, 'many'));
      const count = 1 + Math.floor(random() * (reference.changed - 1));
      const where = `killed once ${count} of ${reference.changed} inputs were rewritten (WINNOW_KILL_SEED=${SEED})`;
      const since = Date.now() - 1;
      await killWhen(['many', '--write', '-q'], dir, () => rewrittenSince(path.join(dir, 'many'), since), count);
      for (const [name, text] of Object.entries(contents(path.join(dir, 'many')))) {
        if (name.endsWith('.tmp')) continue;
        expect([original[name], reference.rewritten[name]], `${name}, ${where}`).toContain(text);
      }
      expect(runToEnd(['many', '--write', '-q'], dir).status, where).toBe(0);
      const rewritten = Object.fromEntries(Object.entries(contents(path.join(dir, 'many'))).filter(([name]) => !name.endsWith('.tmp')));
      expect(rewritten, where).toEqual(reference.rewritten);
    }, 120_000);
  }
});
