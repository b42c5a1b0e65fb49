import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  checkScreen,
  hasBrowser,
  signIn,
  startBrowserStack,
  type BrowserStack,
} from './support/browser-stack';

/**
 * The export buttons of the list pages (spec §15, issue 15 point 7): the download carries the
 * page's filters and works with the in-memory bearer token (fetched as a blob, no token in a URL).
 */
const suite = hasBrowser ? describe : describe.skip;
const journey = (name: string, fn: () => Promise<void>) => it(name, fn, 300_000);

suite('web application: exports', () => {
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

  async function post(path: string, token: string, body: object) {
    const res = await stack.t.http().post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Clicks an export button and answers the saved file's name and bytes. */
  async function download(name: string): Promise<{ filename: string; bytes: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    const path = await file.path();
    return { filename: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  journey('downloads the filtered documents as XLSX and CSV, and every list page offers both', async () => {
    const editor = await stack.t.token('editor');
    await post('/api/v1/documents', editor, {
      title: 'Treaty on the Supreme Interstate Council',
      type: 'treaty',
      countries: ['AZ', 'KZ'],
      signedOn: '2023-04-10',
    });
    await post('/api/v1/documents', editor, {
      title: 'Memorandum on cultural heritage',
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
    });
    await post('/api/v1/documents', editor, {
      title: '=Treaty that looks like a formula',
      type: 'treaty',
      countries: ['AZ', 'KZ'],
    });

    await signIn(stack, page, await stack.user('editor'), '/documents?type=treaty');
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Treaty on the Supreme Interstate Council' }).waitFor();
    await checkScreen(page, 'documents-export');

    const xlsx = await download('Export XLSX');
    expect(xlsx.filename).toBe('documents.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const title = header.indexOf('title') + 1;
    const titles: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && titles.push(row.getCell(title).value));
    expect(titles.sort()).toEqual([
      '=Treaty that looks like a formula',
      'Treaty on the Supreme Interstate Council',
    ]);
    const signedOn = header.indexOf('signedOn') + 1;
    const dates: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && dates.push(row.getCell(signedOn).value));
    expect(dates).toContainEqual(new Date('2023-04-10T00:00:00Z'));

    const csv = await download('Export CSV');
    expect(csv.filename).toBe('documents.csv');
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Treaty on the Supreme Interstate Council');
    expect(text).toContain("'=Treaty that looks like a formula");
    expect(text).not.toContain('Memorandum on cultural heritage');

    for (const [link, heading] of [
      ['Summits', 'Summits'],
      ['Institutions', 'Institutions'],
    ]) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Export XLSX' }).waitFor();
      await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    }
    const institutions = await download('Export XLSX');
    expect(institutions.filename).toBe('institutions.xlsx');
  });
});
