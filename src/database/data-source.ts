import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming.strategy';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
}

/**
 * A pg client that gives up on a server that stopped answering: after a query's read timeout
 * its connection is destroyed, so the queries queued behind it (a ROLLBACK, the next request
 * on this pooled client) fail at once instead of each waiting out the timeout again, and the
 * pool replaces it. A hung server (or a network partition) then costs a request at most the
 * pool's connection timeout plus the query timeout.
 */
class FailFastClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    // A connection the server terminates emits 'error'. The pool listens while the client is idle
    // and TypeORM while a query runner holds it, but between the two (a runner that has just
    // released it on an earlier error, say) nobody does, and an unheard 'error' event ends the
    // process: the outage drill saw it once when the database was stopped. The owner still learns
    // of the broken connection from its next query, and the pool discards it.
    this.on('error', () => undefined);
  }

  // pg's query() has a dozen overloads (callbacks, submittables, promises), and one override
  // signature cannot restate them without `any`: it passes every form through unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  override query(...args: any[]): any {
    const result = (super.query as (...a: unknown[]) => Promise<unknown> | undefined)(...args);
    if (result && typeof result.catch === 'function') {
      result.catch((error: Error) => {
        if (error?.message === 'Query read timeout') {
          (
            this as unknown as { connection?: { stream?: { destroy(): void } } }
          ).connection?.stream?.destroy();
        }
      });
    }
    return result;
  }
}

/** The one data source definition: app, CLI, tests and benchmarks all build it here. */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName ?? 'pacta',
    extra: {
      max: options.poolSize ?? 10,
      // Fail fast instead of queueing forever when the database is away.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      statement_timeout: options.statementTimeoutMs ?? 15000,
      // The server enforces statement_timeout; this client-side bound covers a server that cannot answer at all.
      query_timeout: (options.statementTimeoutMs ?? 15000) + 1000,
      Client: FailFastClient,
      lock_timeout: 10000,
      idle_in_transaction_session_timeout: 60000,
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
