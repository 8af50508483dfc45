import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const stream = { isTTY, text: '', write: (chunk: string) => (stream.text += chunk) };
  return stream;
}

describe('the progress bar', () => {
  it('appears on a terminal once the run has taken half a second, and is cleared at the end', () => {
    let clock = 0;
    const stream = terminal(true);
    const progress = createProgress(stream, 100, () => clock, true);
    progress.update(1);
    expect(stream.text).toBe('');
    clock = 600;
    progress.update(50);
    expect(stream.text).toBe('\r\x1b[K[############------------] 50/100 files');
    clock = 650;
    progress.update(51);
    expect(stream.text).not.toContain('51/100');
    progress.clear();
    expect(stream.text.endsWith('\r\x1b[K')).toBe(true);
  });
  it('never appears on a pipe, when quiet, or for one file', () => {
    for (const [stream, total, enabled] of [[terminal(false), 100, true], [terminal(true), 100, false], [terminal(true), 1, true]] as const) {
      const progress = createProgress(stream, total, () => 10_000, enabled);
      progress.update(1);
      progress.clear();
      expect(stream.text).toBe('');
    }
  });
});
