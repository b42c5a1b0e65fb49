import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../src/common/idempotency.interceptor';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('Idempotency-Key on POST', () => {
  let t: TestApp;
  let editor: string;
  const base = '/api/v1/institutions';
  const body = { name: 'Ministry of Economy', country: 'AZ', kind: 'ministry' };

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
  });
  afterAll(() => t.close());

  const post = (key: string | undefined, payload: unknown, token = editor) => {
    const req = requests(t, token).post(base);
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(payload as object);
  };

  const count = async (sql: string, params: unknown[]) => Number((await t.db.query(sql, params))[0].n);
  const rowsNamed = (name: string) => count('SELECT count(*) AS n FROM institutions WHERE name = $1', [name]);
  const createEvents = (id: string) =>
    count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'create'`, [id]);

  it('replays the first response for retries: one row, one audit event, same status, ETag and body', async () => {
    const key = randomUUID();
    const payload = { ...body, name: 'Replay Ministry' };
    const first = await post(key, payload);
    expect(first.status).toBe(201);
    const retries = await Promise.all([1, 2, 3].map(() => post(key, payload)));
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(retry.headers['content-type']).toMatch(/application\/json/);
      expect(retry.headers['idempotent-replayed']).toBe('true');
    }
    expect(await rowsNamed('Replay Ministry')).toBe(1);
    expect(await createEvents(first.body.id)).toBe(1);
  });

  it('treats a body with the same content in another key order and spacing as the same request', async () => {
    const key = randomUUID();
    const first = await post(key, { ...body, name: 'Order Ministry' });
    const retry = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .set('Idempotency-Key', key)
      .set('Content-Type', 'application/json')
      .send('{ "kind": "ministry",   "country": "AZ", "name": "Order Ministry" }');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await rowsNamed('Order Ministry')).toBe(1);
  });

  it('refuses the same key with a different body with a 422 problem and writes nothing', async () => {
    const key = randomUUID();
    await post(key, { ...body, name: 'First Body' });
    const other = await post(key, { ...body, name: 'Second Body' });
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.body).toMatchObject({ status: 422, type: 'urn:pacta:problem:idempotency-key-reused' });
    expect(await rowsNamed('Second Body')).toBe(0);
  });

  it('refuses the same key on another path with a 422 problem', async () => {
    const key = randomUUID();
    const created = await post(key, { ...body, name: 'Path Ministry' });
    const transition = await t
      .http()
      .post(`${base}/${created.body.id}/transitions`)
      .set('Authorization', `Bearer ${editor}`)
      .set('Idempotency-Key', key)
      .send({ ...body, name: 'Path Ministry' });
    expect(transition.status).toBe(422);
  });

  it('answers 409 to a retry while the first request is still running', async () => {
    const key = randomUUID();
    const payload = { ...body, name: 'Slow Ministry' };
    const userId = await t.userId('editor');
    // The first attempt holds the key: it has claimed it but not finished (no stored response yet).
    await t.db.query(
      'INSERT INTO idempotency_keys (user_id, key, path, request_hash) VALUES ($1, $2, $3, $4)',
      [userId, key, base, requestFingerprint('POST', base, payload)],
    );
    const retry = await post(key, payload);
    expect(retry.status).toBe(409);
    expect(retry.body).toMatchObject({ status: 409, type: 'urn:pacta:problem:idempotency-key-in-progress' });
    expect(retry.headers['retry-after']).toBeDefined();
    expect(await rowsNamed('Slow Ministry')).toBe(0);
  });

  it('lets exactly one of many concurrent first attempts write; the others get 409 or the replay', async () => {
    const key = randomUUID();
    const payload = { ...body, name: 'Race Ministry' };
    const results = await Promise.all(Array.from({ length: 10 }, () => post(key, payload)));
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const ids = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(await rowsNamed('Race Ministry')).toBe(1);
  });

  it('does not keep the key of a failed first attempt: the corrected retry with it succeeds', async () => {
    const key = randomUUID();
    const bad = await post(key, { ...body, name: 'Fixed Ministry', country: 'xx' });
    expect(bad.status).toBe(400);
    expect(await count('SELECT count(*) AS n FROM idempotency_keys WHERE key = $1', [key])).toBe(0);
    const good = await post(key, { ...body, name: 'Fixed Ministry' });
    expect(good.status).toBe(201);
    expect(good.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys per user: another user with the same key makes their own request', async () => {
    const key = randomUUID();
    const payload = { ...body, name: 'Per User Ministry' };
    const mine = await post(key, payload);
    const theirs = await post(key, payload, await t.token('admin'));
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await rowsNamed('Per User Ministry')).toBe(2);
  });

  it('treats a key older than 24 hours as new', async () => {
    const key = randomUUID();
    const payload = { ...body, name: 'Old Key Ministry' };
    const first = await post(key, payload);
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [
      key,
    ]);
    const later = await post(key, payload);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it.each([
    ['too long', 'k'.repeat(201)],
    ['with a space', 'two words'],
    ['non-ASCII', 'ключ'],
  ])('refuses a key %s with a 400 naming Idempotency-Key', async (_, key) => {
    const res = await t
      .http()
      .post(base)
      .set('Authorization', `Bearer ${editor}`)
      .set('Idempotency-Key', Buffer.from(key, 'utf8').toString('latin1'))
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });

  it('documents the header on every authenticated POST in OpenAPI', async () => {
    const doc = (await t.http().get('/api/docs-json')).body;
    const posts = Object.entries(doc.paths as Record<string, any>).filter(
      ([, item]) => item.post?.security?.length,
    );
    expect(posts.length).toBeGreaterThan(0);
    for (const [, item] of posts) {
      expect(item.post.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
    }
  });
});
