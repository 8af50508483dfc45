import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export const repoDir = fileURLToPath(new URL('../../', import.meta.url));
export const cliFixtures = path.join(repoDir, 'fixtures/cli');
export const seedPath = fileURLToPath(new URL('../../fixtures/docs/seed-blogger-mongolia/input.txt', import.meta.url));

/** A fresh temporary folder holding a copy of fixtures/cli/NAME (tests never write into fixtures/). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `winnow-${name.replace(/\//g, '-')}-`));
  cpSync(path.join(cliFixtures, name), dir, { recursive: true });
  if (name === 'tree') {
    // node_modules cannot live in the repository's fixtures (git ignores it), so it is made here.
    mkdirSync(path.join(dir, 'articles/node_modules/pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'articles/node_modules/pkg/readme.txt'), readFileSync(path.join(dir, 'articles/nested/footer.text')));
  }
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies of fixtures/cli/NAME for one test file: `copy()` makes one, `removeAll` (for afterAll) removes them. */
export function fixtureCopies(name: string): { copy(): string; removeAll(): void } {
  const dirs: string[] = [];
  return {
    copy() {
      const dir = copyFixture(name);
      dirs.push(dir);
      return dir;
    },
    removeAll() {
      dirs.forEach(removeDir);
    },
  };
}

/**
 * Temporary folders for one test file: `folder(files)` makes one holding `files` (name to text),
 * and `removeAll` (for afterAll) removes every folder it made.
 */
export function temporaryFolders(prefix: string): { folder(files: Record<string, string>): string; removeAll(): void } {
  const dirs: string[] = [];
  return {
    folder(files) {
      const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      return dir;
    },
    removeAll() {
      dirs.forEach(removeDir);
    },
  };
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Buffer;
  /** Whether stdin is a terminal (no stdin given and this unset: a terminal). */
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with string streams. */
export async function runCli(argv: string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const stdin = {
    isTTY: options.stdinTTY ?? input === undefined,
    async *[Symbol.asyncIterator]() {
      if (input !== undefined) yield typeof input === 'string' ? Buffer.from(input) : input;
    },
  };
  const io: CliIo = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdin,
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.stderrTTY ?? false },
    ...(options.signal ? { signal: options.signal } : {}),
    now: () => 0,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
