import type { DataSource, EntityManager } from 'typeorm';

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
