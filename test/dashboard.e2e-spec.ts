import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';
import { DashboardService } from '../src/milestones/dashboard.service';

describe('milestone dashboard', () => {
  let t: TestApp;
  let manager: string;
  let viewer: string;
  let f: Factories;
  const ids: Record<string, string> = {};
  const url = '/api/v1/dashboard/milestones';

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('manager');
    viewer = await t.token('viewer', 'public');
    f = factories(t);
    ids.docA = await f.insertDocument({
      title: 'Declaration on strategic partnership',
      countries: ['AZ', 'KZ'],
    });
    ids.docR = await f.insertDocument({
      title: 'Restricted protocol',
      classification: 'restricted',
      countries: ['AZ', 'KZ'],
    });
    ids.summit = await f.insertSummit({ title: 'Astana state visit', countries: ['AZ', 'KZ'] });
    ids.o1 = await f.institutionId('SOCAR', 'AZ');
    ids.o2 = await f.institutionId('KazMunayGas', 'KZ');
    const indicator = { name: 'Share', unit: '%', baseline: 0, baselineOn: '2023-01-01', target: 100 };
    const move = (id: string, to: string) =>
      t
        .http()
        .post(`/api/v1/milestones/${id}/transitions`)
        .set('Authorization', `Bearer ${manager}`)
        .send({ to, reason: 'r' });
    const report = (id: string, value: number) =>
      t
        .http()
        .post(`/api/v1/milestones/${id}/progress`)
        .set('Authorization', `Bearer ${manager}`)
        .send({ asOf: '2023-06-01', value, note: 'n' });

    const m1 = await f.createMilestone(manager, {
      title: 'm1',
      documentId: ids.docA,
      sector: 'energy',
      ownerInstitutionIds: [ids.o1],
      indicator,
      dueOn: await f.today(10),
    });
    await move(m1.id, 'in_progress');
    await report(m1.id, 50);
    const m2 = await f.createMilestone(manager, {
      title: 'm2',
      documentId: ids.docA,
      sector: 'energy',
      ownerInstitutionIds: [ids.o1, ids.o2],
      indicator,
      dueOn: await f.today(-5),
    });
    await report(m2.id, 100);
    const m3 = await f.createMilestone(manager, {
      title: 'm3',
      summitId: ids.summit,
      sector: 'trade',
      ownerInstitutionIds: [ids.o2],
      dueOn: await f.today(-1),
    });
    await move(m3.id, 'in_progress');
    await move(m3.id, 'completed');
    const m4 = await f.createMilestone(manager, {
      title: 'm4',
      documentId: ids.docR,
      sector: 'energy',
      ownerInstitutionIds: [ids.o1],
      dueOn: await f.today(-3),
    });
    Object.assign(ids, { m1: m1.id, m2: m2.id, m3: m3.id, m4: m4.id });
  });
  afterAll(() => t.close());

  const get = async (query = '', token = manager) => {
    const res = await requests(t, token).get(`${url}${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const groups = (
    list: { key: string | null; count: number; averageProgress: number | null; overdue: number }[],
  ) => Object.fromEntries(list.map((g) => [g.key ?? 'none', [g.count, g.averageProgress, g.overdue]]));

  it('counts by status, lists overdue and due-soon milestones, for a fully cleared user', async () => {
    const body = await get();
    expect(body.today).toBe(await f.today());
    expect(body.days).toBe(30);
    expect(body.counts).toEqual({
      total: 4,
      overdue: 2,
      dueSoon: 1,
      byStatus: { planned: 2, in_progress: 1, at_risk: 0, blocked: 0, completed: 1, cancelled: 0 },
    });
    expect(body.overdue.total).toBe(2);
    expect(body.overdue.items.map((m: { id: string }) => m.id)).toEqual([ids.m2, ids.m4]);
    expect(body.overdue.items[0]).toMatchObject({ title: 'm2', overdue: true, progressPercent: 100 });
    expect(body.dueSoon.items.map((m: { id: string }) => m.id)).toEqual([ids.m1]);
  });

  it('groups by document, summit, sector and owner with counts, overdue and average progress', async () => {
    const body = await get();
    expect(groups(body.byDocument)).toEqual({
      [ids.docA]: [2, 75, 1],
      [ids.docR]: [1, null, 1],
      none: [1, null, 0],
    });
    expect(body.byDocument[0]).toMatchObject({
      key: ids.docA,
      label: 'Declaration on strategic partnership',
    });
    expect(body.byDocument[0].byStatus).toMatchObject({ planned: 1, in_progress: 1 });
    expect(groups(body.bySummit)).toEqual({ [ids.summit]: [1, null, 0], none: [3, 75, 2] });
    expect(body.bySummit.find((g: { key: string }) => g.key === ids.summit).label).toBe('Astana state visit');
    expect(groups(body.bySector)).toEqual({ energy: [3, 75, 2], trade: [1, null, 0] });
    expect(groups(body.byOwner)).toEqual({ [ids.o1]: [3, 75, 2], [ids.o2]: [2, 100, 1] });
    expect(body.byOwner[0]).toMatchObject({ key: ids.o1, label: 'SOCAR' });
  });

  it('does not count a restricted document’s milestones for a public-clearance user', async () => {
    const body = await get('', viewer);
    expect(body.counts).toMatchObject({
      total: 3,
      overdue: 1,
      byStatus: expect.objectContaining({ planned: 1 }),
    });
    expect(body.overdue.items.map((m: { id: string }) => m.id)).toEqual([ids.m2]);
    expect(groups(body.byDocument)).toEqual({ [ids.docA]: [2, 75, 1], none: [1, null, 0] });
    expect(groups(body.bySector)).toEqual({ energy: [2, 75, 1], trade: [1, null, 0] });
    expect(groups(body.byOwner)).toEqual({ [ids.o1]: [2, 75, 1], [ids.o2]: [2, 100, 1] });
    expect(JSON.stringify(body)).not.toContain(ids.docR);
    expect(JSON.stringify(body)).not.toContain('Restricted protocol');
  });

  it.each([
    ['?sector=trade', 1, 0],
    ['?sector=energy,trade', 4, 2],
    ['?country=KZ', 4, 2],
    ['?country=GE', 0, 0],
  ])('filters %s', async (query, total, overdue) => {
    const body = await get(query as string);
    expect(body.counts.total).toBe(total);
    expect(body.counts.overdue).toBe(overdue);
  });

  it('filters by owner institution', async () => {
    const body = await get(`?ownerInstitutionId=${ids.o2}`);
    expect(body.counts.total).toBe(2);
    expect(groups(body.byOwner)[ids.o2]).toEqual([2, 100, 1]);
  });

  it('changes the due-soon window with ?days=', async () => {
    expect((await get('?days=5')).counts.dueSoon).toBe(0);
    expect((await get('?days=10')).dueSoon.items.map((m: { id: string }) => m.id)).toEqual([ids.m1]);
  });

  it.each(['?days=0', '?days=366', '?days=ten', '?country=XX', '?ownerInstitutionId=x', '?extra=1'])(
    'refuses %s with 400',
    async (q) => {
      const res = await t.http().get(`${url}${q}`).set('Authorization', `Bearer ${manager}`);
      expect(res.status).toBe(400);
    },
  );

  it('needs a token', async () => {
    expect((await t.http().get(url)).status).toBe(401);
  });

  it('answers a repeated request from its cache only while nothing changed', async () => {
    const before = await get('?days=7');
    expect(await get('?days=7')).toEqual(before);
    const added = await f.createMilestone(manager, {
      title: 'added after the first read',
      summitId: ids.summit,
      sector: 'culture',
      ownerInstitutionIds: [],
      dueOn: await f.today(2),
    });
    const after = await get('?days=7');
    expect(after.counts.total).toBe(before.counts.total + 1);
    expect(after.counts.byStatus.planned).toBe(before.counts.byStatus.planned + 1);
    await t
      .http()
      .post(`/api/v1/milestones/${added.id}/transitions`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ to: 'cancelled', reason: 'dropped' })
      .expect(200);
    const last = await get('?days=7');
    expect(last.counts.byStatus.cancelled).toBe(after.counts.byStatus.cancelled + 1);
  });
  it('keeps milestones without a sector as their own sector group, apart from the counts', async () => {
    const before = await get('?days=9');
    await f.createMilestone(manager, {
      title: 'no sector',
      summitId: ids.summit,
      ownerInstitutionIds: [],
      dueOn: await f.today(-2),
    });
    const after = await get('?days=9');
    expect(after.counts.total).toBe(before.counts.total + 1);
    expect(after.counts.overdue).toBe(before.counts.overdue + 1);
    const none = after.bySector.filter((g: { key: string | null }) => g.key === null);
    expect(none).toEqual([expect.objectContaining({ key: null, label: null, count: 1, overdue: 1 })]);
    const sum = after.bySector.reduce((n: number, g: { count: number }) => n + g.count, 0);
    expect(sum).toBe(after.counts.total);
  });

  it('computes at most a quarter of the pool’s uncached dashboards at once; the others wait and get the same answers', async () => {
    const service = t.app.get(DashboardService);
    expect(service.computing.limit).toBe(2); // the test app's pool is 10
    const windows = Array.from({ length: 12 }, (_, i) => 40 + i); // distinct windows: no cache hits
    let most = 0;
    let sampling = true;
    const sample = () => {
      most = Math.max(most, service.computing.active);
      if (sampling) setImmediate(sample);
    };
    sample();
    const together = await Promise.all(windows.map((days) => get(`?days=${days}`)));
    sampling = false;
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
    expect(service.computing.active).toBe(0);
    for (const [i, days] of windows.entries()) expect(together[i]).toEqual(await get(`?days=${days}`));
  });

  it('keeps serving other requests while uncached dashboards queue', async () => {
    const burst = Promise.all(Array.from({ length: 12 }, (_, i) => get(`?days=${60 + i}`)));
    const other = await t
      .http()
      .get(`/api/v1/documents/${ids.docA}`)
      .set('Authorization', `Bearer ${manager}`);
    expect(other.status).toBe(200);
    expect((await burst).every((answer) => typeof answer.counts.total === 'number')).toBe(true);
  });
});
