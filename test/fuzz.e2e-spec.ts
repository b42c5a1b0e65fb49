import { fuzz, summariseFindings } from '../drills/fuzz-engine';
import { http, isProblem } from '../drills/support';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A bounded, seeded run of the OpenAPI-driven fuzzer (drills/fuzz-engine.ts) against the real
 * app on a real database: every operation the document lists, hostile and valid inputs.
 * `npm run drill:fuzz` runs the same engine longer against a server process.
 */
describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => t.close());

  // Inputs the fuzzer once found answered with a 500 or with something other than a problem.
  it.each([
    [
      'a body nested 5 000 levels deep',
      'POST',
      '/api/v1/auth/login',
      {},
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      400,
    ],
    [
      'a body nested 40 levels deep',
      'POST',
      '/api/v1/institutions',
      {},
      `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
      400,
    ],
    [
      'headers larger than the server takes',
      'GET',
      '/api/v1/institutions',
      { 'X-Big': 'x'.repeat(20_000) },
      undefined,
      431,
    ],
    [
      'a path id longer than the router takes',
      'GET',
      `/api/v1/institutions/${'9'.repeat(300)}`,
      {},
      undefined,
      400,
    ],
    ['a malformed percent-encoding in the path', 'GET', '/api/v1/institutions/%E0%A4%A', {}, undefined, 400],
  ])('answers %s with a problem, not a 500', async (_, method, path, headers, body, status) => {
    const res = await http(method, `${base}${path}`, {
      headers: { Authorization: `Bearer ${await t.adminToken()}`, ...headers },
      body,
    });
    expect(res.status).toBe(status);
    expect(isProblem(res)).toBe(true);
  });

  it('answers 2000 generated requests, then 400 sent 8 at a time, without a 5xx, always with problem+json errors, and rejected writes change nothing', async () => {
    const admin = await t.adminToken();
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${admin}`);
    const report = await fuzz(
      {
        baseUrl: base,
        tokens: { admin, viewer: await t.token('viewer', 'public') },
        protectedIds: [me.body.id, await t.userId('viewer', 'public')],
        query: (sql) => t.db.query(sql),
      },
      { requests: 2000, seed: 20260401, parallelRequests: 400, concurrency: 8 },
    );
    const findings = summariseFindings(report.findings);
    expect(findings).toEqual([]);
    expect(report.operations).toBeGreaterThan(10);
    expect(report.rejectedWritesChecked).toBeGreaterThan(100);
    // It sent the cursors the lists handed out back, tampered with, and requests in parallel.
    expect(report.cursorsSent).toBeGreaterThan(50);
    expect(report.parallelRequests).toBe(400);
    expect(report.maxInFlight).toBe(8);
    // The run reached the handlers (2xx), not only the validators.
    expect(Object.keys(report.byStatus).some((s) => s.startsWith('2'))).toBe(true);
  }, 300_000);
});
