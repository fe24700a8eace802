import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from './redis-options';

export const REDIS = Symbol('REDIS');

/**
 * Commands fail fast while Redis is away (no offline queue), so health checks and the
 * login throttle answer promptly instead of hanging.
 */
function createRedis(config: AppConfig): Redis {
  return new Redis({
    ...redisOptionsFromUrl(config.REDIS_URL),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  }).on('error', () => undefined); // the health endpoint reports the state; reconnects are automatic
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [{ provide: REDIS, useFactory: createRedis, inject: [AppConfig] }, RedisCloser],
  exports: [REDIS],
})
export class RedisModule {}
