import type { Page } from 'playwright-core';
import { hasBrowser, startBrowserStack, type BrowserStack } from './browser-stack';

/** What a journey's test body gets: the running stack and a fresh page (new context, no cookies). */
export interface JourneyScope {
  stack: BrowserStack;
  page: Page;
}

export interface Journey {
  /** The stack and page of the test now running (getters: read them inside a test or hook). */
  readonly stack: BrowserStack;
  readonly page: Page;
  /** A user's journey through several screens, with the time two shared cores need for it. */
  journey(name: string, fn: (scope: JourneyScope) => Promise<void>): void;
  /** Set-up through the API (what a test is not about is not clicked through): the JSON answer. */
  post(path: string, token: string, body: object, headers?: Record<string, string>): Promise<any>;
  /** A Mantine Select/MultiSelect: open it by its label, optionally type to search, choose the option. */
  pick(label: string, option: string, search?: string, inDialog?: boolean): Promise<void>;
}

const JOURNEY_TIMEOUT = 300_000;

/**
 * A browser spec: one real server and database and one Chromium for the file, a fresh browser
 * context for every test. Skipped without a Chromium, unless PACTA_REQUIRE_BROWSER=1 (CI), where a
 * missing browser is a failure.
 */
export function browserJourney(
  title: string,
  define: (j: Journey) => void,
  options: { setUp?: (stack: BrowserStack) => Promise<void> } = {},
): void {
  if (!hasBrowser && process.env.PACTA_REQUIRE_BROWSER === '1') {
    it('needs Chromium (PACTA_REQUIRE_BROWSER=1)', () => {
      throw new Error('No Chromium at /usr/bin/chromium: install it with `apt-get install chromium`.');
    });
  }
  (hasBrowser ? describe : describe.skip)(title, () => {
    let stack: BrowserStack;
    let page: Page;
    let close: () => Promise<void> = async () => undefined;

    beforeAll(async () => {
      stack = await startBrowserStack();
      await options.setUp?.(stack);
    }, 120_000);
    afterAll(() => stack?.close());
    beforeEach(async () => {
      const opened = await stack.newPage();
      page = opened.page;
      close = () => opened.context.close();
    });
    afterEach(() => close());

    define({
      get stack() {
        return stack;
      },
      get page() {
        return page;
      },
      journey: (name, fn) => it(name, () => fn({ stack, page }), JOURNEY_TIMEOUT),
      post: async (path, token, body, headers = {}) => {
        const req = stack.t.http().post(path).set('Authorization', `Bearer ${token}`);
        for (const [k, v] of Object.entries(headers)) req.set(k, v);
        const res = await req.send(body);
        if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body;
      },
      pick: async (label, option, search, inDialog = false) => {
        const input = page
          .getByRole('combobox', { name: label, exact: true })
          .or(page.getByRole('textbox', { name: label, exact: true }))
          .first();
        await input.click();
        if (search) await input.fill(search);
        await page.getByRole('option', { name: option, exact: true }).click();
        // In a dialog, Escape would close the dialog itself (a Select closes on choosing).
        if (!inDialog) await page.keyboard.press('Escape');
      },
    });
  });
}
