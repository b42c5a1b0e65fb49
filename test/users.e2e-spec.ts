import type { Response } from 'supertest';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';
import { requests } from './support/requests';

describe('users administration', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  const base = '/api/v1/users';

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    adminId = (await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${admin}`)).body.id;
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) =>
    t.http().post(base).set('Authorization', `Bearer ${admin}`).send(body);
  const patch = (id: string, body: Record<string, unknown>, ifMatch?: string) => {
    const call = requests(t, admin).patch(`${base}/${id}`, body);
    return ifMatch ? call.set('If-Match', ifMatch) : call;
  };
  const login = (email: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ email, password });
  const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.field);

  const user = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    displayName: 'Aigerim Analyst',
    password: TEST_PASSWORD,
    roles: ['viewer'],
    ...extra,
  });

  it('creates a user without ever returning the password, with the admin as creator', async () => {
    const res = await create(
      user('Analyst@MFA.example', { roles: ['editor', 'auditor'], clearance: 'restricted' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'analyst@mfa.example',
      displayName: 'Aigerim Analyst',
      roles: ['editor', 'auditor'],
      clearance: 'restricted',
      disabled: false,
      status: 'active',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: adminId,
      updatedBy: adminId,
    });
    expect(res.headers.etag).toBe('"1"');
    const [stored] = await t.db.query('SELECT password_hash FROM users WHERE id = $1', [res.body.id]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await login('analyst@mfa.example', TEST_PASSWORD)).status).toBe(200);
  });

  it('defaults clearance to public and disabled to false', async () => {
    const res = await create(user('defaults@test.local'));
    expect(res.body).toMatchObject({ clearance: 'public', disabled: false });
  });

  it('refuses a taken email (in any case) with 409 naming the field', async () => {
    expect((await create(user('taken@test.local'))).status).toBe(201);
    const again = await create(user('TAKEN@test.local'));
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(fieldsOf(again)).toEqual(['email']);
  });

  it.each([
    ['a password shorter than 12 characters', { password: 'a'.repeat(11) }, 'password'],
    ['a password longer than 200 characters', { password: 'a'.repeat(201) }, 'password'],
    ['no password', { password: undefined }, 'password'],
    ['not an email', { email: 'not-an-email' }, 'email'],
    ['an unknown role', { roles: ['superuser'] }, 'roles'],
    ['no role', { roles: [] }, 'roles'],
    ['a repeated role', { roles: ['viewer', 'viewer'] }, 'roles'],
    ['an unknown clearance', { clearance: 'secret' }, 'clearance'],
    ['disabled as a string', { disabled: 'yes' }, 'disabled'],
    ['an empty display name', { displayName: '' }, 'displayName'],
    ['an unknown field', { passwordHash: 'x' }, 'passwordHash'],
    ['a status field', { status: 'disabled' }, 'status'],
  ])('refuses %s on create with a 400 naming the field', async (_, extra, field) => {
    const res = await create(user('invalid@test.local', extra));
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toContain(field);
    expect(res.text).not.toContain('a'.repeat(11));
  });

  it('accepts a password of exactly 12 characters', async () => {
    const res = await create(user('twelve@test.local', { password: 'abcdefghijkl' }));
    expect(res.status).toBe(201);
    expect((await login('twelve@test.local', 'abcdefghijkl')).status).toBe(200);
  });

  it('lists users in keyset pages without the system actor or any password', async () => {
    for (const n of [1, 2, 3]) await create(user(`page-${n}@test.local`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await t
        .http()
        .get(base)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set('Authorization', `Bearer ${admin}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      for (const item of res.body.items) {
        expect(item).not.toHaveProperty('password');
        expect(item).not.toHaveProperty('passwordHash');
        seen.push(item.email);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining([
        'page-1@test.local',
        'page-2@test.local',
        'page-3@test.local',
        'admin@test.local',
      ]),
    );
    expect(seen).not.toContain('system@pacta.local');
  });

  it('gets one user; 404 for an unknown id or the system actor, 400 for a non-UUID', async () => {
    const created = await create(user('get-me@test.local'));
    const got = await t.http().get(`${base}/${created.body.id}`).set('Authorization', `Bearer ${admin}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);
    for (const id of ['00000000-0000-4000-8000-000000000001', '00000000-0000-0000-0000-000000000000']) {
      const missing = await t.http().get(`${base}/${id}`).set('Authorization', `Bearer ${admin}`);
      expect(missing.status).toBe(404);
    }
    const bad = await t.http().get(`${base}/nope`).set('Authorization', `Bearer ${admin}`);
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  it('updates roles, clearance, display name and disabled, one version per change', async () => {
    const created = await create(user('patch-me@test.local'));
    const id = created.body.id;
    const roles = await patch(id, { roles: ['manager'] }, '"1"');
    expect(roles.status).toBe(200);
    expect(roles.body).toMatchObject({ roles: ['manager'], version: 2, updatedBy: adminId });
    expect(roles.headers.etag).toBe('"2"');
    const clearance = await patch(id, { clearance: 'confidential', displayName: 'Renamed' });
    expect(clearance.body).toMatchObject({ clearance: 'confidential', displayName: 'Renamed', version: 3 });
    const disabled = await patch(id, { disabled: true });
    expect(disabled.body).toMatchObject({ disabled: true, status: 'disabled', version: 4 });
    const unchanged = await patch(id, { disabled: true });
    expect(unchanged.body.version).toBe(4);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const created = await create(user('stale@test.local'));
    await patch(created.body.id, { displayName: 'First' });
    const stale = await patch(created.body.id, { displayName: 'Second' }, '"1"');
    expect(stale.status).toBe(412);
    const got = await t.http().get(`${base}/${created.body.id}`).set('Authorization', `Bearer ${admin}`);
    expect(got.body).toMatchObject({ displayName: 'First', version: 2 });
  });

  it('changes a password: the old one stops working, the new one works, neither is returned', async () => {
    const created = await create(user('rotate@test.local'));
    expect((await login('rotate@test.local', TEST_PASSWORD)).status).toBe(200);
    const res = await patch(created.body.id, { password: 'a-brand-new-password' });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('a-brand-new-password');
    expect(res.body.version).toBe(2);
    expect((await login('rotate@test.local', TEST_PASSWORD)).status).toBe(401);
    expect((await login('rotate@test.local', 'a-brand-new-password')).status).toBe(200);
  });

  it.each([
    ['a short password', { password: 'short' }, 'password'],
    ['an email change', { email: 'other@test.local' }, 'email'],
    ['an unknown role', { roles: ['root'] }, 'roles'],
    ['an unknown clearance', { clearance: 'top-secret' }, 'clearance'],
    ['an unknown field', { feedTokenHash: 'x' }, 'feedTokenHash'],
  ])('refuses %s on update with a 400 naming the field', async (_, body, field) => {
    const created = await create(user(`bad-patch-${field}@test.local`));
    const res = await patch(created.body.id, body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('does not let an admin disable themselves or drop their own admin role (422)', async () => {
    const self = adminId;
    expect((await patch(self, { disabled: true })).status).toBe(422);
    expect((await patch(self, { roles: ['viewer'] })).status).toBe(422);
    expect(
      (await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${admin}`)).body.roles,
    ).toEqual(['admin']);
  });

  it('shows the signed-in user to themselves at /auth/me, without secrets', async () => {
    const token = await t.token('manager', 'restricted');
    const res = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: await t.userId('manager', 'restricted'),
      roles: ['manager'],
      clearance: 'restricted',
      email: 'manager.restricted@test.local',
      displayName: 'manager.restricted',
      permissions: ['registers.read', 'milestones.write', 'history.read', 'imports.use', 'self'],
    });
    expect(Object.keys(res.body)).not.toEqual(expect.arrayContaining(['password']));
    expect(res.body).not.toHaveProperty('passwordHash');
    expect(res.body).not.toHaveProperty('feedTokenHash');
  });
});
