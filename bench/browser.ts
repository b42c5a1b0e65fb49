import { existsSync } from 'node:fs';
import { median } from './stats';
import type { Page } from 'playwright-core';

/**
 * The browser row (issue 11, point 7): on the benchmark's data set, how long the web application
 * takes from a navigation to its first rows on screen, for the documents register and the
 * milestone dashboard, next to the API call the screen makes timed alone in the same browser.
 * Debian's Chromium through playwright-core (no browser download); skipped, with one line in the
 * report, when it is missing. A signed-in tab navigates to the screen N times (each a full page
 * load: the built JavaScript from the browser's cache as a returning user has it, the refresh
 * cookie exchanged for an access token, the API call, React rendering); the time is the page's
 * own clock (performance.now(), from its navigation start) at the first animation frame in which
 * a table row of the main region is laid out (on the dashboard: the overdue list, which renders
 * with the counts above it).
 */

export const CHROMIUM = process.env.PACTA_CHROMIUM ?? '/usr/bin/chromium';

/** The rows visible within this long of the navigation is the goal of issue 11 point 7. */
export const SCREEN_GOAL_MS = 1000;

interface Screen {
  key: string;
  label: string;
  /** The page address for run i (a distinct dashboard window per run keeps it uncached). */
  path(i: number): string;
  /** The API call the screen at path(i) makes. */
  screenApi(i: number): string;
  /** The same call timed alone after run i (another window for the uncached dashboard). */
  api(i: number): string;
}

const SCREENS: Screen[] = [
  {
    key: 'documents',
    label: 'documents register (first page of 50)',
    path: () => '/documents',
    screenApi: () => '/api/v1/documents?limit=50',
    api: () => '/api/v1/documents?limit=50',
  },
  {
    key: 'dashboard',
    label: 'milestone dashboard (days=30, from the head-keyed cache after the first load)',
    path: () => '/milestones',
    screenApi: () => '/api/v1/dashboard/milestones?days=30',
    api: () => '/api/v1/dashboard/milestones?days=30',
  },
  {
    key: 'dashboard-uncached',
    label: 'milestone dashboard, UNCACHED (a distinct days window per load)',
    path: (i) => `/milestones?days=${100 + 2 * i}`,
    screenApi: (i) => `/api/v1/dashboard/milestones?days=${100 + 2 * i}`,
    api: (i) => `/api/v1/dashboard/milestones?days=${101 + 2 * i}`,
  },
];

export interface ScreenResult {
  key: string;
  label: string;
  /** Navigation start → first table row on screen, per run (ms). */
  screenMs: number[];
  /** Navigation start → the screen's own API response complete (resource timing), per run. */
  apiInScreenMs: (number | null)[];
  /** The same API call alone (fetch in the signed-in page, to the last byte), per run. */
  apiMs: number[];
  median: { screen: number; apiInScreen: number; api: number; ratio: number };
}

export interface BrowserResult {
  /** Why the row was not measured (no Chromium), or null. */
  skipped: string | null;
  runs: number;
  screens: ScreenResult[];
}

/** Navigates and waits for the first table row on screen; the page's clock then (ms from navigation start). */
async function firstRows(
  page: Page,
  url: string,
  apiPath: string,
): Promise<{ ms: number; api: number | null }> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const doc = (globalThis as any).document;
      for (const row of doc.querySelectorAll('main table tbody tr')) {
        const box = row.getBoundingClientRect();
        if (box.height > 0) return performance.now();
      }
      return 0;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  const api = await page.evaluate((path) => {
    const entries = performance.getEntriesByType('resource') as any[];
    const hit = entries.find((e) => new URL(e.name).pathname + new URL(e.name).search === path);
    return hit ? hit.responseEnd : null;
  }, apiPath);
  return { ms, api };
}

/** The API call alone, from the signed-in page: fetch to the last byte (ms). */
function apiAlone(page: Page, path: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ path, token }) => {
      const started = performance.now();
      const res = await fetch(path, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
      await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return performance.now() - started;
    },
    { path, token },
  );
}

/**
 * Signs in through the sign-in screen once, then for each screen: one warm-up load, and `runs`
 * loads each followed by the screen's API call alone. Throws when a screen shows no rows.
 */
export async function browserRow(options: {
  baseUrl: string;
  email: string;
  password: string;
  token: string;
  runs: number;
  log: (line: string) => void;
}): Promise<BrowserResult> {
  const { baseUrl, runs, log } = options;
  if (!existsSync(CHROMIUM)) {
    const skipped = `no Chromium at ${CHROMIUM} (apt-get install chromium, or PACTA_CHROMIUM=<path>)`;
    log(`  browser row skipped: ${skipped}`);
    return { skipped, runs: 0, screens: [] };
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'UTC',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(options.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(options.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const screens: ScreenResult[] = [];
    for (const screen of SCREENS) {
      // Warm-up: the screen's code chunk into the browser's cache, the server's plans warm.
      await firstRows(page, baseUrl + screen.path(-1), screen.screenApi(-1));
      await apiAlone(page, screen.api(-1), options.token);
      const result: ScreenResult = {
        key: screen.key,
        label: screen.label,
        screenMs: [],
        apiInScreenMs: [],
        apiMs: [],
        median: { screen: NaN, apiInScreen: NaN, api: NaN, ratio: NaN },
      };
      for (let i = 0; i < runs; i++) {
        const seen = await firstRows(page, baseUrl + screen.path(i), screen.screenApi(i));
        result.screenMs.push(seen.ms);
        result.apiInScreenMs.push(seen.api);
        result.apiMs.push(await apiAlone(page, screen.api(i), options.token));
      }
      const inScreen = result.apiInScreenMs.filter((x): x is number => x !== null);
      result.median = {
        screen: median(result.screenMs),
        apiInScreen: median(inScreen),
        api: median(result.apiMs),
        ratio: median(result.screenMs) / median(result.apiMs),
      };
      log(
        `  ${screen.label}: first rows at ${result.median.screen.toFixed(0)} ms (the screen's API answer at ${result.median.apiInScreen.toFixed(0)} ms), ` +
          `the API call alone ${result.median.api.toFixed(0)} ms: ${result.median.ratio.toFixed(1)}× (medians of ${runs})`,
      );
      screens.push(result);
    }
    await context.close();
    return { skipped: null, runs, screens };
  } finally {
    await browser.close();
  }
}

/** The report's section for the browser row. */
export function browserReport(result: BrowserResult | null): string[] {
  if (!result) return [];
  if (result.skipped) return ['', `Browser row not measured: ${result.skipped}.`];
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');
  const range = (values: number[]) => `${f(Math.min(...values))}–${f(Math.max(...values))}`;
  return [
    '',
    `Browser (issue 11 point 7): Chromium, signed in as the bench editor, ${result.runs} loads of each screen after a warm-up; ` +
      'a load is a full navigation (cached JavaScript, refresh cookie → access token, the API call, rendering), timed on the page’s clock ' +
      'from navigation start to the first animation frame showing a table row; the API call alone is the same request by fetch from the signed-in page, to the last byte.',
    '',
    `| screen | first rows, median ms [min–max] | within ${SCREEN_GOAL_MS} ms | the screen's API answer at, median ms | API call alone, median ms [min–max] | screen ÷ API call |`,
    '| --- | ---: | --- | ---: | ---: | ---: |',
    ...result.screens.map(
      (s) =>
        `| ${s.label} | ${f(s.median.screen)} [${range(s.screenMs)}] | ${s.median.screen <= SCREEN_GOAL_MS ? 'yes' : '**no**'} | ${f(s.median.apiInScreen)} | ` +
        `${f(s.median.api)} [${range(s.apiMs)}] | ${Number.isFinite(s.median.ratio) ? s.median.ratio.toFixed(1) : '-'}× |`,
    ),
  ];
}
