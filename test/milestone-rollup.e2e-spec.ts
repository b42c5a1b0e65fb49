import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { readerFor, CLASSIFICATIONS } from '../src/auth/clearance';
import {
  assembleDashboard,
  dashboardStatements,
  readsSummaries,
  VIEWS,
  type View,
} from '../src/milestones/dashboard.sql';
import type { DashboardQuery } from '../src/milestones/dto/dashboard.dto';
import type { Row } from '../src/registers/register';

/**
 * The dashboard's kept counts (migration MilestoneRollups) against the milestones themselves:
 * after every kind of change, the counts the triggers kept equal a rebuild from the tables, and
 * the dashboard answered from them equals the one that counts the visible milestones, at every
 * clearance level.
 */
describe('milestone dashboard: the kept counts', () => {
  let t: TestApp;
  let manager: string;
  let f: Factories;
  const ids: Record<string, string> = {};
  const base = '/api/v1/milestones';

  const ROLLUP_SQL = `SELECT clearance, sector, status, due_on::text, n::int, progress_sum::text, progress_n::int
    FROM milestone_rollup WHERE n <> 0 OR progress_n <> 0 ORDER BY 1, 2, 3, 4`;
  const GROUPS_SQL = `SELECT clearance, dimension, key, n::int FROM milestone_group_rollup WHERE n <> 0 ORDER BY 1, 2, 3`;
  const read = async (query: (sql: string) => Promise<Row[]>) => ({
    rollup: await query(ROLLUP_SQL),
    groups: await query(GROUPS_SQL),
  });
  const kept = () => read((sql) => t.db.query(sql));

  /** What the triggers kept, then the same rebuilt from the tables (in a transaction rolled back). */
  const keptAndRebuilt = async () => {
    const now = await kept();
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('SELECT pacta_milestone_rollup_rebuild()');
      return { now, rebuilt: await read((sql) => runner.query(sql)) };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const dashboard = async (clearance: string, query: DashboardQuery, scan: boolean): Promise<Row> => {
    const statements = dashboardStatements(readerFor(clearance as 'public'), query, { scan });
    const rows = {} as Record<View, Row[]>;
    for (const view of VIEWS) rows[view] = await t.db.query(statements[view].sql, statements[view].params);
    const [{ today }] = await t.db.query('SELECT current_date::text AS today');
    return assembleDashboard(rows, today, query.days ?? 30);
  };

  /** The invariant every test below ends with. */
  const expectConsistent = async () => {
    const { now, rebuilt } = await keptAndRebuilt();
    expect(now).toEqual(rebuilt);
    for (const clearance of CLASSIFICATIONS) {
      for (const days of [1, 30, 365]) {
        const fromSummaries = await dashboard(clearance, { days }, false);
        const counted = await dashboard(clearance, { days }, true);
        expect({ clearance, days, answer: fromSummaries }).toEqual({ clearance, days, answer: counted });
      }
    }
  };

  const send = (method: 'post' | 'patch' | 'delete', url: string, body?: object) =>
    t.http()[method](url).set('Authorization', `Bearer ${manager}`).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('manager');
    f = factories(t);
    ids.docPublic = await f.insertDocument({ title: 'Public declaration' });
    ids.docRestricted = await f.insertDocument({
      title: 'Restricted protocol',
      classification: 'restricted',
    });
    ids.docConfidential = await f.insertDocument({
      title: 'Confidential roadmap',
      classification: 'confidential',
    });
    ids.summit = await f.insertSummit({ title: 'Astana state visit' });
    ids.o1 = await f.institutionId('SOCAR', 'AZ');
    ids.o2 = await f.institutionId('KazMunayGas', 'KZ');
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads the kept counts only when no country, sector or owner filter narrows the milestones', () => {
    expect(readsSummaries({})).toBe(true);
    expect(readsSummaries({ days: 7 })).toBe(true);
    expect(readsSummaries({ sector: ['energy'] })).toBe(false);
    expect(readsSummaries({ country: ['AZ'] })).toBe(false);
    expect(readsSummaries({ ownerInstitutionId: ids.o1 })).toBe(false);
    const unfiltered = dashboardStatements(readerFor('public'), {});
    expect(unfiltered.totals.sql).toContain('milestone_rollup');
    expect(unfiltered.byOwner.sql).toContain('milestone_group_rollup');
    const filtered = dashboardStatements(readerFor('public'), { sector: ['energy'] });
    expect(filtered.totals.sql).not.toContain('milestone_rollup');
  });

  it('answers an empty register alike: zero counts, no groups', async () => {
    const answer = await dashboard('confidential', {}, false);
    expect(answer).toMatchObject({
      counts: { total: 0, overdue: 0, dueSoon: 0 },
      bySector: [],
      byDocument: [],
    });
    await expectConsistent();
  });

  it('keeps the counts through creation with owners and indicators, at every classification', async () => {
    const indicator = { name: 'Share', unit: '%', baseline: 0, baselineOn: '2023-01-01', target: 100 };
    const cases = [
      { key: 'm1', documentId: ids.docPublic, sector: 'energy', owners: [ids.o1], due: 10, indicator },
      {
        key: 'm2',
        documentId: ids.docPublic,
        sector: 'energy',
        owners: [ids.o1, ids.o2],
        due: -5,
        indicator,
      },
      { key: 'm3', summitId: ids.summit, sector: 'trade', owners: [ids.o2], due: -1 },
      { key: 'm4', documentId: ids.docRestricted, sector: 'energy', owners: [ids.o1], due: -3, indicator },
      { key: 'm5', documentId: ids.docConfidential, sector: undefined, owners: [ids.o2], due: 3 },
      {
        key: 'm6',
        documentId: ids.docConfidential,
        summitId: ids.summit,
        sector: 'transport',
        owners: [],
        due: 200,
      },
    ];
    for (const c of cases) {
      const m = await f.createMilestone(manager, {
        title: c.key,
        documentId: c.documentId,
        summitId: c.summitId,
        sector: c.sector,
        ownerInstitutionIds: c.owners,
        indicator: c.indicator,
        dueOn: await f.today(c.due),
      });
      ids[c.key] = m.id;
    }
    await expectConsistent();
  });

  it('keeps them through transitions, progress reports and edits of sector, due date, anchor and owners', async () => {
    const move = (id: string, to: string) => send('post', `${base}/${id}/transitions`, { to, reason: 'r' });
    expect((await move(ids.m1, 'in_progress')).status).toBe(200);
    expect((await move(ids.m4, 'in_progress')).status).toBe(200);
    expect((await move(ids.m4, 'completed')).status).toBe(200);
    expect((await move(ids.m3, 'cancelled')).status).toBe(200);
    for (const [id, value] of [
      [ids.m1, 50],
      [ids.m2, 100],
      [ids.m4, 33.33],
    ] as const) {
      expect(
        (await send('post', `${base}/${id}/progress`, { asOf: '2023-06-01', value, note: 'n' })).status,
      ).toBe(201);
    }
    await expectConsistent();
    const edits: [string, object][] = [
      [ids.m1, { sector: 'trade' }],
      [ids.m2, { dueOn: await f.today(40) }],
      [ids.m5, { sector: 'energy', ownerInstitutionIds: [ids.o1, ids.o2] }],
      [ids.m6, { documentId: ids.docPublic }],
      [ids.m2, { ownerInstitutionIds: [ids.o2] }],
    ];
    for (const [id, body] of edits) expect((await send('patch', `${base}/${id}`, body)).status).toBe(200);
    await expectConsistent();
  });

  it('moves a document’s milestones, with their owners, when its classification changes', async () => {
    await t.db.query(`UPDATE documents SET classification = 'confidential' WHERE id = $1`, [ids.docPublic]);
    await expectConsistent();
    await t.db.query(`UPDATE documents SET classification = 'public' WHERE id = $1`, [ids.docConfidential]);
    await expectConsistent();
  });

  it('subtracts a deleted milestone and its owners, and owners removed on their own', async () => {
    expect((await send('delete', `${base}/${ids.m5}`)).status).toBe(204);
    await t.db.query('DELETE FROM milestone_owners WHERE milestone_id = $1 AND institution_id = $2', [
      ids.m2,
      ids.o2,
    ]);
    await expectConsistent();
  });

  it('keeps them through statements of many rows: a bulk insert, a bulk update, a bulk delete', async () => {
    await t.db.query(
      `INSERT INTO milestones (created_by, updated_by, title, document_id, summit_id, sector, due_on, status,
                               indicator_name, indicator_unit, indicator_baseline, indicator_baseline_on, indicator_target, latest_value)
       SELECT created_by, created_by, 'bulk ' || g, CASE WHEN g % 3 = 0 THEN $1::uuid ELSE $2::uuid END, $3::uuid,
              (ARRAY['energy', 'trade', NULL])[(g % 3) + 1], current_date + (g % 60) - 30,
              (ARRAY['planned', 'in_progress', 'at_risk', 'blocked', 'completed', 'cancelled'])[(g % 6) + 1],
              CASE WHEN g % 2 = 0 THEN 'Km' END, CASE WHEN g % 2 = 0 THEN 'km' END, CASE WHEN g % 2 = 0 THEN 10 END,
              CASE WHEN g % 2 = 0 THEN DATE '2023-01-01' END, CASE WHEN g % 2 = 0 THEN 20 END,
              CASE WHEN g % 4 = 0 THEN g % 25 END
         FROM generate_series(1, 300) g, (SELECT created_by FROM milestones LIMIT 1) u`,
      [ids.docRestricted, ids.docConfidential, ids.summit],
    );
    await t.db.query(
      `INSERT INTO milestone_owners (milestone_id, institution_id)
       SELECT id, CASE WHEN title::text LIKE '%5' THEN $2::uuid ELSE $1::uuid END FROM milestones WHERE title LIKE 'bulk %'`,
      [ids.o1, ids.o2],
    );
    await expectConsistent();
    await t.db.query(
      `UPDATE milestones SET status = 'completed', sector = 'energy' WHERE title LIKE 'bulk %' AND due_on < current_date`,
    );
    await t.db.query(`DELETE FROM milestones WHERE title LIKE 'bulk 1%'`);
    await expectConsistent();
  });

  it('rebuilds them after a TRUNCATE of the owners', async () => {
    await t.db.query('TRUNCATE milestone_owners');
    await expectConsistent();
    const { groups } = await kept();
    expect(groups.filter((g: Row) => g.dimension === 'owner')).toEqual([]);
  });

  it('counts the milestones for a filtered dashboard even when asked for the kept counts', async () => {
    for (const clearance of CLASSIFICATIONS) {
      const all = await dashboard(clearance, {}, false);
      const energy = await dashboard(clearance, { sector: ['energy'] }, false);
      const fromAll = (all.bySector as Row[]).find((g) => g.key === 'energy');
      expect({ clearance, total: energy.counts.total }).toEqual({ clearance, total: fromAll?.count ?? 0 });
      expect(energy).toEqual(await dashboard(clearance, { sector: ['energy'] }, true));
    }
  });
});
