import { AsyncLocalStorage } from 'node:async_hooks';
import type { ClientBase } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

/** An enclosing transaction that the services' own `inTransaction` calls join (an import's apply). */
export interface AmbientTransaction {
  manager: EntityManager;
  /** Stamped on every audit event appended inside it. */
  importId?: string;
}

const ambient = new AsyncLocalStorage<AmbientTransaction>();

/** The enclosing transaction, if `withinTransaction` opened one for this call chain. */
export function ambientTransaction(): AmbientTransaction | undefined {
  return ambient.getStore();
}

/**
 * Runs `work` in one transaction in which every service's `inTransaction` joins it instead of
 * opening its own: an import applies many rows through the API's own services, all or nothing.
 */
export function withinTransaction<T>(
  dataSource: DataSource,
  context: Omit<AmbientTransaction, 'manager'>,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return inTransaction(dataSource, (manager) => ambient.run({ ...context, manager }, () => work(manager)));
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** The query runner state TypeORM keeps for a transaction it opened itself. */
interface RunnerState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Runs `work` in one transaction on one pooled connection, opened with a single
 * `BEGIN ISOLATION LEVEL …` round trip. TypeORM's `dataSource.transaction(level, …)` sends
 * `START TRANSACTION` and then `SET TRANSACTION ISOLATION LEVEL …`: two round trips before the
 * first statement, on every write. The runner is then marked as inside a transaction, so
 * TypeORM's own helpers (`manager.transaction`, `save`) nest with savepoints as they would in
 * its own transaction, and `COMMIT`/`ROLLBACK` go through its usual path.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation: IsolationLevel = 'READ COMMITTED',
): Promise<T> {
  const joined = ambient.getStore();
  if (joined) return work(joined.manager);
  const runner = dataSource.createQueryRunner();
  const state = runner as unknown as RunnerState;
  try {
    await runner.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    if (!dataSource.options.logging && !dataSource.subscribers.length) queryDirectly(runner);
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // The original error is the one to report, even when the rollback fails too.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/**
 * The transaction's plain `query` calls (`manager.query(sql, params)`, and TypeORM's own
 * COMMIT/ROLLBACK) sent straight to its pg client, answered as TypeORM answers them (rows;
 * `[rows, rowCount]` for UPDATE and DELETE) and failing with the same QueryFailedError.
 * TypeORM's path (DataSource.query, then the runner's logger, subscriber broadcasts before and
 * after, timing and QueryResult) cost 20 µs of CPU per statement here (50–55 against 30–33 µs
 * through the client, 20 000 statements in a loop), 8–9 statements a transition. Used only when
 * the data source has no TypeORM logging and no subscribers (Pacta's), so that nothing skipped
 * does anything. Structured calls (`query(sql, params, true)`: the repositories' saves) keep
 * TypeORM's path.
 */
function queryDirectly(runner: QueryRunner): void {
  const client = (runner as unknown as { databaseConnection?: ClientBase }).databaseConnection;
  if (!client) return;
  const structured = runner.query.bind(runner);
  const direct = async (query: string, parameters?: unknown[]): Promise<unknown> => {
    try {
      const raw = await client.query(query, parameters);
      return raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows;
    } catch (error) {
      throw new QueryFailedError(query, parameters, error as Error);
    }
  };
  runner.query = ((query: string, parameters?: unknown[], useStructuredResult?: boolean) =>
    useStructuredResult
      ? structured(query, parameters, true)
      : runner.isReleased
        ? structured(query, parameters)
        : direct(query, parameters)) as QueryRunner['query'];
  runner.manager.query = ((query: string, parameters?: unknown[]) =>
    runner.isReleased ? structured(query, parameters) : direct(query, parameters)) as EntityManager['query'];
}
