/**
 * Everything `run()` may touch of the outside world besides the file system, injected so that
 * tests can drive the command in-process with strings for streams.
 */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends AsyncIterable<Uint8Array | string> {
  isTTY?: boolean;
}

/** Why a run was cut short. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'EPIPE';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  /** Aborted when the process is told to stop; `signal.reason` is a {@link StopReason}. */
  signal?: AbortSignal;
  /** Milliseconds clock for the summary's time; tests pin it. */
  now?: () => number;
}

/** Exit codes, the contract in README and `--help`. */
export const EXIT = {
  ok: 0,
  changed: 1,
  error: 2,
  SIGINT: 130,
  SIGTERM: 143,
} as const;
