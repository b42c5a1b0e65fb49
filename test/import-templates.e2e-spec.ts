import ExcelJS from 'exceljs';
import { IMPORT_KINDS } from '../src/imports/import.entity';
import { HELP_LANGUAGES, KINDS } from '../src/imports/kinds';
import { startTestApp, type TestApp } from './support/test-app';

const CYRILLIC = /[\u0400-\u04FF]/;
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const AZERBAIJANI_LETTERS = /[əğıöüşçİ]/i;

/** supertest's parser for a binary body. */
const binary = (res: any, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** §15 point 4: a template's second sheet explains each column in the four interface languages. */
describe('import templates explain every column in en, ru, az and kk', () => {
  let t: TestApp;
  let editor: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor', 'confidential');
    manager = await t.token('manager', 'confidential');
  });
  afterAll(() => t.close());

  /** What is wrong with a column's four texts: missing, not translated, or in the wrong script. */
  const problems = (column: string, [en, ru, az, kk]: string[]): string[] => {
    const out: string[] = [];
    [en, ru, az, kk].forEach((text, i) => {
      if (!text?.trim()) out.push(`${column}: no ${HELP_LANGUAGES[i]} text`);
    });
    if (!CYRILLIC.test(ru)) out.push(`${column}: ru is not in Cyrillic`);
    if (!CYRILLIC.test(kk)) out.push(`${column}: kk is not in Cyrillic`);
    if (CYRILLIC.test(az) || !/[a-z]/i.test(az)) out.push(`${column}: az is not in Latin script`);
    if ([ru, az, kk].includes(en)) out.push(`${column}: a translation is the English text`);
    if (kk === ru) out.push(`${column}: kk is the Russian text`);
    return out;
  };

  it.each(IMPORT_KINDS)('%s: every accepted column has its own text in each language', (kind) => {
    const found = KINDS[kind].columns.flatMap((c) =>
      problems(
        c.name,
        HELP_LANGUAGES.map((lang) => c.help[lang]),
      ),
    );
    expect(found).toEqual([]);
  });

  it('the Kazakh and Azerbaijani texts use their own letters', () => {
    const all = IMPORT_KINDS.flatMap((kind) => KINDS[kind].columns);
    expect(all.filter((c) => KAZAKH_LETTERS.test(c.help.kk)).length).toBeGreaterThan(all.length / 4);
    expect(all.filter((c) => AZERBAIJANI_LETTERS.test(c.help.az)).length).toBeGreaterThan(all.length / 4);
  });

  it.each(IMPORT_KINDS)(
    '%s.xlsx: the columns sheet has a non-empty en, ru, az, kk cell for every template column',
    async (kind) => {
      const token = kind === 'milestones' || kind === 'progress' ? manager : editor;
      const res = await t
        .http()
        .get(`/api/v1/imports/templates/${kind}?format=xlsx`)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      const [data, help] = wb.worksheets;
      expect(help.name).toBe('columns');
      const text = (row: ExcelJS.Row, col: number) => String(row.getCell(col).value ?? '').trim();
      expect([1, 2, 3, 4, 5, 6].map((c) => text(help.getRow(1), c))).toEqual([
        'column',
        'en',
        'ru',
        'az',
        'kk',
        'values',
      ]);
      const headers: string[] = [];
      data.getRow(1).eachCell((cell) => headers.push(String(cell.value)));
      const explained = new Map<string, string[]>();
      help.eachRow((row, n) => {
        if (n > 1)
          explained.set(
            text(row, 1),
            [2, 3, 4, 5].map((c) => text(row, c)),
          );
      });
      expect([...explained.keys()]).toEqual(headers);
      expect(headers.flatMap((h) => problems(h, explained.get(h) as string[]))).toEqual([]);
      // A required column says so in every language.
      const required = KINDS[kind].columns.find((c) => c.required) as { name: string };
      expect(explained.get(required.name)).toEqual([
        expect.stringContaining('(required)'),
        expect.stringContaining('(обязательно)'),
        expect.stringContaining('(məcburi)'),
        expect.stringContaining('(міндетті)'),
      ]);
    },
  );
});
