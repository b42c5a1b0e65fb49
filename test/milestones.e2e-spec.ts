import { milestoneWorkflow } from '../src/milestones/milestone.workflow';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

/** The moves that bring a new (planned) milestone to each status. */
const PATH: Record<string, string[]> = {
  planned: [],
  in_progress: ['in_progress'],
  at_risk: ['in_progress', 'at_risk'],
  blocked: ['in_progress', 'blocked'],
  completed: ['in_progress', 'completed'],
  cancelled: ['cancelled'],
};

describe('milestones register', () => {
  let t: TestApp;
  let manager: string;
  let f: Factories;
  let doc: string;
  const base = '/api/v1/milestones';

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('manager');
    f = factories(t);
    doc = await f.insertDocument({ title: 'Memorandum on oil transit' });
  });
  afterAll(() => t.close());

  const { post, get } = requests(
    () => t,
    () => manager,
  );
  const move = async (id: string, to: string, extra: Record<string, unknown> = { reason: 'because' }) =>
    post(`${base}/${id}/transitions`, { to, ...extra });
  const bring = async (id: string, status: string) => {
    for (const to of PATH[status]) expect((await move(id, to)).status).toBe(200);
  };

  it('creates a milestone with owners and an indicator; decimals come back as exact strings', async () => {
    const owner = await f.institutionId('SOCAR', 'AZ');
    const body = await f.createMilestone(manager, {
      title: 'Transit of Kazakh oil through BTC',
      documentId: doc,
      sector: 'energy',
      ownerInstitutionIds: [owner],
      indicator: {
        name: 'Oil transit',
        unit: 't',
        baseline: 0,
        baselineOn: '2022-08-24',
        target: '1500000.50',
      },
    });
    expect(body).toMatchObject({
      status: 'planned',
      version: 1,
      documentId: doc,
      summitId: null,
      ownerInstitutionIds: [owner],
      indicator: {
        name: 'Oil transit',
        unit: 't',
        baseline: '0',
        baselineOn: '2022-08-24',
        target: '1500000.5',
      },
      latestValue: null,
      progressPercent: null,
      overdue: false,
      completedOn: null,
      classification: 'public',
      createdBy: await t.userId('manager'),
      allowedTransitions: ['in_progress', 'cancelled'],
    });
    const got = await get(`${base}/${body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body.indicator.target).toBe('1500000.5');
  });

  it.each([
    ['no document and no summit', { documentId: undefined }, 'documentId'],
    ['unknown field', { extra: 1 }, 'extra'],
    ['status in body', { status: 'completed' }, 'status'],
    ['bad due date', { dueOn: '2023-02-30' }, 'dueOn'],
    ['non-uuid owner', { ownerInstitutionIds: ['x'] }, 'ownerInstitutionIds'],
    [
      'target equal to baseline',
      { indicator: { name: 'n', unit: 'u', baseline: '10', baselineOn: '2023-01-01', target: 10.0 } },
      'indicator.target',
    ],
    [
      'indicator value not a decimal',
      { indicator: { name: 'n', unit: 'u', baseline: 'ten', baselineOn: '2023-01-01', target: 1 } },
      'indicator.baseline',
    ],
    [
      'indicator with an exponent',
      { indicator: { name: 'n', unit: 'u', baseline: '1e5', baselineOn: '2023-01-01', target: 1 } },
      'indicator.baseline',
    ],
    ['incomplete indicator', { indicator: { name: 'n' } }, 'indicator.unit'],
    ['computed field', { latestValue: '5' }, 'latestValue'],
  ])('refuses %s with a 400 naming the field', async (_, patch, field) => {
    const res = await post(base, {
      title: 'X',
      dueOn: '2030-01-01',
      ownerInstitutionIds: [],
      documentId: doc,
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses unknown owners, summits and documents with 422, and a document hidden by clearance alike', async () => {
    const unknown = '00000000-0000-4000-8000-000000000009';
    const owner = await post(base, {
      title: 'X',
      dueOn: '2030-01-01',
      documentId: doc,
      ownerInstitutionIds: [unknown],
    });
    expect(owner.status).toBe(422);
    expect(owner.body.errors[0]).toEqual({ field: 'ownerInstitutionIds[0]', message: 'no such institution' });
    const summit = await post(base, {
      title: 'X',
      dueOn: '2030-01-01',
      summitId: unknown,
      ownerInstitutionIds: [],
    });
    expect(summit.status).toBe(422);
    const missing = await post(base, {
      title: 'X',
      dueOn: '2030-01-01',
      documentId: unknown,
      ownerInstitutionIds: [],
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toEqual({ field: 'documentId', message: 'no such document' });
    const secret = await f.insertDocument({ classification: 'confidential' });
    const lowManager = await t.token('manager', 'restricted');
    const hidden = await post(
      base,
      { title: 'X', dueOn: '2030-01-01', documentId: secret, ownerInstitutionIds: [] },
      lowManager,
    );
    expect(hidden.status).toBe(422);
    expect(hidden.body.errors[0]).toEqual({ field: 'documentId', message: 'no such document' });
  });

  it('lets only managers and admins write (403 for editors and viewers)', async () => {
    for (const role of ['editor', 'viewer', 'auditor']) {
      const res = await post(
        base,
        { title: 'X', dueOn: '2030-01-01', documentId: doc, ownerInstitutionIds: [] },
        await t.token(role),
      );
      expect(res.status).toBe(403);
    }
    const viewer = await t.token('viewer');
    expect((await get(base, viewer)).status).toBe(200);
  });

  it('hides milestones of a document above the reader’s clearance, and follows a reclassification', async () => {
    const restricted = await f.insertDocument({ classification: 'restricted' });
    const m = await f.createMilestone(manager, { documentId: restricted, title: 'Restricted work' });
    expect(m.classification).toBe('restricted');
    const viewer = await t.token('viewer', 'public');
    expect((await get(`${base}/${m.id}`, viewer)).status).toBe(404);
    expect((await get(`${base}/${m.id}/progress`, viewer)).status).toBe(404);
    const list = await get(`${base}?documentId=${restricted}`, viewer);
    expect(list.body.items).toEqual([]);
    await t.db.query(`UPDATE documents SET classification = 'public' WHERE id = $1`, [restricted]);
    expect((await get(`${base}/${m.id}`, viewer)).status).toBe(200);
  });

  it('updates fields, owners and the indicator with If-Match; a stale version gets 412', async () => {
    const a = await f.institutionId();
    const b = await f.institutionId();
    const m = await f.createMilestone(manager, { documentId: doc, ownerInstitutionIds: [a] });
    const ok = await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .set('If-Match', '"1"')
      .send({
        ownerInstitutionIds: [b],
        indicator: { name: 'Links', unit: 'links', baseline: 0, baselineOn: '2023-01-01', target: 4 },
      });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, ownerInstitutionIds: [b], indicator: { target: '4' } });
    const history = await get(`${base}/${m.id}/history`);
    expect(history.body.items[1].changes.ownerInstitutionIds).toEqual([[a], [b]]);
    expect(history.body.items[0].changes.ownerInstitutionIds).toEqual([null, [a]]);
    const same = await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ ownerInstitutionIds: [b] });
    expect(same.body.version).toBe(2);
    const stale = await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .set('If-Match', '"1"')
      .send({ title: 'Late' });
    expect(stale.status).toBe(412);
    const unanchored = await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ documentId: null });
    expect(unanchored.status).toBe(400);
    const removed = await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ indicator: null });
    expect(removed.body).toMatchObject({ indicator: null, progressPercent: null, version: 3 });
  });

  describe('workflow table', () => {
    it.each(milestoneWorkflow.allPairs())('$from → $to allowed=$allowed', async ({ from, to, allowed }) => {
      const m = await f.createMilestone(manager, { documentId: doc });
      await bring(m.id, from);
      const res = await move(m.id, to);
      if (allowed) {
        expect(res.status).toBe(200);
        expect(res.body.status).toBe(to);
        expect(res.body.allowedTransitions).toEqual(milestoneWorkflow.allowedFrom(to));
      } else {
        expect(res.status).toBe(409);
        expect(res.body.allowed).toEqual(milestoneWorkflow.allowedFrom(from));
      }
    });

    it.each([
      ['in_progress', 'at_risk'],
      ['in_progress', 'blocked'],
      ['planned', 'cancelled'],
      ['completed', 'in_progress'],
    ])('%s → %s needs a reason (422 without, nothing changes)', async (from, to) => {
      const m = await f.createMilestone(manager, { documentId: doc });
      await bring(m.id, from);
      const before = await get(`${base}/${m.id}`);
      const res = await move(m.id, to, {});
      expect(res.status).toBe(422);
      expect(res.body.errors[0].field).toBe('reason');
      const blank = await move(m.id, to, { reason: '   ' });
      expect(blank.status).toBe(422);
      expect((await get(`${base}/${m.id}`)).body.version).toBe(before.body.version);
    });

    it.each([
      ['planned', 'in_progress'],
      ['in_progress', 'completed'],
      ['at_risk', 'in_progress'],
    ])('%s → %s needs no reason', async (from, to) => {
      const m = await f.createMilestone(manager, { documentId: doc });
      await bring(m.id, from);
      expect((await move(m.id, to, {})).status).toBe(200);
    });

    it('completion sets completedOn (effectiveOn, default today); reopening clears it', async () => {
      const m = await f.createMilestone(manager, { documentId: doc });
      await bring(m.id, 'in_progress');
      const done = await move(m.id, 'completed', { effectiveOn: '2023-06-30' });
      expect(done.body).toMatchObject({ status: 'completed', completedOn: '2023-06-30' });
      const reopened = await move(m.id, 'in_progress', { reason: 'the figures were wrong' });
      expect(reopened.body).toMatchObject({ status: 'in_progress', completedOn: null });
      const again = await move(m.id, 'completed', {});
      expect(again.body.completedOn).toBe(await f.today());
      const history = await get(`${base}/${m.id}/transitions`);
      expect(history.body.map((h: { to: string }) => h.to)).toEqual([
        'in_progress',
        'completed',
        'in_progress',
        'completed',
      ]);
      expect(history.body[1]).toMatchObject({ effectiveOn: '2023-06-30' });
      expect(history.body[2]).toMatchObject({ reason: 'the figures were wrong' });
    });

    it('refuses a transition from a role without the permission (403) and a stale If-Match (412)', async () => {
      const m = await f.createMilestone(manager, { documentId: doc });
      expect(
        (await post(`${base}/${m.id}/transitions`, { to: 'in_progress' }, await t.token('editor'))).status,
      ).toBe(403);
      const stale = await t
        .http()
        .post(`${base}/${m.id}/transitions`)
        .set('Authorization', `Bearer ${manager}`)
        .set('If-Match', '"7"')
        .send({ to: 'in_progress' });
      expect(stale.status).toBe(412);
    });
  });

  describe('overdue', () => {
    it.each([
      ['due today', 0, 'in_progress', false],
      ['due yesterday', -1, 'in_progress', true],
      ['due yesterday, planned', -1, 'planned', true],
      ['due yesterday, blocked', -1, 'blocked', true],
      ['due yesterday, completed', -1, 'completed', false],
      ['due yesterday, cancelled', -1, 'cancelled', false],
      ['due tomorrow', 1, 'in_progress', false],
    ])('%s (day offset %i, status %s) → overdue %s', async (_, offset, status, overdue) => {
      const m = await f.createMilestone(manager, { documentId: doc, dueOn: await f.today(offset as number) });
      await bring(m.id, status as string);
      const got = await get(`${base}/${m.id}`);
      expect(got.body.overdue).toBe(overdue);
      const filtered = await get(`${base}?overdue=${overdue}&documentId=${doc}&limit=200`);
      expect(filtered.body.items.map((i: { id: string }) => i.id)).toContain(m.id);
      const opposite = await get(`${base}?overdue=${!overdue}&documentId=${doc}&limit=200`);
      expect(opposite.body.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    });
  });

  describe('lists', () => {
    let owner: string;
    let summit: string;
    let ids: Record<string, string>;

    beforeAll(async () => {
      owner = await f.institutionId('Ministry of Transport', 'KZ');
      summit = await f.insertSummit({ countries: ['KZ', 'AZ'] });
      const geDoc = await f.insertDocument({ countries: ['GE'] });
      ids = {
        a: (
          await f.createMilestone(manager, {
            title: 'List A',
            summitId: summit,
            sector: 'transport',
            dueOn: '2031-03-01',
            ownerInstitutionIds: [owner],
          })
        ).id,
        b: (
          await f.createMilestone(manager, {
            title: 'List B',
            documentId: geDoc,
            sector: 'trade',
            dueOn: '2031-01-01',
          })
        ).id,
        c: (
          await f.createMilestone(manager, {
            title: 'List C',
            documentId: geDoc,
            summitId: summit,
            sector: 'transport',
            dueOn: '2031-02-01',
          })
        ).id,
      };
    });

    const find = async (query: string) => {
      const res = await get(`${base}?q=List&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((i: { title: string }) => i.title);
    };

    it.each([
      ['', ['List B', 'List C', 'List A']],
      ['sort=-dueOn', ['List A', 'List C', 'List B']],
      ['sort=title', ['List A', 'List B', 'List C']],
      ['sector=transport', ['List C', 'List A']],
      ['sector=trade,transport', ['List B', 'List C', 'List A']],
      ['country=GE', ['List B', 'List C']],
      ['country=KZ', ['List C', 'List A']],
      ['dueBefore=2031-01-31', ['List B']],
      ['dueBefore=2031-02-01', ['List B', 'List C']],
      ['dueAfter=2031-01-02&dueBefore=2031-03-02', ['List C', 'List A']],
      ['dueAfter=2031-01-01&dueBefore=2031-03-01', ['List B', 'List C', 'List A']],
      ['status=planned', ['List B', 'List C', 'List A']],
      ['status=completed', []],
    ])('filters ?%s', async (query, expected) => {
      expect(await find(query)).toEqual(expected);
    });

    it('filters by owner, document and summit', async () => {
      expect(await find(`ownerInstitutionId=${owner}`)).toEqual(['List A']);
      expect(await find(`summitId=${summit}`)).toEqual(['List C', 'List A']);
      expect(ids.a).toBeDefined();
    });

    it('refuses bad filters with 400', async () => {
      for (const q of [
        'status=done',
        'overdue=yes',
        'dueBefore=2031-13-01',
        'country=XX',
        'sort=colour',
        'limit=0',
      ]) {
        const res = await get(`${base}?${q}`);
        expect(res.status).toBe(400);
      }
    });

    it('pages with a keyset cursor', async () => {
      const first = await get(`${base}?q=List&limit=2`);
      expect(first.body.items).toHaveLength(2);
      const second = await get(`${base}?q=List&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((i: { title: string }) => i.title)).toEqual(['List A']);
      expect(second.body.nextCursor).toBeNull();
    });
  });

  describe('CSV export', () => {
    it('escapes commas, quotes and newlines, and keeps the filters and clearance', async () => {
      const title = 'Corridor, "Middle" route\nphase 2';
      const m = await f.createMilestone(manager, {
        title,
        documentId: doc,
        sector: 'csv-test',
        description: 'line one\r\nline two',
        indicator: {
          name: 'Trade',
          unit: 'USD',
          baseline: '500000000',
          baselineOn: '2022-01-01',
          target: '1000000000',
        },
      });
      const hiddenDoc = await f.insertDocument({ classification: 'confidential' });
      await f.createMilestone(manager, { title: 'Secret csv', documentId: hiddenDoc, sector: 'csv-test' });
      const viewer = await t.token('viewer', 'public');
      const res = await t
        .http()
        .get(`${base}?sector=csv-test&format=csv`)
        .set('Authorization', `Bearer ${viewer}`)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString('utf8')));
          r.on('end', () => cb(null, text));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const text = res.body as string;
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0].slice(0, 3)).toEqual(['id', 'title', 'status']);
      expect(rows).toHaveLength(2);
      const header = rows[0];
      const row = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
      expect(row).toMatchObject({
        id: m.id,
        title,
        description: 'line one\r\nline two',
        indicatorTarget: '1000000000',
      });
      expect(text).toContain('"Corridor, ""Middle"" route\nphase 2"');

      const byAccept = await t
        .http()
        .get(`${base}?sector=csv-test`)
        .set('Authorization', `Bearer ${viewer}`)
        .set('Accept', 'text/csv');
      expect(byAccept.headers['content-type']).toMatch(/^text\/csv/);
    });
  });

  it('answers asOf from the audit trail and deletes only planned milestones', async () => {
    const m = await f.createMilestone(manager, { documentId: doc, title: 'Before' });
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await t
      .http()
      .patch(`${base}/${m.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ title: 'After' });
    const then = await get(`${base}/${m.id}?asOf=${between}`);
    expect(then.body).toMatchObject({ title: 'Before', version: 1, indicator: null });
    await bring(m.id, 'in_progress');
    expect((await t.http().delete(`${base}/${m.id}`).set('Authorization', `Bearer ${manager}`)).status).toBe(
      409,
    );
    const planned = await f.createMilestone(manager, { documentId: doc });
    expect(
      (await t.http().delete(`${base}/${planned.id}`).set('Authorization', `Bearer ${manager}`)).status,
    ).toBe(204);
    expect((await get(`${base}/${planned.id}`)).status).toBe(404);
  });
});

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
