import type { OutStream } from './io.js';

/** Shown only on a terminal, only after the run has taken a while, redrawn at most ten times a second. */
const SHOW_AFTER_MS = 500;
const REDRAW_MS = 100;
const WIDTH = 24;

export interface Progress {
  update(done: number): void;
  /** Removes the bar, so a message or the summary can be written on a clean line. */
  clear(): void;
}

export function createProgress(stream: OutStream, total: number, now: () => number, enabled: boolean): Progress {
  const started = now();
  let drawnAt = -Infinity;
  let visible = false;
  if (!enabled || !stream.isTTY || total < 2) return { update() {}, clear() {} };
  return {
    update(done) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || time - drawnAt < REDRAW_MS) return;
      drawnAt = time;
      visible = true;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
    },
    clear() {
      if (visible) stream.write('\r\x1b[K');
      visible = false;
      drawnAt = -Infinity;
    },
  };
}
