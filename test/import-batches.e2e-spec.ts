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
});
