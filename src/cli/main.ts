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
    if (controller.signal.aborted) return;
    controller.abort(reason);
    // A read of stdin that waits for input (an idle pipe) would hold the process until the pipe
    // closed: nothing more is read once the run stops, so let go of it now.
    proc.stdin.destroy();
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  // A closed stdout (`winnow dir/ -l | head -1`) ends the run quietly instead of with a stack
  // trace. Any other failure to write there (a full disk) is an error: one line, exit code 2.
  let stdoutFailed = false;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && !stdoutFailed) {
      stdoutFailed = true;
      proc.stderr.write(`winnow: stdout: ${describeWriteError(error)}\n`);
    }
    stop('EPIPE');
  };
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
    const code = await run(argv, io);
    // Writes to a pipe or file finish after run() returns; one that fails must still set the code.
    if (!controller.signal.aborted) await new Promise<void>((resolve) => proc.stdout.write('', () => resolve()));
    return stdoutFailed ? Math.max(code, 2) : code;
  } finally {
    proc.off('SIGINT', onInt);
    proc.off('SIGTERM', onTerm);
  }
}

/** "no space left on device" from `ENOSPC: no space left on device, write`. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  const match = /^[A-Z]+: (.*?)(?:, \w+)?$/.exec(error.message);
  return match ? match[1]! : error.message;
}
