import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import type { Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
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

  constructor(private readonly dataSource: DataSource) {}

  milestones(actor: Actor, query: DashboardQuery): Promise<Row> {
    const db = {
      query: (sql: string, params: unknown[]) => this.dataSource.query(sql, params),
      snapshot: <T>(work: (q: (sql: string, params: unknown[]) => Promise<Row[]>) => Promise<T>) =>
        inTransaction(
          this.dataSource,
          (manager) => work((sql, params) => manager.query(sql, params)),
          'REPEATABLE READ',
        ),
    };
    return runDashboard(db, this.cache, actor, query);
  }
}
