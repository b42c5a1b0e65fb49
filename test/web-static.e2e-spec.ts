import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { startTestApp, type TestApp } from './support/test-app';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-B7x2kQ9a.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('pacta '.repeat(200))});`;

/** A build as Vite writes it: index.html, content-hashed files in assets/, a few unhashed ones. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'assets', 'index-B7x2kQ9a.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'index-B7x2kQ9a.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'assets', 'index-Cc3dE4fG.css'), 'body{margin:0}');
  return dir;
}

const isProblem404 = (res: { status: number; headers: Record<string, string>; body: any }) => {
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: 'urn:pacta:problem:not-found', status: 404 });
};

describe('the web application (spec §16)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = fakeBuild();
    t = await startTestApp({ webDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = (path: string, accept = HTML) => t.http().get(path).set('Accept', accept);

  it('serves index.html at / for revalidation on every use, under a CSP without inline scripts', async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.etag).toBeDefined();
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const again = await page('/').set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
  });

  it('serves hashed assets with a year-long immutable cache, gzipped when the build has it', async () => {
    const res = await page('/assets/index-B7x2kQ9a.js', '*/*').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(SCRIPT);
    const gz = await page('/assets/index-B7x2kQ9a.js', '*/*').set('Accept-Encoding', 'gzip, br');
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.text).toBe(SCRIPT);
    const css = await page('/assets/index-Cc3dE4fG.css', 'text/css,*/*;q=0.1');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates unhashed files outside assets/', async () => {
    const res = await page('/favicon.svg', 'image/*');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['/documents/{id}'],
    ['/summits/{id}'],
    ['/milestones/{id}'],
    ['/institutions/{id}'],
    ['/documents?type=treaty&status=in_force'],
    ['/audit'],
    ['/documents/{id}/history'],
  ])('answers the page address %s with index.html for the router', async (template) => {
    const res = await page(template.replace('{id}', randomUUID()));
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers HEAD for a page like GET without a body', async () => {
    const res = await t.http().head(`/documents/${randomUUID()}`).set('Accept', HTML);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it.each([
    ['an unknown API route, even from a browser', '/api/v1/nothing-here', HTML],
    ['/api itself', '/api', HTML],
    ['a health path', '/health/nothing', HTML],
    ['a metrics path', '/metrics/nothing', HTML],
    ['a page address asked for as JSON', `/documents/${randomUUID()}`, 'application/json'],
    ['a missing asset', '/assets/index-missing.js', '*/*'],
    ['a path escaping the build', '/..%2f..%2f..%2fetc%2fpasswd', '*/*'],
  ])('keeps the 404 problem for %s', async (_, path, accept) => {
    isProblem404(await page(path, accept));
  });

  it('does not answer a POST to a page address with the page', async () => {
    const res = await t.http().post('/documents').set('Accept', HTML).send({});
    isProblem404(res);
  });

  it('leaves the API and its documentation as they were', async () => {
    expect((await page('/health/live', 'application/json')).status).toBe(200);
    const me = await t
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${await t.adminToken()}`);
    expect(me.status).toBe(200);
    expect(me.headers['content-security-policy']).toContain("script-src 'self'");
    const docs = await page('/api/docs-json', 'application/json');
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline'/);
  });

  describe('without a build', () => {
    let bare: TestApp;
    beforeAll(async () => {
      bare = await startTestApp({ webDir: join(dir, 'not-built') });
    });
    afterAll(() => bare.close());

    it('answers / with a short page saying how to build it', async () => {
      for (const accept of [HTML, '*/*']) {
        const res = await bare.http().get('/').set('Accept', accept);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('npm run build');
      }
    });

    it('answers other page addresses with the 404 problem', async () => {
      isProblem404(await bare.http().get(`/documents/${randomUUID()}`).set('Accept', HTML));
    });
  });

  describe('behind https', () => {
    let secure: TestApp;
    beforeAll(async () => {
      secure = await startTestApp({ webDir: dir, publicUrl: 'https://pacta.example.org' });
    });
    afterAll(() => secure.close());

    it('also asks the browser to upgrade insecure subresources', async () => {
      const res = await secure.http().get('/').set('Accept', HTML);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });
  });
});

describe('PACTA_PUBLIC_URL', () => {
  const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x', JWT_SECRET: 'x'.repeat(32) };

  it.each([
    [{}, 'http://127.0.0.1:3000'],
    [{ PORT: '8080' }, 'http://127.0.0.1:8080'],
    [{ HOST: '0.0.0.0', PORT: '8080' }, 'http://127.0.0.1:8080'],
    [{ HOST: '::' }, 'http://[::1]:3000'],
    [{ HOST: 'pacta.internal' }, 'http://pacta.internal:3000'],
    [{ PACTA_PUBLIC_URL: 'https://pacta.example.org/' }, 'https://pacta.example.org'],
    [{ PACTA_PUBLIC_URL: 'https://gov.example/pacta/' }, 'https://gov.example/pacta'],
  ])('%j gives %s', (env, expected) => {
    expect(loadConfig({ ...base, ...env }).publicUrl).toBe(expected);
  });

  it.each([
    'pacta.example.org',
    'ftp://pacta.example.org',
    'https://pacta.example.org/?a=1',
    'https://u:p@x.org',
  ])('refuses %s with one line naming the variable', (value) => {
    expect(() => loadConfig({ ...base, PACTA_PUBLIC_URL: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PACTA_PUBLIC_URL: value })).toThrow(/^PACTA_PUBLIC_URL=/);
  });
});
