import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
  logLevel: string;
  /** Statement timeout so that nothing hangs on a sick database. */
  statementTimeoutMs: number;
  poolSize: number;
  /** The largest attachment file accepted (413 above it). */
  maxUploadBytes: number;
}

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
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
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

/** Reads and checks the environment; the first problem found becomes a one-line ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
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
  const adminEmail = env.PACTA_ADMIN_EMAIL || (databaseUrl === null ? 'admin@pacta.local' : null);
  const adminPassword = env.PACTA_ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 12) {
    throw new ConfigError('PACTA_ADMIN_PASSWORD is too short: use at least 12 characters.');
  }
  return {
    databaseUrl,
    dataDir,
    port: intVar(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
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
    logLevel: env.LOG_LEVEL || 'info',
    statementTimeoutMs: intVar(env, 'PACTA_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    poolSize: intVar(env, 'PACTA_DB_POOL_SIZE', 10, 1, 200),
    maxUploadBytes: intVar(env, 'PACTA_MAX_UPLOAD_BYTES', 52_428_800, 1, 2_147_483_647),
  };
}
