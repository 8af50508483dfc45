import type { CliIo, StopReason } from './io.js';
import { readVersion } from '../io/package-info.js';
import { tuneV8 } from './tune-v8.js';

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
  tuneV8();
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
