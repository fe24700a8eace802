import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { throttleUnavailable, tooManyAttempts } from './auth.errors';

/**
 * Login throttling kept in Redis so that every API instance sees the same counts:
 * per account (locks after LOGIN_MAX_FAILURES failures) and per IP address (generous).
 */
@Injectable()
export class LoginThrottle {
  private readonly perIp: RateLimiterRedis;
  private readonly failuresPerAccount: RateLimiterRedis;
  private readonly lockSeconds: number;
  private readonly maxFailures: number;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.lockSeconds = config.LOGIN_LOCK_MINUTES * 60;
    this.maxFailures = config.LOGIN_MAX_FAILURES;
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_KEY_PREFIX}:login-ip`,
      points: config.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE,
      duration: 60,
    });
    this.failuresPerAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_KEY_PREFIX}:login-fail`,
      points: this.maxFailures,
      duration: this.lockSeconds,
    });
  }

  /** Counts the attempt for the IP and refuses when the IP or the account is locked. */
  async admit(ip: string, accountKey: string): Promise<void> {
    await this.limit(() => this.perIp.consume(ip));
    const failures = await this.limit(() => this.failuresPerAccount.get(accountKey));
    if (failures && failures.consumedPoints >= this.maxFailures) {
      throw tooManyAttempts(failures.msBeforeNext / 1000);
    }
  }

  async recordFailure(accountKey: string): Promise<void> {
    const result = await this.limit(() => this.failuresPerAccount.penalty(accountKey, 1));
    if (result.consumedPoints >= this.maxFailures) {
      // The lock runs a full period from the last failure, not from the first.
      await this.limit(() => this.failuresPerAccount.block(accountKey, this.lockSeconds));
    }
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.limit(() => this.failuresPerAccount.delete(accountKey));
  }

  private async limit<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooManyAttempts(error.msBeforeNext / 1000);
      throw throttleUnavailable();
    }
  }
}
