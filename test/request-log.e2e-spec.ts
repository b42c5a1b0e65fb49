import { Writable } from 'node:stream';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The one line and the one histogram sample every request leaves (src/app.ts onResponse): the
 * line names the request without its secrets, and the samples are counted per route pattern,
 * method and status, however many requests share them.
 */
describe('the request log line and the duration histogram', () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    t = await startTestApp({ logLevel: 'info' }, { logStream });
  });
  afterAll(() => t.close());

  const requestLines = (path: string) =>
    lines.filter((l) => l.msg === 'request' && String(l.url).startsWith(path));

  const cases: { name: string; query: string; logged: string }[] = [
    { name: 'a URL without a token', query: '?status=draft&limit=5', logged: '?status=draft&limit=5' },
    { name: 'a feed token', query: '?token=secret-feed-token-0123456789', logged: '?token=***' },
    { name: 'a token in capitals', query: '?TOKEN=secret-feed-token-0123456789', logged: '?TOKEN=***' },
    { name: 'a token in mixed case', query: '?ToKeN=secret-feed-token-0123456789', logged: '?ToKeN=***' },
    {
      name: 'a token after other parameters',
      query: '?limit=5&token=secret-feed-token-0123456789&x=1',
      logged: '?limit=5&token=***&x=1',
    },
  ];

  it.each(cases)('logs $name as $logged', async ({ query, logged }) => {
    const path = '/api/v1/calendar.ics';
    const before = requestLines(path).length;
    await t.http().get(`${path}${query}`);
    // The line is written when the response has gone out.
    await new Promise((r) => setTimeout(r, 20));
    const mine = requestLines(path).slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0].url).toBe(`${path}${logged}`);
    expect(JSON.stringify(mine[0])).not.toContain('secret-feed-token');
  });

  it('names the request id the client got, the method, status, time and the signed-in actor', async () => {
    const token = await t.token('viewer');
    const actorId = await t.userId('viewer');
    const path = '/api/v1/institutions';
    const before = requestLines(path).length;
    const res = await t.http().get(`${path}?limit=1`).set('Authorization', `Bearer ${token}`).expect(200);
    await new Promise((r) => setTimeout(r, 20));
    const mine = requestLines(path).slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      level: 30,
      msg: 'request',
      requestId: res.headers['x-request-id'],
      method: 'GET',
      url: `${path}?limit=1`,
      statusCode: 200,
      actorId,
    });
    expect(typeof mine[0].ms).toBe('number');
    expect(typeof mine[0].time).toBe('number');
  });

  it('leaves the actor out of the line of an anonymous request', async () => {
    const before = requestLines('/health/live').length;
    const res = await t.http().get('/health/live').expect(200);
    await new Promise((r) => setTimeout(r, 20));
    const mine = requestLines('/health/live').slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0].requestId).toBe(res.headers['x-request-id']);
    expect(mine[0]).not.toHaveProperty('actorId');
  });

  it('counts every request under its route pattern, method and status', async () => {
    const count = async (labels: string) => {
      const text = (await t.http().get('/metrics')).text;
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`pacta_http_request_duration_seconds_count{${labels}}`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const ok = 'method="GET",route="/health/live",status="200"';
    const missing = 'method="GET",route="/api/v1/documents/:id",status="401"';
    const [okBefore, missingBefore] = [await count(ok), await count(missing)];
    for (let i = 0; i < 3; i++) await t.http().get('/health/live').expect(200);
    await t.http().get('/api/v1/documents/00000000-0000-4000-8000-000000000000').expect(401);
    await t.http().get('/api/v1/documents/00000000-0000-4000-8000-000000000001').expect(401);
    expect(await count(ok)).toBe(okBefore + 3);
    expect(await count(missing)).toBe(missingBefore + 2);
  });
});
