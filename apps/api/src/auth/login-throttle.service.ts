import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { throttleUnavailable, tooManyAttempts } from './auth.errors';

/** One sign-in attempt: from where, to which account, and the device id of a browser known for that account. */
export interface SignInAttempt {
  ip: string;
  accountKey: string;
  deviceId: string | null;
}

/** Locks the last failure set: an account (for unknown browsers) or a source address. */
export interface NewLocks {
  account: Date | null;
  address: Date | null;
}

export interface AccountLock {
  lockedUntil: Date;
  failedAttempts: number;
}

const NO_NEW_LOCKS: NewLocks = { account: null, address: null };

/**
 * Sign-in throttling kept in Redis so that every API instance sees the same counts, for an existing and an
 * unknown email alike (a lock must not tell which accounts exist):
 * - every attempt counts against its address's per-minute limit;
 * - a wrong password from a browser not known for the account counts against the account and the address;
 *   every LOGIN_MAX_FAILURES (per address: LOGIN_MAX_FAILURES_PER_IP) of them lock it for unknown browsers,
 *   LOGIN_LOCK_MINUTES the first time and twice as long each next time, up to LOGIN_LOCK_MAX_MINUTES;
 * - a browser the user signed in from before (a device cookie, see device-cookie.ts) passes those locks, and its
 *   own wrong passwords count against that device alone, which locks the same way.
 * The counts start again LOGIN_LOCK_MAX_MINUTES after an account's, address's or device's first failure.
 */
@Injectable()
export class LoginThrottle {
  private readonly perIpPerMinute: RateLimiterRedis;
  private readonly failures: RateLimiterRedis;
  private readonly locks: RateLimiterRedis;
  private readonly lockSeconds: number;
  private readonly maxLockSeconds: number;
  private readonly maxFailures: number;
  private readonly maxFailuresPerIp: number;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.lockSeconds = config.LOGIN_LOCK_MINUTES * 60;
    this.maxLockSeconds = config.LOGIN_LOCK_MAX_MINUTES * 60;
    this.maxFailures = config.LOGIN_MAX_FAILURES;
    this.maxFailuresPerIp = config.LOGIN_MAX_FAILURES_PER_IP;
    this.perIpPerMinute = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_KEY_PREFIX}:login-ip`,
      points: config.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE,
      duration: 60,
    });
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_KEY_PREFIX}:login-failures`,
      points: Number.MAX_SAFE_INTEGER,
      duration: this.maxLockSeconds,
    });
    // Only block() writes here: a key exists exactly while its lock lasts.
    this.locks = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_KEY_PREFIX}:login-locks`,
      points: 1,
      duration: 1,
    });
  }

  /**
   * Counts the attempt for its address and refuses it while a lock applies. Answers whether the attempt comes
   * from a known browser whose own count is not locked: then the account's and the address's locks do not apply.
   */
  async admit(attempt: SignInAttempt): Promise<{ knownDevice: boolean }> {
    await this.limit(() => this.perIpPerMinute.consume(attempt.ip));
    if (attempt.deviceId && (await this.lockedMs(deviceKey(attempt))) === 0) return { knownDevice: true };
    const [account, address] = await Promise.all([
      this.lockedMs(accountKey(attempt.accountKey)),
      this.lockedMs(addressKey(attempt.ip)),
    ]);
    const wait = Math.max(account, address);
    if (wait > 0) throw tooManyAttempts(wait / 1000);
    return { knownDevice: false };
  }

  async recordFailure(attempt: SignInAttempt, knownDevice: boolean): Promise<NewLocks> {
    if (knownDevice) {
      await this.count(deviceKey(attempt), this.maxFailures);
      return NO_NEW_LOCKS;
    }
    return {
      account: await this.count(accountKey(attempt.accountKey), this.maxFailures),
      address: await this.count(addressKey(attempt.ip), this.maxFailuresPerIp),
    };
  }

  /**
   * A known browser's success clears only its own count: the account's lock stays while someone else keeps
   * guessing, until it runs out or an admin lifts it.
   */
  async recordSuccess(attempt: SignInAttempt, knownDevice: boolean): Promise<void> {
    const key = knownDevice ? deviceKey(attempt) : accountKey(attempt.accountKey);
    await this.limit(() => this.failures.delete(key));
  }

  /** The accounts among `accountKeys` that are locked now. */
  async accountLocks(accountKeys: readonly string[]): Promise<Map<string, AccountLock>> {
    const found = await Promise.all(
      accountKeys.map(async (key) => {
        const [lock, failures] = await Promise.all([
          this.limit(() => this.locks.get(accountKey(key))),
          this.limit(() => this.failures.get(accountKey(key))),
        ]);
        return isLock(lock) ? ([key, lockOf(lock, failures)] as const) : null;
      }),
    );
    return new Map(found.filter((entry) => entry !== null));
  }

  /** An admin lifts an account's lock; its count starts again at zero. */
  async unlock(key: string): Promise<void> {
    await this.limit(() => this.locks.delete(accountKey(key)));
    await this.limit(() => this.failures.delete(accountKey(key)));
  }

  /** Adds a failure; every `threshold`-th one sets a lock that doubles with each level. */
  private async count(key: string, threshold: number): Promise<Date | null> {
    const counted = await this.limit(() => this.failures.penalty(key, 1));
    const failures = counted.consumedPoints;
    if (failures % threshold !== 0) return null;
    const level = failures / threshold;
    const seconds = Math.min(this.lockSeconds * 2 ** Math.min(level - 1, 30), this.maxLockSeconds);
    await this.limit(() => this.locks.block(key, seconds));
    return new Date(Date.now() + seconds * 1000);
  }

  private async lockedMs(key: string): Promise<number> {
    const lock = await this.limit(() => this.locks.get(key));
    return isLock(lock) ? lock.msBeforeNext : 0;
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

const accountKey = (key: string) => `account:${key}`;
const addressKey = (ip: string) => `address:${ip}`;
const deviceKey = (attempt: SignInAttempt) => `device:${attempt.accountKey}:${attempt.deviceId}`;

// block() stores one point more than the limiter's single point.
const isLock = (result: RateLimiterRes | null): result is RateLimiterRes =>
  result !== null && result.consumedPoints > 1 && result.msBeforeNext > 0;

const lockOf = (lock: RateLimiterRes, failures: RateLimiterRes | null): AccountLock => ({
  lockedUntil: new Date(Date.now() + lock.msBeforeNext),
  failedAttempts: failures?.consumedPoints ?? 0,
});
