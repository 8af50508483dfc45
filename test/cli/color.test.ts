import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

describe('colorLevel: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
  it.each([
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['a 256-colour terminal', undefined, { TERM: 'xterm-256color' }, true, 2],
    ['a truecolor terminal', undefined, { COLORTERM: 'truecolor' }, true, 3],
    ['a dumb terminal', undefined, { TERM: 'dumb' }, true, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['an empty NO_COLOR', undefined, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR on a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: 'x', FORCE_COLOR: '1' }, true, 0],
    ['--color beats NO_COLOR on a pipe', true, { NO_COLOR: '1' }, false, 1],
    ['--no-color beats FORCE_COLOR on a terminal', false, { FORCE_COLOR: '3' }, true, 0],
  ] as const)('%s', (_name, flag, env, isTTY, level) => {
    expect(colorLevel(flag, env, isTTY)).toBe(level);
  });
});
