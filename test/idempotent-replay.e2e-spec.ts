import { createHash } from 'node:crypto';
import { visibilityCheckUrl } from '../src/common/idempotency.interceptor';
import { factories } from './support/factories';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

describe('an idempotent replay shows only what the user may still see, and keeps no secret', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  /** A fresh editor with confidential clearance: its id and a token. */
  const editor = async (name: string) => {
    const email = `${name}@test.local`;
    const created = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        email,
        displayName: name,
        password: TEST_PASSWORD,
        roles: ['editor'],
        clearance: 'confidential',
      });
    expect(created.status).toBe(201);
    const login = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    return { id: created.body.id as string, token: login.body.accessToken as string };
  };

  const lowerClearance = async (id: string) => {
    const res = await t
      .http()
      .patch(`/api/v1/users/${id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ clearance: 'public' });
    expect(res.status).toBe(200);
  };

  it.each([
    ['a confidential document it created', async () => ({ path: '/api/v1/documents', body: null })],
    [
      'a signatory of a confidential document',
      async () => {
        const document = await factories(t, admin).createDocument({ classification: 'confidential' });
        const institution = await factories(t, admin).createInstitution();
        return {
          path: `/api/v1/documents/${document.id}/signatories`,
          body: { institutionId: institution.id, signerName: 'Signer', signerTitle: 'Minister' },
        };
      },
    ],
  ])('answers a replay of %s with 404 once the clearance is lowered', async (name, setup) => {
    const user = await editor(`replay-${name.length}`);
    const { path, body } = await setup();
    const payload = body ?? {
      title: 'Confidential memorandum',
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
      classification: 'confidential',
    };
    const send = () =>
      t
        .http()
        .post(path)
        .set('Authorization', `Bearer ${user.token}`)
        .set('Idempotency-Key', `replay-${path}`)
        .send(payload);
    const first = await send();
    expect(first.status).toBe(201);
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);

    await lowerClearance(user.id);
    const after = await send();
    expect(after.status).toBe(404);
    expect(after.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(after.text).not.toContain(first.body.id);
    expect(after.text).not.toContain('Confidential memorandum');
  });

  it("never stores a feed token's plaintext: a retry with the same key issues a new token", async () => {
    const user = await editor('feed-retry');
    const issue = () =>
      t
        .http()
        .post('/api/v1/auth/feed-token')
        .set('Authorization', `Bearer ${user.token}`)
        .set('Idempotency-Key', 'feed-once');
    const first = await issue();
    expect(first.status).toBe(201);
    const stored = await t.db.query(
      `SELECT coalesce(string_agg(k::text, ''), '') AS text, count(*)::int AS n FROM idempotency_keys k WHERE user_id = $1`,
      [user.id],
    );
    expect(stored[0].n).toBe(0);
    const everything = await t.db.query(
      `SELECT coalesce(string_agg(k::text, ''), '') AS text FROM idempotency_keys k`,
    );
    expect(everything[0].text).not.toContain(first.body.feedToken);

    const retry = await issue();
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body.feedToken).not.toBe(first.body.feedToken);
    const [{ hash }] = await t.db.query('SELECT feed_token_hash AS hash FROM users WHERE id = $1', [user.id]);
    expect(hash).toBe(createHash('sha256').update(retry.body.feedToken).digest('hex'));
  });

  it.each([
    [
      '/api/v1/documents',
      { id: '0b4e0f3e-3f7a-4e8e-9a51-0c8a3c1b2d4e' },
      '/api/v1/documents/0b4e0f3e-3f7a-4e8e-9a51-0c8a3c1b2d4e',
    ],
    [
      '/api/v1/milestones/0b4e0f3e-3f7a-4e8e-9a51-0c8a3c1b2d4e/progress?x=1',
      { id: 'ffffffff-3f7a-4e8e-9a51-0c8a3c1b2d4e' },
      '/api/v1/milestones/0b4e0f3e-3f7a-4e8e-9a51-0c8a3c1b2d4e',
    ],
    ['/api/v1/documents', { title: 'no id' }, null],
    ['/api/v1/auth/feed-token', { feedToken: 'x' }, null],
  ])('re-reads the replay of POST %s at the entity it belongs to', (url, body, expected) => {
    expect(visibilityCheckUrl(url, body)).toBe(expected);
  });
});
