import { institutionWorkflow } from '../src/institutions/institution.workflow';
import { startTestApp, type TestApp } from './support/test-app';

describe('institutions register', () => {
  let t: TestApp;
  let editor: string;
  const base = '/api/v1/institutions';

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
  });
  afterAll(() => t.close());

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .send({ name: 'Ministry of Energy', country: 'AZ', kind: 'ministry', ...body });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('creates an institution with the system fields and the actor as creator', async () => {
    const body = await create({ shortName: 'MinEnergy', website: 'https://minenergy.gov.az' });
    expect(body).toMatchObject({
      status: 'active',
      version: 1,
      country: 'AZ',
      createdBy: await t.userId('editor'),
      allowedTransitions: ['defunct'],
    });
    const got = await t.http().get(`${base}/${body.id}`).set('Authorization', `Bearer ${editor}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
  });

  it.each([
    ['unknown field', { extra: 1 }, 'extra'],
    ['status in body', { status: 'defunct' }, 'status'],
    ['lower-case country', { country: 'az' }, 'country'],
    ['unknown country', { country: 'XX' }, 'country'],
    ['bad kind', { kind: 'embassy' }, 'kind'],
    ['oversize name', { name: 'x'.repeat(301) }, 'name'],
    ['empty name', { name: '' }, 'name'],
    ['non-uuid parent', { parentId: 'abc' }, 'parentId'],
    ['bad website', { website: 'not a url' }, 'website'],
    ['number as name', { name: 42 }, 'name'],
  ])('refuses %s with a 400 naming the field', async (_, patch, field) => {
    const res = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .send({ name: 'X', country: 'AZ', kind: 'ministry', ...patch });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers malformed JSON and NUL characters with 400 problems', async () => {
    const bad = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .set('Content-Type', 'application/json')
      .send('{"name":');
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('urn:pacta:problem:invalid-request');
    const nul = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .set('Content-Type', 'application/json')
      .send('{"name":"a\\u0000b","country":"AZ","kind":"ministry"}');
    expect(nul.status).toBe(400);
  });

  it('answers a non-UUID id with 400 and an unknown id with 404', async () => {
    const bad = await t.http().get(`${base}/not-a-uuid`).set('Authorization', `Bearer ${editor}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('id');
    const missing = await t
      .http()
      .get(`${base}/00000000-0000-4000-8000-000000000001`)
      .set('Authorization', `Bearer ${editor}`);
    expect(missing.status).toBe(404);
  });

  it('updates with If-Match and refuses a stale version with 412, changing nothing', async () => {
    const inst = await create();
    const ok = await t
      .http()
      .patch(`${base}/${inst.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .set('If-Match', '"1"')
      .send({ name: 'Renamed' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await t
      .http()
      .patch(`${base}/${inst.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .set('If-Match', '"1"')
      .send({ name: 'Again' });
    expect(stale.status).toBe(412);
    const after = await t.http().get(`${base}/${inst.id}`).set('Authorization', `Bearer ${editor}`);
    expect(after.body).toMatchObject({ name: 'Renamed', version: 2 });
  });

  describe('workflow table', () => {
    it.each(institutionWorkflow.allPairs())('$from → $to allowed=$allowed', async ({ from, to, allowed }) => {
      const inst = await create();
      if (from === 'defunct') {
        const r = await t
          .http()
          .post(`${base}/${inst.id}/transitions`)
          .set('Authorization', `Bearer ${editor}`)
          .send({ to: 'defunct', reason: 'merged' });
        expect(r.status).toBe(200);
      }
      const res = await t
        .http()
        .post(`${base}/${inst.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ to, reason: 'because' });
      if (allowed) {
        expect(res.status).toBe(200);
        expect(res.body.status).toBe(to);
      } else {
        expect(res.status).toBe(409);
        expect(res.body.allowed).toEqual(institutionWorkflow.allowedFrom(from));
      }
    });

    it('requires a reason to become defunct (422) and records the successor', async () => {
      const inst = await create();
      const successor = await create({ name: 'Ministry of Energy and Industry' });
      const noReason = await t
        .http()
        .post(`${base}/${inst.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ to: 'defunct' });
      expect(noReason.status).toBe(422);
      const ok = await t
        .http()
        .post(`${base}/${inst.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ to: 'defunct', reason: 'reorganised', successorId: successor.id });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'defunct', successorId: successor.id, version: 2 });
      const history = await t
        .http()
        .get(`${base}/${inst.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`);
      expect(history.body).toHaveLength(1);
      expect(history.body[0]).toMatchObject({ from: 'active', to: 'defunct', reason: 'reorganised' });
    });
  });

  it('lists with filters and stable keyset pages', async () => {
    for (let i = 0; i < 7; i++) await create({ name: `Paging agency ${i}`, kind: 'agency', country: 'KZ' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await t
        .http()
        .get(base)
        .query({ kind: 'agency', country: 'KZ', limit: 3, ...(cursor ? { cursor } : {}) })
        .set('Authorization', `Bearer ${editor}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { name: string }) => i.name));
      // an insert between pages must not shift what the next page returns
      await create({ name: 'Paging agency 0a', kind: 'agency', country: 'KZ' });
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.slice(0, 7)).toEqual([...Array(7).keys()].map((i) => `Paging agency ${i}`).sort());
    expect(new Set(seen).size).toBe(seen.length);
  });
});
