import { documentWorkflow } from '../src/documents/document.workflow';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('documents register', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  const base = '/api/v1/documents';
  const valid = {
    title: 'Memorandum on energy',
    type: 'memorandum_of_understanding',
    countries: ['AZ', 'KZ'],
  };

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const { post, patch, get } = requests(
    () => t,
    () => editor,
  );
  const fields = (res: { body: { errors?: { field: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.field);

  describe('create', () => {
    it('creates a document with every field, classification public by default', async () => {
      const summit = await f.createSummit({ title: 'Visit to Astana' });
      const parent = await f.createDocument();
      const body = {
        ...valid,
        referenceNumber: 'AZ-KZ/2023/001',
        summitId: summit.id,
        parentId: parent.id,
        relation: 'implements',
        summary: 'Cooperation in oil transit.',
        sectors: ['energy', 'transport'],
        signedOn: '2023-04-20',
        placeOfSigning: 'Astana',
        entryIntoForceOn: '2023-06-01',
        expiresOn: '2028-06-01',
      };
      const res = await post(base, body);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...body,
        classification: 'public',
        status: 'draft',
        version: 1,
        supersededById: null,
        summitTitle: 'Visit to Astana',
        signatoryCount: 0,
        createdBy: await t.userId('editor'),
        allowedTransitions: ['negotiation', 'signed', 'abandoned'],
      });
      const got = await get(`${base}/${res.body.id}`);
      expect(got.status).toBe(200);
      expect(got.headers.etag).toBe('"1"');
      expect(got.body).toMatchObject({
        signatories: [],
        summit: { id: summit.id, title: 'Visit to Astana' },
      });
      const bare = await f.createDocument();
      expect((await get(`${base}/${bare.id}`)).body).toMatchObject({
        summit: null,
        sectors: [],
        classification: 'public',
      });
    });

    it.each([
      ['unknown field', { extra: 1 }, 'extra'],
      ['status in body', { status: 'signed' }, 'status'],
      [
        'supersededById in body',
        { supersededById: '00000000-0000-4000-8000-000000000001' },
        'supersededById',
      ],
      ['bad type', { type: 'letter' }, 'type'],
      ['bad classification', { classification: 'secret' }, 'classification'],
      [
        'bad relation',
        { parentId: '00000000-0000-4000-8000-000000000001', relation: 'replaces' },
        'relation',
      ],
      ['impossible signedOn', { signedOn: '2023-02-30' }, 'signedOn'],
      ['impossible entryIntoForceOn', { entryIntoForceOn: '2023-13-01' }, 'entryIntoForceOn'],
      ['bad expiresOn', { expiresOn: 20230101 }, 'expiresOn'],
      ['lower-case country', { countries: ['az'] }, 'countries'],
      ['unknown country', { countries: ['XX'] }, 'countries'],
      ['no country', { countries: [] }, 'countries'],
      ['duplicate country', { countries: ['AZ', 'AZ'] }, 'countries'],
      ['oversize title', { title: 'x'.repeat(501) }, 'title'],
      ['oversize referenceNumber', { referenceNumber: 'x'.repeat(101) }, 'referenceNumber'],
      ['number as title', { title: 7 }, 'title'],
      ['sectors not an array', { sectors: 'energy' }, 'sectors'],
      ['sector not a string', { sectors: [1] }, 'sectors'],
      ['non-UUID summitId', { summitId: 'abc' }, 'summitId'],
      ['non-UUID parentId', { parentId: 'abc', relation: 'amends' }, 'parentId'],
      ['parentId without relation', { parentId: '00000000-0000-4000-8000-000000000001' }, 'relation'],
      ['relation without parentId', { relation: 'amends' }, 'parentId'],
    ])('refuses %s with a 400 naming the field', async (_, extra, field) => {
      const res = await post(base, { ...valid, ...extra });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fields(res).join(' ')).toContain(field);
    });

    it('answers malformed JSON with 400 and a non-UUID id with 400 naming id', async () => {
      const bad = await t
        .http()
        .post(base)
        .set('Authorization', `Bearer ${editor}`)
        .set('Content-Type', 'application/json')
        .send('{"title": [');
      expect(bad.status).toBe(400);
      expect(bad.body.type).toBe('urn:pacta:problem:invalid-request');
      const id = await get(`${base}/12345`);
      expect(id.status).toBe(400);
      expect(fields(id)).toEqual(['id']);
    });

    it('refuses a taken referenceNumber with 409 naming it', async () => {
      await f.createDocument({ referenceNumber: 'DUP-1' });
      const res = await post(base, { ...valid, referenceNumber: 'DUP-1' });
      expect(res.status).toBe(409);
      expect(fields(res)).toEqual(['referenceNumber']);
      const other = await f.createDocument();
      const upd = await patch(`${base}/${other.id}`, { referenceNumber: 'DUP-1' });
      expect(upd.status).toBe(409);
    });

    it('refuses a summit that does not exist with 422 naming summitId', async () => {
      const res = await post(base, { ...valid, summitId: '00000000-0000-4000-8000-000000000001' });
      expect(res.status).toBe(422);
      expect(fields(res)).toEqual(['summitId']);
    });

    it('answers a missing and a hidden parent alike: 422 "no such document"', async () => {
      const secret = await f.createDocument({ classification: 'confidential' });
      const restricted = await t.token('editor', 'restricted');
      const missing = await post(
        base,
        { ...valid, parentId: '00000000-0000-4000-8000-000000000001', relation: 'amends' },
        restricted,
      );
      const hidden = await post(base, { ...valid, parentId: secret.id, relation: 'amends' }, restricted);
      for (const res of [missing, hidden]) {
        expect(res.status).toBe(422);
        expect(res.body.errors).toEqual([{ field: 'parentId', message: 'no such document' }]);
      }
      expect(hidden.body.detail).not.toContain('confidential');
    });

    it('refuses a classification above the actor clearance with 422 naming classification', async () => {
      const restricted = await t.token('editor', 'restricted');
      const res = await post(base, { ...valid, classification: 'confidential' }, restricted);
      expect(res.status).toBe(422);
      expect(fields(res)).toEqual(['classification']);
      const ok = await post(base, { ...valid, classification: 'restricted' }, restricted);
      expect(ok.status).toBe(201);
      const up = await patch(`${base}/${ok.body.id}`, { classification: 'confidential' }, restricted);
      expect(up.status).toBe(422);
      expect(fields(up)).toEqual(['classification']);
    });
  });

  describe('update', () => {
    it('updates with If-Match and refuses a stale one with 412, changing nothing', async () => {
      const d = await f.createDocument();
      const ok = await t
        .http()
        .patch(`${base}/${d.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .set('If-Match', '"1"')
        .send({ sectors: ['trade'] });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ sectors: ['trade'], version: 2 });
      const stale = await t
        .http()
        .patch(`${base}/${d.id}`)
        .set('Authorization', `Bearer ${editor}`)
        .set('If-Match', '"1"')
        .send({ sectors: ['culture'] });
      expect(stale.status).toBe(412);
      expect((await get(`${base}/${d.id}`)).body).toMatchObject({ sectors: ['trade'], version: 2 });
    });

    it('refuses itself or a descendant as parent (422) and parentId without relation (400)', async () => {
      const a = await f.createDocument();
      const b = await f.createDocument({ parentId: a.id, relation: 'amends' });
      expect((await patch(`${base}/${a.id}`, { parentId: a.id, relation: 'amends' })).status).toBe(422);
      const cycle = await patch(`${base}/${a.id}`, { parentId: b.id, relation: 'amends' });
      expect(cycle.status).toBe(422);
      expect(fields(cycle)).toEqual(['parentId']);
      const lone = await patch(`${base}/${a.id}`, { parentId: b.id });
      expect(lone.status).toBe(400);
      expect(fields(lone)).toEqual(['relation']);
      const relationOnly = await patch(`${base}/${b.id}`, { relation: 'supplements' });
      expect(relationOnly.status).toBe(200);
      const detach = await patch(`${base}/${b.id}`, { parentId: null, relation: null });
      expect(detach.body).toMatchObject({ parentId: null, relation: null });
    });

    it('refuses null for a required field with 400 naming it', async () => {
      const d = await f.createDocument();
      const res = await patch(`${base}/${d.id}`, { countries: null });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['countries']);
    });
  });

  describe('workflow table', () => {
    it.each(documentWorkflow.allPairs())('$from → $to allowed=$allowed', async ({ from, to, allowed }) => {
      const d = await f.moveDocumentTo(await f.createDocument(), from);
      const ready = allowed ? await f.prepare(d, to) : d;
      const body: Record<string, unknown> = { to, reason: 'because' };
      if (to === 'superseded') body.supersededById = (await f.createDocument()).id;
      const res = await post(`${base}/${d.id}/transitions`, body);
      if (allowed) {
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          status: to,
          version: ready.version + 1,
          allowedTransitions: documentWorkflow.allowedFrom(to),
        });
        if (to === 'superseded') expect(res.body.supersededById).toBe(body.supersededById);
      } else {
        expect(res.status).toBe(409);
        expect(res.body.type).toBe('urn:pacta:problem:transition-not-allowed');
        expect(res.body.allowed).toEqual(documentWorkflow.allowedFrom(from));
      }
    });
  });

  describe('preconditions', () => {
    it('→ signed needs signedOn (422 naming it)', async () => {
      const d = await f.createDocument({ countries: ['AZ'] });
      await f.addSignatory(d.id, { country: 'AZ' });
      const res = await post(`${base}/${d.id}/transitions`, { to: 'signed' });
      expect(res.status).toBe(422);
      expect(fields(res)).toEqual(['signedOn']);
    });

    it('→ signed needs a signatory from each party, listing the missing countries', async () => {
      const d = await f.createDocument({ countries: ['AZ', 'KZ', 'UZ'], signedOn: '2023-04-20' });
      await f.addSignatory(d.id, { country: 'KZ' });
      await f.addSignatory(d.id, { country: 'TR' });
      const res = await post(`${base}/${d.id}/transitions`, { to: 'signed' });
      expect(res.status).toBe(422);
      expect(res.body.missingCountries).toEqual(['AZ', 'UZ']);
      expect(fields(res)).toEqual(['signatories']);
      expect(res.body.detail).toContain('AZ, UZ');
      await f.addSignatory(d.id, { country: 'AZ' });
      await f.addSignatory(d.id, { country: 'UZ' });
      const ok = await post(`${base}/${d.id}/transitions`, { to: 'signed' });
      expect(ok.status).toBe(200);
      expect(ok.body.signatoryCount).toBe(4);
    });

    it('→ in_force needs entryIntoForceOn (422 naming it)', async () => {
      const d = await f.moveDocumentTo(await f.createDocument(), 'signed');
      const res = await post(`${base}/${d.id}/transitions`, { to: 'in_force' });
      expect(res.status).toBe(422);
      expect(fields(res)).toEqual(['entryIntoForceOn']);
    });

    it('→ superseded needs supersededById naming another visible document', async () => {
      const d = await f.moveDocumentTo(await f.createDocument(), 'signed');
      const secret = await f.createDocument({ classification: 'confidential' });
      const restricted = await t.token('editor', 'restricted');
      for (const [body, token] of [
        [{ to: 'superseded' }, editor],
        [{ to: 'superseded', supersededById: d.id }, editor],
        [{ to: 'superseded', supersededById: '00000000-0000-4000-8000-000000000001' }, editor],
        [{ to: 'superseded', supersededById: secret.id }, restricted],
      ] as const) {
        const res = await post(`${base}/${d.id}/transitions`, body, token);
        expect(res.status).toBe(422);
        expect(fields(res)).toEqual(['supersededById']);
      }
      expect((await get(`${base}/${d.id}`)).body).toMatchObject({ status: 'signed', supersededById: null });
    });

    it.each([
      ['draft', 'abandoned'],
      ['negotiation', 'abandoned'],
      ['pending_ratification', 'abandoned'],
      ['in_force', 'suspended'],
      ['in_force', 'terminated'],
      ['suspended', 'terminated'],
    ])('%s → %s needs a reason (422), then records it', async (from, to) => {
      const d = await f.moveDocumentTo(await f.createDocument(), from);
      const res = await post(`${base}/${d.id}/transitions`, { to, reason: ' ' });
      expect(res.status).toBe(422);
      expect(fields(res)).toEqual(['reason']);
      const ok = await post(`${base}/${d.id}/transitions`, { to, reason: 'sanctions' });
      expect(ok.status).toBe(200);
      const history = await get(`${base}/${d.id}/transitions`);
      expect(history.body.at(-1)).toMatchObject({ from, to, reason: 'sanctions' });
    });

    it('lets twenty racing transitions produce exactly one winner and one status change', async () => {
      const d = await f.createDocument();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const req = t.http().post(`${base}/${d.id}/transitions`).set('Authorization', `Bearer ${editor}`);
          return (i % 2 ? req.set('If-Match', '"1"') : req).send({ to: 'negotiation' });
        }),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.every((s) => [200, 409, 412].includes(s))).toBe(true);
      const rows = await t.db.query('SELECT count(*)::int AS n FROM status_changes WHERE entity_id = $1', [
        d.id,
      ]);
      expect(rows[0].n).toBe(1);
      const events = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'transition'`,
        [d.id],
      );
      expect(events[0].n).toBe(1);
      expect((await get(`${base}/${d.id}`)).body).toMatchObject({ status: 'negotiation', version: 2 });
    });
  });

  describe('delete', () => {
    it('deletes a draft (with its signatories) and refuses any later status with 409', async () => {
      const d = await f.createDocument({ countries: ['AZ'] });
      await f.addSignatory(d.id, { country: 'AZ' });
      expect((await t.http().delete(`${base}/${d.id}`).set('Authorization', `Bearer ${editor}`)).status).toBe(
        204,
      );
      expect((await get(`${base}/${d.id}`)).status).toBe(404);
      const n = await f.moveDocumentTo(await f.createDocument(), 'negotiation');
      expect((await t.http().delete(`${base}/${n.id}`).set('Authorization', `Bearer ${editor}`)).status).toBe(
        409,
      );
    });
  });

  describe('history and asOf', () => {
    it('lists events oldest first, and transitions with who and why', async () => {
      const d = await f.moveDocumentTo(await f.createDocument(), 'negotiation');
      const history = await get(`${base}/${d.id}/history`);
      expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'transition']);
      const transitions = await get(`${base}/${d.id}/transitions`);
      expect(transitions.body).toEqual([
        expect.objectContaining({
          from: 'draft',
          to: 'negotiation',
          actor: { id: await t.userId('editor'), email: expect.any(String) },
        }),
      ]);
    });

    it('refuses (404) a past state whose classification the actor may not read', async () => {
      const d = await f.createDocument({ classification: 'restricted', title: 'Once restricted' });
      await new Promise((r) => setTimeout(r, 5));
      const whileRestricted = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      await patch(`${base}/${d.id}`, { classification: 'public', title: 'Now public' });
      const viewer = await t.token('viewer', 'public');
      expect((await get(`${base}/${d.id}`, viewer)).status).toBe(200);
      expect((await get(`${base}/${d.id}?asOf=${encodeURIComponent(whileRestricted)}`, viewer)).status).toBe(
        404,
      );
      const cleared = await get(`${base}/${d.id}?asOf=${encodeURIComponent(whileRestricted)}`);
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ title: 'Once restricted', classification: 'restricted' });
      expect(
        (await get(`${base}/${d.id}?asOf=${encodeURIComponent(new Date().toISOString())}`, viewer)).body
          .title,
      ).toBe('Now public');
    });
  });

  describe('clearance', () => {
    let secret: Record<string, any>;
    let viewer: string;
    let lowEditor: string;

    beforeAll(async () => {
      secret = await f.createDocument({
        title: 'Clearance: restricted memo',
        classification: 'restricted',
        countries: ['AZ'],
      });
      await f.addSignatory(secret.id, { country: 'AZ' });
      await f.createDocument({ title: 'Clearance: public memo', countries: ['AZ'] });
      viewer = await t.token('viewer', 'public');
      lowEditor = await t.token('editor', 'public');
    });

    it('hides a restricted document from a public-clearance user: 404 by id, absent from lists and exports', async () => {
      const auditor = await t.token('auditor', 'public');
      for (const path of [
        '',
        '/history',
        '/transitions',
        '/signatories',
        `?asOf=${encodeURIComponent(new Date().toISOString())}`,
      ]) {
        expect([path, (await get(`${base}/${secret.id}${path}`, auditor)).status]).toEqual([path, 404]);
      }
      expect((await get(`${base}/${secret.id}`, viewer)).status).toBe(404);
      const list = await get(`${base}?q=Clearance:`, viewer);
      expect(list.body.items.map((d: { title: string }) => d.title)).toEqual(['Clearance: public memo']);
      const filtered = await get(`${base}?q=Clearance:&classification=restricted`, viewer);
      expect(filtered.body.items).toEqual([]);
      const csv = await get(`${base}?q=Clearance:&format=csv`, viewer);
      expect(csv.text).not.toContain('restricted memo');
      const cleared = await get(`${base}?q=Clearance:`);
      expect(cleared.body.items).toHaveLength(2);
    });

    it('answers every write to a hidden document with 404', async () => {
      const sig = (await get(`${base}/${secret.id}/signatories`)).body.items[0];
      const inst = await f.createInstitution();
      const writes = [
        patch(`${base}/${secret.id}`, { title: 'x' }, lowEditor),
        post(`${base}/${secret.id}/transitions`, { to: 'negotiation' }, lowEditor),
        post(
          `${base}/${secret.id}/signatories`,
          { institutionId: inst.id, signerName: 'A', signerTitle: 'B' },
          lowEditor,
        ),
        t
          .http()
          .delete(`${base}/${secret.id}/signatories/${sig.id}`)
          .set('Authorization', `Bearer ${lowEditor}`),
        t.http().delete(`${base}/${secret.id}`).set('Authorization', `Bearer ${lowEditor}`),
      ];
      for (const res of await Promise.all(writes)) expect(res.status).toBe(404);
      expect((await get(`${base}/${secret.id}`)).body).toMatchObject({ version: 2, signatoryCount: 1 });
    });
  });

  describe('list', () => {
    let summit: Record<string, any>;
    beforeAll(async () => {
      summit = await f.createSummit({ title: 'Baku visit' });
      const a = await f.createDocument({
        title: 'L: oil transit',
        type: 'agreement',
        countries: ['AZ', 'KZ'],
        sectors: ['energy'],
        summitId: summit.id,
        signedOn: '2022-08-24',
      });
      await f.createDocument({
        title: 'L: culture days',
        type: 'program',
        countries: ['AZ', 'TR'],
        sectors: ['culture'],
        signedOn: '2023-04-20',
        referenceNumber: 'REF-CULT',
      });
      await f.createDocument({
        title: 'L: corridor',
        type: 'roadmap',
        countries: ['KZ'],
        sectors: ['transport', 'trade'],
        parentId: a.id,
        relation: 'implements',
        classification: 'restricted',
      });
      await f.addSignatory(a.id, { country: 'AZ' });
      await f.addSignatory(a.id, { country: 'KZ' });
      await f.moveDocumentTo(a, 'signed');
    });

    const titles = async (query: Record<string, string>) => {
      const res = await get(base).query({ q: 'L:', ...query });
      expect(res.status).toBe(200);
      return res.body.items.map((d: { title: string }) => d.title);
    };

    it('carries summitTitle and signatoryCount on each item', async () => {
      const res = await get(base).query({ q: 'oil transit' });
      expect(res.body.items[0]).toMatchObject({
        summitTitle: 'Baku visit',
        signatoryCount: 2,
        status: 'signed',
      });
      expect(res.body.nextCursor).toBeNull();
    });

    it.each([
      [{}, ['L: corridor', 'L: culture days', 'L: oil transit']],
      [{ sort: 'createdAt' }, ['L: oil transit', 'L: culture days', 'L: corridor']],
      [{ sort: 'title' }, ['L: corridor', 'L: culture days', 'L: oil transit']],
      [{ sort: '-signedOn' }, ['L: culture days', 'L: oil transit', 'L: corridor']],
      [{ sort: '-updatedAt' }, ['L: oil transit', 'L: corridor', 'L: culture days']],
      [{ status: 'signed' }, ['L: oil transit']],
      [{ status: 'draft,negotiation', sort: 'title' }, ['L: corridor', 'L: culture days']],
      [{ type: 'program,roadmap', sort: 'title' }, ['L: corridor', 'L: culture days']],
      [{ classification: 'restricted' }, ['L: corridor']],
      [{ country: 'TR' }, ['L: culture days']],
      [{ country: 'KZ,TR', sort: 'title' }, ['L: corridor', 'L: culture days', 'L: oil transit']],
      [{ sector: 'trade,energy', sort: 'title' }, ['L: corridor', 'L: oil transit']],
      [{ signedAfter: '2023-01-01' }, ['L: culture days']],
      [{ signedBefore: '2023-04-20', sort: 'title' }, ['L: culture days', 'L: oil transit']],
      [{ q: 'ref-cult' }, ['L: culture days']],
    ])('filters and sorts %j', async (query, expected) => {
      expect(await titles(query as Record<string, string>)).toEqual(expected);
    });

    it('filters by summitId and parentId', async () => {
      const bySummit = await get(base).query({ summitId: summit.id });
      expect(bySummit.body.items.map((d: { title: string }) => d.title)).toEqual(['L: oil transit']);
      const parent = bySummit.body.items[0];
      const children = await get(base).query({ parentId: parent.id });
      expect(children.body.items.map((d: { title: string }) => d.title)).toEqual(['L: corridor']);
    });

    it.each([
      ['status', 'ratified'],
      ['type', 'letter'],
      ['classification', 'secret'],
      ['country', 'kz'],
      ['summitId', 'abc'],
      ['parentId', 'abc'],
      ['signedAfter', '2023-02-30'],
      ['sort', 'summary'],
      ['limit', '201'],
    ])('refuses a bad %s with 400 naming it', async (field, value) => {
      const res = await get(base).query({ [field]: value });
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it('pages stably while documents are inserted concurrently', async () => {
      for (let i = 0; i < 9; i++)
        await f.createDocument({ title: `P: ${i}`, type: 'other', countries: ['MN'] });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const [res]: any[] = await Promise.all([
          get(base).query({ country: 'MN', limit: 4, ...(cursor ? { cursor } : {}) }),
          f.createDocument({ title: 'P: late', type: 'other', countries: ['MN'] }),
          f.createDocument({ title: 'P: late', type: 'other', countries: ['MN'] }),
        ]);
        expect(res.status).toBe(200);
        seen.push(
          ...res.body.items.map((d: { title: string }) => d.title).filter((x: string) => x !== 'P: late'),
        );
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...Array(9).keys()].reverse().map((i) => `P: ${i}`));
    });

    it('exports the filtered list as CSV with commas, quotes and newlines escaped', async () => {
      await f.createDocument({
        title: 'CSV "Declaration", on\npartnership',
        countries: ['AZ', 'KZ'],
        sectors: ['energy'],
      });
      for (const req of [
        get(base).query({ q: 'CSV "', format: 'csv' }),
        get(base).query({ q: 'CSV "' }).set('Accept', 'text/csv'),
      ]) {
        const res = await req;
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.headers['content-disposition']).toContain('documents.csv');
        const [header, ...rest] = res.text.split('\r\n');
        expect(header).toContain('summitTitle,signatoryCount');
        const body = rest.join('\r\n');
        expect(body).toContain('"CSV ""Declaration"", on\npartnership"');
        expect(body).toContain('AZ;KZ');
      }
    });
  });
});
