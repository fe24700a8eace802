import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from './run.mjs';

// Builds the production API and web app, then runs the API (which serves the web app on the same port) and,
// once it answers, the reminder worker beside it: a process of its own, as it is scaled in production.
step('build api and web (production)', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web']);
// `npm start` is the way to try Sluitend: the production build with the demo region, unless SEED_DEMO says otherwise.
const env = { NODE_ENV: 'production', SEED_DEMO: 'true', ...process.env };
const children = [];
const run = (file, childEnv) => {
  const child = spawn(process.execPath, [file], { stdio: 'inherit', env: childEnv });
  children.push(child);
  return child;
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));

// The API's end is the end; a worker that refuses to run (an evicting Redis) has said why and leaves the API up.
run('dist/apps/api/main.js', env).on('exit', (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code ?? 0;
});

const port = env.PORT ?? '3000';
const dataDir = env.DATA_DIR ?? '.data';
for (let attempt = 0; attempt < 600; attempt++) {
  const healthy = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
    .then((response) => response.ok)
    .catch(() => false);
  if (healthy) break;
  await new Promise((done) => setTimeout(done, 500));
}
// Without DATABASE_URL the API runs an embedded Postgres and writes where it listens (runtime/embedded-postgres.ts).
const urlFile = join(dataDir, 'database-url');
const databaseUrl = env.DATABASE_URL ?? (existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : undefined);
if (databaseUrl) run('dist/apps/api/worker.js', { ...env, DATABASE_URL: databaseUrl });
else process.stdout.write('The reminder worker did not start: no DATABASE_URL and no embedded Postgres found.\n');
