import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { createApp } from './app';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { Database, openDatabase } from './database/database';
import { UsersService } from './users/users.service';

const SHUTDOWN_DEADLINE_MS = 10_000;

/** Pacta's own lines (start-up, shutdown): a pino-shaped JSON line, or plain text on a terminal. */
function formatLine(config: AppConfig, line: string): string {
  return config.logFormat === 'pretty'
    ? `${line}\n`
    : `${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`;
}

/** Where Pacta listens; on a terminal, where the app, the docs and the API are. */
function welcome(config: AppConfig, ms: number): string {
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [`Pacta listening on ${url} (API ${url}/api/v1, docs ${url}/api/docs) in ${ms} ms`];
  if (config.logFormat === 'pretty') {
    lines[0] = `Pacta listening on ${url} (started in ${ms} ms)`;
    lines.push(`  app       ${url}/`, `  API docs  ${url}/api/docs`, `  API       ${url}/api/v1`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env, process.stdout.isTTY === true);
  const log = (line: string) => process.stdout.write(formatLine(config, line));
  const database = await openDatabase(config, log).catch((error: Error) => {
    throw error instanceof ConfigError
      ? error
      : new ConfigError(
          config.databaseUrl
            ? `DATABASE_URL: cannot use the database (${error.message}); check the URL and that the server runs.`
            : `PACTA_DATA_DIR: cannot start the embedded database in ${config.dataDir} (${error.message}).`,
        );
  });
  let app: NestFastifyApplication | undefined;
  try {
    // One JSON line per request is the default (LOG_LEVEL=info). Written synchronously, each line is
    // a write(2) on the request's path (0.66× of `warn` on the no-database route); written
    // asynchronously one line at a time, it is still a thread-pool `fs.write` per request (9 % of the
    // CPU of a loaded no-database route). So lines are gathered up to 4 KiB (about 20 lines) and written
    // together, and at most 250 ms later on a quiet server (`periodicFlush`). pino flushes what is
    // left synchronously on exit; a kill -9 loses at most those 250 ms of lines. A terminal's pretty
    // lines have their own stream.
    const logStream =
      config.logFormat === 'json'
        ? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 })
        : undefined;
    app = await createApp(config, database.dataSource, logStream ? { logStream } : {});
    const admin = await app.get(UsersService).ensureAdmin(config.adminEmail, config.adminPassword);
    await app.listen({ port: config.port, host: config.host }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL'
        ? new ConfigError(
            `PORT=${config.port} HOST=${config.host}: cannot listen there (${error.code}); set PORT (and HOST) to a free address.`,
          )
        : error;
    });
    handleSignals(app, database, log);
    // One write: whoever reads "Pacta listening" has the login in the same chunk.
    const login = admin?.password
      ? `\n  First admin created. Sign in with:\n    email:    ${admin.email}\n    password: ${admin.password}\n  (printed once; change it with PATCH /api/v1/users/{id})\n\n`
      : '';
    process.stdout.write(formatLine(config, welcome(config, Date.now() - started)) + login);
  } catch (error) {
    // Nothing may outlive a failed start: not the HTTP server, not the embedded database.
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
}

function handleSignals(app: NestFastifyApplication, database: Database, log: (line: string) => void): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    await app.close().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: Error) => {
  console.error(
    error instanceof ConfigError ? error.message : `Pacta failed to start: ${error.stack ?? error.message}`,
  );
  process.exit(1);
});
