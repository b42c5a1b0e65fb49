import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeEmail } from '../users/email';

/** Thrown for a bad setting: main prints the one-line message and exits non-zero. */
export class ConfigError extends Error {}

export interface AppConfig {
  /** A server's connection string, or null for the embedded PostgreSQL. */
  databaseUrl: string | null;
  dataDir: string;
  port: number;
  host: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  migrate: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  corsOrigins: string[];
  bodyLimitBytes: number;
  /** A pino level (LOG_LEVELS). */
  logLevel: string;
  /** `pretty` (short human lines, for a terminal) or `json` (one pino JSON line per event). */
  logFormat: LogFormat;
  /** Statement timeout so that nothing hangs on a sick database. */
  statementTimeoutMs: number;
  poolSize: number;
  /**
   * Whether X-Forwarded-For (and -Proto/-Host) are believed: false (the default: the client is the
   * socket's peer), true (any proxy), or the proxies' addresses/CIDRs. It decides the address that
   * login attempts are counted against.
   */
  trustProxy: boolean | string[];
  /** When set, GET /metrics (and readiness details) need `Authorization: Bearer <this>`. */
  metricsToken: string | null;
  /** Where users reach Pacta (no trailing slash): item links, the session cookie's Secure flag, Origin checks. */
  publicUrl: string;
  /** The built web application (`npm run build` writes dist/web); absent means API only. */
  webDir: string;
  /** A browser session's absolute lifetime, from sign-in. */
  sessionMaxSeconds: number;
  /** A browser session ends when not refreshed for this long. */
  sessionIdleSeconds: number;
  /** The largest attachment file accepted (413 above it). */
  maxUploadBytes: number;
  /** smtp:// or smtps:// URL of the mail relay; null writes `.eml` files under `<dataDir>/mail`. */
  smtpUrl: string | null;
  /** The From of every notification email (`Name <address>` or a bare address). */
  mailFrom: string;
  /** Webhook targets on private, loopback, link-local or CGNAT addresses are refused unless true. */
  webhookAllowPrivate: boolean;
  /** A webhook's TCP (and TLS) connect must finish within this. */
  webhookConnectTimeoutMs: number;
  /** A webhook delivery (DNS, connect, request, response, redirects) must finish within this. */
  webhookTimeoutMs: number;
  /** Whether this instance runs the notification delivery worker and scheduler (§14). */
  notificationsWorker: boolean;
  /** How often the delivery worker looks for due work (ms). */
  notificationsPollMs: number;
  /** How often the scheduler looks for crossed thresholds and digests due (ms). */
  notificationsScheduleMs: number;
  /** The wait before the first retry of a failed delivery (ms); each next one doubles, capped at an hour. */
  notificationsBackoffBaseMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

interface Secrets {
  jwtSecret: string;
  dbPassword: string;
}

/** Secrets generated once for embedded mode and kept in the data dir (mode 0600). */
export function loadOrCreateSecrets(dataDir: string): Secrets {
  const file = resolve(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: Secrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    dbPassword: randomBytes(24).toString('base64url'),
  };
  try {
    // 'wx': of two first starts at once, one writes and both use what it wrote.
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  }
  return secrets;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}=${raw} is not valid: set it to a whole number from ${min} to ${max}.`);
  }
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name}=${raw} is not valid: set it to true or false.`);
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name}=${raw} is not valid: set it to one of ${allowed.join(', ')}.`);
}

const PROXY_ADDRESS = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;

function trustProxyVar(env: NodeJS.ProcessEnv): boolean | string[] {
  const raw = (env.PACTA_TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  const list = raw.split(',').map((s) => s.trim());
  if (list.every((s) => PROXY_ADDRESS.test(s))) return list;
  throw new ConfigError(
    `PACTA_TRUST_PROXY=${raw} is not valid: set it to false (default), true, or the proxies' addresses (10.0.0.1,10.1.0.0/16).`,
  );
}

function adminEmailVar(env: NodeJS.ProcessEnv, databaseUrl: string | null): string | null {
  const raw = env.PACTA_ADMIN_EMAIL || (databaseUrl === null ? 'admin@pacta.local' : null);
  if (raw === null) return null;
  const normalized = normalizeEmail(raw);
  if ('error' in normalized) throw new ConfigError(`PACTA_ADMIN_EMAIL ${normalized.error}.`);
  return normalized.email;
}

function metricsTokenVar(env: NodeJS.ProcessEnv): string | null {
  const token = env.PACTA_METRICS_TOKEN || null;
  if (token !== null && token.length < 16)
    throw new ConfigError('PACTA_METRICS_TOKEN is too short: use at least 16 random characters.');
  return token;
}

/** PACTA_PUBLIC_URL, or where Pacta listens (a wildcard address read as loopback). */
function publicUrl(env: NodeJS.ProcessEnv, host: string, port: number): string {
  const raw = env.PACTA_PUBLIC_URL;
  if (raw === undefined || raw === '') {
    const name = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(
      `PACTA_PUBLIC_URL=${raw} is not valid: set it to the http(s) address users open, e.g. https://pacta.example.org.`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function smtpUrlVar(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PACTA_SMTP_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL | null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (url === null || !/^smtps?:$/.test(url.protocol) || !url.hostname) {
    // The URL may hold a password: the message does not repeat it.
    throw new ConfigError(
      'PACTA_SMTP_URL is not valid: set it to smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465, or unset it to write .eml files.',
    );
  }
  return raw;
}

const MAIL_FROM = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

function mailFromVar(env: NodeJS.ProcessEnv): string {
  const raw = (env.PACTA_MAIL_FROM ?? '').trim();
  if (raw === '') return 'Pacta <pacta@localhost>';
  if (!MAIL_FROM.test(raw)) {
    throw new ConfigError(
      `PACTA_MAIL_FROM=${raw} is not valid: set it to an address, e.g. pacta@example.org or "Pacta <pacta@example.org>".`,
    );
  }
  return raw;
}

/**
 * Reads and checks the environment; the first problem found becomes a one-line ConfigError.
 * `terminal`: whether stdout is a terminal, where the logs default to `pretty` (unless
 * NODE_ENV=production); elsewhere to `json`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, terminal = false): AppConfig {
  const dataDir = resolve(env.PACTA_DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL is not a PostgreSQL URL: use postgres://user:pass@host:5432/db, or unset it for the embedded database.',
    );
  }
  let jwtSecret = env.JWT_SECRET || '';
  if (!jwtSecret) {
    if (databaseUrl !== null) {
      throw new ConfigError(
        'JWT_SECRET is required when DATABASE_URL is set: set it to a random string of at least 32 characters.',
      );
    }
    jwtSecret = loadOrCreateSecrets(dataDir).jwtSecret;
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET is too short: use at least 32 random characters.');
  }
  const adminEmail = adminEmailVar(env, databaseUrl);
  const adminPassword = env.PACTA_ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 12) {
    throw new ConfigError('PACTA_ADMIN_PASSWORD is too short: use at least 12 characters.');
  }
  // On a server database the first admin has no default address: a password alone would be
  // ignored, and the operator would find no admin to sign in as.
  if (adminPassword !== null && adminEmail === null) {
    throw new ConfigError(
      'PACTA_ADMIN_PASSWORD is set but PACTA_ADMIN_EMAIL is not: with DATABASE_URL, name the first admin with PACTA_ADMIN_EMAIL.',
    );
  }
  const port = intVar(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  return {
    databaseUrl,
    dataDir,
    port,
    host,
    jwtSecret,
    jwtTtlSeconds: intVar(env, 'PACTA_TOKEN_TTL_SECONDS', 900, 30, 86400),
    migrate: boolVar(env, 'PACTA_MIGRATE', true),
    adminEmail,
    adminPassword,
    corsOrigins: (env.PACTA_CORS_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimitBytes: intVar(env, 'PACTA_BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: oneOf(
      env,
      'LOG_FORMAT',
      LOG_FORMATS,
      terminal && env.NODE_ENV !== 'production' ? 'pretty' : 'json',
    ),
    statementTimeoutMs: intVar(env, 'PACTA_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    poolSize: intVar(env, 'PACTA_DB_POOL_SIZE', 10, 1, 200),
    trustProxy: trustProxyVar(env),
    metricsToken: metricsTokenVar(env),
    publicUrl: publicUrl(env, host, port),
    webDir: resolve(env.PACTA_WEB_DIR || './dist/web'),
    sessionMaxSeconds: intVar(env, 'PACTA_SESSION_MAX_SECONDS', 12 * 3600, 60, 30 * 86400),
    sessionIdleSeconds: intVar(env, 'PACTA_SESSION_IDLE_SECONDS', 3600, 60, 30 * 86400),
    maxUploadBytes: intVar(env, 'PACTA_MAX_UPLOAD_BYTES', 52_428_800, 1, 2_147_483_647),
    smtpUrl: smtpUrlVar(env),
    mailFrom: mailFromVar(env),
    webhookAllowPrivate: boolVar(env, 'PACTA_WEBHOOK_ALLOW_PRIVATE', false),
    webhookConnectTimeoutMs: intVar(env, 'PACTA_WEBHOOK_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
    webhookTimeoutMs: intVar(env, 'PACTA_WEBHOOK_TIMEOUT_MS', 10_000, 100, 300_000),
    notificationsWorker: boolVar(env, 'PACTA_NOTIFICATIONS_WORKER', true),
    notificationsPollMs: intVar(env, 'PACTA_NOTIFICATIONS_POLL_MS', 2000, 10, 600_000),
    notificationsScheduleMs: intVar(env, 'PACTA_NOTIFICATIONS_SCHEDULE_MS', 60_000, 100, 86_400_000),
    notificationsBackoffBaseMs: intVar(env, 'PACTA_NOTIFICATIONS_BACKOFF_BASE_MS', 30_000, 100, 3_600_000),
  };
}
