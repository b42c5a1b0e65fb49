import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import type { Row } from '../common/register';
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
        this.dataSource.transaction('REPEATABLE READ', (manager) =>
          work((sql, params) => manager.query(sql, params)),
        ),
    };
    return runDashboard(db, this.cache, actor, query);
  }
}
