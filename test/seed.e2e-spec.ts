import { seedDemo, type SeedTransport } from '../src/seed/seed-demo';
import { DOCUMENTS, INSTITUTIONS, MILESTONES, SUMMITS } from '../src/seed/demo-data';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The same requests over supertest (Fastify's inject cannot load under Jest's ESM mode). */
  const transport: SeedTransport = async ({ method, url, headers, body }) => {
    const req = method === 'GET' ? t.http().get(url) : t.http().post(url);
    const res = await req.set(headers).send(body as object);
    return { status: res.status, body: res.body };
  };

  const counts = async () => {
    const [row] = await t.db.query(`SELECT
      (SELECT count(*)::int FROM institutions) AS institutions, (SELECT count(*)::int FROM summits) AS summits,
      (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM signatories) AS signatories,
      (SELECT count(*)::int FROM milestones) AS milestones, (SELECT count(*)::int FROM progress_reports) AS progress,
      (SELECT count(*)::int FROM status_changes) AS transitions, (SELECT count(*)::int FROM audit_events) AS events`);
    return row;
  };

  it('loads the Azerbaijan–Kazakhstan record through the API, with the audit trail', async () => {
    const before = await counts();
    await seedDemo(t.app, { transport });
    const after = await counts();
    expect(after.institutions - before.institutions).toBe(INSTITUTIONS.length);
    expect(after.summits).toBe(SUMMITS.length);
    expect(after.documents).toBe(DOCUMENTS.length);
    expect(after.milestones).toBe(MILESTONES.length);
    expect(after.progress).toBe(MILESTONES.reduce((n, m) => n + m.progress.length, 0));
    expect(after.events).toBeGreaterThan(before.events);
    const [{ unaudited }] = await t.db.query(
      `SELECT count(*)::int AS unaudited FROM milestones m
        WHERE NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_id = m.id AND e.action = 'create')`,
    );
    expect(unaudited).toBe(0);
    const verify = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set('Authorization', `Bearer ${await t.adminToken()}`);
    if (verify.status === 200) expect(verify.body.valid).toBe(true);
  }, 180_000); // some 150 requests: 12 s on a quiet machine, over a minute on a loaded one

  it('shows the record through the API: summits held, documents signed, milestones with indicators and progress', async () => {
    const admin = await t.adminToken();
    const summits = await t.http().get('/api/v1/summits?limit=200').set('Authorization', `Bearer ${admin}`);
    expect(
      summits.body.items.map((s: { startsOn: string; status: string }) => [s.startsOn, s.status]).sort(),
    ).toEqual([
      ['2022-08-24', 'held'],
      ['2023-04-10', 'held'],
    ]);
    const milestones = await t
      .http()
      .get('/api/v1/milestones?limit=200')
      .set('Authorization', `Bearer ${admin}`);
    const trade = milestones.body.items.find((m: { title: string }) => m.title.includes('US$1 billion'));
    expect(trade).toMatchObject({
      indicator: { unit: 'USD', baseline: '461900000', target: '1000000000' },
      latestValue: '529400000',
      latestAsOf: '2023-12-31',
      progressPercent: 12.54,
      status: 'in_progress',
    });
    const oil = milestones.body.items.find((m: { title: string }) => m.title.includes('Kazakh oil'));
    expect(oil).toMatchObject({ status: 'in_progress', latestValue: '1057000' });
    const oilHistory = await t
      .http()
      .get(`/api/v1/milestones/${oil.id}/transitions`)
      .set('Authorization', `Bearer ${admin}`);
    expect(oilHistory.body.map((h: { to: string; effectiveOn: string }) => [h.to, h.effectiveOn])).toEqual([
      ['in_progress', '2023-03-23'],
    ]);
    const culture = milestones.body.items.find((m: { title: string }) =>
      m.title.includes('cultural heritage'),
    );
    expect(culture).toMatchObject({ status: 'completed', completedOn: '2024-09-26' });
    const center = milestones.body.items.find((m: { title: string }) => m.title.includes('Kurmangazy'));
    expect(center).toMatchObject({ status: 'completed', completedOn: '2024-03-12', overdue: false });
    const council = await t
      .http()
      .get(`/api/v1/documents?q=${encodeURIComponent('Supreme Interstate Council')}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(council.body.items[0]).toMatchObject({
      type: 'protocol',
      status: 'signed',
      signedOn: '2023-04-10',
    });
  });

  it('loads every reported document as signed, with its parties, third countries included', async () => {
    const admin = await t.adminToken();
    const docs = await t.http().get('/api/v1/documents?limit=200').set('Authorization', `Bearer ${admin}`);
    expect(docs.body.items).toHaveLength(DOCUMENTS.length);
    for (const d of docs.body.items as { title: string; status: string }[]) {
      expect({ title: d.title, status: d.status }).toEqual({ title: d.title, status: 'signed' });
    }
    const jv = docs.body.items.find((d: { title: string }) => d.title.includes('joint venture'));
    expect(jv.countries).toEqual(['AZ', 'KZ', 'GE']);
    const parties = await t
      .http()
      .get(`/api/v1/documents/${jv.id}/parties`)
      .set('Authorization', `Bearer ${admin}`);
    expect(parties.body.items.map((p: { country: string }) => p.country)).toEqual(['AZ', 'GE', 'KZ']);
    const institutions = await t
      .http()
      .get('/api/v1/institutions?country=GE')
      .set('Authorization', `Bearer ${admin}`);
    expect(institutions.body.items.map((i: { name: string }) => i.name)).toEqual(['Georgian Railway']);
  });

  it('changes nothing when run again (no new rows, no new audit events)', async () => {
    const before = await counts();
    const report = await seedDemo(t.app, { transport });
    expect(report.created).toEqual({});
    expect(await counts()).toEqual(before);
  });
});
