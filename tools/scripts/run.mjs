import { spawnSync } from 'node:child_process';
import { nxEnv } from './nx-env.mjs';

/** Runs one step of a script, printing its name and duration; stops the script when it fails. */
export function step(name, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...nxEnv, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`=== ${name}: FAILED after ${seconds} s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`=== ${name}: ok in ${seconds} s\n`);
}
