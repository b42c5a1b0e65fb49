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

/** How often the read-timeout watch looks at the clients with a query in flight. */
const WATCH_PERIOD_MS = 250;

/** What the watch reads of a pg client: whether a query is on the wire, and how many are queued (pg's own fields). */
interface PgQueues {
  _activeQuery?: object | null;
  _queryQueue?: object[];
}

/** Clients that were given a query since the watch last found them idle. */
const watched = new Set<FailFastClient>();
let watch: NodeJS.Timeout | undefined;

/**
 * One timer for the process: a client with queries pending and none finished for longer than
 * its read timeout is given up on. Nothing is allocated, kept or wrapped per query.
 *
 * Why not pg's own `query_timeout`: it wraps each query's callback in a closure that clears a
 * per-query timer, and any such wrapping (measured with a bare pg.Pool, 10 loops of a 51-row
 * page, `--trace-gc-nvp`: a Client subclass that only wraps the callback did it too, one that
 * only passes the arguments through did not) made every scavenge promote ~99.8 % of what
 * survived the one before, where without it ~0 % was: the pages' rows went to the old space,
 * and the old space needed a mark-compact every ~0.6 s under a list load. In Pacta the list and
 * get-one paths promoted likewise; the no-database route did not.
 */
function watchReads(): void {
  if (watch) return;
  watch = setInterval(() => {
    const now = Date.now();
    for (const client of watched) client.check(now);
  }, WATCH_PERIOD_MS);
  // The watch never keeps a process alive on its own.
  watch.unref();
}

/** The pool's options as this client reads them: `readTimeoutMs` is Pacta's own. */
type FailFastConfig = ConstructorParameters<typeof Client>[0] & { readTimeoutMs?: number };

/**
 * A pg client that gives up on a server that stopped answering: when none of its queries has
 * finished for longer than `readTimeoutMs` (the statement timeout plus a second: the server's own
 * bound comes first when it can answer at all; looked at every WATCH_PERIOD_MS) its connection
 * is destroyed with "Query read timeout", so that the query and those queued behind it (a
 * ROLLBACK, the next request on this pooled client) fail at once, and the pool replaces it. A
 * hung server (or a network partition) then costs a request at most the pool's connection
 * timeout plus the read timeout. An idle client (a transaction waiting on its caller) is not timed.
 */
class FailFastClient extends Client {
  readonly readTimeoutMs: number;
  /** Queries given to this client, and how many had finished at the watch's last look. */
  private issued = 0;
  private finished = -1;
  private since = 0;

  constructor(config?: FailFastConfig) {
    super(config);
    this.readTimeoutMs = (typeof config === 'object' && config?.readTimeoutMs) || 0;
    // A connection the server terminates emits 'error'. The pool listens while the client is idle
    // and TypeORM while a query runner holds it, but between the two (a runner that has just
    // released it on an earlier error, say) nobody does, and an unheard 'error' event ends the
    // process: the outage drill saw it once when the database was stopped. The owner still learns
    // of the broken connection from its next query, and the pool discards it.
    this.on('error', () => undefined);
  }

  /**
   * The watch's look at this client: forgets it when idle, gives up when no query has finished for
   * longer than the bound. Progress is counted, not the query object kept: holding it (and its
   * rows) until the next look would keep them out of the young generation again.
   */
  check(now: number): void {
    const queues = this as unknown as PgQueues;
    const pending = (queues._activeQuery ? 1 : 0) + (queues._queryQueue?.length ?? 0);
    if (pending === 0) {
      watched.delete(this);
      return;
    }
    const finished = this.issued - pending;
    if (finished !== this.finished) {
      this.finished = finished;
      this.since = now;
    } else if (now - this.since > this.readTimeoutMs) {
      watched.delete(this);
      (
        this as unknown as { connection?: { stream?: { destroy(error?: Error): void } } }
      ).connection?.stream?.destroy(new Error('Query read timeout'));
    }
  }

  // pg's query() has a dozen overloads (callbacks, submittables, promises), and one override
  // signature cannot restate them without `any`: it passes every form through unchanged (not
  // wrapped: see watchReads).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  override query(...args: any[]): any {
    if (this.readTimeoutMs > 0) {
      this.issued++;
      if (!watched.has(this)) {
        // timed from the watch's first look (at most one period later)
        this.finished = -1;
        watched.add(this);
        watchReads();
      }
    }
    return (super.query as (...a: unknown[]) => unknown)(...args);
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
      // The server enforces statement_timeout; this client-side bound (FailFastClient) covers a
      // server that cannot answer at all.
      readTimeoutMs: (options.statementTimeoutMs ?? 15000) + 1000,
      Client: FailFastClient,
      lock_timeout: 10000,
      idle_in_transaction_session_timeout: 60000,
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
