import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startPool } from '../../src/cli/pool.js';
import { removeDir } from './support.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-pool-'));
afterAll(() => removeDir(dir));

/** A worker script that doubles numbers, and dies on the word "die". */
const script = path.join(dir, 'double.mjs');
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task === 'die') throw new Error('died');
  parentPort.postMessage({ id, result: task * 2 });
});`,
);

describe('startPool', () => {
  it('answers each task, whichever thread takes it', async () => {
    const pool = await startPool<number, number>(pathToFileURL(script), 2, {});
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
    } finally {
      await pool.close();
    }
  });

  it('with a task runner of its own, runs a share of the tasks in this thread and starts one thread fewer', async () => {
    let here = 0;
    const pool = await startPool<number, number>(pathToFileURL(script), 2, {}, (n) => {
      here++;
      return n * 2;
    });
    try {
      expect(await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10, 12]);
      expect(here).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('fails the task a dying thread held, sends no more to it, and refuses once every thread is gone', async () => {
    const pool = await startPool<number | string, number>(pathToFileURL(script), 2, {});
    try {
      await expect(pool.run('die')).rejects.toThrow('died');
      expect(await pool.run(3)).toBe(6);
      await expect(pool.run('die')).rejects.toThrow('died');
      await expect(pool.run(4)).rejects.toThrow('every worker thread has died');
    } finally {
      await pool.close();
    }
  });
});
