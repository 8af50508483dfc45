import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFolders } from './support.js';

const temporary = temporaryFolders('winnow-clean-jsonl-');
afterAll(() => temporary.removeAll());
const folder = temporary.folder;

describe('cleanJsonl', () => {
  it('stops when the signal is aborted, leaving no output file and no report', async () => {
    const controller = new AbortController();
    controller.abort('SIGTERM');
    const dir = folder({ 'a.jsonl': '{"text":"Some text."}\n' });
    const result = await runCli(['a.jsonl', '-o', 'out', '--report', 'r.json'], { cwd: dir, signal: controller.signal });
    expect(result.code).toBe(143);
    expect(result.stderr).toMatch(/^winnow: stopped by SIGTERM/);
    expect(existsSync(path.join(dir, 'out/a.jsonl'))).toBe(false);
    expect(existsSync(path.join(dir, 'r.json'))).toBe(false);
  });

  it('writes an empty file for an empty input, which is valid JSON Lines', async () => {
    const dir = folder({ 'empty.jsonl': '' });
    const result = await runCli(['empty.jsonl', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/empty.jsonl'), 'utf8')).toBe('');
    expect(result.stderr).toMatch(/^winnow: 0 lines: 0 cleaned, 0 unchanged in/);
  });

  it('sends the report to stdout when the lines go to files', async () => {
    const dir = folder({ 'a.jsonl': '{"text":"Some text."}\n{"text":"More text."}\n' });
    const result = await runCli(['a.jsonl', '-o', 'out', '--report', '-', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((record: { line: number }) => record.line)).toEqual([1, 2]);
    expect(readFileSync(path.join(dir, 'out/a.jsonl'), 'utf8').split('\n')).toHaveLength(3);
  });

  it('names a missing input and goes on with the others', async () => {
    const dir = folder({ 'a.jsonl': '{"text":"Some text."}\n' });
    const result = await runCli(['missing.jsonl', 'a.jsonl', '-o', 'out', '-q'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('winnow: missing.jsonl: no such file or directory\n');
    expect(existsSync(path.join(dir, 'out/a.jsonl'))).toBe(true);
  });
});
