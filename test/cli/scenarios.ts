import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import { validate } from '../report/validate-schema.js';
import type { RunResult } from './support.js';

/**
 * The CLI scenario table: arguments, stdin, environment, expected exit code, stdout, stderr and
 * files. Every scenario runs in-process through run(argv, io); those marked `subprocess` also run
 * as a real `node bin/winnow.js`. Each runs in a fresh copy of its fixture tree.
 */
export interface Scenario {
  name: string;
  /** Folder under fixtures/cli copied to a temporary folder. */
  fixture: 'tree' | 'duplicates' | 'config/good' | 'config/bad-key' | 'config/bad-value' | 'rules' | 'jsonl';
  args: string[];
  stdin?: string;
  env?: Record<string, string>;
  stdoutTTY?: boolean;
  exit: number;
  stdout?: string | RegExp | ((stdout: string, dir: string) => void);
  stderr?: RegExp | RegExp[] | '';
  /** Prepares the temporary copy of the fixture before the run. */
  setup?: (dir: string) => void;
  /** Paths relative to the temporary folder: true must exist, false must not, a function checks the text. */
  files?: Record<string, boolean | ((text: string) => void)>;
  subprocess?: boolean;
}

const seedFirstLine = 'When US president Donald Trump and North Korean leader Kim Jong Un held a summit in June';
const ANSI = /\x1b\[\d+m/;

/** The seed cleaned: its repeated run (lines 9-14 repeat 3-8) is gone, and so is the Blogger footer. */
export function expectCleanSeed(text: string): void {
  expect(text.split(seedFirstLine).length - 1).toBe(1);
  expect(text).toContain('Mongolia’s foreign minister, meanwhile');
  expect(text).not.toContain('Powered by Blogger.');
  expect(text.startsWith('When it comes to North Korean diplomacy, keep an eye on Mongolia')).toBe(true);
}

export function expectValidReport(json: string): { files: { input: string; status: string; output: string | null; error: string | null; duplicateOf: string | null; similarity: number | null; findings: { kind: string; rule: string | null }[] }[]; options: Record<string, unknown>; totals: Record<string, unknown> } {
  const report = JSON.parse(json);
  expect(validate(schema as Record<string, unknown>, report)).toEqual([]);
  return report;
}

const unchanged = (fixtureFile: string) => (text: string) => expect(text).toBe(readFileSync(path.join('fixtures/cli', fixtureFile), 'utf8'));

export const scenarios: Scenario[] = [
  {
    name: 'one file: cleaned text on stdout, summary on stderr',
    fixture: 'tree',
    args: ['articles/seed.txt'],
    exit: 0,
    stdout: (out) => expectCleanSeed(out),
    stderr: /^winnow: 1 file: 1 cleaned, 0 unchanged in [\d.]+ s\nwinnow: removed [\d,]+ chars \(duplicate [\d,]+/,
    subprocess: true,
  },
  {
    name: 'piped stdin with no path',
    fixture: 'tree',
    args: ['-q'],
    stdin: readFileSync(new URL('../../fixtures/docs/seed-blogger-mongolia/input.txt', import.meta.url), 'utf8'),
    exit: 0,
    stdout: (out) => expectCleanSeed(out),
    stderr: '',
    subprocess: true,
  },
  {
    name: '- reads stdin; a clean article comes back byte for byte',
    fixture: 'tree',
    args: ['-', '--quiet'],
    stdin: readFileSync('fixtures/cli/tree/articles/clean.md', 'utf8'),
    exit: 0,
    stdout: readFileSync('fixtures/cli/tree/articles/clean.md', 'utf8'),
  },
  {
    name: 'no path and stdin is a terminal is a usage error',
    fixture: 'tree',
    args: [],
    exit: 2,
    stdout: '',
    stderr: /^winnow: no input: give files, folders or globs, or pipe text in/,
  },
  {
    name: 'folder to --out-dir with a report: paths mirrored, hidden, node_modules and other extensions skipped',
    fixture: 'tree',
    args: ['articles', '-o', 'out', '--report', 'report.json'],
    exit: 0,
    stdout: '',
    stderr: /^winnow: 3 files: 2 cleaned, 1 unchanged in/,
    files: {
      'out/seed.txt': expectCleanSeed,
      'out/clean.md': unchanged('tree/articles/clean.md'),
      'out/nested/footer.text': (text) => expect(text).not.toContain('Powered by Blogger'),
      'out/.draft.txt': false,
      'out/node_modules': false,
      'out/page.html': false,
      'articles/seed.txt': unchanged('tree/articles/seed.txt'),
      'report.json': (json) => {
        const report = expectValidReport(json);
        expect(report.files.map((file) => [file.input, file.status, file.output])).toEqual([
          ['articles/clean.md', 'unchanged', 'out/clean.md'],
          ['articles/nested/footer.text', 'cleaned', 'out/nested/footer.text'],
          ['articles/seed.txt', 'cleaned', 'out/seed.txt'],
        ]);
        expect(report.options.mode).toBe('out-dir');
      },
    },
    subprocess: true,
  },
  {
    name: '--write rewrites only the files that change',
    fixture: 'tree',
    args: ['articles', '--write', '--report', 'r.json'],
    exit: 0,
    files: {
      'articles/seed.txt': expectCleanSeed,
      'articles/clean.md': unchanged('tree/articles/clean.md'),
      'r.json': (json) => {
        const report = expectValidReport(json);
        expect(report.files.map((file) => file.output)).toEqual([null, 'articles/nested/footer.text', 'articles/seed.txt']);
      },
    },
  },
  {
    name: '--check lists files that would change on stderr, writes nothing, exits 1',
    fixture: 'tree',
    args: ['articles', '--check'],
    exit: 1,
    stdout: '',
    stderr: [/^winnow: articles\/nested\/footer.text: would change\nwinnow: articles\/seed.txt: would change\n/, /3 files: 2 would change, 1 unchanged/],
    files: { 'articles/seed.txt': unchanged('tree/articles/seed.txt') },
    subprocess: true,
  },
  {
    name: '--check on a clean file exits 0',
    fixture: 'tree',
    args: ['articles/clean.md', '--check', '-q'],
    exit: 0,
    stdout: '',
    stderr: '',
  },
  {
    name: '--list-different prints bare names on stdout',
    fixture: 'tree',
    args: ['articles', '-l', '-q'],
    exit: 1,
    stdout: 'articles/nested/footer.text\narticles/seed.txt\n',
    stderr: '',
    subprocess: true,
  },
  {
    name: 'bad inputs: one line each, the run goes on, the report records them, exit 2',
    fixture: 'tree',
    args: ['bad', 'articles/seed.txt', 'missing.txt', '-o', 'out', '--report', '-'],
    exit: 2,
    stdout: (out) => {
      const report = expectValidReport(out);
      expect(report.files.map((file) => [file.input, file.status])).toEqual([
        ['missing.txt', 'failed'],
        ['articles/seed.txt', 'cleaned'],
        ['bad/binary.txt', 'skipped'],
        ['bad/empty.txt', 'skipped'],
        ['bad/latin1.txt', 'skipped'],
      ]);
    },
    stderr: [
      /^winnow: missing.txt: no such file or directory$/m,
      /^winnow: bad\/binary.txt: binary file \(NUL byte at offset 4\)$/m,
      /^winnow: bad\/empty.txt: empty file$/m,
      /^winnow: bad\/latin1.txt: not UTF-8 \(byte 0xe9 at offset 3\)$/m,
      /5 files: 1 cleaned, 0 unchanged, 1 failed, 3 skipped/,
    ],
    files: { 'out/seed.txt': expectCleanSeed, 'out/binary.txt': false },
    subprocess: true,
  },
  {
    name: 'a failed write is one line and a failed record; the other files are written',
    fixture: 'tree',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'out'));
      writeFileSync(path.join(dir, 'out/nested'), 'a file where a folder should be');
    },
    args: ['articles', '-o', 'out', '--report', 'r.json'],
    exit: 2,
    stderr: [/^winnow: articles\/nested\/footer.text: cannot write out\/nested\/footer.text: a parent of this path is not a directory$/m, /3 files: 1 cleaned, 1 unchanged, 1 failed/],
    files: {
      'out/seed.txt': expectCleanSeed,
      'out/clean.md': true,
      'r.json': (json) => expect(expectValidReport(json).files.map((file) => file.status)).toEqual(['unchanged', 'failed', 'cleaned']),
    },
    subprocess: true,
  },
  {
    name: '--max-bytes and --max-lines skip larger inputs with the limit named; the run goes on',
    fixture: 'tree',
    args: ['articles', '-o', 'out', '--max-bytes', '5kB', '--max-lines', '20', '--report', 'r.json'],
    exit: 2,
    stderr: [
      /^winnow: articles\/nested\/footer.text: skipped: 32 lines is over --max-lines 20\nwinnow: articles\/seed.txt: skipped: 8 kB is over --max-bytes 5 kB\n/,
      /3 files: 0 cleaned, 1 unchanged, 2 skipped in/,
    ],
    files: {
      'out/clean.md': unchanged('tree/articles/clean.md'),
      'out/seed.txt': false,
      'r.json': (json) => {
        const report = expectValidReport(json);
        expect(report.files.map((file) => [file.status, file.error])).toEqual([
          ['unchanged', null],
          ['skipped', 'skipped: 32 lines is over --max-lines 20'],
          ['skipped', 'skipped: 8 kB is over --max-bytes 5 kB'],
        ]);
        expect(report.options).toMatchObject({ maxBytes: 5000, maxLines: 20 });
      },
    },
    subprocess: true,
  },
  {
    name: 'a report that cannot be written is refused before any work',
    fixture: 'tree',
    args: ['articles', '-o', 'out', '--report', 'articles/seed.txt/report.json'],
    exit: 2,
    stderr: /^winnow: articles\/seed.txt\/report.json: cannot write the report: a parent of this path is not a directory\n$/,
    files: { out: false },
  },
  {
    name: 'an empty stdin is a skipped input',
    fixture: 'tree',
    args: [],
    stdin: '',
    exit: 2,
    stdout: '',
    stderr: /^winnow: -: empty file$/m,
  },
  {
    name: 'a quoted glob is expanded by winnow, hidden files stay out',
    fixture: 'tree',
    args: ['articles/**/*.txt', '-l', '-q'],
    exit: 1,
    stdout: 'articles/seed.txt\n',
  },
  {
    name: 'a glob that matches nothing is a failed input',
    fixture: 'tree',
    args: ['nothing/**/*.txt', 'articles/clean.md', '--check', '-q'],
    exit: 2,
    stderr: /^winnow: nothing\/\*\*\/\*.txt: no files match this pattern$/m,
  },
  {
    name: 'an empty path (an unset variable) is a missing input, not the working folder: nothing else is rewritten',
    fixture: 'tree',
    args: ['', 'articles/clean.md', '--write', '--report', '-'],
    exit: 2,
    stdout: (out) => expect(expectValidReport(out).files.map((file) => [file.input, file.status, file.error])).toEqual([
      ['', 'failed', 'no such file or directory (the path is empty)'],
      ['articles/clean.md', 'unchanged', null],
    ]),
    stderr: [/^winnow: : no such file or directory \(the path is empty\)$/m, /2 files: 0 cleaned, 1 unchanged, 1 failed/],
    files: {
      'articles/seed.txt': unchanged('tree/articles/seed.txt'),
      'articles/nested/footer.text': unchanged('tree/articles/nested/footer.text'),
      'copies/seed.txt': unchanged('tree/copies/seed.txt'),
    },
    subprocess: true,
  },
  {
    name: 'the root of the file system ("$UNSET/") is refused as an input, and --write rewrites nothing there',
    fixture: 'tree',
    args: ['/', 'articles/clean.md', '--write', '-q'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: \/: the root of the file system; winnow does not walk it \(an unset variable before "\/"\?\); name a folder below it\n$/,
  },
  {
    name: 'an empty or blank path alone is one missing input: no folder is walked, nothing is written',
    fixture: 'tree',
    args: ['', ' ', '-o', 'out', '-q'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: : no such file or directory \(the path is empty\)\nwinnow:  : no such file or directory \(the path is blank\)\n$/,
    files: { 'out/articles/seed.txt': false, 'out/seed.txt': false },
    subprocess: true,
  },
  {
    name: 'an empty path as the only input is not a folder: it fails on its own, with no usage error',
    fixture: 'tree',
    args: ['', '-q'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: : no such file or directory \(the path is empty\)\n$/,
  },
  {
    name: 'with --follow-symlinks a link back up the tree is not walked again: each file is cleaned once, and a line says what was skipped',
    fixture: 'tree',
    setup: (dir) => symlinkSync('..', path.join(dir, 'articles/nested/loop')),
    args: ['articles', '--follow-symlinks', '-o', 'out', '--report', 'r.json'],
    exit: 0,
    stderr: [/^winnow: skipped, as a symbolic link that leads back into the walk: articles\/nested\/loop -> articles$/m, /^winnow: 3 files: 2 cleaned, 1 unchanged/m],
    files: {
      'out/nested/footer.text': true,
      'out/nested/loop': false,
      'r.json': (json) => expect(expectValidReport(json).files.map((file) => file.input)).toEqual(['articles/clean.md', 'articles/nested/footer.text', 'articles/seed.txt']),
    },
    subprocess: true,
  },
  {
    name: 'with --follow-symlinks and --quiet, links skipped are not mentioned',
    fixture: 'tree',
    setup: (dir) => symlinkSync('..', path.join(dir, 'articles/nested/loop')),
    args: ['articles/**/*.txt', '--follow-symlinks', '-l', '-q'],
    exit: 1,
    stdout: 'articles/seed.txt\n',
    stderr: '',
  },
  {
    name: '--ext and --ignore shape the folder walk',
    fixture: 'tree',
    args: ['articles', '--ext', 'html,txt', '--ignore', 'seed.txt', '--report', '-', '-q'],
    exit: 0,
    stdout: (out) => expect(expectValidReport(out).files.map((file) => file.input)).toEqual(['articles/page.html']),
  },
  {
    name: '--diff prints a unified diff and writes nothing',
    fixture: 'tree',
    args: ['articles/seed.txt', '--diff', '-q'],
    exit: 0,
    stdout: (out) => {
      expect(out).toMatch(/^--- articles\/seed.txt\n\+\+\+ articles\/seed.txt\n@@ /);
      expect(out).toContain('\n-Powered by Blogger.\n');
      expect(out).not.toMatch(ANSI);
    },
    files: { 'articles/seed.txt': unchanged('tree/articles/seed.txt') },
  },
  {
    name: '--explain names each removal with lines, kind, rule and reason',
    fixture: 'tree',
    args: ['articles/seed.txt', '--explain', '-q'],
    exit: 0,
    stdout: (out) => {
      expect(out).toMatch(/^articles\/seed.txt\n/);
      expect(out).toMatch(/- 9-14 {2}duplicate \([a-z-]+\) {2}\S/);
      expect(out).toContain('| When US president Donald Trump');
    },
  },
  {
    name: 'on a terminal --explain is coloured',
    fixture: 'tree',
    args: ['articles/seed.txt', '--explain', '-q'],
    stdoutTTY: true,
    exit: 0,
    stdout: ANSI,
  },
  {
    name: 'NO_COLOR beats a terminal',
    fixture: 'tree',
    args: ['articles/seed.txt', '--explain', '-q'],
    stdoutTTY: true,
    env: { NO_COLOR: '1' },
    exit: 0,
    stdout: (out) => expect(out).not.toMatch(ANSI),
  },
  {
    name: '--color beats NO_COLOR; FORCE_COLOR colours a pipe',
    fixture: 'tree',
    args: ['articles/seed.txt', '--diff', '-q', '--color'],
    env: { NO_COLOR: '1' },
    exit: 0,
    stdout: ANSI,
  },
  {
    name: 'FORCE_COLOR colours a pipe',
    fixture: 'tree',
    args: ['articles/seed.txt', '--diff', '-q'],
    env: { FORCE_COLOR: '1' },
    exit: 0,
    stdout: ANSI,
  },
  {
    name: '--no-color beats FORCE_COLOR',
    fixture: 'tree',
    args: ['articles/seed.txt', '--diff', '-q', '--no-color'],
    env: { FORCE_COLOR: '3' },
    exit: 0,
    stdout: (out) => expect(out).not.toMatch(ANSI),
  },
  {
    name: '--write with --out-dir is refused before any work',
    fixture: 'tree',
    args: ['articles', '--write', '-o', 'out'],
    exit: 2,
    stderr: /^winnow: --write and --out-dir cannot be used together\n$/,
    files: { out: false, 'articles/seed.txt': unchanged('tree/articles/seed.txt') },
    subprocess: true,
  },
  {
    name: '--check with --write is refused',
    fixture: 'tree',
    args: ['articles', '--check', '--write'],
    exit: 2,
    stderr: /^winnow: --check and --write cannot be used together\n$/,
  },
  {
    name: '--report - while the text goes to stdout is refused',
    fixture: 'tree',
    args: ['articles/seed.txt', '--report', '-'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: --report - would mix the report with the cleaned text on stdout/,
  },
  {
    name: '--report /dev/stdout, stdout by another name, is refused the same way',
    fixture: 'tree',
    args: ['articles/seed.txt', '--report', '/dev/stdout'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: --report \/dev\/stdout would mix the report with the cleaned text on stdout/,
  },
  {
    name: 'a folder and no output option is refused',
    fixture: 'tree',
    args: ['articles'],
    exit: 2,
    stderr: /^winnow: several inputs and no output option/,
  },
  {
    name: 'an --out-dir that would overwrite an input is refused before any work',
    fixture: 'tree',
    args: ['articles/nested', 'articles', '-o', 'articles/nested'],
    exit: 2,
    stderr: /would overwrite the input articles\/nested\/footer.text/,
    files: { 'articles/nested/footer.text': unchanged('tree/articles/nested/footer.text') },
  },
  {
    name: 'an --out-dir that is a symbolic link to an input folder is refused before any work',
    fixture: 'tree',
    setup: (dir) => symlinkSync('articles', path.join(dir, 'alias')),
    args: ['articles', '-o', 'alias'],
    exit: 2,
    stderr: /^winnow: --out-dir alias would overwrite the input articles\/clean.md\n$/,
    files: { 'articles/seed.txt': unchanged('tree/articles/seed.txt') },
    subprocess: true,
  },
  {
    name: 'an --out-dir inside the input folder: earlier output there is not taken for input',
    fixture: 'tree',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'articles/clean'));
      writeFileSync(path.join(dir, 'articles/clean/seed.txt'), readFileSync(path.join(dir, 'articles/seed.txt')));
    },
    args: ['articles', '-o', 'articles/clean', '--report', 'r.json'],
    exit: 0,
    files: {
      'articles/clean/seed.txt': expectCleanSeed,
      'articles/clean/clean': false,
      'r.json': (json) => expect(expectValidReport(json).files.map((file) => file.input)).toEqual(['articles/clean.md', 'articles/nested/footer.text', 'articles/seed.txt']),
    },
    subprocess: true,
  },
  {
    name: 'two inputs landing on one output are refused',
    fixture: 'tree',
    args: ['articles/seed.txt', 'copies', '-o', 'out'],
    exit: 2,
    stderr: /^winnow: articles\/seed.txt and copies\/seed.txt would both be written to out\/seed.txt\n$/,
    files: { out: false },
  },
  {
    name: '--write on stdin is refused',
    fixture: 'tree',
    args: ['-', '--write'],
    stdin: 'text',
    exit: 2,
    stderr: /^winnow: --write rewrites files; stdin has none/,
  },
  {
    name: 'an unknown option is refused with a suggestion',
    fixture: 'tree',
    args: ['--ouput-dir', 'x', 'articles'],
    exit: 2,
    stderr: /^winnow: unknown option --ouput-dir \(did you mean --out-dir\?\)/,
    subprocess: true,
  },
  {
    name: 'a bad flag value is refused',
    fixture: 'tree',
    args: ['articles/seed.txt', '--min-duplicate-chars', 'lots'],
    exit: 2,
    stderr: /^winnow: --min-duplicate-chars: expected a whole number of at least 1, got "lots"\n$/,
  },
  {
    name: 'an unknown detector id is refused',
    fixture: 'tree',
    args: ['articles/seed.txt', '--disable', 'no-such-detector'],
    exit: 2,
    stderr: /^winnow: --disable: unknown detector "no-such-detector"/,
  },
  {
    name: 'winnow.config.json is found and reported; flags override it',
    fixture: 'config/good',
    args: ['seed.txt', '--check', '--report', '-', '--min-duplicate-chars', '80', '-q'],
    exit: 1,
    stdout: (out, dir) => {
      const { options } = expectValidReport(out);
      expect(options).toMatchObject({ disable: ['footer-region'], minDuplicateChars: 80, config: path.join(dir, 'winnow.config.json') });
    },
  },
  {
    name: '--no-config ignores winnow.config.json',
    fixture: 'config/good',
    args: ['seed.txt', '--check', '--report', '-', '--no-config', '-q'],
    exit: 1,
    stdout: (out) => expect(expectValidReport(out).options).toMatchObject({ disable: [], minDuplicateChars: null, config: null }),
  },
  {
    name: 'an unknown config key is refused with one line naming it',
    fixture: 'config/bad-key',
    args: ['-'],
    stdin: 'text',
    exit: 2,
    stderr: /^winnow: winnow.config.json: unknown key "minDuplicateCharz" \(known: [a-zA-Z, ]+\)\n$/,
  },
  {
    name: 'a config key that every object has ("toString") is still unknown',
    fixture: 'tree',
    setup: (dir) => writeFileSync(path.join(dir, 'winnow.config.json'), '{"toString": 5}'),
    args: ['articles/seed.txt'],
    exit: 2,
    stderr: /^winnow: winnow.config.json: unknown key "toString" \(known: [a-zA-Z, ]+\)\n$/,
  },
  {
    name: 'a "__proto__" config key is unknown, not an internal error',
    fixture: 'tree',
    setup: (dir) => writeFileSync(path.join(dir, 'winnow.config.json'), '{"__proto__": {}}'),
    args: ['articles/seed.txt'],
    exit: 2,
    stderr: /^winnow: winnow.config.json: unknown key "__proto__" \(known: [a-zA-Z, ]+\)\n$/,
  },
  {
    name: 'an unknown language is refused before any work, not once per file',
    fixture: 'tree',
    args: ['articles', '--languages', 'en,xx'],
    exit: 2,
    stderr: /^winnow: --languages: unknown language "xx" \(known: en, fr, de, es, pt, it, nl\)\n$/,
  },
  {
    name: '--no-keep-comments turns off keepComments set in the config file',
    fixture: 'tree',
    setup: (dir) => writeFileSync(path.join(dir, 'winnow.config.json'), '{"keepComments": true, "normalizeWhitespace": true}'),
    args: ['articles/seed.txt', '--check', '--report', '-', '--no-keep-comments', '-q'],
    exit: 1,
    stdout: (out) => expect(expectValidReport(out).options).toMatchObject({ keepComments: false, normalizeWhitespace: true }),
  },
  {
    name: '--jobs beyond the cores is capped at the core count, with a note',
    fixture: 'tree',
    args: ['articles/seed.txt', '--jobs', '4096', '--check'],
    exit: 1,
    stderr: /^winnow: --jobs 4096 is more than the \d+ cores here; using \d+\n/,
  },
  {
    name: 'a bad config value is refused',
    fixture: 'config/bad-value',
    args: ['-'],
    stdin: 'text',
    exit: 2,
    stderr: /^winnow: winnow.config.json: "minDuplicateChars": expected a whole number of at least 1, got "many"\n$/,
  },
  {
    name: '--rules adds phrase rules',
    fixture: 'rules',
    args: ['article.txt', '--rules', 'good.json', '--explain', '-q'],
    exit: 0,
    stdout: /- 5 {2}boilerplate \([a-z-]+\/ulaanbaatar-desk-signoff\)/,
  },
  {
    name: 'a rule that could backtrack for ages is refused',
    fixture: 'rules',
    args: ['article.txt', '--rules', 'slow.json'],
    exit: 2,
    stdout: '',
    stderr: /^winnow: slow.json: rule "greedy-footer": "pattern" could run for ages on a long line: a repeat inside a repeat/,
  },
  {
    name: '--list-detectors prints each id and what it finds',
    fixture: 'tree',
    args: ['--list-detectors'],
    exit: 0,
    stdout: /^[a-z]+(-[a-z]+)* {2,}\S.+$/m,
  },
  {
    name: '--help shows examples and exit codes',
    fixture: 'tree',
    args: ['--help'],
    exit: 0,
    stdout: /Examples:[\s\S]+Exit codes:\n {2}0 +success\n {2}1 +--check or --list-different/,
  },
  {
    name: 'duplicate documents: the same article with other chrome is an exact copy, an edited copy a near one, another article on the topic neither',
    fixture: 'duplicates',
    args: ['articles', '-o', 'out', '--report', 'report.json'],
    exit: 0,
    stderr: [/^winnow: 4 files: 3 cleaned, 1 unchanged in/, /^winnow: 2 duplicates of earlier files$/m],
    files: {
      'report.json': (json) => {
        const report = expectValidReport(json);
        expect(report.files.map((file) => [file.input, file.duplicateOf])).toEqual([
          ['articles/a-pilot-boat.txt', null],
          ['articles/b-pilot-boat-mirror.txt', 'articles/a-pilot-boat.txt'],
          ['articles/c-pilot-boat-edited.txt', 'articles/a-pilot-boat.txt'],
          ['articles/d-pilot-column.txt', null],
        ]);
        const [, exact, near, other] = report.files;
        expect(exact!.similarity).toBe(1);
        expect(near!.similarity).toBeGreaterThanOrEqual(0.8);
        expect(near!.similarity).toBeLessThan(1);
        expect(other!.similarity).toBeNull();
        expect(report.options).toMatchObject({ duplicateThreshold: null, dropDuplicates: false });
        expect(report.totals).toMatchObject({ duplicates: 2, dropped: 0 });
      },
      // Without --drop-duplicates every copy is written, cleaned as usual.
      'out/b-pilot-boat-mirror.txt': (text) => {
        expect(text.startsWith('Night Shift on the Harbour Pilot Boat\n')).toBe(true);
        expect(text).not.toMatch(/Skip to content|All rights reserved/);
      },
      'out/c-pilot-boat-edited.txt': (text) => expect(text).toContain('a little after midnight'),
    },
    subprocess: true,
  },
  {
    name: '--drop-duplicates leaves the later copies out of --out-dir; their records say dropped, and why',
    fixture: 'duplicates',
    args: ['articles', '-o', 'out', '--report', 'report.json', '--drop-duplicates'],
    exit: 0,
    stderr: [/^winnow: 4 files: 1 cleaned, 1 unchanged, 2 dropped in/, /^winnow: 2 duplicates of earlier files, dropped$/m],
    files: {
      'out/a-pilot-boat.txt': true,
      'out/b-pilot-boat-mirror.txt': false,
      'out/c-pilot-boat-edited.txt': false,
      'out/d-pilot-column.txt': true,
      'report.json': (json) => {
        const report = expectValidReport(json);
        expect(report.files.map((file) => [file.status, file.output, file.duplicateOf])).toEqual([
          ['cleaned', 'out/a-pilot-boat.txt', null],
          ['dropped', null, 'articles/a-pilot-boat.txt'],
          ['dropped', null, 'articles/a-pilot-boat.txt'],
          ['unchanged', 'out/d-pilot-column.txt', null],
        ]);
      },
    },
    subprocess: true,
  },
  {
    name: '--duplicate-threshold 1 counts exact copies only',
    fixture: 'duplicates',
    args: ['articles', '--report', '-', '--duplicate-threshold', '1', '-q'],
    exit: 0,
    stdout: (out) => {
      const report = expectValidReport(out);
      expect(report.files.map((file) => file.duplicateOf)).toEqual([null, 'articles/a-pilot-boat.txt', null, null]);
      expect(report.options.duplicateThreshold).toBe(1);
    },
  },
  {
    name: 'a duplicate points at the first copy in input order, not at a later one',
    fixture: 'duplicates',
    setup: (dir) => writeFileSync(path.join(dir, 'articles/0-first.txt'), readFileSync(path.join(dir, 'articles/c-pilot-boat-edited.txt'))),
    args: ['articles', '--report', '-', '-q'],
    exit: 0,
    stdout: (out) => {
      const report = expectValidReport(out);
      // a-pilot-boat.txt is now itself a near copy of 0-first.txt, and b, an exact copy of a, points at the kept 0-first.txt.
      expect(report.files.map((file) => file.duplicateOf)).toEqual([null, 'articles/0-first.txt', 'articles/0-first.txt', 'articles/0-first.txt', null]);
      expect(report.files.map((file) => file.similarity === 1)).toEqual([false, false, false, true, false]);
    },
  },
  {
    name: '--drop-duplicates without --out-dir is refused before any work',
    fixture: 'duplicates',
    args: ['articles', '--write', '--drop-duplicates'],
    exit: 2,
    stderr: /^winnow: --drop-duplicates needs --out-dir \(winnow never deletes an input\)\n$/,
    files: { 'articles/a-pilot-boat.txt': (text) => expect(text).toContain('Powered by Blogger.') },
  },
  {
    name: '--version prints the package version',
    fixture: 'tree',
    args: ['--version'],
    exit: 0,
    stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`,
    subprocess: true,
  },
];

export function checkScenario(scenario: Scenario, result: RunResult, dir: string): void {
  expect({ exit: result.code, stderr: result.stderr }).toMatchObject({ exit: scenario.exit });
  const { stdout, stderr, files } = scenario;
  if (typeof stdout === 'string') expect(result.stdout).toBe(stdout);
  else if (stdout instanceof RegExp) expect(result.stdout).toMatch(stdout);
  else if (stdout) stdout(result.stdout, dir);
  if (stderr === '') expect(result.stderr).toBe('');
  else for (const pattern of stderr === undefined ? [] : Array.isArray(stderr) ? stderr : [stderr]) expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const [file, want] of Object.entries(files ?? {})) {
    const full = path.join(dir, file);
    if (typeof want === 'boolean') expect(existsSync(full), file).toBe(want);
    else want(readFileSync(full, 'utf8'));
  }
}
