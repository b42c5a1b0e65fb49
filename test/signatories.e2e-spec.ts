import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('signatories of a document', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  const docs = '/api/v1/documents';

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const {
    post,
    get,
    delete: del,
  } = requests(
    () => t,
    () => editor,
  );
  const fields = (res: { body: { errors?: { field: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.field);
  const events = (documentId: string) =>
    t.db.query(
      `SELECT action, entity_type, changes, reason, document_id, classification FROM audit_events WHERE entity_id = $1 ORDER BY seq`,
      [documentId],
    );

  it('adds, lists and removes signatories; each change bumps the document version and appends one event', async () => {
    const d = await f.createDocument({ classification: 'restricted' });
    const inst = await f.createInstitution({ name: 'Ministry of Energy of Kazakhstan', country: 'KZ' });
    const added = await post(`${docs}/${d.id}/signatories`, {
      institutionId: inst.id,
      signerName: 'Almasadam Satkaliyev',
      signerTitle: 'Minister of Energy',
      signedOn: '2023-04-20',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      documentId: d.id,
      institutionId: inst.id,
      institutionName: 'Ministry of Energy of Kazakhstan',
      institutionCountry: 'KZ',
      signerName: 'Almasadam Satkaliyev',
      signedOn: '2023-04-20',
      createdBy: await t.userId('editor'),
    });
    const list = await get(`${docs}/${d.id}/signatories`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [added.body], nextCursor: null });
    const doc = await get(`${docs}/${d.id}`);
    expect(doc.body).toMatchObject({ version: 2, signatoryCount: 1, signatories: [added.body] });
    expect(doc.headers.etag).toBe('"2"');

    const removed = await del(`${docs}/${d.id}/signatories/${added.body.id}`);
    expect(removed.status).toBe(204);
    expect((await get(`${docs}/${d.id}/signatories`)).body.items).toEqual([]);
    expect((await get(`${docs}/${d.id}`)).body).toMatchObject({ version: 3, signatoryCount: 0 });

    const log = await events(d.id);
    expect(log.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'signatory.add',
      'signatory.remove',
    ]);
    expect(log[1]).toMatchObject({
      entity_type: 'document',
      document_id: d.id,
      classification: 'restricted',
      changes: {
        signatory: [null, expect.objectContaining({ id: added.body.id, signerName: 'Almasadam Satkaliyev' })],
      },
    });
    expect(log[2].changes.signatory).toEqual([expect.objectContaining({ id: added.body.id }), null]);
    const history = await get(`${docs}/${d.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'signatory.add',
      'signatory.remove',
    ]);
  });

  it('pages signatories oldest first', async () => {
    const d = await f.createDocument();
    for (let i = 0; i < 5; i++) await f.addSignatory(d.id, { signerName: `Signer ${i}` });
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await get(`${docs}/${d.id}/signatories?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...res.body.items.map((s: { signerName: string }) => s.signerName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(['Signer 0', 'Signer 1', 'Signer 2', 'Signer 3', 'Signer 4']);
  });

  it('refuses an institution that does not exist with 422 naming institutionId', async () => {
    const d = await f.createDocument();
    const res = await post(`${docs}/${d.id}/signatories`, {
      institutionId: '00000000-0000-4000-8000-000000000001',
      signerName: 'A',
      signerTitle: 'B',
    });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['institutionId']);
    expect((await get(`${docs}/${d.id}`)).body.version).toBe(1);
  });

  it.each([
    ['unknown field', { extra: 1 }, 'extra'],
    ['missing institutionId', { institutionId: undefined }, 'institutionId'],
    ['non-UUID institutionId', { institutionId: 'abc' }, 'institutionId'],
    ['empty signerName', { signerName: '' }, 'signerName'],
    ['oversize signerTitle', { signerTitle: 'x'.repeat(301) }, 'signerTitle'],
    ['number as signerName', { signerName: 5 }, 'signerName'],
    ['impossible signedOn', { signedOn: '2023-02-30' }, 'signedOn'],
    ['non-string reason', { reason: 5 }, 'reason'],
  ])('refuses %s with a 400 naming the field', async (_, extra, field) => {
    const d = await f.createDocument();
    const inst = await f.createInstitution();
    const res = await post(`${docs}/${d.id}/signatories`, {
      institutionId: inst.id,
      signerName: 'A',
      signerTitle: 'B',
      ...extra,
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toContain(field);
  });

  it('answers non-UUID ids with 400 and an unknown signatory or document with 404', async () => {
    const d = await f.createDocument();
    const other = await f.createDocument({ countries: ['AZ'] });
    const foreign = await f.addSignatory(other.id, { country: 'AZ' });
    expect(fields(await del(`${docs}/${d.id}/signatories/nope`))).toEqual(['signatoryId']);
    expect(fields(await get(`${docs}/nope/signatories`))).toEqual(['id']);
    expect((await del(`${docs}/${d.id}/signatories/${foreign.id}`)).status).toBe(404);
    expect((await get(`${docs}/00000000-0000-4000-8000-000000000001/signatories`)).status).toBe(404);
    expect((await get(`${docs}/${other.id}/signatories`)).body.items).toHaveLength(1);
  });

  it('needs a reason to add or remove a signatory once the document is signed', async () => {
    const d = await f.moveDocumentTo(await f.createDocument({ countries: ['AZ'] }), 'signed');
    const inst = await f.createInstitution({ country: 'AZ' });
    const body = { institutionId: inst.id, signerName: 'A', signerTitle: 'B' };
    const noReason = await post(`${docs}/${d.id}/signatories`, body);
    expect(noReason.status).toBe(422);
    expect(fields(noReason)).toEqual(['reason']);
    const added = await post(`${docs}/${d.id}/signatories`, {
      ...body,
      reason: 'signed in a second ceremony',
    });
    expect(added.status).toBe(201);
    const removeNoReason = await del(`${docs}/${d.id}/signatories/${added.body.id}`);
    expect(removeNoReason.status).toBe(422);
    const removed = await del(
      `${docs}/${d.id}/signatories/${added.body.id}?reason=${encodeURIComponent('entered by mistake')}`,
    );
    expect(removed.status).toBe(204);
    const log = await events(d.id);
    expect(log.slice(-2).map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([
      ['signatory.add', 'signed in a second ceremony'],
      ['signatory.remove', 'entered by mistake'],
    ]);
  });

  it('needs no reason while the document is a draft or in negotiation', async () => {
    const d = await f.moveDocumentTo(await f.createDocument(), 'negotiation');
    const s = await f.addSignatory(d.id);
    expect((await del(`${docs}/${d.id}/signatories/${s.id}`)).status).toBe(204);
  });

  it('never lets a signing and the removal of a needed signatory both succeed without a reason', async () => {
    for (let round = 0; round < 5; round++) {
      const d = await f.createDocument({ countries: ['AZ', 'KZ'], signedOn: '2023-04-20' });
      await f.addSignatory(d.id, { country: 'AZ' });
      const kz = await f.addSignatory(d.id, { country: 'KZ' });
      const [sign, remove] = await Promise.all([
        post(`${docs}/${d.id}/transitions`, { to: 'signed' }),
        del(`${docs}/${d.id}/signatories/${kz.id}`),
      ]);
      expect([sign.status, remove.status]).toEqual(sign.status === 200 ? [200, 422] : [422, 204]);
    }
  });

  it('hides the signatories of a document above the reader clearance (404), and refuses viewers writes (403)', async () => {
    const d = await f.createDocument({ classification: 'confidential', countries: ['AZ'] });
    const s = await f.addSignatory(d.id, { country: 'AZ' });
    const restricted = await t.token('viewer', 'restricted');
    expect((await get(`${docs}/${d.id}/signatories`, restricted)).status).toBe(404);
    const restrictedEditor = await t.token('editor', 'restricted');
    expect((await del(`${docs}/${d.id}/signatories/${s.id}`, restrictedEditor)).status).toBe(404);
    const viewer = await t.token('viewer');
    const inst = await f.createInstitution();
    expect(
      (
        await post(
          `${docs}/${d.id}/signatories`,
          { institutionId: inst.id, signerName: 'A', signerTitle: 'B' },
          viewer,
        )
      ).status,
    ).toBe(403);
    expect((await del(`${docs}/${d.id}/signatories/${s.id}`, viewer)).status).toBe(403);
    expect((await get(`${docs}/${d.id}/signatories`, viewer)).status).toBe(200);
  });
});
