import type { Page } from 'playwright-core';
import {
  checkScreen,
  hasBrowser,
  signIn,
  startBrowserStack,
  type BrowserStack,
} from './support/browser-stack';

/**
 * The web application in a real Chromium against the real server and database: each role does
 * its main job end to end, by role and label as a screen reader would; axe-core on every screen.
 */
const suite = hasBrowser ? describe : describe.skip;

if (!hasBrowser && process.env.PACTA_REQUIRE_BROWSER === '1') {
  it('needs Chromium (PACTA_REQUIRE_BROWSER=1)', () => {
    throw new Error('No Chromium at /usr/bin/chromium: install it with `apt-get install chromium`.');
  });
}

suite('web application', () => {
  let stack: BrowserStack;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    stack = await startBrowserStack();
  }, 120_000);
  afterAll(() => stack?.close());
  beforeEach(async () => {
    const opened = await stack.newPage();
    page = opened.page;
    close = () => opened.context.close();
  });
  afterEach(() => close());

  /** Set-up through the API (what a test is not about is not clicked through). */
  async function post(path: string, token: string, body: object) {
    const res = await stack.t.http().post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it('signs in, lists the documents and opens one', async () => {
    const editor = await stack.t.token('editor');
    const doc = await post('/api/v1/documents', editor, {
      title: 'Memorandum on oil transit',
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
      classification: 'public',
    });
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Pacta' }).waitFor();
    await checkScreen(page, 'sign-in');
    await page.getByLabel('Email').fill(await stack.user('viewer', 'public'));
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The email or password is not right.',
    );

    await signIn(stack, page, await stack.user('viewer', 'public'));
    await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.tagName)).resolves.toBe(
      'H1',
    );
    await page.getByRole('link', { name: 'Memorandum on oil transit' }).waitFor();
    await checkScreen(page, 'documents');

    await page.getByRole('link', { name: 'Memorandum on oil transit' }).click();
    await page.getByRole('heading', { name: 'Memorandum on oil transit', level: 1 }).waitFor();
    expect(page.url()).toBe(`${stack.baseUrl}/documents/${doc.id}`);
    await expect(page.getByText('Your role cannot change the status.').isVisible()).resolves.toBe(true);
    await checkScreen(page, 'document');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Pacta' }).waitFor();
  });
});
