import { readFileSync } from 'node:fs';

/** The version in winnow's own package.json (two folders up from both src/io and dist/io). */
export function readVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
