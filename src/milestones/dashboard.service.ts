import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import type { Row } from '../common/register';
import { DashboardCache, runDashboard } from './dashboard.sql';
import { DashboardQuery } from './dto/dashboard.dto';

/**
 * The milestone dashboard over the milestones this actor may see (clearance applies to every
 * count). All statements read one REPEATABLE READ snapshot, one after another on one connection,
 * so a dashboard never takes the whole pool. Answers are cached by the audit chain head read in
 * that snapshot: every committed write anywhere appends an event and moves the head, so a cached
 * answer is served only while nothing has changed since it was computed.
 */
@Injectable()
export class DashboardService {
  private readonly cache = new DashboardCache();

  constructor(private readonly dataSource: DataSource) {}

  milestones(actor: Actor, query: DashboardQuery): Promise<Row> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      runDashboard((sql, params) => manager.query(sql, params), this.cache, actor, query),
    );
  }
}
