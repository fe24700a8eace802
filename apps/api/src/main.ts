import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { randomBytes } from 'node:crypto';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { publishDatabaseUrl, startEmbeddedPostgres } from './runtime/embedded-postgres';
import { ensureRedis, RedisUnavailableError } from './runtime/local-redis';
import { demoSignInNotice, resolveDemoPassword } from './seed/demo-password';
import { DemoSeedService } from './seed/demo-seed.service';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function bootstrap(config: AppConfig): Promise<void> {
  // An embedded Postgres stops itself when this process exits (the package registers that).
  const databaseUrl = config.DATABASE_URL ?? (await startEmbeddedPostgres(config.DATA_DIR, say)).url;
  // The reminder worker (a process of its own) reaches the same database through this file.
  if (!config.DATABASE_URL) publishDatabaseUrl(config.DATA_DIR, databaseUrl);
  const stopLocalRedis = await ensureRedis(config.REDIS_URL, config.DATA_DIR, say);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  if (!config.SESSION_SECRET) {
    say(
      'SESSION_SECRET is not set: using a random one, so sessions end at restart. Set it when running more than one instance.',
    );
  }
  configureApp(app, config.SESSION_SECRET ?? randomBytes(32).toString('hex'));

  let demoPassword: string | undefined;
  if (config.SEED_DEMO) {
    demoPassword = resolveDemoPassword(config.DEMO_PASSWORD, config.DATA_DIR);
    await app.get(DemoSeedService).seedIfEmpty(demoPassword);
  }

  // On SIGTERM/SIGINT Nest finishes open requests and closes its pools, then the process exits;
  // only then may a redis-server we started go.
  process.once('exit', stopLocalRedis);
  await app.listen(config.PORT);
  say(`Sluitend is running at http://localhost:${config.PORT} (API docs: http://localhost:${config.PORT}/api/docs)`);
  if (demoPassword) {
    say(
      demoSignInNotice(config.NODE_ENV, demoPassword, {
        configured: config.DEMO_PASSWORD !== undefined,
        dataDir: config.DATA_DIR,
      }),
    );
  }
}

let config: AppConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

bootstrap(config).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof RedisUnavailableError ? error.message : `Sluitend failed to start: ${String((error as Error)?.stack ?? error)}`}\n`,
  );
  process.exit(1);
});
