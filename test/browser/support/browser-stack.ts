import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, createReadStream } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app';

export const CHROMIUM = process.env.PACTA_CHROMIUM ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
/** Jest runs from the repository root (and in ESM mode, without __dirname). */
const ROOT = resolve(process.cwd());
const WEB_DIST = join(ROOT, 'dist/web');
export const ARTIFACTS = join(ROOT, 'test/browser/artifacts');

/** The browser specs run on the built web app; build it when it is missing. */
export function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('the web build (dist/web) failed: run `npm run build`');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * One origin for the browser, as in production: the API from the running app, the built web app
 * with SPA fallback for everything else. Used only while the app does not serve dist/web itself.
 */
function frontServer(apiPort: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/api/') || path.startsWith('/health')) {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: apiPort, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(WEB_DIST, decodeURIComponent(path)));
    const found =
      file.startsWith(WEB_DIST) && existsSync(file) && extname(file) !== ''
        ? file
        : join(WEB_DIST, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream' });
    createReadStream(found).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export interface BrowserStack {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (no cookies, no storage) and page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** Email of the test user with these roles and clearance (created on first use). */
  user(roles: string | string[], clearance?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBrowserStack(): Promise<BrowserStack> {
  ensureWebBuild();
  mkdirSync(ARTIFACTS, { recursive: true });
  const t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  const apiPort = (t.app.getHttpServer().address() as AddressInfo).port;
  // Once the app serves the web application at / itself (§16), the browser talks to it directly.
  const own = await fetch(`http://127.0.0.1:${apiPort}/documents`).catch(() => null);
  const servesWeb = !!own?.ok && (own.headers.get('content-type') ?? '').includes('text/html');
  const front = servesWeb ? null : await frontServer(apiPort);
  const port = front ? (front.address() as AddressInfo).port : apiPort;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    newPage: async () => {
      const context = await browser.newContext({
        locale: 'en-GB',
        timezoneId: 'UTC',
        viewport: { width: 1280, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      return { context, page: await context.newPage() };
    },
    user: async (roles, clearance = 'confidential') => {
      const list = Array.isArray(roles) ? roles : [roles];
      await t.token(list, clearance);
      return `${[...list].sort().join('-')}.${clearance}@test.local`.replace(/_/g, '-');
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      if (front) await new Promise((ok) => front.close(() => ok(undefined)));
      await t.close();
    },
  };
}

export { TEST_PASSWORD };

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the current page: the serious and critical violations (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const scope = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await scope.axe.run(scope.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Every screen: no serious/critical axe violation, and a screenshot for a human to look at. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Screens show a spinner per loading panel: wait for the data, not just for the request to start.
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('.mantine-Loader-root'));
  // A full-page shot of a scrolled page draws the fixed header in the middle: shoot from the top.
  await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
  // A dialog fading in or a notification sliding in has, mid-way, colours that fail contrast: wait
  // until no transition or finite animation runs (at most 3 s; an endless one is let be).
  await page
    .waitForFunction(
      () =>
        (globalThis as any).document
          .getAnimations()
          .every(
            (a: any) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
          ),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const violations = await seriousViolations(page);
  expect({ screen: name, violations }).toEqual({ screen: name, violations: [] });
}

export async function signIn(stack: BrowserStack, page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(`${stack.baseUrl}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
