import { createHash } from 'node:crypto';
import { TextExtractionWorker } from '../src/attachments/text-extraction.worker';
import { AccessContext } from './support/access-table';
import { docx, EXE, GIF, JPEG, odt, pdf, pdfWithoutText, PNG, TIFF, xlsx, zip } from './support/sample-files';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

const MAX = 300_000;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** supertest's binary parser: the body as a Buffer. */
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('attachments (spec §12)', () => {
  let t: TestApp;
  let ctx: AccessContext;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp({ maxUploadBytes: MAX });
    ctx = new AccessContext(t, await t.adminToken());
    editor = await t.token('editor', 'confidential');
    viewer = await t.token('viewer', 'confidential');
  });
  afterAll(() => t.close());

  const upload = (
    documentId: string,
    file: Buffer,
    fileName = 'file.bin',
    fields: Record<string, string> = { kind: 'signed_original' },
    token = editor,
    contentType?: string,
  ) => {
    let call = t
      .http()
      .post(`/api/v1/documents/${documentId}/attachments`)
      .set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
    return call.attach('file', file, contentType ? { filename: fileName, contentType } : fileName);
  };

  const download = (path: string, token = viewer, headers: Record<string, string> = {}) => {
    let call = t.http().get(path).set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) call = call.set(k, v);
    return call.buffer(true).parse(binary);
  };

  /** Row counts of every table an upload writes (after the extraction worker has emptied its queue). */
  const counts = async () => {
    await t.app.get(TextExtractionWorker).drain();
    return (
      await t.db.query(`SELECT (SELECT count(*)::int FROM attachments) AS attachments,
        (SELECT count(*)::int FROM attachment_versions) AS versions, (SELECT count(*)::int FROM attachment_chunks) AS chunks,
        (SELECT count(*)::int FROM text_extraction_jobs) AS jobs, (SELECT count(*)::int FROM audit_events) AS events`)
    )[0];
  };

  const accepted: [string, () => Buffer, string, string][] = [
    ['PDF', () => pdf('Memorandum on oil transit'), 'memorandum.pdf', 'application/pdf'],
    ['PNG', () => PNG, 'seal.png', 'image/png'],
    ['JPEG', () => JPEG, 'photo.jpg', 'image/jpeg'],
    ['TIFF', () => TIFF, 'scan.tiff', 'image/tiff'],
    [
      'DOCX',
      () => docx(['Roadmap of the Middle Corridor']),
      'roadmap.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['ODT', () => odt('Protokol'), 'protokol.odt', 'application/vnd.oasis.opendocument.text'],
    [
      'plain text (UTF-8)',
      () => Buffer.from('Anlaşma — Келісім — Соглашение\n'),
      'note.txt',
      'text/plain; charset=utf-8',
    ],
  ];

  it.each(accepted)(
    'accepts %s, detected from the bytes, and serves it back byte for byte',
    async (_, make, name, type) => {
      const document = await ctx.document();
      const bytes = make();
      const res = await upload(document.id, bytes, name, {
        kind: 'certified_copy',
        language: 'az',
        title: 'Copy',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        documentId: document.id,
        kind: 'certified_copy',
        language: 'az',
        title: 'Copy',
        version: 1,
        versions: [{ n: 1, sha256: sha256(bytes), size: bytes.length, contentType: type, fileName: name }],
      });
      const content = await download(`/api/v1/documents/${document.id}/attachments/${res.body.id}/content`);
      expect(content.status).toBe(200);
      expect(content.headers['content-type']).toBe(type);
      expect(content.headers.etag).toBe(`"${sha256(bytes)}"`);
      expect(content.headers['content-disposition']).toContain(`filename="${name}"`);
      expect(Buffer.compare(content.body, bytes)).toBe(0);
    },
  );

  it('does not trust the declared type or the file name', async () => {
    const document = await ctx.document();
    const res = await upload(document.id, PNG, 'treaty.pdf', undefined, editor, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.versions[0].contentType).toBe('image/png');
  });

  const refused: [string, () => Buffer, number][] = [
    ['GIF', () => GIF, 415],
    ['an executable', () => EXE, 415],
    ['a spreadsheet (XLSX)', () => xlsx(), 415],
    ['a plain zip', () => zip([['a.txt', 'hello']]), 415],
    ['invalid UTF-8', () => Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]), 415],
    ['text with a NUL byte', () => Buffer.from('abc\u0000def'), 415],
    ['a file over PACTA_MAX_UPLOAD_BYTES', () => Buffer.alloc(MAX + 1, 'a'), 413],
  ];

  it.each(refused)('refuses %s and leaves nothing behind', async (_, make, status) => {
    const document = await ctx.document();
    const before = await counts();
    const res = await upload(document.id, make(), 'upload.pdf');
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await counts()).toEqual(before);
  });

  it('accepts a file of exactly PACTA_MAX_UPLOAD_BYTES', async () => {
    const document = await ctx.document();
    const res = await upload(document.id, Buffer.alloc(MAX, 'b'), 'big.txt');
    expect(res.status).toBe(201);
    expect(res.body.versions[0].size).toBe(MAX);
  });

  it.each([
    ['no kind', { title: 'x' }, 'kind'],
    ['an unknown kind', { kind: 'photo' }, 'kind'],
    ['a bad language tag', { kind: 'other', language: 'Azerbaijani!' }, 'language'],
    ['an unknown field', { kind: 'other', status: 'draft' }, 'status'],
  ])('answers 400 for %s and stores nothing', async (_, fields, field) => {
    const document = await ctx.document();
    const before = await counts();
    const res = await upload(document.id, PNG, 'a.png', fields as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    expect(await counts()).toEqual(before);
  });

  it('answers 400 without a file and 415 for a body that is not multipart', async () => {
    const document = await ctx.document();
    const noFile = await t
      .http()
      .post(`/api/v1/documents/${document.id}/attachments`)
      .set('Authorization', `Bearer ${editor}`)
      .field('kind', 'other');
    expect(noFile.status).toBe(400);
    const json = await t
      .http()
      .post(`/api/v1/documents/${document.id}/attachments`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ kind: 'other' });
    expect(json.status).toBe(415);
  });

  it('lists attachments of a document and gives one’s metadata with its version as ETag', async () => {
    const document = await ctx.document();
    const a = await upload(document.id, PNG, 'a.png');
    const b = await upload(document.id, JPEG, 'b.jpg', { kind: 'translation', language: 'kk' });
    const list = await t
      .http()
      .get(`/api/v1/documents/${document.id}/attachments`)
      .set('Authorization', `Bearer ${viewer}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: Row) => x.id)).toEqual([a.body.id, b.body.id]);
    const one = await t
      .http()
      .get(`/api/v1/documents/${document.id}/attachments/${b.body.id}`)
      .set('Authorization', `Bearer ${viewer}`);
    expect(one.body).toMatchObject({ kind: 'translation', language: 'kk', version: 1 });
    expect(one.headers.etag).toBe('"1"');
    const elsewhere = await ctx.document();
    const wrongDocument = await t
      .http()
      .get(`/api/v1/documents/${elsewhere.id}/attachments/${b.body.id}`)
      .set('Authorization', `Bearer ${viewer}`);
    expect(wrongDocument.status).toBe(404);
  });

  describe('Range', () => {
    // crosses the 256 KiB chunk boundary
    const bytes = Buffer.from(Array.from({ length: 290_000 }, (_, i) => 'abcdefghij'[i % 10]).join(''));
    let path: string;
    beforeAll(async () => {
      const document = await ctx.document();
      const res = await upload(document.id, bytes, 'long.txt');
      path = `/api/v1/documents/${document.id}/attachments/${res.body.id}/content`;
    });

    it.each([
      ['bytes=0-9', 0, 9],
      ['bytes=262140-262150', 262140, 262150],
      ['bytes=289990-', 289990, 289999],
      ['bytes=-5', 289995, 289999],
      ['bytes=100-999999', 100, 289999],
    ])('%s → 206 with exactly those bytes', async (range, start, end) => {
      const res = await download(path, viewer, { Range: range });
      expect(res.status).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${bytes.length}`);
      expect(Buffer.compare(res.body, bytes.subarray(start, end + 1))).toBe(0);
    });

    it('answers 416 for a range past the end', async () => {
      const res = await download(path, viewer, { Range: 'bytes=290000-' });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${bytes.length}`);
    });

    it('sends the whole file when If-Range names another ETag', async () => {
      const res = await download(path, viewer, { Range: 'bytes=0-9', 'If-Range': '"other"' });
      expect(res.status).toBe(200);
      expect(res.body.length).toBe(bytes.length);
    });
  });

  it('keeps every version readable and serves the latest by default', async () => {
    const document = await ctx.document();
    const first = pdf('First text');
    const created = await upload(document.id, first, 'v1.pdf');
    const base = `/api/v1/documents/${document.id}/attachments/${created.body.id}`;
    const second = docx(['Second text']);
    const stale = await t
      .http()
      .post(`${base}/versions`)
      .set('Authorization', `Bearer ${editor}`)
      .set('If-Match', '"7"')
      .attach('file', second, 'v2.docx');
    expect(stale.status).toBe(412);
    const res = await t
      .http()
      .post(`${base}/versions`)
      .set('Authorization', `Bearer ${editor}`)
      .set('If-Match', '"1"')
      .attach('file', second, 'v2.docx');
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    expect(res.body.versions.map((v: Row) => [v.n, v.sha256, v.fileName])).toEqual([
      [1, sha256(first), 'v1.pdf'],
      [2, sha256(second), 'v2.docx'],
    ]);
    expect(Buffer.compare((await download(`${base}/content`)).body, second)).toBe(0);
    expect(Buffer.compare((await download(`${base}/versions/1/content`)).body, first)).toBe(0);
    expect(Buffer.compare((await download(`${base}/versions/2/content`)).body, second)).toBe(0);
    expect((await download(`${base}/versions/3/content`)).status).toBe(404);
    const refused = await t
      .http()
      .post(`${base}/versions`)
      .set('Authorization', `Bearer ${editor}`)
      .attach('file', GIF, 'v3.gif');
    expect(refused.status).toBe(415);
    const after = await t.http().get(base).set('Authorization', `Bearer ${viewer}`);
    expect(after.body.version).toBe(2);
  });

  it('re-hashes on ?verify=true and detects bytes changed in the database', async () => {
    const document = await ctx.document();
    const bytes = pdf('Signed original');
    const created = await upload(document.id, bytes, 'signed.pdf');
    const path = `/api/v1/documents/${document.id}/attachments/${created.body.id}/content`;
    const ok = await download(`${path}?verify=true`);
    expect(ok.status).toBe(200);
    expect(ok.headers['x-pacta-verified']).toBe(`sha256=${sha256(bytes)}`);
    // tamper as the database superuser would, behind the application's back
    await t.db.query(
      `UPDATE attachment_chunks SET data = overlay(data placing '\\x58'::bytea from 20 for 1) WHERE attachment_id = $1`,
      [created.body.id],
    );
    const tampered = await download(`${path}?verify=true`);
    expect(tampered.status).toBe(409);
    expect(JSON.parse(tampered.body.toString())).toMatchObject({
      type: 'urn:pacta:problem:integrity-check-failed',
      expected: sha256(bytes),
    });
  });

  it('removes an attachment only while its document is a draft', async () => {
    const document = await ctx.document();
    const a = await upload(document.id, PNG, 'a.png');
    const b = await upload(document.id, PNG, 'b.png');
    const remove = (id: string) =>
      t
        .http()
        .delete(`/api/v1/documents/${document.id}/attachments/${id}`)
        .set('Authorization', `Bearer ${editor}`);
    expect((await remove(a.body.id)).status).toBe(204);
    const gone = await t
      .http()
      .get(`/api/v1/documents/${document.id}/attachments/${a.body.id}`)
      .set('Authorization', `Bearer ${viewer}`);
    expect(gone.status).toBe(404);
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM attachment_chunks WHERE attachment_id = $1',
      [a.body.id],
    );
    expect(n).toBe(0);
    await t
      .http()
      .post(`/api/v1/documents/${document.id}/transitions`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ to: 'negotiation' })
      .expect(200);
    const refused = await remove(b.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:pacta:problem:not-deletable');
  });

  it('lets only editors and admins write, and every reader download', async () => {
    const document = await ctx.document();
    const created = await upload(document.id, PNG, 'a.png');
    for (const role of ['manager', 'auditor', 'viewer']) {
      const token = await t.token(role, 'confidential');
      expect((await upload(document.id, PNG, 'x.png', undefined, token)).status).toBe(403);
      const res = await download(
        `/api/v1/documents/${document.id}/attachments/${created.body.id}/content`,
        token,
      );
      expect(res.status).toBe(200);
    }
  });

  describe('audit', () => {
    const events = async (documentId: string) =>
      (
        await t
          .http()
          .get(`/api/v1/documents/${documentId}/history`)
          .query({ limit: 200 })
          .set('Authorization', `Bearer ${editor}`)
      ).body.items as Row[];

    it('records the sha256 of every version in the document’s history', async () => {
      const document = await ctx.document();
      const one = PNG;
      const two = JPEG;
      const created = await upload(document.id, one, 'one.png');
      await t
        .http()
        .post(`/api/v1/documents/${document.id}/attachments/${created.body.id}/versions`)
        .set('Authorization', `Bearer ${editor}`)
        .attach('file', two, 'two.jpg')
        .expect(201);
      const history = await events(document.id);
      const add = history.find((e) => e.action === 'attachment.add')!;
      expect(add.changes.attachment[1].versions).toEqual([
        expect.objectContaining({ n: 1, sha256: sha256(one) }),
      ]);
      const version = history.find((e) => e.action === 'attachment.version')!;
      expect(version.changes.attachment[1].versions.map((v: Row) => v.sha256)).toEqual([
        sha256(one),
        sha256(two),
      ]);
      const verify = await t
        .http()
        .get('/api/v1/audit-events/verify')
        .set('Authorization', `Bearer ${await t.adminToken()}`);
      expect(verify.body.valid).toBe(true);
    });

    it.each([
      ['public', false],
      ['restricted', true],
      ['confidential', true],
    ])('a download of a %s file is an audit event: %s', async (classification, audited) => {
      const document = await ctx.document({ classification });
      const created = await upload(document.id, PNG, 'a.png');
      await download(`/api/v1/documents/${document.id}/attachments/${created.body.id}/content`).expect(200);
      await download(
        `/api/v1/documents/${document.id}/attachments/${created.body.id}/versions/1/content`,
        viewer,
        {
          Range: 'bytes=0-3',
        },
      ).expect(206);
      const downloads = (await events(document.id)).filter((e) => e.action === 'attachment.download');
      expect(downloads.length).toBe(audited ? 2 : 0);
      if (audited) {
        expect(downloads[1].changes.download[1]).toMatchObject({
          attachmentId: created.body.id,
          n: 1,
          sha256: sha256(PNG),
          range: 'bytes=0-3',
        });
      }
    });
  });

  it('extracts text from PDF, DOCX and plain text off the request path; other files keep textStatus none', async () => {
    const document = await ctx.document();
    const files: [Buffer, string, string][] = [
      [pdf('Pipeline Tengiz Novorossiysk'), 'a.pdf', 'extracted'],
      [docx(['Caspian ferry schedule']), 'b.docx', 'extracted'],
      [Buffer.from('Qazaqstan mұнай'), 'c.txt', 'extracted'],
      [PNG, 'd.png', 'none'],
      [pdfWithoutText(), 'e.pdf', 'none'],
    ];
    const ids: string[] = [];
    for (const [bytes, name] of files) ids.push((await upload(document.id, bytes, name)).body.id);
    await t.app.get(TextExtractionWorker).drain();
    const rows = await t.db.query(
      `SELECT attachment_id AS id, text_status AS status, text FROM attachment_versions WHERE attachment_id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((r: Row) => [r.id, r]));
    expect(files.map((_, i) => (byId.get(ids[i]) as Row).status)).toEqual(files.map((f) => f[2]));
    expect((byId.get(ids[0]) as Row).text).toContain('Tengiz');
    expect((byId.get(ids[1]) as Row).text).toContain('Caspian ferry');
    expect(
      await t.db.query('SELECT * FROM text_extraction_jobs WHERE attachment_id = ANY($1)', [ids]),
    ).toEqual([]);
  });
});
