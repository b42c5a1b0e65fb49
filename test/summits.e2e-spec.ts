import { summitWorkflow } from '../src/summits/summit.workflow';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('summits register', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  const base = '/api/v1/summits';
  const valid = {
    title: 'State visit to Kazakhstan',
    kind: 'state_visit',
    hostCountry: 'KZ',
    location: 'Astana',
    countries: ['AZ', 'KZ'],
    startsOn: '2023-04-20',
    endsOn: '2023-04-21',
  };

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const { post, get } = requests(
    () => t,
    () => editor,
  );

  it('creates a summit with every field, the actor as creator and ETag "1"', async () => {
    const participants = [
      { name: 'Ilham Aliyev', title: 'President of the Republic of Azerbaijan', country: 'AZ' },
      { name: 'Kassym-Jomart Tokayev', title: 'President of the Republic of Kazakhstan', country: 'KZ' },
    ];
    const res = await post(base, {
      ...valid,
      participants,
      summary: 'Talks in narrow and extended formats.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ...valid,
      participants,
      summary: 'Talks in narrow and extended formats.',
      status: 'planned',
      version: 1,
      createdBy: await t.userId('editor'),
      allowedTransitions: ['confirmed', 'postponed', 'cancelled'],
    });
    const got = await get(`${base}/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body.participants).toEqual(participants);
  });

  it('defaults participants to an empty list', async () => {
    const res = await post(base, valid);
    expect(res.body.participants).toEqual([]);
    expect(res.body.summary).toBeNull();
  });

  it.each([
    ['unknown field', { extra: 1 }, 'extra'],
    ['status in body', { status: 'held' }, 'status'],
    ['bad kind', { kind: 'party' }, 'kind'],
    ['impossible date', { startsOn: '2023-02-30' }, 'startsOn'],
    ['date with a time', { endsOn: '2023-04-21T10:00:00Z' }, 'endsOn'],
    ['endsOn before startsOn', { startsOn: '2023-04-21', endsOn: '2023-04-20' }, 'endsOn'],
    ['lower-case host country', { hostCountry: 'kz' }, 'hostCountry'],
    ['unknown host country', { hostCountry: 'XX' }, 'hostCountry'],
    ['bad participating country', { countries: ['AZ', 'kz'] }, 'countries'],
    ['no participating country', { countries: [] }, 'countries'],
    ['duplicate participating country', { countries: ['AZ', 'AZ'] }, 'countries'],
    ['countries not an array', { countries: 'AZ' }, 'countries'],
    ['oversize title', { title: 'x'.repeat(501) }, 'title'],
    ['empty title', { title: '' }, 'title'],
    ['number as title', { title: 42 }, 'title'],
    ['missing location', { location: undefined }, 'location'],
    [
      'participant without a title',
      { participants: [{ name: 'A', country: 'AZ' }] },
      'participants[0].title',
    ],
    [
      'participant with a bad country',
      { participants: [{ name: 'A', title: 'B', country: 'az' }] },
      'participants[0].country',
    ],
    [
      'participant with an unknown field',
      { participants: [{ name: 'A', title: 'B', country: 'AZ', age: 3 }] },
      'participants[0].age',
    ],
    ['participants not an array', { participants: { name: 'A' } }, 'participants'],
    ['participant not an object', { participants: ['A'] }, 'participants'],
  ])('refuses %s with a 400 naming the field', async (_, patch, field) => {
    const res = await post(base, { ...valid, ...patch });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).join(' ')).toContain(field);
  });

  it('answers malformed JSON with a 400 problem and a non-UUID id with 400 naming id', async () => {
    const bad = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .set('Content-Type', 'application/json')
      .send('{"title":');
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('urn:pacta:problem:invalid-request');
    const id = await get(`${base}/nope`);
    expect(id.status).toBe(400);
    expect(id.body.errors[0].field).toBe('id');
    expect((await get(`${base}/00000000-0000-4000-8000-000000000001`)).status).toBe(404);
  });

  it('refuses writes to viewers (403) and history to viewers (403)', async () => {
    const viewer = await t.token('viewer');
    expect((await post(base, valid, viewer)).status).toBe(403);
    const s = await f.createSummit();
    expect((await get(`${base}/${s.id}`, viewer)).status).toBe(200);
    expect((await get(`${base}/${s.id}/history`, viewer)).status).toBe(403);
  });

  describe('update', () => {
    it('updates with If-Match, refuses a stale version with 412 and changes nothing', async () => {
      const s = await f.createSummit();
      const ok = await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .set('If-Match', '"1"')
        .send({ location: 'Aktau' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ location: 'Aktau', version: 2 });
      const stale = await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .set('If-Match', '"1"')
        .send({ location: 'Almaty' });
      expect(stale.status).toBe(412);
      expect((await get(`${base}/${s.id}`)).body).toMatchObject({ location: 'Aktau', version: 2 });
    });

    it('refuses an end date before the stored start (400 naming endsOn) and null for a required field', async () => {
      const s = await f.createSummit({ startsOn: '2023-04-20', endsOn: '2023-04-21' });
      const early = await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ endsOn: '2023-04-19' });
      expect(early.status).toBe(400);
      expect(early.body.errors[0].field).toBe('endsOn');
      const nul = await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ title: null });
      expect(nul.status).toBe(400);
      expect(nul.body.errors[0].field).toBe('title');
      const status = await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ status: 'held' });
      expect(status.status).toBe(400);
    });
  });

  describe('workflow table', () => {
    it.each(summitWorkflow.allPairs())('$from → $to allowed=$allowed', async ({ from, to, allowed }) => {
      const s = await f.moveSummitTo(await f.createSummit(), from);
      const res = await post(`${base}/${s.id}/transitions`, { to, reason: 'because' });
      if (allowed) {
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          status: to,
          version: s.version + 1,
          allowedTransitions: summitWorkflow.allowedFrom(to),
        });
      } else {
        expect(res.status).toBe(409);
        expect(res.body.allowed).toEqual(summitWorkflow.allowedFrom(from));
      }
    });

    it('refuses to mark held a summit that has not started (422 naming startsOn)', async () => {
      const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const s = await f.moveSummitTo(await f.createSummit({ startsOn: future, endsOn: future }), 'confirmed');
      const res = await post(`${base}/${s.id}/transitions`, { to: 'held' });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].field).toBe('startsOn');
    });

    it('holds a summit starting today', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const s = await f.moveSummitTo(await f.createSummit({ startsOn: today, endsOn: today }), 'confirmed');
      expect((await post(`${base}/${s.id}/transitions`, { to: 'held' })).status).toBe(200);
    });

    it.each(['postponed', 'cancelled'])(
      'requires a reason to move to %s (422), then records it',
      async (to) => {
        const s = await f.createSummit();
        for (const reason of [undefined, '   ']) {
          const res = await post(`${base}/${s.id}/transitions`, { to, reason });
          expect(res.status).toBe(422);
          expect(res.body.errors[0].field).toBe('reason');
        }
        const ok = await post(`${base}/${s.id}/transitions`, {
          to,
          reason: 'the dates clash',
          effectiveOn: '2023-03-01',
        });
        expect(ok.status).toBe(200);
        const history = await get(`${base}/${s.id}/transitions`);
        expect(history.body).toEqual([
          expect.objectContaining({
            from: 'planned',
            to,
            reason: 'the dates clash',
            effectiveOn: '2023-03-01',
          }),
        ]);
      },
    );

    it('refuses an unknown target status with 400 and a stale If-Match with 412', async () => {
      const s = await f.createSummit();
      expect((await post(`${base}/${s.id}/transitions`, { to: 'over' })).status).toBe(400);
      const stale = await t
        .http()
        .post(`${base}/${s.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`)
        .set('If-Match', '"7"')
        .send({ to: 'confirmed' });
      expect(stale.status).toBe(412);
    });
  });

  describe('delete', () => {
    it('deletes only a planned summit; the audit log keeps it', async () => {
      const planned = await f.createSummit();
      const del = await t.http().delete(`${base}/${planned.id}`).set('Authorization', `Bearer ${editor}`);
      expect(del.status).toBe(204);
      expect((await get(`${base}/${planned.id}`)).status).toBe(404);
      const events = await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [
        planned.id,
      ]);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'delete']);
      const confirmed = await f.moveSummitTo(await f.createSummit(), 'confirmed');
      const refused = await t
        .http()
        .delete(`${base}/${confirmed.id}`)
        .set('Authorization', `Bearer ${editor}`);
      expect(refused.status).toBe(409);
    });
  });

  describe('history', () => {
    it('lists events oldest first and answers asOf with the past state', async () => {
      const s = await f.createSummit({ location: 'Astana' });
      const between = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      await t
        .http()
        .patch(`${base}/${s.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ location: 'Aktau' });
      const history = await get(`${base}/${s.id}/history`);
      expect(history.status).toBe(200);
      expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
      expect(history.body.items[1].changes.location).toEqual(['Astana', 'Aktau']);
      const past = await get(`${base}/${s.id}?asOf=${encodeURIComponent(between)}`);
      expect(past.status).toBe(200);
      expect(past.body).toMatchObject({ location: 'Astana', version: 1 });
      const before = await get(`${base}/${s.id}?asOf=2000-01-01T00:00:00Z`);
      expect(before.status).toBe(404);
    });
  });

  describe('list', () => {
    beforeAll(async () => {
      await f.createSummit({
        title: 'Listing: Baku forum',
        kind: 'business_forum',
        hostCountry: 'AZ',
        countries: ['AZ', 'TR'],
        startsOn: '2022-08-24',
        endsOn: '2022-08-25',
      });
      await f.createSummit({
        title: 'Listing: Astana commission',
        kind: 'intergovernmental_commission',
        hostCountry: 'KZ',
        countries: ['KZ', 'UZ'],
        startsOn: '2023-04-20',
        endsOn: '2023-04-20',
      });
      const g = await f.createSummit({
        title: 'Listing: Tbilisi meeting',
        kind: 'ministerial_meeting',
        hostCountry: 'GE',
        countries: ['GE'],
        startsOn: '2024-01-10',
        endsOn: '2024-01-11',
      });
      await f.moveSummitTo(g, 'confirmed');
    });

    const titles = async (query: Record<string, string>) => {
      const res = await get(base).query({ q: 'Listing:', ...query });
      expect(res.status).toBe(200);
      return res.body.items.map((s: { title: string }) => s.title);
    };

    it.each([
      [{}, ['Listing: Tbilisi meeting', 'Listing: Astana commission', 'Listing: Baku forum']],
      [
        { sort: 'startsOn' },
        ['Listing: Baku forum', 'Listing: Astana commission', 'Listing: Tbilisi meeting'],
      ],
      [{ sort: 'title' }, ['Listing: Astana commission', 'Listing: Baku forum', 'Listing: Tbilisi meeting']],
      [
        { sort: '-createdAt' },
        ['Listing: Tbilisi meeting', 'Listing: Astana commission', 'Listing: Baku forum'],
      ],
      [{ status: 'confirmed' }, ['Listing: Tbilisi meeting']],
      [{ status: 'planned,confirmed', kind: 'business_forum' }, ['Listing: Baku forum']],
      [{ country: 'TR' }, ['Listing: Baku forum']],
      [{ country: 'AZ,UZ', sort: 'title' }, ['Listing: Astana commission', 'Listing: Baku forum']],
      [{ country: 'GE' }, ['Listing: Tbilisi meeting']],
      [
        { startsAfter: '2023-04-20', sort: 'startsOn' },
        ['Listing: Astana commission', 'Listing: Tbilisi meeting'],
      ],
      [
        { startsBefore: '2023-04-20', sort: 'startsOn' },
        ['Listing: Baku forum', 'Listing: Astana commission'],
      ],
      // q matches as search does: every word, as a prefix, in any order (§2, §13)
      [{ q: 'commiss listing' }, ['Listing: Astana commission']],
      [{ q: '100%' }, []],
    ])('filters and sorts %j', async (query, expected) => {
      expect(await titles(query as Record<string, string>)).toEqual(expected);
    });

    it.each([
      ['status', 'over'],
      ['kind', 'party'],
      ['country', 'az'],
      ['startsAfter', '2023-02-30'],
      ['sort', 'location'],
      ['limit', '0'],
      ['cursor', 'garbage'],
      ['format', 'xml'],
    ])('refuses a bad %s with 400 naming it', async (field, value) => {
      const res = await get(base).query({ [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('pages stably while summits are inserted between pages', async () => {
      for (let i = 0; i < 7; i++)
        await f.createSummit({
          title: `Paging ${i}`,
          kind: 'other',
          startsOn: `2021-01-0${i + 1}`,
          endsOn: `2021-01-0${i + 1}`,
        });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await get(base).query({
          kind: 'other',
          q: 'Paging',
          sort: 'startsOn',
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((s: { title: string }) => s.title));
        // an insert that sorts before the cursor must not shift the next page
        await f.createSummit({
          title: 'Paging early',
          kind: 'other',
          startsOn: '2020-01-01',
          endsOn: '2020-01-01',
        });
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...Array(7).keys()].map((i) => `Paging ${i}`));
    });

    it('exports the filtered list as CSV, quoting commas, quotes and newlines', async () => {
      const title = 'CSV: "Baku", 2022\nsecond line';
      await f.createSummit({ title, hostCountry: 'AZ', countries: ['AZ', 'KZ'] });
      for (const req of [
        get(base).query({ q: 'CSV:', format: 'csv' }),
        get(base).query({ q: 'CSV:' }).set('Accept', 'text/csv'),
      ]) {
        const res = await req;
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.headers['content-disposition']).toContain('summits.csv');
        const text: string = res.text;
        expect(text.startsWith('\uFEFF')).toBe(true);
        const [header, ...rest] = text.slice(1).split('\r\n');
        expect(header.split(',').slice(0, 4)).toEqual(['id', 'title', 'kind', 'status']);
        expect(rest.join('\r\n')).toContain('"CSV: ""Baku"", 2022\nsecond line"');
        expect(rest.join('\r\n')).toContain('AZ;KZ');
        expect(rest.filter((l) => l !== '')).toHaveLength(1);
      }
    });
  });
});
