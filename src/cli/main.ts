import type { CliIo, StopReason } from './io.js';
import { setFlagsFromString } from 'node:v8';
import { readVersion } from '../io/package-info.js';

/** The parts of Node's `process` that the command uses; bin/winnow.js passes the real one. */
export type ProcessLike = Pick<NodeJS.Process, 'argv' | 'env' | 'stdin' | 'stdout' | 'stderr' | 'on' | 'off'> & {
  cwd(): string;
};

/**
 * Adapts the real process to {@link CliIo} and runs the command. This and the bin are the only
 * places that know about `process`; `run()` gets everything injected.
 */
export async function main(proc: ProcessLike): Promise<number> {
  const argv = proc.argv.slice(2);
  // Answered before anything else loads: `winnow --version` is the startup benchmark.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    proc.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  // V8 first runs a regular expression in its interpreter and compiles it to machine code on the
  // second use; for the phrase rules both compilations together cost more than cleaning a small
  // file. Compiled straight away, the first file cleans in half the time and long runs are no slower.
  // The flag is the process's, so worker threads compile the same way.
  setFlagsFromString('--no-regexp-tier-up');
  const controller = new AbortController();
  const stop = (reason: StopReason) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  // A closed stdout (`winnow dir/ -l | head -1`) ends the run quietly instead of with a stack trace.
  const onStdoutError = () => stop('EPIPE');
  proc.on('SIGINT', onInt);
  proc.on('SIGTERM', onTerm);
  proc.stdout.on('error', onStdoutError);
  const io: CliIo = {
    cwd: proc.cwd(),
    env: proc.env,
    stdin: proc.stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
    signal: controller.signal,
  };
  try {
    const { run } = await import('./run.js');
    return await run(argv, io);
  } finally {
    proc.off('SIGINT', onInt);
    proc.off('SIGTERM', onTerm);
  }
}
