import 'reflect-metadata';
import pino from 'pino';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/app-config';
import { openDatabase } from './database/database';
import { UsersService } from './users/users.service';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const log = (line: string) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`);
  const database = await openDatabase(config, log).catch((error: Error) => {
    throw new ConfigError(
      config.databaseUrl
        ? `DATABASE_URL: cannot use the database (${error.message}); check the URL and that the server runs.`
        : `PACTA_DATA_DIR: cannot start the embedded database in ${config.dataDir} (${error.message}).`,
    );
  });
  // One JSON line per request is the default (LOG_LEVEL=info). Written synchronously, each line is
  // a write(2) on the request's path (0.66× of `warn` on the no-database route); an asynchronous
  // destination coalesces the lines written while one write is in flight, and pino flushes it
  // synchronously on exit.
  const logStream = pino.destination({ dest: 1, sync: false });
  const app = await createApp(config, database.dataSource, { logStream });
  const admin = await app.get(UsersService).ensureAdmin(config.adminEmail, config.adminPassword);

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

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host}:${config.port}`;
  log(`Pacta listening on ${url} (API ${url}/api/v1, docs ${url}/api/docs) in ${Date.now() - started} ms`);
  if (admin?.password) {
    process.stdout.write(
      `\n  First admin created. Sign in with:\n    email:    ${admin.email}\n    password: ${admin.password}\n  (printed once; change it with PATCH /api/v1/users/{id})\n\n`,
    );
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof ConfigError ? error.message : `Pacta failed to start: ${error.stack ?? error.message}`,
  );
  process.exit(1);
});
