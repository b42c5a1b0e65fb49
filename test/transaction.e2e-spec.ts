import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { inTransaction } from '../src/database/transaction';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

/** The transaction helper every write and the dashboard snapshot go through. */
describe('inTransaction', () => {
  let database: { name: string; url: string };
  let ds: DataSource;
  const sent: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = new DataSource({
      ...dataSourceOptions({ url: database.url, poolSize: 2 }),
      logging: ['query'],
      logger: {
        logQuery: (query: string) => void sent.push(query),
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      },
    } as ConstructorParameters<typeof DataSource>[0]);
    await ds.initialize();
    await ds.query('CREATE TABLE tx_probe (n int)');
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(database.name);
  });

  beforeEach(() => {
    sent.length = 0;
  });

  it('opens the transaction in one round trip, at READ COMMITTED by default', async () => {
    const level = await inTransaction(ds, async (m) => (await m.query('SHOW transaction_isolation'))[0]);
    expect(level.transaction_isolation).toBe('read committed');
    expect(sent).toEqual(['BEGIN ISOLATION LEVEL READ COMMITTED', 'SHOW transaction_isolation', 'COMMIT']);
  });

  it('opens a REPEATABLE READ snapshot when asked, still in one round trip', async () => {
    const level = await inTransaction(
      ds,
      async (m) => (await m.query('SHOW transaction_isolation'))[0],
      'REPEATABLE READ',
    );
    expect(level.transaction_isolation).toBe('repeatable read');
    expect(sent.filter((q) => /TRANSACTION|BEGIN/.test(q))).toEqual([
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
    ]);
  });

  it('commits the work when it succeeds', async () => {
    await inTransaction(ds, (m) => m.query('INSERT INTO tx_probe VALUES (1)'));
    expect(await ds.query('SELECT n FROM tx_probe WHERE n = 1')).toEqual([{ n: 1 }]);
  });

  it('rolls the work back and rethrows the error when it fails', async () => {
    const failing = inTransaction(ds, async (m) => {
      await m.query('INSERT INTO tx_probe VALUES (2)');
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(sent[sent.length - 1]).toBe('ROLLBACK');
    expect(await ds.query('SELECT n FROM tx_probe WHERE n = 2')).toEqual([]);
  });

  it('nests an inner TypeORM transaction as a savepoint of the outer one', async () => {
    const failing = inTransaction(ds, async (m) => {
      await m.query('INSERT INTO tx_probe VALUES (3)');
      await m.transaction((inner) => inner.query('INSERT INTO tx_probe VALUES (4)'));
      throw new Error('outer fails');
    });
    await expect(failing).rejects.toThrow('outer fails');
    expect(sent).toContain('SAVEPOINT typeorm_1');
    expect(await ds.query('SELECT n FROM tx_probe WHERE n IN (3, 4)')).toEqual([]);
  });

  it('returns the connection to the pool after success and after failure', async () => {
    for (let i = 0; i < 5; i++) {
      await inTransaction(ds, (m) => m.query('SELECT 1'));
      await inTransaction(ds, async () => Promise.reject(new Error('x'))).catch(() => undefined);
    }
    // A pool of 2: a leaked connection would make this wait out the 3 s connection timeout.
    await expect(inTransaction(ds, (m) => m.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });
});
