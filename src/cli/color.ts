/** chalk's levels: 0 none, 1 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Whether to colour a stream: `--color`/`--no-color` first, then `NO_COLOR` (when not empty),
 * then `FORCE_COLOR`, then whether the stream is a terminal. chalk would ignore NO_COLOR, so the
 * level is decided here and handed to `new Chalk({ level })`.
 */
export function colorLevel(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, terminalLevel(env)) as ColorLevel;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 0), 3) as ColorLevel);
  }
  if (!isTTY) return 0;
  return terminalLevel(env);
}

function terminalLevel(env: Readonly<Record<string, string | undefined>>): ColorLevel {
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
