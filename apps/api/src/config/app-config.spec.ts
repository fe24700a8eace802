import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_DEMO).toBe(true);
    expect(config.SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(config.LOGIN_LOCK_MAX_MINUTES).toBe(24 * 60);
    expect(config.LOGIN_MAX_FAILURES_PER_IP).toBe(50);
  });

  it('seeds no demo region in production unless SEED_DEMO says so', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).SEED_DEMO).toBe(true);
  });

  it('refuses an absolute session lifetime under an hour or over a week', () => {
    expect(loadConfig({ SESSION_ABSOLUTE_HOURS: '8' }).SESSION_ABSOLUTE_HOURS).toBe(8);
    expect(() => loadConfig({ SESSION_ABSOLUTE_HOURS: '0' })).toThrow(/^Configuration error: SESSION_ABSOLUTE_HOURS /);
    expect(() => loadConfig({ SESSION_ABSOLUTE_HOURS: '169' })).toThrow(
      /^Configuration error: SESSION_ABSOLUTE_HOURS /,
    );
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

  it('reconciles reminders every minute unless told otherwise, and refuses an interval under 100 ms', () => {
    expect(loadConfig({}).REMINDER_RECONCILE_MS).toBe(60_000);
    expect(loadConfig({ REMINDER_RECONCILE_MS: '500' }).REMINDER_RECONCILE_MS).toBe(500);
    expect(() => loadConfig({ REMINDER_RECONCILE_MS: '50' })).toThrow(/^Configuration error: REMINDER_RECONCILE_MS /);
  });

  describe('access-log checkpoints', () => {
    it('checkpoints every five minutes by default, 0 for only at start, stop and on request', () => {
      expect(loadConfig({}).AUDIT_CHECKPOINT_INTERVAL_MINUTES).toBe(5);
      expect(loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: '0' }).AUDIT_CHECKPOINT_INTERVAL_MINUTES).toBe(0);
      expect(() => loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: '-1' })).toThrow(
        /AUDIT_CHECKPOINT_INTERVAL_MINUTES/,
      );
    });

    it('takes an Ed25519 signing key and refuses any other, never echoing it', () => {
      const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(loadConfig({ AUDIT_SIGNING_KEY: pem }).AUDIT_SIGNING_KEY).toBe(pem);
      const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString();
      expect(() => loadConfig({ AUDIT_SIGNING_KEY: rsa })).toThrow(
        /^Configuration error: AUDIT_SIGNING_KEY must be an Ed25519 key$/,
      );
      expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'secret' })).toThrow(
        /^Configuration error: AUDIT_SIGNING_KEY [^"]*$/,
      );
    });

    it('takes a syslog copy as host:port only', () => {
      expect(loadConfig({ AUDIT_CHECKPOINT_SYSLOG: 'logs.regio.nl:514' }).AUDIT_CHECKPOINT_SYSLOG).toBe(
        'logs.regio.nl:514',
      );
      expect(() => loadConfig({ AUDIT_CHECKPOINT_SYSLOG: 'udp://logs:514' })).toThrow(/AUDIT_CHECKPOINT_SYSLOG/);
    });
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ HOME: '/root', PATH: '/usr/bin' })).not.toThrow();
  });

  describe('mail', () => {
    it('writes mail to files unless SMTP_URL is set, and links to the local app on the configured port', () => {
      const config = loadConfig({});
      expect(config.SMTP_URL).toBeUndefined();
      expect(config.MAIL_FROM).toBe('Sluitend <noreply@sluitend.local>');
      expect(config.PUBLIC_BASE_URL).toBe('http://localhost:3000');
      expect(loadConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    });

    it('takes a public base URL as given, without its trailing slash', () => {
      expect(loadConfig({ PUBLIC_BASE_URL: 'https://sluitend.example.nl/' }).PUBLIC_BASE_URL).toBe(
        'https://sluitend.example.nl',
      );
      expect(loadConfig({ PUBLIC_BASE_URL: 'https://example.nl/sluitend' }).PUBLIC_BASE_URL).toBe(
        'https://example.nl/sluitend',
      );
      expect(() => loadConfig({ PUBLIC_BASE_URL: 'https://example.nl/?x=1' })).toThrow(/PUBLIC_BASE_URL/);
      expect(() => loadConfig({ PUBLIC_BASE_URL: 'sluitend.example.nl' })).toThrow(/PUBLIC_BASE_URL/);
    });

    it('accepts smtp and smtps URLs and never echoes one, as it may hold a password', () => {
      expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.nl:587' }).SMTP_URL).toBe(
        'smtp://user:pass@mail.example.nl:587',
      );
      expect(loadConfig({ SMTP_URL: 'smtps://mail.example.nl' }).SMTP_URL).toBe('smtps://mail.example.nl');
      expect(() => loadConfig({ SMTP_URL: 'http://user:geheim@mail.example.nl' })).toThrow(
        /^Configuration error: SMTP_URL [^"]*$/,
      );
    });

    it('refuses a sender that is not one address on one line', () => {
      expect(loadConfig({ MAIL_FROM: 'noreply@example.nl' }).MAIL_FROM).toBe('noreply@example.nl');
      expect(loadConfig({ MAIL_FROM: 'Gemeente X <noreply@example.nl>' }).MAIL_FROM).toBe(
        'Gemeente X <noreply@example.nl>',
      );
      expect(() => loadConfig({ MAIL_FROM: 'Sluitend' })).toThrow(/MAIL_FROM/);
      expect(() => loadConfig({ MAIL_FROM: 'X\r\nBcc: a@b.nl <noreply@example.nl>' })).toThrow(/MAIL_FROM/);
    });
  });
});
