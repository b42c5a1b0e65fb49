import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { progressReportVisibility } from '../auth/clearance';
import { AuditService } from '../audit/audit.service';
import { keyset, Page, SqlParams, toPage } from '../common/paging';
import { Problem } from '../common/problem';
import { inTransaction, Row } from '../common/register';
import { recordMilestoneEvent } from '../notifications/outbox';
import { CreateProgressDto, ProgressListQuery } from './dto/progress.dto';
import { MilestonesService } from './milestones.service';

const REPORT_COLUMNS = `p.id, p.milestone_id AS "milestoneId", p.as_of AS "asOf", p.value, p.note,
  p.created_at AS "createdAt", p.created_by AS "createdBy"`;

/**
 * Progress reports: appended, never overwritten. A report locks its milestone, so parallel
 * reports queue up and `latestValue` always follows the report with the latest asOf (on the same
 * day, the last reported); each one bumps the milestone's version and appends one audit event.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
  ) {}

  report(actor: Actor, milestoneId: string, dto: CreateProgressDto): Promise<Row> {
    const register = this.milestones.register;
    return inTransaction(this.dataSource, async (manager) => {
      const milestone = await register.findVisible(actor, milestoneId, manager, true);
      if (milestone.status === 'cancelled') {
        throw Problem.conflict(
          'milestone-cancelled',
          'A cancelled milestone takes no more progress reports.',
        );
      }
      if (dto.value !== undefined && milestone.indicatorName === null) {
        throw Problem.unprocessable('This milestone has no indicator, so a report cannot carry a value.', [
          { field: 'value', message: 'only for a milestone with an indicator' },
        ]);
      }
      const [report] = await manager.query(
        `INSERT INTO progress_reports AS p (milestone_id, as_of, value, note, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${REPORT_COLUMNS}`,
        [milestoneId, dto.asOf, dto.value ?? null, dto.note, actor.id],
      );
      const [[after]] = await manager.query(
        `UPDATE milestones m
            SET (latest_value, latest_as_of) = (
                  SELECT l.value, l.as_of FROM progress_reports l
                   WHERE l.milestone_id = m.id AND l.value IS NOT NULL
                   ORDER BY l.as_of DESC, l.seq DESC LIMIT 1),
                version = version + 1, updated_at = now(), updated_by = $2
          WHERE m.id = $1
         RETURNING m.latest_value AS "latestValue", m.version, m.document_id AS "documentId", m.classification`,
        [milestoneId, actor.id],
      );
      await this.audit.append(manager, actor, {
        action: 'progress.report',
        entityType: 'milestone',
        entityId: milestoneId,
        changes: {
          progress: [null, { ...report, createdAt: new Date(report.createdAt).toISOString() }],
          latestValue: [milestone.latestValue, after.latestValue],
        },
        milestoneId,
        documentId: after.documentId,
        classification: after.classification,
      });
      await recordMilestoneEvent(
        manager,
        'progress.reported',
        milestoneId,
        { reportId: report.id, asOf: report.asOf, value: report.value, note: report.note },
        actor.id,
      );
      return report;
    });
  }

  /**
   * Newest first: asOf descending, then the last reported; keyset-paged. Only the reports the
   * actor may see: one written while the milestone was above the actor's clearance (before a
   * move or a downgrade) stays hidden, as its audit event does.
   */
  async list(actor: Actor, milestoneId: string, query: ProgressListQuery): Promise<Page<Row>> {
    await this.milestones.register.findVisible(actor, milestoneId);
    const params = new SqlParams();
    const where = [`p.milestone_id = ${params.p(milestoneId)}`, progressReportVisibility(actor, params, 'p')];
    const ks = keyset(query, { asOf: { expr: 'p.as_of', type: 'date' } }, '-asOf', 'p.seq', params, 'bigint');
    if (ks.after) where.push(ks.after);
    const limit = query.limit ?? 50;
    const rows = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS}, ${ks.select} FROM progress_reports p WHERE ${where.join(' AND ')}
       ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, ks, (row) => row);
  }
}
