import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** What runs a read: `query(sql, params)` answering the rows, as DataSource.query does. */
export interface DirectReads {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

const cache = new WeakMap<DataSource, DirectReads>();

/**
 * The hot reads (list pages, get one, history, the signed-in user) through pg's pool directly.
 * `DataSource.query` builds a QueryRunner per statement (an object graph, a connect/release pair,
 * its subscriber broadcasts before and after the query) around the same `pool.query`: measured
 * here (10 concurrent loops, a loaded machine) at 153–238 µs of CPU per small statement against
 * 70–154 µs through the pool. The pool is TypeORM's own (its
 * size, timeouts and fail-fast client), and a failure is the same QueryFailedError, so the
 * problem filter maps it as before. Writes and transactions keep the EntityManager.
 */
export function directReads(dataSource: DataSource): DirectReads {
  let reads = cache.get(dataSource);
  if (!reads) {
    const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
    reads = pool
      ? {
          query: async <T>(sql: string, parameters?: unknown[]) => {
            try {
              return (await pool.query(sql, parameters)).rows as T[];
            } catch (error) {
              throw new QueryFailedError(sql, parameters, error as Error);
            }
          },
        }
      : // Not initialised yet (or another driver): the DataSource itself.
        {
          query: <T>(sql: string, parameters?: unknown[]) =>
            dataSource.query(sql, parameters) as Promise<T[]>,
        };
    if (pool) cache.set(dataSource, reads);
  }
  return reads;
}
