import { step } from './run.mjs';

// Every suite, cheapest first, so a mistake shows up in seconds rather than minutes.
const started = Date.now();
// CI proves the code, not a cache of earlier results.
const fresh = process.env.CI ? ['--skip-nx-cache'] : [];
step('format check (Prettier)', 'npx', ['nx', 'format:check', '--all']);
step('lint, unit tests and builds', 'npx', [
  'nx',
  'run-many',
  '-t',
  'lint',
  'test',
  'build',
  '--exclude=e2e',
  ...fresh,
]);
step('API integration tests (real Postgres and Redis)', 'npx', ['nx', 'run', 'api:integration']);
step('end-to-end tests (Chromium and HTTP against the production build)', 'npx', ['nx', 'run', 'e2e:e2e', ...fresh]);
process.stdout.write(`\nAll suites passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
