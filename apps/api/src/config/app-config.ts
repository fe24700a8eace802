import {
  DEFAULT_AGENDA_VIEW_DAYS_AFTER_SESSION,
  DEFAULT_RETENTION_YEARS,
  EMERGENCY_ACCESS_HOURS_DEFAULT,
} from '@sluitend/domain';
import { Transform, plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { parseSigningKey } from '../audit/anchor/signing-key';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const withoutTrailingSlash = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/\/+$/, '') : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the API reads, validated once at start-up.
 * Nothing else in the code base reads `process.env`.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Unset: an embedded Postgres is started with its data under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Separates the keys of several deployments (or test runs) on one Redis. */
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be 1-40 lowercase letters, digits or dashes' })
  REDIS_KEY_PREFIX = 'sluitend';

  /** Unset: generated per start, which signs everyone out on restart and breaks multi-instance setups. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  SESSION_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** However active, a session ends this long after its sign-in: a stolen session cookie does not live forever. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24)
  SESSION_ABSOLUTE_HOURS = 12;

  /**
   * Seed the made-up demo region into an empty database. Unset: only outside production (see loadConfig), so
   * a production database never receives the demo admin and its 120 made-up jongeren by forgetting a variable.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(128)
  DEMO_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  /** How long the first lock lasts; every further lock of the same account or address doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  /** The longest a lock lasts, however often it has doubled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MAX_MINUTES = 24 * 60;

  /** Generous: a whole municipality may sit behind one address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_IP_PER_MINUTE = 100;

  /**
   * Failed sign-ins from one address (over any accounts, from unknown browsers) before that address is locked
   * like an account: one attacker spraying many accounts is stopped without locking any of them for long.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 50;

  /** Break-the-glass: how long an emergency access lasts. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24)
  EMERGENCY_ACCESS_HOURS = EMERGENCY_ACCESS_HOURS_DEFAULT;

  /**
   * Data minimisation at the Actietafel: invited members see a session's cases from the sending of the
   * agenda until this many days after the session.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  ACTIETAFEL_VIEW_DAYS_AFTER_SESSION = DEFAULT_AGENDA_VIEW_DAYS_AFTER_SESSION;

  /** Years a closed case file is kept; Jeugdwet art. 7.3.8 lid 1 sets twenty. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RETENTION_CASE_FILE_YEARS = DEFAULT_RETENTION_YEARS['case-file'];

  /** Years access-log events are kept: as long as the dossier they protect. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RETENTION_ACCESS_LOG_YEARS = DEFAULT_RETENTION_YEARS['access-log'];

  /** When the retention job runs (cron, server time); it can also be run or dry-run by a privacy officer. */
  @IsString()
  RETENTION_CRON = '30 3 * * *';

  /**
   * How often the worker delivers, straight from Postgres, due reminders whose BullMQ job was lost (a Redis
   * flush or restart). Tests shorten it to see the reconciler at work without waiting a minute.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60 * 60 * 1000)
  REMINDER_RECONCILE_MS = 60_000;

  /**
   * How often the access log's head is signed and written outside the database (a checkpoint is also written
   * at start, at stop and on the privacy officer's request). 0: only then.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  AUDIT_CHECKPOINT_INTERVAL_MINUTES = 5;

  /** The Ed25519 private key (PEM) that signs checkpoints. Unset: DATA_DIR/audit-signing-key.pem, made once. */
  @IsOptional()
  @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'must be an Ed25519 private key in PEM (PKCS#8)' })
  AUDIT_SIGNING_KEY?: string;

  /** Where checkpoints are appended (JSON lines). Unset: DATA_DIR/audit-checkpoints.jsonl. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_FILE?: string;

  /** A syslog server (`host:port`, UDP) that receives a copy of every checkpoint. */
  @IsOptional()
  @Matches(/^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, { message: 'must be host:port' })
  AUDIT_CHECKPOINT_SYSLOG?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsString()
  DATA_DIR = '.data';

  /** The built Angular app; served by the API on the same port when the folder exists. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web/browser';

  /**
   * The mail server, e.g. `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`.
   * Unset: nothing is sent; every e-mail is written as an .eml file to DATA_DIR/mail, so the demo shows it.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every e-mail: an address, optionally with a display name. One line. */
  @Matches(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'must be an address such as "Sluitend <noreply@example.nl>"',
  })
  MAIL_FROM = 'Sluitend <noreply@sluitend.local>';

  /** Where people reach the web app; links in e-mail start with it. Unset: `http://localhost:${PORT}`. */
  @Transform(withoutTrailingSlash)
  @Matches(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, { message: 'must be an http(s):// URL without query or fragment' })
  PUBLIC_BASE_URL = 'http://localhost:3000';
}

export class ConfigError extends Error {}

/** Reads and validates the environment; the message names the first offending variable in one line. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Optional fields have no initialiser, so they are not own keys of a fresh instance.
  const known = [
    ...Object.keys(new AppConfig()),
    'DATABASE_URL',
    'SESSION_SECRET',
    'DEMO_PASSWORD',
    'SMTP_URL',
    'AUDIT_SIGNING_KEY',
    'AUDIT_CHECKPOINT_FILE',
    'AUDIT_CHECKPOINT_SYSLOG',
    'SEED_DEMO',
  ];
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && value !== '' && known.includes(key)),
  );
  const config = plainToInstance(AppConfig, relevant);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    // SMTP_URL may carry the mail server's password.
    const shown = /SECRET|PASSWORD|SMTP_URL|SIGNING_KEY/.test(first.property)
      ? ''
      : ` (got "${String(env[first.property])}")`;
    throw new ConfigError(`Configuration error: ${first.property} ${reason.replace(`${first.property} `, '')}${shown}`);
  }
  if (config.AUDIT_SIGNING_KEY) {
    try {
      parseSigningKey(config.AUDIT_SIGNING_KEY);
    } catch (error) {
      throw new ConfigError(`Configuration error: ${(error as Error).message}`);
    }
  }
  if (relevant['PUBLIC_BASE_URL'] === undefined) config.PUBLIC_BASE_URL = `http://localhost:${config.PORT}`;
  config.SEED_DEMO ??= config.NODE_ENV !== 'production';
  if (config.LOGIN_LOCK_MAX_MINUTES < config.LOGIN_LOCK_MINUTES)
    config.LOGIN_LOCK_MAX_MINUTES = config.LOGIN_LOCK_MINUTES;
  return config;
}
