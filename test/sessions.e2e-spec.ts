import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Response } from 'supertest';
import { cookieIsSecure } from '../src/auth/session-cookie';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

/** Browser sessions (spec §16): the refresh cookie, its rotation, reuse detection and CSRF defence. */
describe('browser sessions', () => {
  let t: TestApp;
  let admin: string;
  const log: string[] = [];
  /** Every secret the server handed out, and every body it answered with. */
  const refreshTokens = new Set<string>();
  const accessTokens = new Set<string>();
  const bodies: string[] = [];

  const HOST = 'pacta.test';
  const ORIGIN = `http://${HOST}`;

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({ logLevel: 'trace' }, { logStream });
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  /** What a browser on Pacta's own page sends with a session request. */
  const browser = (call: ReturnType<ReturnType<TestApp['http']>['post']>, cookie?: string | null) => {
    call = call
      .set('Host', HOST)
      .set('Origin', ORIGIN)
      .set('Sec-Fetch-Site', 'same-origin')
      .set('X-Pacta-CSRF', '1');
    return cookie ? call.set('Cookie', `theme=dark; pacta_refresh=${cookie}`) : call;
  };

  const record = (res: Response): Response => {
    bodies.push(res.text ?? '');
    const token = refreshOf(res);
    if (token) refreshTokens.add(token);
    if (res.body?.accessToken) accessTokens.add(res.body.accessToken);
    return res;
  };

  const setCookie = (res: Response): string | undefined => {
    const header = res.headers['set-cookie'] as unknown as string[] | undefined;
    return header?.find((c) => c.startsWith('pacta_refresh='));
  };
  const refreshOf = (res: Response): string | null =>
    setCookie(res)?.match(/^pacta_refresh=([^;]+)/)?.[1] ?? null;

  const signIn = async (email = t.config.adminEmail!) => {
    const res = record(
      await browser(t.http().post('/api/v1/auth/login')).send({
        email,
        password: TEST_PASSWORD,
        session: true,
      }),
    );
    expect(res.status).toBe(200);
    return { res, cookie: refreshOf(res)!, accessToken: res.body.accessToken as string };
  };
  const refresh = async (cookie: string | null) =>
    record(await browser(t.http().post('/api/v1/auth/refresh'), cookie));
  const logout = async (cookie: string | null) =>
    record(await browser(t.http().post('/api/v1/auth/logout'), cookie));
  const me = (token: string) => t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  const newUser = async (roles = ['editor']) => {
    const email = `session-${Math.random().toString(36).slice(2)}@test.local`;
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email, displayName: 'Session user', password: TEST_PASSWORD, roles });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, email };
  };

  const sessionOf = async (cookie: string) => {
    const [row] = await t.db.query(
      `SELECT s.id, s.ended_at AS "endedAt", s.end_reason AS "endReason", s.last_used_at AS "lastUsedAt"
         FROM auth_refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id WHERE r.token_hash = $1`,
      [createHash('sha256').update(cookie).digest('hex')],
    );
    return row;
  };

  const events = async (action: string, entityId: string) =>
    (
      await t
        .http()
        .get('/api/v1/audit-events')
        .query({ action, entityId })
        .set('Authorization', `Bearer ${admin}`)
    ).body.items as { action: string; actor: { id: string | null; email: string }; changes: any }[];

  describe('sign-in with session: true', () => {
    it('sets the refresh cookie HttpOnly, SameSite=Strict, on the auth path, for the session lifetime, and answers only the access token', async () => {
      const { res, cookie } = await signIn();
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: t.config.jwtTtlSeconds,
      });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const attributes = setCookie(res)!.split('; ').slice(1);
      expect(attributes.sort()).toEqual(
        ['HttpOnly', 'Max-Age=43200', 'Path=/api/v1/auth', 'SameSite=Strict'].sort(),
      );
      expect((await me(res.body.accessToken)).status).toBe(200);
    });

    it('sets no cookie without session: true', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: t.config.adminEmail, password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('sets no cookie for wrong credentials: the same generic 401 as without a session', async () => {
      const res = await browser(t.http().post('/api/v1/auth/login')).send({
        email: t.config.adminEmail,
        password: 'wrong-password',
        session: true,
      });
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The email or password is wrong.');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('stores only the hash of the refresh token', async () => {
      const { cookie } = await signIn();
      const rows = await t.db.query('SELECT token_hash FROM auth_refresh_tokens');
      expect(rows.map((r: { token_hash: string }) => r.token_hash)).toContain(
        createHash('sha256').update(cookie).digest('hex'),
      );
      expect(JSON.stringify(rows)).not.toContain(cookie);
    });

    it('records the session in the login event', async () => {
      const user = await newUser();
      const { cookie } = await signIn(user.email);
      const [event] = await events('login.success', user.id);
      expect(event.changes).toEqual({ session: [null, (await sessionOf(cookie)).id] });
    });
  });

  describe('refresh', () => {
    it('rotates the cookie and answers a new access token in the shape of login', async () => {
      const { cookie } = await signIn();
      const res = await refresh(cookie);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: t.config.jwtTtlSeconds,
      });
      expect(res.headers['cache-control']).toBe('no-store');
      const next = refreshOf(res)!;
      expect(next).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(next).not.toBe(cookie);
      expect(setCookie(res)).toMatch(/; HttpOnly/);
      expect((await me(res.body.accessToken)).body.email).toBe(t.config.adminEmail);
      const again = await refresh(next);
      expect(again.status).toBe(200);
    });

    it('ends the whole session when a rotated token is presented again, and records it', async () => {
      const user = await newUser();
      const { cookie: first } = await signIn(user.email);
      const second = refreshOf(await refresh(first))!;
      const third = refreshOf(await refresh(second))!;

      const replay = await refresh(first);
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ type: 'urn:pacta:problem:unauthorized', status: 401 });
      expect(setCookie(replay)).toMatch(/^pacta_refresh=; Path=\/api\/v1\/auth; Max-Age=0/);
      // The legitimate holder's newest token is dead too: the family is revoked.
      expect((await refresh(third)).status).toBe(401);
      expect(await sessionOf(third)).toMatchObject({ endedAt: expect.any(Date), endReason: 'reuse' });

      const [event] = await events('session.refresh-reuse', user.id);
      expect(event).toMatchObject({
        actor: { id: null, email: user.email },
        changes: { session: [(await sessionOf(first)).id, null] },
      });
    });

    it('refuses two concurrent refreshes with the same token: one wins, then the session is ended', async () => {
      const { cookie } = await signIn();
      const [a, b] = await Promise.all([refresh(cookie), refresh(cookie)]);
      expect([a.status, b.status].sort()).toEqual([200, 401]);
      const winner = a.status === 200 ? a : b;
      expect((await refresh(refreshOf(winner))).status).toBe(401);
    });

    it.each([
      ['no cookie', null],
      ['an unknown token', 'x'.repeat(43)],
      ['a malformed token', 'not a token'],
    ])('answers %s with 401 and deletes the cookie', async (_, cookie) => {
      const res = await refresh(cookie);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(setCookie(res)).toMatch(/Max-Age=0/);
    });
  });

  describe('lifetime', () => {
    const idle = () => t.config.sessionIdleSeconds;

    it('keeps a user who refreshes all day signed in until the absolute end', async () => {
      const { cookie } = await signIn();
      const { id } = await sessionOf(cookie);
      // 11 h 50 min after sign-in, last refreshed 14 min ago.
      await t.db.query(
        `UPDATE auth_sessions SET created_at = now() - interval '11 hours 50 minutes',
           expires_at = now() + interval '10 minutes', last_used_at = now() - interval '14 minutes' WHERE id = $1`,
        [id],
      );
      const res = await refresh(cookie);
      expect(res.status).toBe(200);
      expect(setCookie(res)).toMatch(/Max-Age=(59\d|600);/);
      const after = await sessionOf(refreshOf(res)!);
      expect(Date.now() - new Date(after.lastUsedAt).getTime()).toBeLessThan(60_000);
    });

    it.each([
      ['past its absolute end', `expires_at = now() - interval '1 second'`, 'expired'],
      [
        'idle for longer than the idle lifetime',
        `last_used_at = now() - make_interval(secs => $2 + 1)`,
        'idle',
      ],
    ])('ends a session %s', async (_, set, reason) => {
      const { cookie } = await signIn();
      const { id } = await sessionOf(cookie);
      await t.db.query(
        `UPDATE auth_sessions SET ${set} WHERE id = $1`,
        set.includes('$2') ? [id, idle()] : [id],
      );
      expect((await refresh(cookie)).status).toBe(401);
      expect(await sessionOf(cookie)).toMatchObject({ endReason: reason });
    });
  });

  describe('logout', () => {
    it('ends the session, deletes the cookie and records it', async () => {
      const user = await newUser();
      const { cookie } = await signIn(user.email);
      const res = await logout(cookie);
      expect(res.status).toBe(204);
      expect(setCookie(res)).toBe('pacta_refresh=; Path=/api/v1/auth; Max-Age=0; HttpOnly; SameSite=Strict');
      expect((await refresh(cookie)).status).toBe(401);
      expect(await sessionOf(cookie)).toMatchObject({ endReason: 'logout' });
      const [event] = await events('session.logout', user.id);
      expect(event).toMatchObject({ actor: { id: user.id, email: user.email } });
    });

    it('answers 204 without a cookie, and for a session already ended', async () => {
      expect((await logout(null)).status).toBe(204);
      const { cookie } = await signIn();
      await logout(cookie);
      const again = await logout(cookie);
      expect(again.status).toBe(204);
      expect(setCookie(again)).toMatch(/Max-Age=0/);
    });
  });

  describe('a change to the user ends their sessions', () => {
    it.each([
      ['disabling', { disabled: true }],
      ['a role change', { roles: ['viewer'] }],
      ['a clearance change', { clearance: 'restricted' }],
      ['a password change', { password: 'another-password-that-is-long' }],
    ])('%s', async (_, change) => {
      const user = await newUser();
      const { cookie } = await signIn(user.email);
      const patch = await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(change);
      expect(patch.status).toBe(200);
      expect((await refresh(cookie)).status).toBe(401);
      expect(await sessionOf(cookie)).toMatchObject({ endReason: 'user-changed' });
      const [event] = await events('session.revoke', user.id);
      expect(event.changes).toEqual({ sessions: [1, 0] });
    });

    it('but not a new display name', async () => {
      const user = await newUser();
      const { cookie } = await signIn(user.email);
      await t
        .http()
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ displayName: 'Renamed' });
      expect((await refresh(cookie)).status).toBe(200);
    });
  });

  describe('cross-site requests cannot ride the cookie', () => {
    type Tamper = (call: ReturnType<ReturnType<TestApp['http']>['post']>) => typeof call;
    const attempts: [string, Tamper][] = [
      ['no X-Pacta-CSRF header', (c) => c.unset('X-Pacta-CSRF')],
      ['X-Pacta-CSRF with another value', (c) => c.set('X-Pacta-CSRF', 'yes')],
      ['a cross-site Origin', (c) => c.set('Origin', 'https://evil.example')],
      ['an Origin on another port of the same host', (c) => c.set('Origin', `${ORIGIN}:8080`)],
      ['Origin: null (sandboxed frame)', (c) => c.set('Origin', 'null')],
      ['Sec-Fetch-Site: cross-site', (c) => c.set('Sec-Fetch-Site', 'cross-site')],
      ['Sec-Fetch-Site: same-site (a sibling subdomain)', (c) => c.set('Sec-Fetch-Site', 'same-site')],
    ];

    it.each(attempts)('refresh with %s: 403, and the token stays usable', async (_, tamper) => {
      const { cookie } = await signIn();
      const res = record(await tamper(browser(t.http().post('/api/v1/auth/refresh'), cookie)));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ type: 'urn:pacta:problem:forbidden', status: 403 });
      expect(setCookie(res)).toBeUndefined();
      expect((await refresh(cookie)).status).toBe(200);
    });

    it.each(attempts)('logout with %s: 403, and the session goes on', async (_, tamper) => {
      const { cookie } = await signIn();
      const res = await tamper(browser(t.http().post('/api/v1/auth/logout'), cookie));
      expect(res.status).toBe(403);
      expect((await sessionOf(cookie)).endedAt).toBeNull();
    });

    it.each(attempts)('login with session: true and %s: 403, no session', async (_, tamper) => {
      const before = (await t.db.query('SELECT count(*)::int AS n FROM auth_sessions'))[0].n;
      const res = await tamper(browser(t.http().post('/api/v1/auth/login'))).send({
        email: t.config.adminEmail,
        password: TEST_PASSWORD,
        session: true,
      });
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect((await t.db.query('SELECT count(*)::int AS n FROM auth_sessions'))[0].n).toBe(before);
    });

    it('accepts a request without Origin and Sec-Fetch-Site (an older browser) when it carries the header', async () => {
      const { cookie } = await signIn();
      const res = await t
        .http()
        .post('/api/v1/auth/refresh')
        .set('X-Pacta-CSRF', '1')
        .set('Cookie', `pacta_refresh=${cookie}`);
      expect(res.status).toBe(200);
      record(res);
    });
  });

  describe('secrets', () => {
    it('never puts a refresh token in a body or the log, nor an access token in the log', async () => {
      // A full round: sign in, refresh twice, replay, log out.
      const { cookie } = await signIn();
      const next = refreshOf(await refresh(cookie))!;
      await refresh(refreshOf(await refresh(next)));
      await refresh(cookie);
      await logout(next);
      expect(refreshTokens.size).toBeGreaterThan(5);
      expect(log.length).toBeGreaterThan(10);
      const text = log.join('');
      for (const token of refreshTokens) {
        expect(bodies.filter((b) => b.includes(token))).toEqual([]);
        expect(text.includes(token)).toBe(false);
      }
      for (const token of accessTokens) expect(text.includes(token)).toBe(false);
    });
  });

  describe('the Secure attribute', () => {
    it.each([
      ['http://127.0.0.1:3000', false],
      ['http://localhost:8080', false],
      ['http://[::1]:3000', false],
      ['http://127.1.2.3', false],
      ['https://127.0.0.1:3443', true],
      ['https://pacta.example.org', true],
      ['http://pacta.internal:3000', true],
      ['http://10.0.0.5:3000', true],
    ])('PACTA_PUBLIC_URL %s: Secure=%s', (url, secure) => {
      expect(cookieIsSecure(url)).toBe(secure);
    });

    it('is set behind https, where Origin may be the public URL while Host is the proxy upstream', async () => {
      const secure = await startTestApp({ publicUrl: 'https://pacta.example.org' });
      try {
        const res = await secure
          .http()
          .post('/api/v1/auth/login')
          .set('Host', '127.0.0.1:3000')
          .set('Origin', 'https://pacta.example.org')
          .set('X-Pacta-CSRF', '1')
          .send({ email: secure.config.adminEmail, password: TEST_PASSWORD, session: true });
        expect(res.status).toBe(200);
        expect(setCookie(res)!.split('; ')).toContain('Secure');
      } finally {
        await secure.close();
      }
    });
  });
});
