import type Redis from 'ioredis';

export class EvictingRedisError extends Error {}

/** `maxmemory_policy` from `INFO memory`, which managed Redis services allow where CONFIG GET is refused. */
export async function redisEvictionPolicy(redis: Pick<Redis, 'info'>): Promise<string | null> {
  const info = await redis.info('memory');
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
}

/**
 * A Redis that evicts keys under memory pressure may drop delayed reminder jobs without a trace, so the
 * reminder worker refuses to run on one (BullMQ's own advice: maxmemory-policy noeviction).
 */
export async function assertNoEviction(redis: Pick<Redis, 'info'>): Promise<void> {
  const policy = await redisEvictionPolicy(redis);
  if (policy !== 'noeviction')
    throw new EvictingRedisError(
      `Redis has maxmemory-policy "${policy ?? 'unknown'}": reminder jobs could be evicted and lost. ` +
        'Set it to noeviction (redis-cli CONFIG SET maxmemory-policy noeviction, or maxmemory-policy noeviction ' +
        'in redis.conf) and start the worker again.',
    );
}
