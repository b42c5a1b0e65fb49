import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { SqlParams } from '../common/paging';
import { Row } from '../common/register';
import { DashboardQuery } from './dto/dashboard.dto';
import { countrySql, milestoneVisibility, overdueSql, progressSql } from './milestone.sql';
import { MILESTONE_STATUSES } from './milestone.workflow';

const LIST_LIMIT = 100;
const GROUP_LIMIT = 100;

const STATUS_COUNTS = MILESTONE_STATUSES.map(
  (s) => `count(*) FILTER (WHERE f.status = '${s}')::int AS "${s}"`,
).join(', ');

function byStatus(row: Row): Record<string, number> {
  return Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, row[s] ?? 0]));
}

/**
 * The milestone dashboard, aggregated in SQL over the milestones this actor may see (clearance
 * applies to every count): one scan with GROUPING SETS gives the totals and the document, summit
 * and sector views; owners, the overdue list and the due-soon list are one query each.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async milestones(actor: Actor, query: DashboardQuery): Promise<Row> {
    const days = query.days ?? 30;
    /** Each query gets its own parameters (PostgreSQL refuses unused ones). */
    const run = (build: (filter: (a: string) => string, dueSoon: (a: string) => string) => string) => {
      const params = new SqlParams();
      const filter = (a: string) => {
        const where = [milestoneVisibility(actor, params, a)];
        if (query.sector?.length) where.push(`${a}.sector = ANY(${params.p(query.sector)})`);
        if (query.country?.length) where.push(countrySql(a, params.p(query.country)));
        if (query.ownerInstitutionId) {
          where.push(
            `EXISTS (SELECT 1 FROM milestone_owners fo WHERE fo.milestone_id = ${a}.id AND fo.institution_id = ${params.p(query.ownerInstitutionId)})`,
          );
        }
        return where.join(' AND ');
      };
      const dueSoon = (a: string) =>
        `(${a}.due_on >= current_date AND ${a}.due_on <= current_date + ${params.p(days)}::int AND ${a}.status NOT IN ('completed', 'cancelled'))`;
      const sql = build(filter, dueSoon);
      return this.dataSource.query(sql, params.values);
    };
    const filtered = (filter: (a: string) => string, dueSoon: (a: string) => string) =>
      `SELECT m.id, m.status, m.document_id, m.summit_id, m.sector,
        ${progressSql('m')} AS progress, ${overdueSql('m')} AS overdue, ${dueSoon('m')} AS due_soon
      FROM milestones m WHERE ${filter('m')}`;
    const aggregates = `count(*)::int AS count, count(*) FILTER (WHERE f.overdue)::int AS overdue,
      count(*) FILTER (WHERE f.due_soon)::int AS "dueSoon", ${STATUS_COUNTS},
      round(avg(f.progress), 2)::float8 AS "averageProgress"`;
    const listColumns = `m.id, m.title, m.status, m.due_on AS "dueOn", m.sector, m.document_id AS "documentId",
      m.summit_id AS "summitId", (${progressSql('m')})::float8 AS "progressPercent", ${overdueSql('m')} AS overdue`;
    const [groups, owners, overdue, soon, [{ today }]] = await Promise.all([
      run(
        (filter, dueSoon) => `WITH f AS MATERIALIZED (${filtered(filter, dueSoon)}),
        g AS (SELECT CASE WHEN grouping(f.document_id) = 0 THEN 'document' WHEN grouping(f.summit_id) = 0 THEN 'summit'
                          WHEN grouping(f.sector) = 0 THEN 'sector' ELSE 'total' END AS view,
                     f.document_id, f.summit_id, f.sector, ${aggregates}
                FROM f GROUP BY GROUPING SETS ((f.document_id), (f.summit_id), (f.sector), ())),
        r AS (SELECT g.*, row_number() OVER (PARTITION BY g.view ORDER BY g.count DESC, g.document_id, g.summit_id, g.sector) AS rank FROM g)
        SELECT r.*, COALESCE(r.document_id::text, r.summit_id::text, r.sector) AS key,
               COALESCE(d.title, s.title, r.sector) AS label
          FROM r LEFT JOIN documents d ON r.view = 'document' AND d.id = r.document_id
                 LEFT JOIN summits s ON r.view = 'summit' AND s.id = r.summit_id
         WHERE r.rank <= ${GROUP_LIMIT} ORDER BY r.view, r.rank`,
      ),
      run(
        (filter, dueSoon) => `WITH f AS (${filtered(filter, dueSoon)}),
        g AS (SELECT o.institution_id, ${aggregates} FROM f JOIN milestone_owners o ON o.milestone_id = f.id
               GROUP BY o.institution_id ORDER BY count DESC, o.institution_id LIMIT ${GROUP_LIMIT})
        SELECT g.*, g.institution_id::text AS key, i.name AS label
          FROM g JOIN institutions i ON i.id = g.institution_id ORDER BY g.count DESC, g.institution_id`,
      ),
      run(
        (filter) => `SELECT ${listColumns} FROM milestones m WHERE ${filter('m')} AND ${overdueSql('m')}
          ORDER BY m.due_on, m.id LIMIT ${LIST_LIMIT}`,
      ),
      run(
        (filter, dueSoon) => `SELECT ${listColumns} FROM milestones m WHERE ${filter('m')} AND ${dueSoon('m')}
          ORDER BY m.due_on, m.id LIMIT ${LIST_LIMIT}`,
      ),
      this.dataSource.query('SELECT current_date::text AS today'),
    ]);
    const view = (name: string) => groups.filter((g: Row) => g.view === name).map(group);
    const total: Row = groups.find((g: Row) => g.view === 'total') ?? { count: 0, overdue: 0, dueSoon: 0 };
    return {
      today,
      days,
      counts: {
        total: total.count,
        overdue: total.overdue,
        dueSoon: total.dueSoon,
        byStatus: byStatus(total),
      },
      overdue: { total: total.overdue, items: overdue },
      dueSoon: { total: total.dueSoon, items: soon },
      byDocument: view('document'),
      bySummit: view('summit'),
      bySector: view('sector'),
      byOwner: owners.map(group),
    };
  }
}

function group(row: Row): Row {
  return {
    key: row.key ?? null,
    label: row.label ?? null,
    count: row.count,
    overdue: row.overdue,
    byStatus: byStatus(row),
    averageProgress: row.averageProgress,
  };
}
