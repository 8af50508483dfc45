import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The whole-document fixtures: fixtures/docs/<case>/{input.txt, expected.txt, expected.json}. */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/docs/', import.meta.url));

export interface DocFixture {
  name: string;
  input: string;
  expectedText: string;
  expected: { findings: string[]; metadata: Record<string, string>; note?: string };
}

export function docFixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Read as UTF-8 strings; `readFileSync(p, 'utf8')` keeps a byte-order mark as U+FEFF. */
export function readDocFixture(name: string): DocFixture {
  const file = (f: string) => readFileSync(`${fixturesDir}${name}/${f}`, 'utf8');
  return { name, input: file('input.txt'), expectedText: file('expected.txt'), expected: JSON.parse(file('expected.json')) };
}

/** The shared evaluation corpus's dev set (../shared/eval/dev next to the repository). */
export const evalDevDir = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));
export const hasEvalSet = existsSync(`${evalDevDir}manifest.jsonl`);
export const noEvalSetMessage = `evaluation corpus not found at ${evalDevDir} (it lives in ../shared/eval beside the repository); skipped`;

export interface EvalRecord {
  id: string;
  source_dataset: string;
  has_gold?: boolean;
  has_dup_variant?: boolean;
  dup_type?: string;
  with?: string[];
  without?: string[];
}

export function readManifest(dir = evalDevDir): EvalRecord[] {
  return readFileSync(`${dir}manifest.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRecord);
}

export interface EvalInput {
  /** `ID.txt` or `ID.dup.txt`. */
  name: string;
  text: string;
}

/** Every input of the dev set, base documents and their duplicated-body variants, sorted by file name. */
export function evalInputs(dir = evalDevDir): EvalInput[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.gold.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${dir}${name}`, 'utf8') }));
}

export const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/**
 * Every document the engine's invariants are held over: each fixture input, each page of
 * fixtures/pages, then each eval dev input (base and duplicated-body variants). Names read
 * `fixtures/docs/<case>`, `fixtures/pages/<page>` and `eval/dev/<file>`.
 */
export function invariantCorpus(): [name: string, text: string][] {
  return [
    ...docFixtureNames().map((name): [string, string] => [`fixtures/docs/${name}`, readDocFixture(name).input]),
    ...readdirSync(pagesDir)
      .sort()
      .map((name): [string, string] => [`fixtures/pages/${name}`, readFileSync(`${pagesDir}${name}/input.txt`, 'utf8')]),
    ...evalInputs().map(({ name, text }): [string, string] => [`eval/dev/${name}`, text]),
  ];
}
