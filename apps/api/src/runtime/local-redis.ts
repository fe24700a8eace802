import Redis from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { redisOptionsFromUrl } from '../redis/redis-options';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

async function answers(url: string): Promise<boolean> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export class RedisUnavailableError extends Error {}

/**
 * Makes sure a Redis answers at `url`. Only for the default local URL, and only when
 * `redis-server` is installed, does it start one (data under `<dataDir>/redis`).
 * Returns a stop function for a server it started.
 */
export async function ensureRedis(url: string, dataDir: string, log: (line: string) => void): Promise<() => void> {
  if (await answers(url)) return () => undefined;
  const hasServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (url !== DEFAULT_REDIS_URL || !hasServer) {
    throw new RedisUnavailableError(
      `Redis does not answer at ${url}. Start one (Debian/Ubuntu: "apt-get install redis-server", macOS: "brew install redis") or set REDIS_URL.`,
    );
  }
  const dir = resolve(join(dataDir, 'redis'));
  mkdirSync(dir, { recursive: true });
  log(`Starting redis-server with its data in ${dir}`);
  const child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', '6379', '--dir', dir, '--appendonly', 'yes'], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await answers(url)) return () => child.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGTERM');
  throw new RedisUnavailableError(`redis-server was started but does not answer at ${url}.`);
}
