import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countLines, megabytes, readInput, readStdin } from '../../src/io/read-input.js';
import { byteSize } from '../../src/cli/values.js';
import { removeDir } from '../cli/support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function file(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-limits-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'in.txt'), text);
  return path.join(dir, 'in.txt');
}
const stream = (...chunks: string[]) => ({
  async *[Symbol.asyncIterator]() {
    for (const chunk of chunks) yield Buffer.from(chunk);
  },
});

describe('input limits', () => {
  it('a file over --max-bytes is skipped with both sizes named; one at the limit is read', () => {
    const text = 'x'.repeat(2_500_000);
    expect(readInput(file(text), { maxBytes: 1_000_000, maxLines: 10 })).toEqual({ ok: false, status: 'skipped', cause: 'skipped: 2.5 MB is over --max-bytes 1 MB' });
    expect(readInput(file(text), { maxBytes: 2_500_000, maxLines: 10 })).toEqual({ ok: true, text });
  });

  it('a file over --max-lines is skipped with its line count', () => {
    expect(readInput(file('a\n'.repeat(1001)), { maxBytes: 1e9, maxLines: 1000 })).toEqual({ ok: false, status: 'skipped', cause: 'skipped: 1,001 lines is over --max-lines 1,000' });
    expect(readInput(file('a\n'.repeat(1000)), { maxBytes: 1e9, maxLines: 1000 })).toMatchObject({ ok: true });
  });

  it('stdin over --max-bytes is skipped once read, without keeping what is past the limit', async () => {
    expect(await readStdin(stream('x'.repeat(600), 'y'.repeat(600)), undefined, { maxBytes: 1000, maxLines: 10 })).toEqual({ ok: false, status: 'skipped', cause: 'skipped: 1 kB is over --max-bytes 1 kB' });
    expect(await readStdin(stream('a\n', 'b\n', 'c'), undefined, { maxBytes: 1000, maxLines: 2 })).toMatchObject({ cause: 'skipped: 3 lines is over --max-lines 2' });
  });

  it('lines are counted as the engine splits them: LF, CRLF and a lone CR each end one', () => {
    const count = (text: string) => countLines(Buffer.from(text));
    expect([count(''), count('a'), count('a\n'), count('a\nb'), count('a\r\nb\r\n'), count('a\rb\rc'), count('\n\n')]).toEqual([0, 1, 1, 2, 2, 3, 2]);
  });

  it('sizes are said as people say them, and read back with decimal units', () => {
    expect([megabytes(900), megabytes(64_000_000), megabytes(210_400_000), megabytes(1_550_000)]).toEqual(['1 kB', '64 MB', '210 MB', '1.6 MB']);
    expect(['64MB', '500k', '1G', '1000000', '1.5mb'].map((text) => byteSize('--max-bytes', text))).toEqual([64e6, 5e5, 1e9, 1e6, 1.5e6]);
    expect(() => byteSize('--max-bytes', '64 parsecs')).toThrow('--max-bytes: expected a size such as 64MB, 500kB or 1000000 (bytes), got "64 parsecs"');
  });
});
