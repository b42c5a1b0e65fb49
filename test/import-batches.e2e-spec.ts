import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

/**
 * §15 at volume: apply writes in batches (one INSERT per batch, one audit statement for its
 * events) and must keep every rule of the row-by-row path: one create event per record with
 * the import id, a valid hash chain, the parties, all or nothing, and the failing row named.
 */
describe('imports in batches (spec §15)', () => {
  let t: TestApp;
  let editor: string;
  let publicEditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor', 'confidential');
    publicEditor = await t.token('editor', 'public');
  });
  afterAll(() => t.close());

  const upload = (file: string, token = editor) =>
    t
      .http()
      .post('/api/v1/imports')
      .set('Authorization', `Bearer ${token}`)
      .field('kind', 'documents')
      .attach('file', Buffer.from(file, 'utf8'), 'documents.csv');
  const apply = (id: string, token = editor) =>
    t.http().post(`/api/v1/imports/${id}/apply`).set('Authorization', `Bearer ${token}`);
  const count = async (sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

  // Long Cyrillic summaries: the file is several parser chunks, cut inside multi-byte characters.
  const summary = (i: number) =>
    `Соглашение о сотрудничестве номер ${i}: ${'сотрудничество '.repeat(40)}`.trim();
  const documents = (prefix: string, n: number, edit?: (i: number, cells: string[]) => void) => {
    const lines = ['title,type,referenceNumber,countries,signedOn,summary,title.kk'];
    for (let i = 0; i < n; i++) {
      const cells = [
        `${prefix} agreement ${i}`,
        'agreement',
        `${prefix}-${i}`,
        i % 2 ? 'AZ;KZ' : 'AZ;KZ;TR',
        `2023-05-${String((i % 28) + 1).padStart(2, '0')}`,
        summary(i),
        `Келісім ${i}`,
      ];
      edit?.(i, cells);
      lines.push(cells.join(','));
    }
    return `${lines.join('\n')}\n`;
  };

  it('1 200 documents: three batches, every record, party and event written, the chain intact', async () => {
    const file = documents('BATCH', 1200);
    expect(Buffer.byteLength(file)).toBeGreaterThan(3 * 256 * 1024);
    const events = await count(`SELECT count(*)::int AS n FROM audit_events`);
    const preview = await upload(file).expect(201);
    expect(preview.body).toMatchObject({
      status: 'validated',
      rows: 1200,
      errors: [],
      preview: { create: 1200, update: 0, unchanged: 0 },
    });
    const applied = await apply(preview.body.id).expect(200);
    expect(applied.body.result).toEqual({ create: 1200, update: 0, unchanged: 0 });

    expect(
      await count(`SELECT count(*)::int AS n FROM documents WHERE reference_number LIKE 'BATCH-%'`),
    ).toBe(1200);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM document_parties p JOIN documents d ON d.id = p.document_id
          WHERE d.reference_number LIKE 'BATCH-%'`,
      ),
    ).toBe(600 * 3 + 600 * 2);
    const [sample] = await t.db.query(
      `SELECT summary, translations, countries, legally_binding AS "legallyBinding" FROM documents WHERE reference_number = 'BATCH-777'`,
    );
    expect(sample).toEqual({
      summary: summary(777),
      translations: { kk: { title: 'Келісім 777' } },
      countries: ['AZ', 'KZ'],
      legallyBinding: true,
    });
    // One create event per document, each with the import id and the document it is about.
    const written: Row[] = await t.db.query(
      `SELECT e.seq::int AS seq, e.occurred_at AS at, e.action, e.entity_id AS "entityId", e.document_id AS "documentId"
         FROM audit_events e WHERE e.import_id = $1 ORDER BY e.seq`,
      [preview.body.id],
    );
    expect(written).toHaveLength(1200);
    expect(new Set(written.map((e) => e.entityId)).size).toBe(1200);
    expect(written.every((e) => e.action === 'create' && e.documentId === e.entityId)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events`)).toBe(events + 1200);
    // Numbered without gaps, in time order.
    written.forEach((e, i) => {
      if (i) expect([e.seq - written[i - 1].seq, e.at >= written[i - 1].at]).toEqual([1, true]);
    });
    const verify = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .expect(200);
    expect(verify.body.valid).toBe(true);
    // After it, a single write appends to the same chain.
    await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'After the batch', type: 'treaty', countries: ['AZ'] })
      .expect(201);
    const again = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .expect(200);
    expect(again.body).toMatchObject({ valid: true, checked: verify.body.checked + 1 });

    const unchanged = await upload(file).expect(201);
    expect(unchanged.body.preview).toEqual({ create: 0, update: 0, unchanged: 1200 });
    // The applied import no longer keeps its upload.
    const [stored] = await t.db.query(`SELECT file IS NULL AS gone FROM imports WHERE id = $1`, [
      preview.body.id,
    ]);
    expect(stored.gone).toBe(true);
  });

  it('a row refused in the second batch is named, and nothing of the file stays', async () => {
    await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${editor}`)
      .send({
        title: 'Hidden holder',
        type: 'treaty',
        countries: ['AZ'],
        classification: 'confidential',
        referenceNumber: 'HIDDEN-700',
      })
      .expect(201);
    // Row 702 (index 700) takes the reference number a document the public editor cannot see holds.
    const file = documents('FAIL', 900, (i, cells) => {
      if (i === 700) cells[2] = 'HIDDEN-700';
    });
    const before = {
      documents: await count(`SELECT count(*)::int AS n FROM documents`),
      parties: await count(`SELECT count(*)::int AS n FROM document_parties`),
      events: await count(`SELECT count(*)::int AS n FROM audit_events`),
    };
    const preview = await upload(file, publicEditor).expect(201);
    expect(preview.body).toMatchObject({ status: 'validated', preview: { create: 900 } });
    const failed = await apply(preview.body.id, publicEditor).expect(409);
    expect(failed.body.errors).toEqual([
      { row: 702, field: 'row', message: 'a unique value is taken or a reference is invalid' },
    ]);
    expect({
      documents: await count(`SELECT count(*)::int AS n FROM documents`),
      parties: await count(`SELECT count(*)::int AS n FROM document_parties`),
      events: await count(`SELECT count(*)::int AS n FROM audit_events`),
    }).toEqual(before);
    const [{ status }] = await t.db.query(`SELECT status FROM imports WHERE id = $1`, [preview.body.id]);
    expect(status).toBe('validated');
  });

  it('the preview keeps the upload, not its parsed rows; an invalid file keeps neither', async () => {
    const ok = await upload(documents('KEEP', 3)).expect(201);
    const bad = await upload(documents('KEEP', 3, (i, cells) => i === 1 && (cells[1] = 'nonsense'))).expect(
      201,
    );
    expect(bad.body.status).toBe('invalid');
    const rows: Row[] = await t.db.query(
      `SELECT id, rows, octet_length(file) AS bytes FROM imports WHERE id = ANY($1::uuid[])`,
      [[ok.body.id, bad.body.id]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ok.body.id)).toMatchObject({ rows: [], bytes: Buffer.byteLength(documents('KEEP', 3)) });
    expect(byId.get(bad.body.id)).toMatchObject({ rows: [], bytes: null });
  });

  it('an import validated before uploads were kept applies from its stored rows', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO imports (kind, status, file_name, row_count, rows, errors, preview, created_by)
       VALUES ('institutions', 'validated', 'old.csv', 1, $1::jsonb, '[]', '{"create":1,"update":0,"unchanged":0}', $2)
       RETURNING id`,
      [
        JSON.stringify([{ row: 2, values: { name: 'Legacy Import Agency', country: 'KZ', kind: 'agency' } }]),
        await t.userId('editor', 'confidential'),
      ],
    );
    const res = await apply(id).expect(200);
    expect(res.body.result).toEqual({ create: 1, update: 0, unchanged: 0 });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM institutions WHERE name = 'Legacy Import Agency' AND country = 'KZ'`,
      ),
    ).toBe(1);
  });
  it('apply validates as it writes: a row gone bad since the preview after two batches were written is named, and nothing stays', async () => {
    const summit = await t
      .http()
      .post('/api/v1/summits')
      .set('Authorization', `Bearer ${editor}`)
      .send({
        title: 'Vanishing forum',
        kind: 'working_visit',
        hostCountry: 'KZ',
        location: 'Aktau',
        countries: ['KZ'],
        startsOn: '2031-03-01',
        endsOn: '2031-03-02',
      })
      .expect(201);
    // Rows 1102 and 1103 (of 1 200) name the summit; the first two batches do not.
    const file = documents('LATE', 1200, (i, cells) => {
      if (i >= 1100 && i < 1102) cells[0] = `${cells[0]},Vanishing forum,2031-03-01`;
      else cells[0] = `${cells[0]},,`;
    }).replace(/^title,/, 'title,summitTitle,summitStartsOn,');
    const preview = await upload(file).expect(201);
    expect(preview.body).toMatchObject({ status: 'validated', errors: [], preview: { create: 1200 } });
    await t
      .http()
      .delete(`/api/v1/summits/${summit.body.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .set('If-Match', `"${summit.body.version}"`)
      .expect(204);
    const before = {
      documents: await count(`SELECT count(*)::int AS n FROM documents`),
      events: await count(`SELECT count(*)::int AS n FROM audit_events`),
      entries: await count(`SELECT count(*)::int AS n FROM search_entries`),
    };
    const failed = await apply(preview.body.id).expect(409);
    expect(failed.body.errors).toEqual([
      { row: 1102, field: 'summitTitle', message: 'no summit “Vanishing forum” starting on 2031-03-01' },
      { row: 1103, field: 'summitTitle', message: 'no summit “Vanishing forum” starting on 2031-03-01' },
    ]);
    expect({
      documents: await count(`SELECT count(*)::int AS n FROM documents`),
      events: await count(`SELECT count(*)::int AS n FROM audit_events`),
      entries: await count(`SELECT count(*)::int AS n FROM search_entries`),
    }).toEqual(before);
    expect(await count(`SELECT count(*)::int AS n FROM documents WHERE reference_number LIKE 'LATE-%'`)).toBe(
      0,
    );
  }, 180_000);

  it('a stored upload larger than one read slice (4 MiB) applies whole', async () => {
    // 1 000 rows of about 4.6 KB: a 4.5 MiB file, read back in two slices.
    const big = documents('SLICE', 1000, (i, cells) => {
      cells[5] = `${cells[5]} ${'x'.repeat(4000)} ${i}`;
    });
    expect(Buffer.byteLength(big)).toBeGreaterThan(4 * 1024 * 1024);
    const preview = await upload(big).expect(201);
    expect(preview.body).toMatchObject({ status: 'validated', errors: [], preview: { create: 1000 } });
    const res = await apply(preview.body.id).expect(200);
    expect(res.body.result).toEqual({ create: 1000, update: 0, unchanged: 0 });
    const [last] = await t.db.query(`SELECT summary FROM documents WHERE reference_number = 'SLICE-999'`);
    expect(last.summary).toBe(`${summary(999)} ${'x'.repeat(4000)} 999`);
    expect(
      await count(`SELECT count(*)::int AS n FROM search_entries WHERE title LIKE 'SLICE agreement %'`),
    ).toBe(1000);
  }, 180_000);

  it('a validated import not applied within 24 hours expires: its file is dropped on the next upload, and apply is a 410', async () => {
    const stale = await upload(documents('STALE', 2)).expect(201);
    const fresh = await upload(documents('FRESH', 2)).expect(201);
    await t.db.query(`UPDATE imports SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      stale.body.id,
    ]);
    const next = await upload(documents('NEXT', 2)).expect(201);
    const rows: Row[] = await t.db.query(
      `SELECT id, status, octet_length(file) AS bytes FROM imports WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
      [[stale.body.id, fresh.body.id, next.body.id]],
    );
    expect(rows.map((r) => [r.id, r.status, r.bytes === null])).toEqual([
      [stale.body.id, 'expired', true],
      [fresh.body.id, 'validated', false],
      [next.body.id, 'validated', false],
    ]);
    const gone = await apply(stale.body.id).expect(410);
    expect(gone.body.type).toBe('urn:pacta:problem:import-expired');
    const shown = await t
      .http()
      .get(`/api/v1/imports/${stale.body.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .expect(200);
    expect(shown.body.status).toBe('expired');
    // without another upload in between: apply itself expires it first
    await t.db.query(`UPDATE imports SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      fresh.body.id,
    ]);
    await apply(fresh.body.id).expect(410);
    expect(
      await count(`SELECT count(*)::int AS n FROM documents WHERE reference_number LIKE 'FRESH-%'`),
    ).toBe(0);
    await apply(next.body.id).expect(200);
  });
});
