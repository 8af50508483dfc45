import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/cli/config.js';
import { parseFlags } from '../../src/cli/options.js';
import { resolveSettings } from '../../src/cli/settings.js';

describe('parseConfig', () => {
  it('reads every known key', () => {
    const config = parseConfig(
      JSON.stringify({
        $schema: './x.json',
        ext: ['.txt', 'md'],
        ignore: ['drafts'],
        followSymlinks: true,
        disable: 'footer-region, menu',
        only: [],
        minDuplicateChars: 40,
        nearDuplicateThreshold: 0.9,
        languages: ['en', 'fr'],
        keepAttribution: true,
        normalizeWhitespace: false,
        rules: 'rules.json',
      }),
      'c.json',
    );
    expect(config).toMatchObject({ ext: ['.txt', 'md'], disable: ['footer-region', 'menu'], minDuplicateChars: 40, languages: ['en', 'fr'] });
  });
  it.each([
    ['{"ext": [1]}', 'c.json: "ext": expected extensions, got [1]'],
    ['{"nearDuplicateThreshold": 1.5}', 'c.json: "nearDuplicateThreshold": expected a number above 0 and at most 1, got 1.5'],
    ['{"languages": ["english"]}', 'c.json: "languages": "english" is not a language code'],
    ['{"keepAttribution": "yes"}', 'c.json: "keepAttribution": expected true or false, got "yes"'],
    ['[1]', 'c.json: expected a JSON object of options'],
    ['{"oops": 1}', 'c.json: unknown key "oops" (known: ext, ignore, followSymlinks, maxBytes, maxLines, disable, only, minDuplicateChars, nearDuplicateThreshold, languages, keepAttribution, keepComments, normalizeWhitespace, duplicateThreshold, duplicateCheck, rules)'],
  ])('refuses %s with one line', (text, message) => {
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
  });
  it('refuses text that is not JSON', () => {
    expect(() => parseConfig('{', 'c.json')).toThrow(/^c.json: not valid JSON/);
  });
});

describe('resolveSettings', () => {
  it('takes duplicateCheck from the config unless --duplicate-check or --no-duplicate-check says otherwise', () => {
    const off = { duplicateCheck: false };
    expect(resolveSettings(parseFlags(['in']), off, '/cfg/winnow.config.json', '/work').duplicateCheck).toBe(false);
    expect(resolveSettings(parseFlags(['in', '--duplicate-check']), off, '/cfg/winnow.config.json', '/work').duplicateCheck).toBe(true);
    expect(resolveSettings(parseFlags(['in', '--no-duplicate-check']), { duplicateCheck: true }, '/cfg/winnow.config.json', '/work').duplicateCheck).toBe(false);
    expect(resolveSettings(parseFlags(['in']), {}, undefined, '/work').duplicateCheck).toBeUndefined();
    expect(() => parseConfig('{"duplicateCheck": "yes"}', 'c.json')).toThrow('c.json: "duplicateCheck"');
    // A config that turns the check off beside a threshold is no conflict; a flag that needs the check wins over it.
    expect(resolveSettings(parseFlags(['in']), { duplicateCheck: false, duplicateThreshold: 0.9 }, '/cfg/winnow.config.json', '/work').duplicateCheck).toBe(false);
    expect(resolveSettings(parseFlags(['in', '--drop-duplicates', '-o', 'out']), off, '/cfg/winnow.config.json', '/work').duplicateCheck).toBe(true);
    // A threshold in the config does not turn the check on by itself (JSON Lines stay uncompared).
    expect(resolveSettings(parseFlags(['in']), { duplicateThreshold: 0.9 }, '/cfg/winnow.config.json', '/work').duplicateCheck).toBeUndefined();
    expect(() => resolveSettings(parseFlags(['in', '--no-duplicate-check', '--drop-duplicates', '-o', 'out']), {}, undefined, '/work')).toThrow(
      '--drop-duplicates and --no-duplicate-check cannot be used together',
    );
  });

  it('lets flags override the config, and takes the config where no flag is given', () => {
    const flags = parseFlags(['in', '--disable', 'menu', '--min-duplicate-chars', '70']);
    const settings = resolveSettings(flags, { disable: ['footer-region'], minDuplicateChars: 40, keepAttribution: true, rules: 'r.json' }, '/cfg/winnow.config.json', '/work');
    expect(settings.engine).toEqual({ minDuplicateChars: 70, disable: ['menu'], keepAttribution: true, keepComments: false, normalizeWhitespace: false });
    expect(settings.rulesFile).toBe('/cfg/r.json');
  });
  it('takes --color and --no-color in order, the last winning', () => {
    expect(parseFlags(['--color', '--no-color']).color).toBe(false);
    expect(parseFlags(['--no-color', '--color']).color).toBe(true);
    expect(parseFlags([]).color).toBeUndefined();
  });
  it.each([
    [['--diff', '--write'], '--diff and --write cannot be used together'],
    [['--check', '-l'], '--check and --list-different cannot be used together'],
    [['-l', '-o', 'out'], '--list-different and --out-dir cannot be used together'],
    [['--diff', '--report', '-'], '--report - and --diff would both write to stdout; give --report a file name'],
  ])('refuses %j', (argv, message) => {
    expect(() => resolveSettings(parseFlags(argv), {}, undefined, '/')).toThrow(message);
  });
});
