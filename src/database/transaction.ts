import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

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
