import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/app';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { startTestApp, type TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** Another instance on the test's database, with its own settings and its own data source. */
async function instance(t: TestApp, overrides: Partial<AppConfig>) {
  const db = createDataSource({ url: t.config.databaseUrl!, poolSize: 3, statementTimeoutMs: 5000 });
  await db.initialize();
  const app: NestFastifyApplication = await createApp({ ...t.config, ...overrides }, db, { docsUi: false });
  await app.getHttpAdapter().getInstance().ready();
  return { http: () => request(app.getHttpServer()), db, close: () => app.close() };
}

describe('health and metrics tell anonymous callers little', () => {
  let t: TestApp;
  let guarded: Awaited<ReturnType<typeof instance>>;
  let broken: Awaited<ReturnType<typeof instance>>;

  beforeAll(async () => {
    t = await startTestApp();
    guarded = await instance(t, { metricsToken: METRICS_TOKEN });
    broken = await instance(t, { metricsToken: METRICS_TOKEN });
    // Its database goes away: every query of this instance now fails.
    await broken.db.destroy();
  });
  afterAll(async () => {
    await guarded.close();
    await broken.close();
    await guarded.db.destroy();
    await t.close();
  });

  it('answers readiness with a bare status', async () => {
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it("answers an anonymous caller's readiness without the database's error", async () => {
    const res = await broken.http().get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toEqual({ status: 'error' });
  });

  it('gives the details to whoever presents the metrics token', async () => {
    const ok = await guarded.http().get('/health/ready').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(ok.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    const down = await broken.http().get('/health/ready').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
  });

  it('keeps /metrics public while no PACTA_METRICS_TOKEN is set, with the pool gauges', async () => {
    await t.http().get('/api/v1/institutions'); // some traffic
    const res = await t.http().get('/metrics');
    expect(res.status).toBe(200);
    for (const gauge of [
      'pacta_db_pool_connections',
      'pacta_db_pool_idle_connections',
      'pacta_db_pool_waiting_requests',
    ]) {
      expect(res.text).toMatch(new RegExp(`^# TYPE ${gauge} gauge$`, 'm'));
      expect(res.text).toMatch(new RegExp(`^${gauge} \\d+$`, 'm'));
    }
  });

  it.each([
    ['no Authorization', undefined],
    ['a wrong token', `Bearer ${METRICS_TOKEN.slice(0, -1)}x`],
    ['a token one character short', `Bearer ${METRICS_TOKEN.slice(0, -1)}`],
    ['a user access token', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x'],
  ])('refuses /metrics with %s when PACTA_METRICS_TOKEN is set: 401 problem', async (_, authorization) => {
    const req = guarded.http().get('/metrics');
    const res = authorization ? await req.set('Authorization', authorization) : await req;
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.text).not.toContain('pacta_');
  });

  it('serves /metrics for the right token, counting the pool of that instance', async () => {
    const res = await guarded.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    const total = Number(/^pacta_db_pool_connections (\d+)$/m.exec(res.text)?.[1]);
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(3);
  });

  it('refuses a PACTA_METRICS_TOKEN too short to be a secret, in one line', () => {
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://x@localhost/db',
        JWT_SECRET: 'x'.repeat(32),
        PACTA_METRICS_TOKEN: 'short',
      }),
    ).toThrow(/^PACTA_METRICS_TOKEN is too short/);
  });
});
