import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './read-input.js';

export const CONFIG_NAME = 'winnow.config.json';

/** The nearest winnow.config.json from `cwd` upward, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let folder = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(folder, CONFIG_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; look one folder up.
    }
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Reads a small text file the command needs before any work (config, rules); throws a one-line cause. */
export function readSettingsFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(describeFsError(error));
  }
}
