import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { directReads } from '../src/database/direct-reads';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The client-side read timeout (src/database/data-source.ts, FailFastClient): a server that stops
 * answering costs a query at most the statement timeout plus a second, then the connection is
 * ended and the pool replaces it. A session that turns the server's own statement_timeout off and
 * waits on a lock another session holds stands in for a server that does not answer.
 */
describe('a query the server never answers is given up on the client', () => {
  let t: TestApp;
  let db: DataSource;
  let holder: DataSource;
  const LOCK = 771_771;

  beforeAll(async () => {
    t = await startTestApp({ notificationsWorker: false });
    // statement timeout 300 ms: the read timeout is 1.3 s
    db = createDataSource({ url: t.config.databaseUrl!, poolSize: 2, statementTimeoutMs: 300 });
    holder = createDataSource({ url: t.config.databaseUrl!, poolSize: 1 });
    await Promise.all([db.initialize(), holder.initialize()]);
  });
  afterAll(async () => {
    await db.destroy();
    await holder.destroy();
    await t.close();
  });

  /** Runs `wait` while another session holds the advisory lock it waits for. */
  async function whileLocked<T>(wait: () => Promise<T>): Promise<T> {
    const runner = holder.createQueryRunner();
    await runner.query(`SELECT pg_advisory_lock(${LOCK})`);
    try {
      return await wait();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
      await runner.release();
    }
  }

  const hang = `SET statement_timeout = 0; SELECT pg_advisory_lock(${LOCK})`;

  it.each([
    ['through the DataSource (TypeORM, a promise)', (d: DataSource) => d.query(hang)],
    ['through the pool directly (pg.Pool, a callback)', (d: DataSource) => directReads(d).query(hang)],
  ])('fails with "Query read timeout" after the bound, %s', async (_name, run) => {
    const started = Date.now();
    const error = await whileLocked(() =>
      run(db).then(
        () => null,
        (e: Error) => e,
      ),
    );
    const waited = Date.now() - started;
    expect(error?.message).toMatch(/Query read timeout/);
    // 1.3 s bound, looked at every 250 ms: neither early nor long after
    expect(waited).toBeGreaterThanOrEqual(1_300);
    expect(waited).toBeLessThan(5_000);
  });

  it('answers the next query on a fresh connection', async () => {
    await expect(db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    await expect(directReads(db).query('SELECT 2 AS two')).resolves.toEqual([{ two: 2 }]);
  });

  it('leaves a slow query alone while it is within the bound, and an idle transaction too', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      // 0.25 s of work, then 1.6 s idle inside the transaction (no query in flight), then more work
      await runner.query('SELECT pg_sleep(0.25)');
      await new Promise((r) => setTimeout(r, 1_600));
      await expect(runner.query('SELECT 3 AS three')).resolves.toEqual([{ three: 3 }]);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  });

  it('lets the server refuse first when it can: statement_timeout still answers as before', async () => {
    await expect(db.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
  });
});
