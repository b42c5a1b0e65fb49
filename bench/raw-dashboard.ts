import { countrySql, overdueSql, progressSql } from '../src/milestones/milestone.sql';
import { MILESTONE_STATUSES } from '../src/milestones/milestone.workflow';
import type { RawActor, RawContext } from './raw-routes';

/**
 * The dashboard's statements as DashboardService builds them (copied, parameters collected in
 * the same order), run on the raw pool: the same four queries in parallel plus current_date.
 */
const STATUS_COUNTS = MILESTONE_STATUSES.map(
  (s) => `count(*) FILTER (WHERE f.status = '${s}')::int AS "${s}"`,
).join(', ');

function byStatus(row: any): Record<string, number> {
  return Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, row[s] ?? 0]));
}

function group(row: any) {
  return {
    key: row.key ?? null,
    label: row.label ?? null,
    count: row.count,
    overdue: row.overdue,
    byStatus: byStatus(row),
    averageProgress: row.averageProgress,
  };
}

export function dashboardStatements(
  actor: RawActor,
  query: URLSearchParams,
): { sql: string; params: unknown[] }[] {
  const days = Number(query.get('days') ?? 30);
  const sector = query.get('sector')?.split(',');
  const country = query.get('country')?.split(',');
  const owner = query.get('ownerInstitutionId');
  const build = (make: (filter: (a: string) => string, dueSoon: (a: string) => string) => string) => {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const filter = (a: string) => {
      const where = [
        actor.clearance === 'confidential' ? 'TRUE' : `${a}.classification = ANY(${p(actor.visible)})`,
      ];
      if (sector?.length) where.push(`${a}.sector = ANY(${p(sector)})`);
      if (country?.length) where.push(countrySql(a, p(country)));
      if (owner)
        where.push(
          `EXISTS (SELECT 1 FROM milestone_owners fo WHERE fo.milestone_id = ${a}.id AND fo.institution_id = ${p(owner)})`,
        );
      return where.join(' AND ');
    };
    const dueSoon = (a: string) =>
      `(${a}.due_on >= current_date AND ${a}.due_on <= current_date + ${p(days)}::int AND ${a}.status NOT IN ('completed', 'cancelled'))`;
    return { sql: make(filter, dueSoon), params };
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
  return [
    build(
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
         WHERE r.rank <= 100 ORDER BY r.view, r.rank`,
    ),
    build(
      (filter, dueSoon) => `WITH f AS (${filtered(filter, dueSoon)}),
        g AS (SELECT o.institution_id, ${aggregates} FROM f JOIN milestone_owners o ON o.milestone_id = f.id
               GROUP BY o.institution_id ORDER BY count DESC, o.institution_id LIMIT 100)
        SELECT g.*, g.institution_id::text AS key, i.name AS label
          FROM g JOIN institutions i ON i.id = g.institution_id ORDER BY g.count DESC, g.institution_id`,
    ),
    build(
      (filter) => `SELECT ${listColumns} FROM milestones m WHERE ${filter('m')} AND ${overdueSql('m')}
          ORDER BY m.due_on, m.id LIMIT 100`,
    ),
    build(
      (filter, dueSoon) => `SELECT ${listColumns} FROM milestones m WHERE ${filter('m')} AND ${dueSoon('m')}
          ORDER BY m.due_on, m.id LIMIT 100`,
    ),
  ];
}

export async function dashboard(ctx: RawContext, actor: RawActor, query: URLSearchParams) {
  const days = Number(query.get('days') ?? 30);
  const [a, b, c, d] = dashboardStatements(actor, query);
  const [groups, owners, overdue, soon, [{ today }]] = await Promise.all([
    ctx.query(a.sql, a.params),
    ctx.query(b.sql, b.params),
    ctx.query(c.sql, c.params),
    ctx.query(d.sql, d.params),
    ctx.query('SELECT current_date::text AS today', []),
  ]);
  const view = (name: string) => groups.filter((g: any) => g.view === name).map(group);
  const total = groups.find((g: any) => g.view === 'total') ?? { count: 0, overdue: 0, dueSoon: 0 };
  return {
    today,
    days,
    counts: { total: total.count, overdue: total.overdue, dueSoon: total.dueSoon, byStatus: byStatus(total) },
    overdue: { total: total.overdue, items: overdue },
    dueSoon: { total: total.dueSoon, items: soon },
    byDocument: view('document'),
    bySummit: view('summit'),
    bySector: view('sector'),
    byOwner: owners.map(group),
  };
}
