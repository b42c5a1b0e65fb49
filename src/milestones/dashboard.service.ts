import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import type { Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { ConcurrencyLimit } from '../common/concurrency-limit';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { DashboardCache, runDashboard } from './dashboard.sql';
import { DashboardQuery } from './dto/dashboard.dto';

/**
 * The milestone dashboard over the milestones this actor may see (clearance applies to every
 * count); see runDashboard for the snapshot, the cache keyed by the audit chain head and the
 * shared computation of concurrent requests.
 */
@Injectable()
export class DashboardService {
  private readonly cache = new DashboardCache();
  /**
   * Uncached dashboards at once: each holds a pool connection for its whole snapshot, so ten
   * arriving together took all ten connections and every other request waited for the pool
   * until it answered 503. A quarter of the pool (at least one) computes; the rest queue here,
   * and identical requests still share one computation (DashboardCache).
   */
  readonly computing: ConcurrencyLimit;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.computing = new ConcurrencyLimit(Math.max(1, Math.floor(config.poolSize / 4)));
  }

  milestones(actor: Actor, query: DashboardQuery): Promise<Row> {
    const db = {
      query: (sql: string, params: unknown[]) => this.dataSource.query(sql, params),
      snapshot: <T>(work: (q: (sql: string, params: unknown[]) => Promise<Row[]>) => Promise<T>) =>
        this.computing.run(() =>
          inTransaction(
            this.dataSource,
            (manager) => work((sql, params) => manager.query(sql, params)),
            'REPEATABLE READ',
          ),
        ),
    };
    return runDashboard(db, this.cache, actor, query);
  }
}
