import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('milestone progress', () => {
  let t: TestApp;
  let manager: string;
  let f: Factories;
  let doc: string;
  const base = '/api/v1/milestones';

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('manager');
    f = factories(t);
    doc = await f.insertDocument();
  });
  afterAll(() => t.close());

  const indicator = (baseline: unknown, target: unknown) => ({
    name: 'Indicator',
    unit: 'u',
    baseline,
    baselineOn: '2022-01-01',
    target,
  });
  const report = (id: string, body: Record<string, unknown>, token = manager) =>
    t
      .http()
      .post(`${base}/${id}/progress`)
      .set('Authorization', `Bearer ${token}`)
      .send({ note: 'report', ...body });
  const { get } = requests(
    () => t,
    () => manager,
  );

  describe('progressPercent', () => {
    it.each([
      ['rising, a quarter', 0, 200, ['50'], 25],
      ['rising, beyond the target clamps to 100', 0, 200, ['300'], 100],
      ['rising, below the baseline clamps to 0', 100, 200, ['-10'], 0],
      ['rising, a third rounds to 2 decimals', 0, 3, ['1'], 33.33],
      ['rising, two thirds rounds half up', 0, 3, ['2'], 66.67],
      ['falling target (cut transit days 10 → 4), half way', 10, 4, ['7'], 50],
      ['falling target, better than the target', 10, 4, ['3'], 100],
      ['falling target, worse than the baseline', 10, 4, ['12'], 0],
      ['negative baseline', -50, 50, ['0'], 50],
      ['decimals in the billions stay exact', '500000000000.01', '1000000000000.03', ['750000000000.02'], 50],
      ['the latest asOf counts, not the last reported', 0, 100, ['40@2023-03-01', '10@2023-01-01'], 40],
    ])('%s', async (_, baseline, target, values, expected) => {
      const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(baseline, target) });
      for (const v of values as string[]) {
        const [value, asOf] = v.split('@');
        const res = await report(m.id, { value, asOf: asOf ?? '2023-06-30' });
        expect(res.status).toBe(201);
      }
      const got = await get(`${base}/${m.id}`);
      expect(got.body.progressPercent).toBe(expected);
    });

    it('keeps billions exact in latestValue and accepts JSON numbers', async () => {
      const m = await f.createMilestone(manager, {
        documentId: doc,
        indicator: indicator('1000000000.10', '2000000000.30'),
      });
      const res = await report(m.id, { value: '1234567890123.456789', asOf: '2023-05-01' });
      expect(res.body.value).toBe('1234567890123.456789');
      const got = await get(`${base}/${m.id}`);
      expect(got.body).toMatchObject({
        latestValue: '1234567890123.456789',
        latestAsOf: '2023-05-01',
        progressPercent: 100,
      });
      const num = await report(m.id, { value: 1500000000.2, asOf: '2023-05-02' });
      expect(num.body.value).toBe('1500000000.2');
      expect((await get(`${base}/${m.id}`)).body.progressPercent).toBe(50);
    });

    it('is null without an indicator, and a value is then refused (422) while a note is accepted', async () => {
      const m = await f.createMilestone(manager, { documentId: doc });
      expect(m.progressPercent).toBeNull();
      const withValue = await report(m.id, { value: 5, asOf: '2023-01-01' });
      expect(withValue.status).toBe(422);
      expect(withValue.body.errors[0].field).toBe('value');
      const note = await report(m.id, { asOf: '2023-01-01', note: 'Working group met in Astana' });
      expect(note.status).toBe(201);
      expect(note.body).toMatchObject({ value: null, asOf: '2023-01-01', milestoneId: m.id });
      expect((await get(`${base}/${m.id}`)).body).toMatchObject({ progressPercent: null, latestValue: null });
    });

    it('is null with an indicator but no report yet, and a note-only report does not change it', async () => {
      const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 10) });
      expect(m.progressPercent).toBeNull();
      await report(m.id, { asOf: '2023-01-01' });
      expect((await get(`${base}/${m.id}`)).body.progressPercent).toBeNull();
    });

    it('takes the last reported of many reports on the same day', async () => {
      const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 100) });
      for (const value of ['10', '70', '30', '20'])
        expect((await report(m.id, { value, asOf: '2023-07-01' })).status).toBe(201);
      expect((await report(m.id, { value: '99', asOf: '2023-06-30' })).status).toBe(201);
      const got = await get(`${base}/${m.id}`);
      expect(got.body).toMatchObject({ latestValue: '20', progressPercent: 20, latestAsOf: '2023-07-01' });
      const list = await get(`${base}/${m.id}/progress`);
      expect(list.body.items.map((r: { value: string }) => r.value)).toEqual(['20', '30', '70', '10', '99']);
    });
  });

  it('lists newest first in keyset pages', async () => {
    const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 100) });
    for (const [value, asOf] of [
      ['1', '2023-01-01'],
      ['2', '2023-03-01'],
      ['3', '2023-02-01'],
      ['4', '2023-03-01'],
    ]) {
      await report(m.id, { value, asOf });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await get(`${base}/${m.id}/progress?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((r: { value: string }) => r.value));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['4', '2', '3', '1']);
  });

  it('bumps the version and appends one audit event per report', async () => {
    const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 100) });
    const res = await report(m.id, { value: '25', asOf: '2023-04-20', note: 'first' });
    const got = await get(`${base}/${m.id}`);
    expect(got.body.version).toBe(2);
    expect(got.headers.etag).toBe('"2"');
    const history = await get(`${base}/${m.id}/history`);
    const events = history.body.items.filter((e: { action: string }) => e.action === 'progress.report');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: 'milestone',
      entityId: m.id,
      actor: { id: await t.userId('manager') },
    });
    expect(events[0].changes.latestValue).toEqual([null, '25']);
    expect(events[0].changes.progress[0]).toBeNull();
    expect(events[0].changes.progress[1]).toMatchObject({
      id: res.body.id,
      value: '25',
      asOf: '2023-04-20',
      note: 'first',
    });
  });

  it('refuses reports on a cancelled milestone (409), bad input (400) and other roles (403)', async () => {
    const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 100) });
    for (const body of [
      { asOf: '2023-02-30' },
      { value: 'lots' },
      { note: '' },
      { extra: true },
      { value: '1e3' },
    ]) {
      expect((await report(m.id, { asOf: '2023-01-01', ...body })).status).toBe(400);
    }
    expect((await report(m.id, { asOf: '2023-01-01' }, await t.token('editor'))).status).toBe(403);
    const cancel = await t
      .http()
      .post(`${base}/${m.id}/transitions`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ to: 'cancelled', reason: 'dropped' });
    expect(cancel.status).toBe(200);
    const refused = await report(m.id, { asOf: '2023-01-01', value: 5 });
    expect(refused.status).toBe(409);
    expect((await get(`${base}/${m.id}/progress`)).body.items).toEqual([]);
  });

  it('hides progress of a milestone above the reader’s clearance (404 on read and write)', async () => {
    const secret = await f.insertDocument({ classification: 'confidential' });
    const m = await f.createMilestone(manager, { documentId: secret, indicator: indicator(0, 100) });
    const low = await t.token('manager', 'restricted');
    expect((await report(m.id, { asOf: '2023-01-01', value: 1 }, low)).status).toBe(404);
    expect((await get(`${base}/${m.id}/progress`, low)).status).toBe(404);
  });

  it('keeps all thirty of thirty parallel reports', async () => {
    const m = await f.createMilestone(manager, { documentId: doc, indicator: indicator(0, 30) });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        report(m.id, { value: String(i + 1), asOf: '2023-09-01', note: `report ${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    const [{ count }] = await t.db.query(
      'SELECT count(*)::int AS count FROM progress_reports WHERE milestone_id = $1',
      [m.id],
    );
    expect(count).toBe(30);
    const got = await get(`${base}/${m.id}`);
    expect(got.body.version).toBe(31);
    const [last] = await t.db.query(
      'SELECT value FROM progress_reports WHERE milestone_id = $1 ORDER BY as_of DESC, seq DESC LIMIT 1',
      [m.id],
    );
    expect(got.body.latestValue).toBe(last.value);
    const [{ events }] = await t.db.query(
      `SELECT count(*)::int AS events FROM audit_events WHERE entity_id = $1 AND action = 'progress.report'`,
      [m.id],
    );
    expect(events).toBe(30);
  });
});
