import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_DEMO).toBe(true);
  });

  it('converts numbers and booleans from their string form', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO: 'false' });
    expect(config.PORT).toBe(8080);
    expect(config.SEED_DEMO).toBe(false);
  });

  it('stops on a wrong value with one line naming the variable and the value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/^Configuration error: PORT .*\(got "abc"\)$/);
  });

  it('rejects a database URL that is not a postgres URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it('never echoes a secret in the error', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short-secret' })).toThrow(/^Configuration error: SESSION_SECRET [^"]*$/);
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ HOME: '/root', PATH: '/usr/bin' })).not.toThrow();
  });
});
