import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from './support/test-app';
import { zip } from './support/sample-files';

type Row = Record<string, any>;

describe('imports (spec §15)', () => {
  let t: TestApp;
  let editor: string;
  let publicEditor: string;
  let manager: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor', 'confidential');
    publicEditor = await t.token('editor', 'public');
    manager = await t.token('manager', 'confidential');
    viewer = await t.token('viewer', 'confidential');
  });
  afterAll(() => t.close());

  const upload = (
    kind: string,
    file: Buffer | string,
    token = editor,
    name = 'import.csv',
    sheet?: string,
  ) => {
    let call = t.http().post('/api/v1/imports').set('Authorization', `Bearer ${token}`).field('kind', kind);
    if (sheet) call = call.field('sheet', sheet);
    return call.attach('file', typeof file === 'string' ? Buffer.from(file, 'utf8') : file, name);
  };
  const apply = (id: string, token = editor) =>
    t.http().post(`/api/v1/imports/${id}/apply`).set('Authorization', `Bearer ${token}`);
  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  const institutions = [
    'name,country,kind,shortName,name.ru',
    'Import Ministry of Energy,AZ,ministry,IME,Министерство энергетики',
    'Import Ministry of Energy,KZ,ministry,,',
  ].join('\n');

  it('institutions: preview, apply, re-import unchanged, audit events carry the import id', async () => {
    const first = await upload('institutions', institutions).expect(201);
    expect(first.body).toMatchObject({ kind: 'institutions', status: 'validated', rows: 2, errors: [] });
    expect(first.body.preview).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(
      await t.db.query(`SELECT 1 FROM institutions WHERE name = 'Import Ministry of Energy'`),
    ).toHaveLength(0);
    const applied = await apply(first.body.id).expect(200);
    expect(applied.body.result).toEqual({ create: 2, update: 0, unchanged: 0 });
    const events = await t.db.query(`SELECT import_id FROM audit_events WHERE import_id = $1`, [
      first.body.id,
    ]);
    expect(events).toHaveLength(2);
    const [az] = await t.db.query(
      `SELECT translations FROM institutions WHERE name = 'Import Ministry of Energy' AND country = 'AZ'`,
    );
    expect(az.translations).toEqual({ ru: { name: 'Министерство энергетики' } });
    await apply(first.body.id).expect(409);
    const again = await upload('institutions', institutions).expect(201);
    expect(again.body.preview).toEqual({ create: 0, update: 0, unchanged: 2 });
    const verify = await t
      .http()
      .get('/api/v1/audit-events/verify')
      .set('Authorization', `Bearer ${await t.adminToken()}`);
    expect(verify.body.valid).toBe(true);
  });

  it('summits and documents with parties, semicolons and a BOM; update then unchanged', async () => {
    const good =
      '\uFEFFtitle;kind;hostCountry;location;countries;startsOn;endsOn;status\n' +
      'Import Visit;official_visit;AZ;Baku;"AZ,KZ";2022-08-24;2022-08-24;held\n';
    const s = await upload('summits', good).expect(201);
    expect(s.body).toMatchObject({ status: 'validated', preview: { create: 1 } });
    await apply(s.body.id).expect(200);
    const [summit] = await t.db.query(`SELECT status, countries FROM summits WHERE title = 'Import Visit'`);
    expect(summit).toEqual({ status: 'held', countries: ['AZ', 'KZ'] });

    // A final status cannot be left; a summit is held only once it has started.
    const back = await upload(
      'summits',
      good.replace(';held', ';planned') +
        'Future Visit;official_visit;AZ;Baku;AZ;2999-01-01;2999-01-02;held\n',
    ).expect(201);
    expect(back.body.status).toBe('invalid');
    expect(back.body.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'status', message: 'cannot move from held to planned' },
        expect.objectContaining({ row: 3, field: 'status', message: expect.stringMatching(/started/) }),
      ]),
    );
    const docs = [
      'Title,Type,Reference Number,summitTitle,summitStartsOn,parties,signedOn,title.az',
      'Import Declaration,declaration,IMP-1,Import Visit,2022-08-24,AZ;KZ,2022-08-24,Bəyannamə',
      'Import Program,program,,Import Visit,2022-08-24,AZ;KZ,2022-08-24,',
    ].join('\n');
    const d = await upload('documents', docs).expect(201);
    expect(d.body).toMatchObject({ status: 'validated', preview: { create: 2, update: 0, unchanged: 0 } });
    await apply(d.body.id).expect(200);
    const parties = await t.db.query(
      `SELECT p.country FROM document_parties p JOIN documents d ON d.id = p.document_id WHERE d.reference_number = 'IMP-1' ORDER BY 1`,
    );
    expect(parties.map((p: Row) => p.country)).toEqual(['AZ', 'KZ']);
    const changed = await upload(
      'documents',
      docs.replace('Import Program,program', 'Import Program,roadmap'),
    ).expect(201);
    expect(changed.body.preview).toEqual({ create: 0, update: 1, unchanged: 1 });
    await apply(changed.body.id).expect(200);
    const same = await upload(
      'documents',
      docs.replace('Import Program,program', 'Import Program,roadmap'),
    ).expect(201);
    expect(same.body.preview).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it('row errors: enum, date, reference, clearance, disallowed transition, precondition, duplicate', async () => {
    const docs = [
      'title,type,referenceNumber,summitTitle,summitStartsOn,countries,signedOn,classification,status',
      'E1,treatyy,,,,AZ,2022-01-01,public,',
      'E2,treaty,,,,AZ,2022-13-01,public,',
      'E3,treaty,,No Such Summit,2022-01-01,AZ,2022-01-02,public,',
      'E4,treaty,,,,AZ,2022-01-03,confidential,',
      'E5,treaty,,,,AZ,2022-01-04,public,terminated',
      'E6,treaty,,,,AZ,,public,signed',
      'E7,treaty,R-7,,,AZ,2022-01-05,public,',
      'E7 again,treaty,R-7,,,AZ,2022-01-05,public,',
    ].join('\n');
    const before = await count('documents');
    const res = await upload('documents', docs, publicEditor).expect(201);
    expect(res.body.status).toBe('invalid');
    const at = (row: number) => res.body.errors.filter((e: Row) => e.row === row).map((e: Row) => e.field);
    expect(at(2)).toContain('type');
    expect(at(3)).toContain('signedOn');
    expect(at(4)).toContain('summitTitle');
    expect(at(5)).toContain('classification');
    expect(at(6)).toContain('status');
    expect(at(7)).toContain('signedOn');
    expect(at(9)).toContain('row');
    await apply(res.body.id, publicEditor).expect(422);
    expect(await count('documents')).toBe(before);
  });

  it('bad files: not a spreadsheet, zip bomb, formula, invalid UTF-8, unknown header, too many rows', async () => {
    const pdf = await upload('documents', Buffer.from('%PDF-1.4\n\0\0binary'), editor, 'x.csv').expect(415);
    expect(pdf.headers['content-type']).toMatch(/problem\+json/);
    const notXlsx = await upload('documents', zip([['a.txt', 'hello']]), editor, 'x.xlsx').expect(415);
    expect(notXlsx.body.detail).toMatch(/not an XLSX/);
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const bomb = zip([['xl/workbook.xml', big]]);
    expect(deflateRawSync(big).length).toBeLessThan(1024 * 1024);
    await upload('documents', bomb, editor, 'bomb.xlsx').expect(413);
    // A zip directory that understates its sizes is caught while inflating, before exceljs reads it.
    const liar = zip([['xl/workbook.xml', Buffer.alloc(5 * 1024 * 1024, 0x20)]]);
    for (const [signature, offset] of [
      [0x02014b50, 24],
      [0x04034b50, 22],
    ]) {
      const at = liar.indexOf(Buffer.from(new Uint32Array([signature]).buffer));
      liar.writeUInt32LE(1000, at + offset);
    }
    const lied = await upload('documents', liar, editor, 'liar.xlsx').expect(413);
    expect(lied.body.detail).toMatch(/zip bomb/);
    const latin = Buffer.concat([
      Buffer.from('name,country,kind\n'),
      Buffer.from([0xcc, 0xe8, 0xed]),
      Buffer.from(',AZ,ministry\n'),
    ]);
    const enc = await upload('institutions', latin).expect(400);
    expect(enc.body.detail).toMatch(/UTF-8/);
    const unknown = await upload('institutions', 'name,contry,kind\nX,AZ,ministry\n').expect(400);
    expect(unknown.body.detail).toMatch(/did you mean “country”/);
    const many = `name,country,kind\n${'X,AZ,ministry\n'.repeat(100_001)}`;
    await upload('institutions', many).expect(413);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['name', 'country', 'kind']);
    ws.addRow(['F', 'AZ', 'ministry']);
    ws.getCell('A2').value = { formula: 'CONCAT("a","b")', result: 'ab' } as ExcelJS.CellValue;
    const formula = await upload(
      'institutions',
      Buffer.from(await wb.xlsx.writeBuffer()),
      editor,
      'f.xlsx',
    ).expect(400);
    expect(formula.body.detail).toMatch(/A2 holds a formula/);
  });

  it('XLSX: a named sheet; an unknown sheet is a 400', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('notes').addRow(['nothing here']);
    const ws = wb.addWorksheet('Institutions');
    ws.addRow(['Name', 'Country', 'Kind']);
    ws.addRow(['Xlsx Agency', 'KZ', 'agency']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload('institutions', file, editor, 'i.xlsx', 'Institutions').expect(201);
    expect(res.body).toMatchObject({ status: 'validated', preview: { create: 1 } });
    await upload('institutions', file, editor, 'i.xlsx', 'Nope').expect(400);
  });

  it('roles: viewers may not import; editors not milestones; managers not registers', async () => {
    await upload('institutions', institutions, viewer).expect(403);
    await upload('milestones', 'title,dueOn\nX,2030-01-01\n', editor).expect(403);
    await upload('institutions', institutions, manager).expect(403);
    const other = await upload('institutions', institutions).expect(201);
    await t
      .http()
      .get(`/api/v1/imports/${other.body.id}`)
      .set('Authorization', `Bearer ${manager}`)
      .expect(403);
    await t
      .http()
      .get(`/api/v1/imports/${other.body.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .expect(200);
  });

  it('signatories, milestones and progress; a failure mid-apply rolls everything back', async () => {
    const sig = [
      'documentReferenceNumber,institutionName,institutionCountry,signerName,signerTitle',
      'IMP-1,Import Ministry of Energy,AZ,A. Signer,Minister',
      'IMP-1,Import Ministry of Energy,KZ,B. Signer,Minister',
    ].join('\n');
    const s = await upload('signatories', sig).expect(201);
    expect(s.body.preview).toEqual({ create: 2, update: 0, unchanged: 0 });
    await apply(s.body.id).expect(200);
    expect((await upload('signatories', sig).expect(201)).body.preview).toEqual({
      create: 0,
      update: 0,
      unchanged: 2,
    });
    // Now the document can be signed by import.
    const signed = await upload(
      'documents',
      'referenceNumber,title,type,countries,status\nIMP-1,Import Declaration,declaration,AZ;KZ,signed\n',
    ).expect(201);
    expect(signed.body).toMatchObject({ status: 'validated', preview: { update: 1 } });
    await apply(signed.body.id).expect(200);

    const ms = [
      'title,documentReferenceNumber,dueOn,owners,indicatorName,indicatorUnit,indicatorBaseline,indicatorBaselineOn,indicatorTarget,status',
      'Import Milestone,IMP-1,2030-01-01,Import Ministry of Energy (AZ),Trade,USD,0,2022-01-01,100,in_progress',
    ].join('\n');
    const m = await upload('milestones', ms, manager).expect(201);
    expect(m.body).toMatchObject({ status: 'validated', preview: { create: 1 } });
    await apply(m.body.id, manager).expect(200);
    expect((await upload('milestones', ms, manager).expect(201)).body.preview.unchanged).toBe(1);
    const pr =
      'milestoneTitle,documentReferenceNumber,asOf,value,note\nImport Milestone,IMP-1,2023-01-01,40,Reported\n';
    const p = await upload('progress', pr, manager).expect(201);
    await apply(p.body.id, manager).expect(200);
    expect((await upload('progress', pr, manager).expect(201)).body.preview.unchanged).toBe(1);

    // Two new institutions validate; between preview and apply one of them is created elsewhere
    // under the same key, so the re-validation finds an update and the file applies, or a
    // service refuses a row mid-apply (here: a document whose reference number a hidden
    // document already holds) and nothing of the file stays.
    const hidden = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${editor}`)
      .send({
        title: 'Hidden',
        type: 'treaty',
        countries: ['AZ'],
        classification: 'confidential',
        referenceNumber: 'HID-1',
      })
      .expect(201);
    expect(hidden.body.id).toBeDefined();
    const before = await count('documents');
    const events = await count('audit_events');
    const mixed =
      'title,type,referenceNumber,countries\nRollback One,treaty,RB-1,AZ\nRollback Two,treaty,HID-1,AZ\n';
    const r = await upload('documents', mixed, publicEditor).expect(201);
    expect(r.body.status).toBe('validated');
    const failed = await apply(r.body.id, publicEditor).expect(409);
    expect(failed.body.errors[0].row).toBe(3);
    expect(await count('documents')).toBe(before);
    expect(await count('audit_events')).toBe(events);
  });

  it('apply re-validates: data changed since the preview → 409 with the new errors, nothing written', async () => {
    const csv =
      'title,kind,hostCountry,location,countries,startsOn,endsOn,status\n' +
      'Changing Visit,working_visit,KZ,Astana,KZ,2030-05-01,2030-05-02,\n';
    const created = await upload('summits', csv).expect(201);
    await apply(created.body.id).expect(200);
    const [{ id }] = await t.db.query(`SELECT id FROM summits WHERE title = 'Changing Visit'`);
    const confirm = await upload('summits', csv.replace(/,\n$/, ',confirmed\n')).expect(201);
    expect(confirm.body).toMatchObject({ status: 'validated', preview: { update: 1 } });
    await t
      .http()
      .post(`/api/v1/summits/${id}/transitions`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ to: 'cancelled', reason: 'Called off' })
      .expect(200);
    const events = await count('audit_events');
    const res = await apply(confirm.body.id).expect(409);
    expect(res.body.errors).toEqual([
      { row: 2, field: 'status', message: 'cannot move from cancelled to confirmed' },
    ]);
    expect(await count('audit_events')).toBe(events);
    const [{ status }] = await t.db.query(`SELECT status FROM imports WHERE id = $1`, [confirm.body.id]);
    expect(status).toBe('validated');
  });

  it('templates: CSV and XLSX with drop-downs and a help sheet', async () => {
    const csv = await t
      .http()
      .get('/api/v1/imports/templates/documents?format=csv')
      .set('Authorization', `Bearer ${editor}`)
      .expect(200);
    expect(csv.text.split('\r\n')[0]).toMatch(/^\uFEFF?title,type,referenceNumber/);
    const x = await t
      .http()
      .get('/api/v1/imports/templates/documents?format=xlsx')
      .set('Authorization', `Bearer ${editor}`)
      .buffer(true)
      .parse((res, cb) => {
        const c: Buffer[] = [];
        res.on('data', (d: Buffer) => c.push(d));
        res.on('end', () => cb(null, Buffer.concat(c)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['documents', 'columns']);
    expect(wb.worksheets[0].getCell('B2').dataValidation?.type).toBe('list');
    expect(String(wb.worksheets[1].getCell('C2').value)).toMatch(/Текст/);
    await t.http().get('/api/v1/imports/templates/nope').set('Authorization', `Bearer ${editor}`).expect(400);
  });
});
