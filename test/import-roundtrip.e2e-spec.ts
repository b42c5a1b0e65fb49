import { factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, any>;

/** supertest's parser for a binary body (CSV or XLSX kept as bytes). */
const binary = (res: any, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * §15: an export re-imported unchanged answers "unchanged" for every row: the export's own
 * read-only columns (ids, versions, timestamps, computed fields) are skipped by the import.
 */
describe('export, then import the same file (spec §15 round trip)', () => {
  let t: TestApp;
  let editor: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor', 'confidential');
    const f = factories(t, editor);
    await f.createInstitution({ name: 'Ministry of Energy of the Republic of Azerbaijan', country: 'AZ' });
    await f.createInstitution({ name: 'KazMunayGas', country: 'KZ', kind: 'state_company' });
    await f.createSummit({ title: 'State visit to Astana', startsOn: '2022-08-24', endsOn: '2022-08-25' });
    await f.createDocument({
      title: 'Memorandum on oil transit',
      referenceNumber: 'AZ-KZ-2022-017',
      sectors: ['energy'],
      summary: 'Kazakh oil through the Baku–Tbilisi–Ceyhan pipeline',
    });
    await f.createDocument({ title: 'Programme of cultural days', signedOn: '2023-04-20' });
  });
  afterAll(() => t.close());

  const kinds = ['institutions', 'summits', 'documents'] as const;
  const formats = ['csv', 'xlsx'] as const;

  it.each(kinds.flatMap((kind) => formats.map((format) => [kind, format] as const)))(
    '%s as %s: every exported row is unchanged',
    async (kind, format) => {
      const list = await t
        .http()
        .get(`/api/v1/${kind}`)
        .set('Authorization', `Bearer ${editor}`)
        .query({ limit: 200 });
      const exported = await t
        .http()
        .get(`/api/v1/${kind}`)
        .query({ format })
        .set('Authorization', `Bearer ${editor}`)
        .buffer(true)
        .parse(binary);
      expect(exported.status).toBe(200);
      const uploaded = await t
        .http()
        .post('/api/v1/imports')
        .set('Authorization', `Bearer ${editor}`)
        .field('kind', kind)
        .attach('file', exported.body as Buffer, `${kind}.${format}`);
      expect({ status: uploaded.status, errors: (uploaded.body as Json).errors }).toEqual({
        status: 201,
        errors: [],
      });
      expect(uploaded.body).toMatchObject({
        status: 'validated',
        rows: list.body.items.length,
        preview: { create: 0, update: 0, unchanged: list.body.items.length },
      });
    },
  );
});
