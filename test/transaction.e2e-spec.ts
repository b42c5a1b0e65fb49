import { DataSource, QueryFailedError } from 'typeorm';
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

/**
 * Without TypeORM logging or subscribers (as Pacta runs), a transaction's plain queries go
 * straight to its pg client: they must answer and fail exactly as TypeORM's path does.
 */
describe('inTransaction, plain queries sent straight to the client', () => {
  let database: { name: string; url: string };
  let direct: DataSource;
  let typeorm: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    direct = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    // The same database through TypeORM's own path: a logger that does nothing turns it on.
    typeorm = new DataSource({
      ...dataSourceOptions({ url: database.url, poolSize: 2 }),
      logging: ['error'],
    } as ConstructorParameters<typeof DataSource>[0]);
    await direct.initialize();
    await typeorm.initialize();
    await direct.query('CREATE TABLE tx_shape (n int PRIMARY KEY, label text)');
  });

  afterAll(async () => {
    await direct.destroy();
    await typeorm.destroy();
    await dropTestDatabase(database.name);
  });

  const statements: [string, string, unknown[]][] = [
    ['a SELECT: its rows', 'SELECT n, label FROM tx_shape WHERE n >= $1 ORDER BY n', [0]],
    ['an INSERT without RETURNING: no rows', "INSERT INTO tx_shape VALUES ($1, 'a')", [100]],
    ['an INSERT … RETURNING: its rows', "INSERT INTO tx_shape VALUES ($1, 'b') RETURNING n, label", [101]],
    ['an UPDATE: [rows, rowCount]', "UPDATE tx_shape SET label = 'c' WHERE n >= $1 RETURNING n", [100]],
    ['an UPDATE of no row: [[], 0]', "UPDATE tx_shape SET label = 'd' WHERE n = $1", [-1]],
    ['a DELETE: [rows, rowCount]', 'DELETE FROM tx_shape WHERE n = $1 RETURNING label', [101]],
    ['a statement without parameters', 'SELECT 1 AS one', []],
  ];

  it.each(statements)('answers %s as TypeORM does', async (_, sql, params) => {
    await direct.query('DELETE FROM tx_shape');
    await direct.query("INSERT INTO tx_shape VALUES (1, 'x'), (2, 'y')");
    // Each side runs in a transaction that rolls back, so both see the same rows.
    const answer = async (ds: DataSource) => {
      let result: unknown;
      await inTransaction(ds, async (m) => {
        result = await m.query(sql, params);
        throw new Error('roll back');
      }).catch(() => undefined);
      return result;
    };
    const viaTypeorm = await answer(typeorm);
    expect(viaTypeorm).toBeDefined();
    await expect(answer(direct)).resolves.toEqual(viaTypeorm);
  });

  it('takes the direct path only without logging or subscribers (the comparison above is of two paths)', async () => {
    const own = (ds: DataSource) => inTransaction(ds, async (m) => Object.hasOwn(m, 'query'));
    await expect(own(direct)).resolves.toBe(true);
    await expect(own(typeorm)).resolves.toBe(false);
  });

  it("fails with TypeORM's QueryFailedError, the driver's error inside, and rolls back", async () => {
    await direct.query('DELETE FROM tx_shape');
    await direct.query("INSERT INTO tx_shape VALUES (1, 'x')");
    const failing = inTransaction(direct, async (m) => {
      await m.query("INSERT INTO tx_shape VALUES (2, 'kept?')");
      await m.query("INSERT INTO tx_shape VALUES (1, 'duplicate')");
    });
    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
    expect((error as QueryFailedError).query).toBe("INSERT INTO tx_shape VALUES (1, 'duplicate')");
    expect(await direct.query('SELECT n FROM tx_shape ORDER BY n')).toEqual([{ n: 1 }]);
  });

  it('commits, nests savepoints and keeps repository-style structured calls working', async () => {
    await direct.query('DELETE FROM tx_shape');
    await inTransaction(direct, async (m) => {
      await m.query("INSERT INTO tx_shape VALUES (10, 'outer')");
      await m
        .transaction(async (inner) => {
          await inner.query("INSERT INTO tx_shape VALUES (11, 'inner')");
          throw new Error('inner fails');
        })
        .catch(() => undefined);
      const structured = await m.queryRunner!.query('SELECT count(*)::int AS c FROM tx_shape', [], true);
      expect(structured.records).toEqual([{ c: 1 }]);
    });
    expect(await direct.query('SELECT n, label FROM tx_shape')).toEqual([{ n: 10, label: 'outer' }]);
  });
});
