import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanInputs } from '../../src/cli/clean-inputs.js';
import type { Cleaner } from '../../src/cli/cleaner.js';
import { inThreadCleaner } from '../../src/cli/cleaner.js';
import { cleanText } from '../../src/index.js';
import { plain } from '../../src/report/paint.js';
import { removeDir, runCli } from './support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function files(...texts: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-clean-inputs-'));
  dirs.push(dir);
  return texts.map((text, index) => {
    const name = `${index}.txt`;
    writeFileSync(path.join(dir, name), text);
    return { input: { path: name, absolute: path.join(dir, name), relative: name } };
  });
}

const silent = { update() {}, clear() {} };
const plan = (jobs: ReturnType<typeof files>) => ({ jobs, problems: [], toStdout: false, write: false, check: false, listDifferent: true, explain: false, diff: false, stdoutPaint: plain, progress: silent });

describe('cleanInputs', () => {
  it('turns a crash while cleaning one document into a failed file, and goes on', async () => {
    const inner = inThreadCleaner(cleanText, {});
    const cleaner: Cleaner = { ...inner, clean: async (text) => (text.includes('BOOM') ? Promise.reject(new Error('boom')) : inner.clean(text)) };
    let stderr = '';
    let stdout = '';
    const io = { cwd: '/', env: {}, stdin: { async *[Symbol.asyncIterator]() {} }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
    const outcome = await cleanInputs(plan(files('Fine text.\n', 'BOOM\n', 'Also fine.\n')), io, cleaner);
    expect(stderr).toBe('winnow: 1.txt: could not be cleaned (boom); please report this\n');
    expect(outcome.problems).toBe(1);
    expect(outcome.totals).toMatchObject({ files: 3, failed: 1, unchanged: 2 });
    expect(stdout).toBe('');
  });

  it('delivers in input order even when later documents finish first', async () => {
    const inner = inThreadCleaner(cleanText, {});
    const cleaner: Cleaner = {
      window: 8,
      close: inner.close,
      clean: (text) => new Promise((resolve) => setTimeout(() => resolve(cleanText(text)), text.startsWith('slow') ? 30 : 0)),
    };
    let stdout = '';
    const io = { cwd: '/', env: {}, stdin: { async *[Symbol.asyncIterator]() {} }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => {} } };
    const dup = 'A paragraph long enough to count as a duplicate when it is repeated twice in a row.\n';
    await cleanInputs(plan(files(`slow\n\n${dup}\n${dup}`, `fast\n\n${dup}\n${dup}`, `slow too\n\n${dup}\n${dup}`)), io, cleaner);
    expect(stdout).toBe('0.txt\n1.txt\n2.txt\n');
  });

  it('stops between files when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort('SIGTERM');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-stop-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'Some text.\n');
    const result = await runCli(['a.txt', '-o', 'out'], { cwd: dir, signal: controller.signal });
    expect(result.code).toBe(143);
    expect(result.stderr).toMatch(/^winnow: stopped by SIGTERM/);
  });
});
