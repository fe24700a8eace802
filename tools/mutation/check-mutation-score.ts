/**
 * After `stryker run`: prints the mutation score of every folder of libs/domain/src and exits 1 when one is
 * under the floor (95 %, or MUTATION_FLOOR). Usage: ts-node -P tools/tsconfig.json tools/mutation/check-mutation-score.ts
 */
import { readFileSync } from 'node:fs';
import { belowFloor, folderScores, type MutationReport } from './folder-scores';

const REPORT = 'reports/mutation/mutation.json';
const ROOT = 'libs/domain/src';
const floor = Number(process.env['MUTATION_FLOOR'] ?? 95);

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
const scores = folderScores(report, ROOT);
for (const { folder, detected, undetected, score } of scores) {
  process.stdout.write(
    `${folder.padEnd(16)} ${score.toFixed(1).padStart(5)} %  (${detected} detected, ${undetected} undetected)\n`,
  );
}
const failing = belowFloor(scores, floor);
if (failing.length > 0) {
  process.stderr.write(`Mutation score under ${floor} % in: ${failing.map((entry) => entry.folder).join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`Every folder of ${ROOT} at or above ${floor} %\n`);
