import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/app';
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_ADDRESS } from '../src/auth/login-limiter';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

/** Another Pacta instance on the same database, as a second process behind a load balancer would be. */
async function anotherInstance(t: TestApp, overrides: Partial<AppConfig> = {}) {
  const db = createDataSource({
    url: t.config.databaseUrl!,
    poolSize: 5,
    statementTimeoutMs: t.config.statementTimeoutMs,
  });
  await db.initialize();
  const app: NestFastifyApplication = await createApp({ ...t.config, ...overrides }, db, { docsUi: false });
  await app.getHttpAdapter().getInstance().ready();
  return {
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

const failuresOf = async (t: TestApp, email: string): Promise<number> =>
  (
    await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'login.failure' AND actor_email = $1`,
      [email],
    )
  )[0].n;

describe('the login limit counts each attempt before checking it, in the database', () => {
  let t: TestApp;
  let other: Awaited<ReturnType<typeof anotherInstance>>;

  beforeAll(async () => {
    t = await startTestApp();
    other = await anotherInstance(t);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const createUser = async (email: string) => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .send({ email, displayName: email, password: TEST_PASSWORD, roles: ['viewer'] });
    expect(res.status).toBe(201);
  };

  it('checks at most the limit of thirty wrong passwords sent at once; the rest get 429 with Retry-After', async () => {
    const email = 'parallel@test.local';
    await createUser(email);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.http().post('/api/v1/auth/login').send({ email, password: 'wrong-password-guess' }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_LIMIT_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - LOGIN_LIMIT_PER_ACCOUNT);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    for (const r of answers.filter((a) => a.status === 429)) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // Only the checked attempts reached the password check (and so the audit log).
    expect(await failuresOf(t, email)).toBeLessThanOrEqual(LOGIN_LIMIT_PER_ACCOUNT);
    // The right password is refused too until the window ends.
    const right = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });

  it('shares the limit between two instances on one database', async () => {
    const email = 'two-instances@test.local';
    await createUser(email);
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LOGIN_LIMIT_PER_ACCOUNT; i++) {
      const instance = i % 2 === 0 ? t.http() : other.http();
      statuses.push((await instance.post('/api/v1/auth/login').send({ email, password: 'wrong' })).status);
    }
    expect(statuses).toEqual([
      ...Array(LOGIN_LIMIT_PER_ACCOUNT).fill(401),
      ...Array(LOGIN_LIMIT_PER_ACCOUNT).fill(429),
    ]);
    expect(await failuresOf(t, email)).toBe(LOGIN_LIMIT_PER_ACCOUNT);
  });

  it('counts look-alike spellings of an address as the same account', async () => {
    const email = 'lookalike@test.local';
    await createUser(email);
    const spellings = ['LOOKALIKE@test.local', 'ｌｏｏｋａｌｉｋｅ@test.local', ' lookalike@TEST.local '];
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT + 1; i++) {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: spellings[i % spellings.length], password: 'wrong' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT_PER_ACCOUNT).fill(401), 429]);
  });

  it('gives a successful login its attempt back, so that signing in often is never limited', async () => {
    const email = 'frequent@test.local';
    await createUser(email);
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS + 5; i++) {
      const res = await other.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
      expect(res.status).toBe(200);
    }
  });
});

describe('PACTA_TRUST_PROXY decides whether X-Forwarded-For names the client', () => {
  let t: TestApp;
  let trusting: Awaited<ReturnType<typeof anotherInstance>>;

  beforeAll(async () => {
    t = await startTestApp();
    trusting = await anotherInstance(t, { trustProxy: true });
  });
  afterAll(async () => {
    await trusting.close();
    await t.close();
  });

  const guess = (http: () => request.Agent | ReturnType<typeof request>, i: number, forwardedFor: string) =>
    http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email: `nobody-${i}@test.local`, password: 'wrong' });

  it('is off by default: a client cannot pick a fresh address per guess', async () => {
    expect(t.config.trustProxy).toBe(false);
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS; i++)
      expect((await guess(t.http, i, `198.51.100.${i + 1}`)).status).toBe(401);
    const next = await guess(t.http, 999, '198.51.100.250');
    expect(next.status).toBe(429);
  });

  it('when on, counts each forwarded client on its own', async () => {
    // 127.0.0.1 is over its limit now (above); the forwarded addresses are not.
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS + 2; i++)
      expect((await guess(trusting.http, 1000 + i, `203.0.113.${i + 1}`)).status).toBe(401);
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS; i++)
      expect((await guess(trusting.http, 2000 + i, '192.0.2.7')).status).toBe(401);
    expect((await guess(trusting.http, 3000, '192.0.2.7')).status).toBe(429);
  });

  it.each([
    ['', false],
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', true],
    ['10.0.0.1,10.1.0.0/16', ['10.0.0.1', '10.1.0.0/16']],
  ])('reads PACTA_TRUST_PROXY=%j as %j', (raw, expected) => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://x@localhost/db',
        JWT_SECRET: 'x'.repeat(32),
        PACTA_TRUST_PROXY: raw,
      }).trustProxy,
    ).toEqual(expected);
  });

  it('refuses a PACTA_TRUST_PROXY that is neither a switch nor addresses, in one line', () => {
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://x@localhost/db',
        JWT_SECRET: 'x'.repeat(32),
        PACTA_TRUST_PROXY: 'yes',
      }),
    ).toThrow(/^PACTA_TRUST_PROXY=yes is not valid/);
  });
});
