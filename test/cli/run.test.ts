import { afterAll, describe, it } from 'vitest';
import { jsonlScenarios } from './jsonl-scenarios.js';
import { checkScenario, scenarios } from './scenarios.js';
import { copyFixture, removeDir, runCli } from './support.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('winnow in-process: run(argv, io)', () => {
  for (const scenario of [...scenarios, ...jsonlScenarios]) {
    it(scenario.name, async () => {
      const dir = copyFixture(scenario.fixture);
      dirs.push(dir);
      scenario.setup?.(dir);
      const result = await runCli(scenario.args, {
        cwd: dir,
        ...(scenario.stdin !== undefined ? { stdin: scenario.stdin } : {}),
        ...(scenario.env ? { env: scenario.env } : {}),
        ...(scenario.stdoutTTY ? { stdoutTTY: true } : {}),
      });
      checkScenario(scenario, result, dir);
    });
  }
});
