import { documentVisibility, milestoneVisibility, readerLevel, type Reader } from '../auth/clearance';
import { SqlParams } from '../common/paging';
import type { Row } from '../registers/register';
import type { DashboardQuery } from './dto/dashboard.dto';
import { countrySql, overdueSql, progressSql } from './milestone.sql';
import { MILESTONE_STATUSES } from './milestone.workflow';

const LIST_LIMIT = 100;
const GROUP_LIMIT = 100;

/** Who is looking: the dashboard depends on nothing else about the user than clearance. */
export type DashboardScope = Reader;

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The statements, in the order they run: `totals` answers the counts and the sector groups in one scan. */
export const VIEWS = ['totals', 'byDocument', 'bySummit', 'byOwner', 'overdue', 'dueSoon'] as const;
export type View = (typeof VIEWS)[number];

/** Read first, in the same snapshot: the chain head moves with every committed write. */
export const DASHBOARD_HEAD_SQL =
  'SELECT seq, current_date::text AS today FROM audit_chain_head WHERE id = 1';

const STATUS_COUNTS = MILESTONE_STATUSES.map(
  (s) => `count(*) FILTER (WHERE m.status = '${s}')::int AS "${s}"`,
).join(', ');
const SUMMED_STATUS_COUNTS = MILESTONE_STATUSES.map(
  (s) => `COALESCE(sum(r.n) FILTER (WHERE r.status = '${s}'), 0)::int AS "${s}"`,
).join(', ');

type GroupDimension = 'document' | 'summit' | 'owner';

/**
 * Whether the dashboard reads the counts the database keeps (migration MilestoneRollups: per
 * reader level, sector, status and due date, and per document, summit and owner) rather than
 * counting the visible milestones: it does unless a country, sector or owner filter narrows the
 * milestones, since the kept counts are not split by those. Both give the same answer
 * (test/milestone-rollup.e2e-spec.ts); the kept counts do not grow with the milestones.
 */
export function readsSummaries(query: DashboardQuery): boolean {
  return !query.country?.length && !query.sector?.length && !query.ownerInstitutionId;
}

/**
 * The dashboard's statements, each a single scan of the visible milestones: the counts and the
 * sector groups together (grouping sets), each other grouped view by a hash aggregate cut to its
 * largest groups (top-N, no full sort), the two lists by the due-date index. Pacta and the benchmark's raw server both run these.
 */
export function dashboardStatements(
  scope: DashboardScope,
  query: DashboardQuery,
  /** `scan`: count the milestones even where the kept counts would answer (the tests compare both). */
  options: { scan?: boolean } = {},
): Record<View, Statement> {
  const scan = options.scan === true || !readsSummaries(query);
  const days = query.days ?? 30;
  const level = readerLevel(scope);
  /** Each statement gets its own parameters (PostgreSQL refuses unused ones). */
  const build = (
    make: (filter: () => string, dueSoon: (alias?: string) => string, params: SqlParams) => string,
  ): Statement => {
    const params = new SqlParams();
    // Built when first used: a statement that reads only the kept counts takes no filter's parameters.
    let where: string | undefined;
    const filter = () => {
      if (where !== undefined) return where;
      const terms = [milestoneVisibility(scope, params, 'm')];
      if (query.sector?.length) terms.push(`m.sector = ANY(${params.p(query.sector)})`);
      if (query.country?.length) terms.push(countrySql('m', params.p(query.country)));
      if (query.ownerInstitutionId) {
        terms.push(
          `EXISTS (SELECT 1 FROM milestone_owners fo WHERE fo.milestone_id = m.id AND fo.institution_id = ${params.p(query.ownerInstitutionId)})`,
        );
      }
      return (where = terms.join(' AND '));
    };
    const dueSoon = (alias = 'm') =>
      `(${alias}.due_on >= current_date AND ${alias}.due_on <= current_date + ${params.p(days)}::int AND ${alias}.status NOT IN ('completed', 'cancelled'))`;
    return { sql: make(filter, dueSoon, params), params: params.values };
  };
  const aggregates = (dueSoon: () => string) => `count(*)::int AS count,
    count(*) FILTER (WHERE ${overdueSql('m')})::int AS overdue,
    count(*) FILTER (WHERE ${dueSoon()})::int AS "dueSoon", ${STATUS_COUNTS},
    round(avg(${progressSql('m')}), 2)::float8 AS "averageProgress"`;
  /**
   * The largest groups of one view: a count-only hash aggregate picks the top keys, then the full
   * aggregates run for those keys alone (through the key's index), not for every group.
   */
  const view = (
    dimension: GroupDimension,
    column: string,
    label: (params: SqlParams) => string,
    from = 'milestones m',
  ) => {
    const joined = from.includes(' JOIN ') ? `(${from})` : from;
    // The largest groups: from the kept counts (an index scan in count order), or by counting.
    const top = (filter: () => string, params: SqlParams) =>
      scan
        ? `SELECT ${column} AS key, count(*) AS n FROM ${from} WHERE ${filter()}
          GROUP BY ${column} ORDER BY n DESC, ${column} NULLS LAST LIMIT ${GROUP_LIMIT}`
        : `SELECT r.key, r.n FROM milestone_group_rollup r
          WHERE r.clearance = ${params.p(level)} AND r.dimension = '${dimension}' AND r.n > 0
          ORDER BY r.n DESC, r.key NULLS LAST LIMIT ${GROUP_LIMIT}`;
    return build(
      (filter, dueSoon, params) => `WITH top AS (${top(filter, params)}),
       g AS (
         SELECT t.key, t.n, ${aggregates(dueSoon)} FROM top t JOIN ${joined} ON ${column} = t.key WHERE ${filter()} GROUP BY t.key, t.n
         UNION ALL
         SELECT t.key, t.n, ${aggregates(dueSoon)} FROM top t JOIN ${joined} ON ${column} IS NULL
          WHERE t.key IS NULL AND ${filter()} GROUP BY t.key, t.n)
       SELECT g.*, g.key::text AS key, ${label(params)} AS label FROM g ORDER BY g.n DESC, g.key NULLS LAST`,
    );
  };
  const listColumns = `m.id, m.title, m.status, m.due_on AS "dueOn", m.sector, m.document_id AS "documentId",
    m.summit_id AS "summitId", (${progressSql('m')})::float8 AS "progressPercent", ${overdueSql('m')} AS overdue`;
  return {
    // The counts (the empty grouping set) and the sector groups (few, large: one pass is cheaper
    // than looking each group up again) from one scan; `whole` tells the counts' row apart from a
    // milestone without a sector. The counts' row has the largest n, so it is the first of the
    // GROUP_LIMIT + 1 rows.
    totals: build((filter, dueSoon, params) =>
      scan
        ? `SELECT grouping(m.sector) = 1 AS whole, m.sector AS key, m.sector AS label, count(*) AS n,
         ${aggregates(dueSoon)} FROM milestones m WHERE ${filter()}
        GROUP BY GROUPING SETS ((), (m.sector)) ORDER BY whole DESC, n DESC, m.sector NULLS LAST LIMIT ${GROUP_LIMIT + 1}`
        : // The same figures as sums of the kept rows of the reader's level (n > 0: a row whose
          // milestones have all moved away stays, empty).
          `SELECT grouping(r.sector) = 1 AS whole, r.sector AS key, r.sector AS label, COALESCE(sum(r.n), 0) AS n,
         COALESCE(sum(r.n), 0)::int AS count,
         COALESCE(sum(r.n) FILTER (WHERE ${overdueSql('r')}), 0)::int AS overdue,
         COALESCE(sum(r.n) FILTER (WHERE ${dueSoon('r')}), 0)::int AS "dueSoon", ${SUMMED_STATUS_COUNTS},
         round(sum(r.progress_sum) / NULLIF(sum(r.progress_n), 0), 2)::float8 AS "averageProgress"
         FROM milestone_rollup r WHERE r.clearance = ${params.p(level)} AND r.n > 0
        GROUP BY GROUPING SETS ((), (r.sector)) ORDER BY whole DESC, n DESC, r.sector NULLS LAST LIMIT ${GROUP_LIMIT + 1}`,
    ),
    byDocument: view(
      'document',
      'm.document_id',
      (params) =>
        `(SELECT d.title FROM documents d WHERE d.id = g.key AND ${documentVisibility(scope, params, 'd')})`,
    ),
    bySummit: view('summit', 'm.summit_id', () => '(SELECT s.title FROM summits s WHERE s.id = g.key)'),
    byOwner: view(
      'owner',
      'o.institution_id',
      () => '(SELECT i.name FROM institutions i WHERE i.id = g.key)',
      'milestones m JOIN milestone_owners o ON o.milestone_id = m.id',
    ),
    overdue: build(
      (filter) => `SELECT ${listColumns} FROM milestones m WHERE ${filter()} AND ${overdueSql('m')}
        ORDER BY m.due_on, m.id LIMIT ${LIST_LIMIT}`,
    ),
    dueSoon: build(
      (filter, dueSoon) => `SELECT ${listColumns} FROM milestones m WHERE ${filter()} AND ${dueSoon()}
        ORDER BY m.due_on, m.id LIMIT ${LIST_LIMIT}`,
    ),
  };
}

function byStatus(row: Row): Record<string, number> {
  return Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, row[s] ?? 0]));
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

/** The response from each statement's rows. */
export function assembleDashboard(rows: Record<View, Row[]>, today: string, days: number): Row {
  const [total, ...sectors] = rows.totals;
  return {
    today,
    days,
    counts: { total: total.count, overdue: total.overdue, dueSoon: total.dueSoon, byStatus: byStatus(total) },
    overdue: { total: total.overdue, items: rows.overdue },
    dueSoon: { total: total.dueSoon, items: rows.dueSoon },
    byDocument: rows.byDocument.map(group),
    bySummit: rows.bySummit.map(group),
    bySector: sectors.map(group),
    byOwner: rows.byOwner.map(group),
  };
}

/**
 * Answers by (chain head, today, clearance, query): a hit is exactly what a recomputation would
 * give. Concurrent requests for the same key share one computation (a burst of dashboards right
 * after a write costs one set of statements, not one per request, and waiting holds no connection).
 */
export class DashboardCache {
  private readonly entries = new Map<string, Promise<Row>>();

  constructor(private readonly size = 200) {}

  key(seq: string, today: string, scope: DashboardScope, query: DashboardQuery): string {
    return JSON.stringify([
      seq,
      today,
      scope.visible,
      query.days ?? 30,
      query.country,
      query.sector,
      query.ownerInstitutionId,
    ]);
  }

  get(key: string, compute: () => Promise<Row>): Promise<Row> {
    let answer = this.entries.get(key);
    if (!answer) {
      if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
      answer = compute();
      this.entries.set(key, answer);
      answer.catch(() => this.entries.delete(key));
    }
    return answer;
  }
}

type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

export interface DashboardDatabase {
  /** A plain query (the chain head). */
  query: Query;
  /** Runs `work` in one REPEATABLE READ transaction on one connection. */
  snapshot<T>(work: (query: Query) => Promise<T>): Promise<T>;
}

/**
 * The dashboard: the chain head first, then (on a miss) every statement one after another in one
 * snapshot. An answer cached under head S is served only while the head is still S, that is while
 * no write has committed since it was read, so it equals what the statements would return.
 */
export async function runDashboard(
  db: DashboardDatabase,
  cache: DashboardCache,
  scope: DashboardScope,
  dashboardQuery: DashboardQuery,
): Promise<Row> {
  const [{ seq, today }] = await db.query(DASHBOARD_HEAD_SQL, []);
  return cache.get(cache.key(seq, today, scope, dashboardQuery), () =>
    db.snapshot(async (query) => {
      // Serial plans: on this 2-core machine a parallel scan of the milestones cost more than it
      // saved (the visible count 28 ms parallel, 7 ms serial; the counts' statement 88 → 60 ms at
      // 200 000 documents), and under concurrent requests the workers only compete for the same cores.
      await query(
        `SELECT set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true)`,
        [],
      );
      const statements = dashboardStatements(scope, dashboardQuery);
      const rows = {} as Record<View, Row[]>;
      for (const view of VIEWS) rows[view] = await query(statements[view].sql, statements[view].params);
      return assembleDashboard(rows, today, dashboardQuery.days ?? 30);
    }),
  );
}
