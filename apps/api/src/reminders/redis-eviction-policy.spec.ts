import { assertNoEviction, EvictingRedisError, redisEvictionPolicy } from './redis-eviction-policy';

const redisWith = (info: string) => ({ info: jest.fn().mockResolvedValue(info) });
const MEMORY = (policy: string) =>
  `# Memory\r\nused_memory:1000\r\nmaxmemory_policy:${policy}\r\nmem_fragmentation_ratio:1\r\n`;

describe('the Redis eviction policy check', () => {
  it('reads the policy from INFO memory', async () => {
    expect(await redisEvictionPolicy(redisWith(MEMORY('allkeys-lru')))).toBe('allkeys-lru');
  });

  it('lets the worker run on noeviction', async () => {
    await expect(assertNoEviction(redisWith(MEMORY('noeviction')))).resolves.toBeUndefined();
  });

  it('refuses any evicting policy, naming it and the fix', async () => {
    const refusal = assertNoEviction(redisWith(MEMORY('volatile-lru')));
    await expect(refusal).rejects.toThrow(EvictingRedisError);
    await expect(assertNoEviction(redisWith(MEMORY('volatile-lru')))).rejects.toThrow(
      /maxmemory-policy "volatile-lru".*CONFIG SET maxmemory-policy noeviction/,
    );
  });

  it('refuses when the policy cannot be read', async () => {
    await expect(assertNoEviction(redisWith('# Memory\r\nused_memory:1000\r\n'))).rejects.toThrow(/"unknown"/);
  });
});
