/**
 * CI step after `npm install`: compares the lock npm left on disk with the committed one (`git show HEAD:`)
 * and exits 1 on a real drift. Usage: ts-node -P tools/tsconfig.json tools/lock-drift/check-lock.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { compareLocks, Lockfile } from './compare-locks';

const committed = JSON.parse(
  execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
) as Lockfile;
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const drifts = compareLocks(committed, installed);

if (drifts.length > 0) {
  process.stderr.write(`npm install moved ${drifts.length} locked package(s) away from the committed lock:\n`);
  for (const drift of drifts.slice(0, 50)) process.stderr.write(`  ${drift.path}: ${drift.reason}\n`);
  process.stderr.write(
    'Commit the lock npm wrote if the change is intended (npm install, then git add package-lock.json).\n',
  );
  process.exit(1);
}
const noise = Object.keys(installed.packages ?? {}).length - Object.keys(committed.packages ?? {}).length;
process.stdout.write(
  `package-lock.json: every installable package as committed${noise === 0 ? '' : ` (${noise > 0 ? '+' : ''}${noise} other-platform optional entries from the mirror ignored)`}\n`,
);
