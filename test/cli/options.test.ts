import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/options.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('parseFlags', () => {
  it('collects repeatable options, one entry per use, and parses numbers', () => {
    const flags = parseFlags(['a.txt', '--ignore', 'x', '--ignore=y', '--disable', 'menu,footer-region', '-j4', '--min-duplicate-chars', '70', '--near-duplicate-threshold=0.8', 'b.txt']);
    expect(flags.paths).toEqual(['a.txt', 'b.txt']);
    expect(flags.values).toMatchObject({ ignore: ['x', 'y'], disable: ['menu,footer-region'], jobs: 4, 'min-duplicate-chars': 70, 'near-duplicate-threshold': 0.8 });
  });
  it('leaves flags that were not given undefined, so the config file can fill them', () => {
    const flags = parseFlags(['a.txt']);
    expect(Object.values(flags.values).filter((value) => value !== undefined)).toEqual([]);
    expect(flags.color).toBeUndefined();
    expect(parseFlags([]).paths).toEqual([]);
  });
  it('takes grouped short flags, - as stdin and everything after -- as paths', () => {
    const flags = parseFlags(['-qlo', 'out', '-', '--', '--write']);
    expect(flags.values).toMatchObject({ quiet: true, 'list-different': true, 'out-dir': 'out' });
    expect(flags.values.write).toBeUndefined();
    expect(flags.paths).toEqual(['-', '--write']);
  });
  it('lets --no-config win wherever it stands, and the last single value win', () => {
    expect(parseFlags(['--config', 'a.json', '--no-config']).values).toMatchObject({ config: undefined, 'no-config': true });
    expect(parseFlags(['--no-config', '--config', 'a.json']).values).toMatchObject({ config: 'a.json', 'no-config': true });
    expect(parseFlags(['--report', 'a.json', '--report', 'b.json']).values.report).toBe('b.json');
  });
  it.each([
    [['--ouput-dir', 'x'], 'unknown option --ouput-dir (did you mean --out-dir?); see winnow --help'],
    [['--ouput-dir=x'], 'unknown option --ouput-dir (did you mean --out-dir?); see winnow --help'],
    [['--qiet'], 'unknown option --qiet (did you mean --quiet?); see winnow --help'],
    [['-z'], 'unknown option -z; see winnow --help'],
    [['--write=yes'], '--write takes no value'],
    [['a.txt', '-o'], '--out-dir needs a value (--out-dir DIR)'],
    [['-o', '--write', 'a.txt'], '--out-dir needs a value (--out-dir DIR); values starting with - are taken for options'],
    [['--jobs', '-1'], '--jobs needs a value (--jobs N); values starting with - are taken for options'],
    [['--jobs', '0'], '--jobs: expected a whole number of at least 1, got "0"'],
    [['--near-duplicate-threshold', '1.5'], '--near-duplicate-threshold: expected a number above 0 and at most 1, got "1.5"'],
  ])('refuses %j with one line', (argv, message) => {
    let thrown: unknown;
    try {
      parseFlags(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toBe(message);
  });
});
