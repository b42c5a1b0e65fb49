import { factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * referenceNumber is unique across the register (it is the imports' natural key), so a taken
 * number is refused whoever holds it. The rule that keeps that from telling more: the 409 is one
 * answer, the same for a holder the writer can see and one it cannot, and names nothing of the
 * holder (no id, title, classification or status).
 */
describe('a taken referenceNumber tells nothing about the document holding it', () => {
  let t: TestApp;
  let writer: string;
  let hidden: Record<string, any>;
  let own: Record<string, any>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = factories(t, await t.adminToken());
    hidden = await admin.createDocument({
      title: 'Secret protocol on the pipeline',
      classification: 'confidential',
      referenceNumber: 'MFA/2023/CONF-7',
    });
    await admin.createDocument({ title: 'Public memorandum', referenceNumber: 'MFA/2023/PUB-7' });
    writer = await t.token('editor', 'public');
    own = await factories(t, writer).createDocument({ title: 'Draft of a public agreement' });
  });
  afterAll(() => t.close());

  /** The answer without what differs per request. */
  const essence = (body: Record<string, unknown>) => {
    const { instance: _i, requestId: _r, ...rest } = body;
    return rest;
  };
  const create = (referenceNumber: string) =>
    t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${writer}`)
      .send({
        title: 'Another memorandum',
        type: 'memorandum_of_understanding',
        countries: ['AZ'],
        referenceNumber,
      });
  const rename = (referenceNumber: string) =>
    t
      .http()
      .patch(`/api/v1/documents/${own.id}`)
      .set('Authorization', `Bearer ${writer}`)
      .send({ referenceNumber });

  it.each([
    ['creating', create],
    ['updating', rename],
  ])('answers %s with a hidden holder exactly as with a visible one', async (_, send) => {
    const hiddenAnswer = await send('MFA/2023/CONF-7');
    const visibleAnswer = await send('MFA/2023/PUB-7');
    expect(hiddenAnswer.status).toBe(409);
    expect(visibleAnswer.status).toBe(409);
    expect(essence(hiddenAnswer.body)).toEqual(essence(visibleAnswer.body));
    expect(Object.keys(hiddenAnswer.headers).sort()).toEqual(Object.keys(visibleAnswer.headers).sort());
    for (const secret of [hidden.id, hidden.title, 'confidential', 'Secret', hidden.status]) {
      expect(hiddenAnswer.text).not.toContain(secret);
    }
    expect(hiddenAnswer.body.errors).toEqual([{ field: 'referenceNumber', message: 'already taken' }]);
  });

  it('still keeps the hidden document out of every read', async () => {
    const get = await t.http().get(`/api/v1/documents/${hidden.id}`).set('Authorization', `Bearer ${writer}`);
    expect(get.status).toBe(404);
    const search = await t
      .http()
      .get('/api/v1/documents')
      .query({ q: 'CONF-7' })
      .set('Authorization', `Bearer ${writer}`);
    expect(search.body.items).toEqual([]);
  });
});
