import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DOCUMENTS } from '../../src/seed/demo-data';
import { checkScreen, signIn } from './support/browser-stack';
import { browserJourney } from './support/journey';

/**
 * Spreadsheets in the web application (spec §15, issue 15 point 7): the import wizard loads the
 * demo record's documents into an empty database; the export buttons of the list pages download
 * the page's filtered rows with the in-memory bearer token (fetched as a blob, no token in a URL).
 */
browserJourney('web application: imports and exports', (j) => {
  const { journey, post } = j;

  /** Clicks an export button and answers the saved file's name and bytes. */
  async function download(name: string): Promise<{ filename: string; bytes: Buffer }> {
    const [file] = await Promise.all([
      j.page.waitForEvent('download'),
      j.page.getByRole('button', { name, exact: true }).click(),
    ]);
    const path = await file.path();
    return { filename: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** The demo record's documents (§9) as a spreadsheet a clerk would keep: one row per document. */
  async function demoDocumentsWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Documents');
    sheet.addRow(['title', 'type', 'countries', 'sectors', 'summary', 'signedOn', 'placeOfSigning']);
    for (const d of DOCUMENTS) {
      sheet.addRow([
        d.title,
        d.type,
        d.countries.join(';'),
        d.sectors.join(';'),
        d.summary,
        new Date(`${d.signedOn}T00:00:00Z`),
        d.placeOfSigning,
      ]);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  journey(
    "imports the demo record's documents from a spreadsheet into an empty database",
    async ({ page, stack }) => {
      const admin = await stack.t.adminToken();
      const before = await stack.t.http().get('/api/v1/documents').set('Authorization', `Bearer ${admin}`);
      expect(before.body.items).toEqual([]);

      await signIn(stack, page, await stack.user('editor'));
      await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
      await page.getByRole('heading', { name: 'Import from a spreadsheet', level: 1 }).waitFor();
      await page.getByRole('radio', { name: 'Documents (with parties and translations)' }).check();
      await checkScreen(page, 'import-kind');
      const template = await download('Download template (XLSX)');
      expect(template.filename).toBe('pacta-documents.xlsx');
      await page.getByRole('button', { name: 'Next' }).click();

      await page.locator('input[type=file]').setInputFiles({
        name: 'demo-documents.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await demoDocumentsWorkbook(),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByText('Every row is valid. Nothing has been written yet.').waitFor();
      await expect(page.locator('[data-count="rows"]').textContent()).resolves.toBe(String(DOCUMENTS.length));
      await expect(page.locator('[data-count="create"]').textContent()).resolves.toBe(
        String(DOCUMENTS.length),
      );
      await checkScreen(page, 'import-preview');
      const unwritten = await stack.t.http().get('/api/v1/documents').set('Authorization', `Bearer ${admin}`);
      expect(unwritten.body.items).toEqual([]);

      await page.getByRole('button', { name: 'Apply the import' }).click();
      await page.getByText('Every row was written in one transaction').waitFor();
      await expect(page.locator('[data-count="create"]').textContent()).resolves.toBe(
        String(DOCUMENTS.length),
      );
      await checkScreen(page, 'import-done');

      await page.getByRole('link', { name: 'Open the list' }).click();
      await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
      while (await page.getByRole('button', { name: 'Load more' }).isVisible()) {
        await page.getByRole('button', { name: 'Load more' }).click();
        await page.waitForLoadState('networkidle');
      }
      for (const d of DOCUMENTS) await page.getByRole('link', { name: d.title, exact: true }).waitFor();
      await checkScreen(page, 'import-documents');
    },
  );

  /** The same file again: every row unchanged, and an error per row and column for a bad one. */
  journey(
    'shows a second upload of the same rows as unchanged, and a bad row by row and column',
    async ({ page, stack }) => {
      await signIn(stack, page, await stack.user('editor'), '/imports');
      await page.getByRole('radio', { name: 'Documents (with parties and translations)' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      const csv =
        'title,type,countries,signedOn\r\n' +
        `"${DOCUMENTS[0].title}",${DOCUMENTS[0].type},AZ;KZ,${DOCUMENTS[0].signedOn}\r\n` +
        'A memorandum with a bad date,memorandum_of_understanding,AZ;KZ,2023-02-30\r\n';
      await page.locator('input[type=file]').setInputFiles({
        name: 'documents.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      const errors = page.getByRole('table', { name: 'Errors by row and column' });
      await errors.waitFor();
      await expect(errors.getByRole('row').nth(1).textContent()).resolves.toMatch(/^3signedOn/);
      await expect(page.locator('[data-count="unchanged"]').textContent()).resolves.toBe('1');
      await expect(page.locator('[data-count="create"]').textContent()).resolves.toBe('0');
      await expect(page.getByRole('button', { name: 'Apply the import' }).isDisabled()).resolves.toBe(true);
      await checkScreen(page, 'import-errors');
    },
  );

  journey(
    'downloads the filtered documents as XLSX and CSV, and every list page offers both',
    async ({ page, stack }) => {
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
    },
  );
});
