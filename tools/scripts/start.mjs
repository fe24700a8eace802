import { spawn } from 'node:child_process';
import { step } from './run.mjs';

// Builds the production API and web app, then runs the API, which serves the web app on the same port.
step('build api and web (production)', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web']);
const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
