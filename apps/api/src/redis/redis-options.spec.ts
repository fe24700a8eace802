import { redisOptionsFromUrl } from './redis-options';

describe('redisOptionsFromUrl', () => {
  it('reads host, port, credentials and database number', () => {
    expect(redisOptionsFromUrl('redis://user:p%40ss@cache.local:6380/2')).toMatchObject({
      host: 'cache.local',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: undefined,
    });
  });

  it('defaults to port 6379 and database 0, and uses TLS for rediss', () => {
    expect(redisOptionsFromUrl('rediss://cache.local')).toMatchObject({ port: 6379, db: 0, tls: {} });
  });
});
