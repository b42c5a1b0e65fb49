import { Actor } from '../src/auth/actor';
import { loadConfig } from '../src/config/app-config';
import { hashPassword } from '../src/users/passwords';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

describe('users: one admin always remains, look-alike emails, tokens after a password change', () => {
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = async (email: string, password = TEST_PASSWORD) =>
    t.http().post('/api/v1/auth/login').send({ email, password });

  /** A user created by `token`'s admin; returns its id and a token of its own. */
  const createUser = async (token: string, roles: string[]) => {
    const email = `user-${++n}@test.local`;
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ email, displayName: email, password: TEST_PASSWORD, roles, clearance: 'confidential' });
    expect(res.status).toBe(201);
    const signedIn = await login(email);
    expect(signedIn.status).toBe(200);
    return { id: res.body.id as string, token: signedIn.body.accessToken as string };
  };

  const patchUser = (token: string, id: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/v1/users/${id}`).set('Authorization', `Bearer ${token}`).send(body);

  const enabledAdmins = async (): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT id FROM users WHERE 'admin' = ANY(roles) AND NOT disabled AND id <> $1 ORDER BY id`,
        [Actor.SYSTEM_ID],
      )
    ).map((r: { id: string }) => r.id);

  /** A token of the admin with this id: its password is TEST_PASSWORD. */
  const adminTokenOf = async (id: string): Promise<string> => {
    const [{ email }] = await t.db.query('SELECT email FROM users WHERE id = $1', [id]);
    const res = await login(email);
    expect(res.status).toBe(200);
    return res.body.accessToken;
  };

  describe('two admins demoting each other at the same moment', () => {
    it.each([
      ['dropping the admin role', { roles: ['viewer'] }],
      ['disabling', { disabled: true }],
    ])(
      'leave one enabled admin, in every one of 6 rounds (%s)',
      async (_, change) => {
        const [startId] = await enabledAdmins();
        let survivor = { id: startId, token: await adminTokenOf(startId) };
        for (let round = 0; round < 6; round++) {
          const a = await createUser(survivor.token, ['admin']);
          const b = await createUser(survivor.token, ['admin']);
          // Only a and b are admins now.
          expect((await patchUser(a.token, survivor.id, change)).status).toBe(200);
          expect(await enabledAdmins()).toEqual([a.id, b.id].sort());
          const [ab, ba] = await Promise.all([
            patchUser(a.token, b.id, change),
            patchUser(b.token, a.id, change),
          ]);
          const left = await enabledAdmins();
          expect(left).toHaveLength(1);
          // One wins; the other is refused as the non-admin (403) or, once disabled, the stranger (401) it now is.
          const [won, lost] = [ab.status, ba.status].sort();
          expect(won).toBe(200);
          expect('disabled' in change ? [401, 403] : [403]).toContain(lost);
          survivor = left[0] === a.id ? a : b;
        }
      },
      120_000,
    );
  });

  describe('access tokens and password changes', () => {
    it('ends the tokens issued before a password change, and only those', async () => {
      const admin = await adminTokenOf((await enabledAdmins())[0]);
      const user = await createUser(admin, ['viewer']);
      const other = await createUser(admin, ['viewer']);
      const me = (token: string) => t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
      expect((await me(user.token)).status).toBe(200);
      // A change other than the password keeps the token.
      expect((await patchUser(admin, user.id, { displayName: 'Renamed' })).status).toBe(200);
      expect((await me(user.token)).status).toBe(200);

      const newPassword = 'a-new-password-0123';
      expect((await patchUser(admin, user.id, { password: newPassword })).status).toBe(200);
      const old = await me(user.token);
      expect(old.status).toBe(401);
      expect(old.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await me(other.token)).status).toBe(200);

      const [{ email }] = await t.db.query('SELECT email FROM users WHERE id = $1', [user.id]);
      expect((await login(email)).status).toBe(401);
      const fresh = await login(email, newPassword);
      expect(fresh.status).toBe(200);
      expect((await me(fresh.body.accessToken)).status).toBe(200);
    });
  });

  describe('emails are one normalised, ASCII form', () => {
    let admin: string;
    beforeAll(async () => {
      admin = await adminTokenOf((await enabledAdmins())[0]);
    });

    const create = (email: string) =>
      t
        .http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ email, displayName: 'Look-alike', password: TEST_PASSWORD, roles: ['viewer'] });

    it.each([
      ['full-width letters', 'ｆｕｌｌｗｉｄｔｈ@Test.Local', 'fullwidth@test.local'],
      ['capitals and spaces around', '  Capitals@TEST.local ', 'capitals@test.local'],
      ['a ligature', 'ﬁle-clerk@test.local', 'file-clerk@test.local'],
    ])('stores %s normalised (%j → %j)', async (_, given, stored) => {
      const res = await create(given);
      expect(res.status).toBe(201);
      expect(res.body.email).toBe(stored);
      expect((await login(given)).status).toBe(200);
      expect((await login(stored)).status).toBe(200);
    });

    it('answers a full-width spelling of an existing address with the 409 of the address itself', async () => {
      expect((await create('twin@test.local')).status).toBe(201);
      const res = await create('ｔｗｉｎ@test.local');
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([{ field: 'email', message: 'already taken' }]);
    });

    it.each([
      ['a dotless ı', 'admın@test.local', /ASCII/],
      ['a Cyrillic а', 'аdmin@test.local', /ASCII/],
      ['a Greek ο', 'admin@gοogle.com', /ASCII/],
      ['a zero-width space', 'ad\u200bmin@test.local', /invisible/],
      ['a zero-width joiner', 'admin\u200d@test.local', /invisible/],
      ['a soft hyphen', 'ad\u00admin@test.local', /invisible/],
      ['a right-to-left override', '\u202eadmin@test.local', /invisible/],
      ['a byte order mark inside', 'ad\ufeffmin@test.local', /invisible/],
      ['a no-break space inside', 'ad\u00a0min@test.local', /spaces/],
    ])('refuses an address with %s: 400 naming email', async (_, email, message) => {
      const res = await create(email);
      expect(res.status).toBe(400);
      const errors: { field: string; message: string }[] = res.body.errors;
      expect(errors.map((e) => e.field)).toContain('email');
      expect(errors.map((e) => e.message).join(' ')).toMatch(message);
    });

    it('lets an account stored before normalisation sign in as it always did', async () => {
      const legacy = 'ｌｅｇａｃｙ@test.local';
      await t.db.query(
        `INSERT INTO users (email, display_name, password_hash, roles, clearance) VALUES ($1, 'Legacy', $2, '{viewer}', 'public')`,
        [legacy, await hashPassword(TEST_PASSWORD)],
      );
      const res = await login(legacy);
      expect(res.status).toBe(200);
      const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`);
      expect(me.body.email).toBe(legacy);
    });

    it('applies the same rule to PACTA_ADMIN_EMAIL, refusing a look-alike in one line', () => {
      const env = { DATABASE_URL: 'postgres://x@localhost/db', JWT_SECRET: 'x'.repeat(32) };
      expect(loadConfig({ ...env, PACTA_ADMIN_EMAIL: 'Ａｄｍｉｎ@Example.org' }).adminEmail).toBe(
        'admin@example.org',
      );
      expect(() => loadConfig({ ...env, PACTA_ADMIN_EMAIL: 'admın@example.org' })).toThrow(
        /^PACTA_ADMIN_EMAIL must be written in ASCII/,
      );
    });

    it('records a failed login under the normalised address', async () => {
      await login('ＮＯＢＯＤＹ-ＨＥＲＥ@test.local', 'wrong');
      const rows = await t.db.query(
        `SELECT actor_email AS email FROM audit_events WHERE action = 'login.failure' ORDER BY seq DESC LIMIT 1`,
      );
      expect(rows[0].email).toBe('nobody-here@test.local');
    });
  });
});
