import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, exited, MAIN, startPacta, stopAll } from './support/pacta-process';

/**
 * The first README command, as a user runs it: `node dist/src/main.js` on a fresh data dir
 * starts the embedded PostgreSQL, prints the admin password once, serves the API, stops
 * cleanly on SIGTERM, and keeps everything across restarts and a SIGKILL.
 */
describe('npm start on the embedded database (smoke)', () => {
  let dataDir: string;

  beforeAll(() => {
    // What `npm start` runs is the build: rebuilt (as prestart does) when a source is newer, so
    // that the test never sees a stale one. (tsc emits even when some other file has a type
    // error; `npm run typecheck` judges those.)
    spawnSync(process.execPath, ['scripts/prepare-dist.mjs'], { encoding: 'utf8' });
    if (!existsSync(MAIN)) throw new Error(`the build did not produce ${MAIN}`);
    dataDir = mkdtempSync(join(tmpdir(), 'pacta-start-'));
  }, 240_000);
  afterAll(async () => {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a working admin login once, keeps data across SIGTERM and SIGKILL restarts', async () => {
    const first = await startPacta(dataDir);
    const password = /password:\s+(\S+)/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    const login = await api(first.port, '/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@pacta.local', password }),
    });
    expect(login.status).toBe(200);
    const token: string = login.body.accessToken;
    const created = await api(first.port, '/institutions', {
      method: 'POST',
      token,
      body: JSON.stringify({ name: 'Ministry of Foreign Affairs', country: 'KZ', kind: 'ministry' }),
    });
    expect(created.status).toBe(201);

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await startPacta(dataDir);
    expect(second.output()).not.toMatch(/password:/);
    const again = await api(second.port, '/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@pacta.local', password }),
    });
    expect(again.status).toBe(200);
    const found = await api(second.port, `/institutions/${created.body.id}`, {
      token: again.body.accessToken,
    });
    expect(found.status).toBe(200);

    // A killed process leaves its embedded server running; the next start must cope.
    second.child.kill('SIGKILL');
    await exited(second.child);
    const third = await startPacta(dataDir);
    const relogin = await api(third.port, '/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@pacta.local', password }),
    });
    const verify = await api(third.port, '/audit-events/verify', { token: relogin.body.accessToken });
    expect(verify.body.valid).toBe(true);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
    // Three start-ups: seconds each, tens of them on a loaded two-core machine.
  }, 300_000);

  it.each([
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/x' }, /^JWT_SECRET is required/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL is not a PostgreSQL URL/],
    [{ PORT: 'eighty' }, /^PORT=eighty is not valid/],
    [{ PACTA_MIGRATE: 'maybe' }, /^PACTA_MIGRATE=maybe is not valid/],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL=verbose is not valid: set it to one of fatal, error, warn, info/],
    [{ LOG_LEVEL: 'INFO' }, /^LOG_LEVEL=INFO is not valid/],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT=xml is not valid: set it to one of json, pretty/],
  ])(
    'exits non-zero with one line naming the variable for %j',
    (env, message) => {
      const result = spawnSync(process.execPath, [MAIN], {
        env: { ...process.env, PACTA_DATA_DIR: dataDir, JWT_SECRET: '', ...env },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    },
    150_000,
  );
});
