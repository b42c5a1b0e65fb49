import ICAL from 'ical.js';
import { contentLine, escapeText } from '../src/calendar/ical';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const textParser = (res: any, cb: (err: Error | null, body: string) => void) => {
  let text = '';
  res.on('data', (c: Buffer) => (text += c.toString('utf8')));
  res.on('end', () => cb(null, text));
};

describe('calendar feed', () => {
  let t: TestApp;
  let manager: string;
  let f: Factories;
  let summit: string;
  let milestone: { id: string };
  let secretMilestone: { id: string };
  const feed = '/api/v1/calendar.ics';
  const tricky =
    'Oil; gas, and \\ transit\nsecond line — Kurmangazy Children’s Art Center in Fuzuli, a long title to fold';

  const publicUrl = 'https://pacta.example.org';

  beforeAll(async () => {
    t = await startTestApp({ publicUrl });
    manager = await t.token('manager');
    f = factories(t);
    summit = await f.insertSummit({
      title: 'State visit of President Ilham Aliyev to Kazakhstan',
      location: 'Astana, Akorda',
      countries: ['AZ', 'KZ'],
      startsOn: '2023-04-20',
      endsOn: '2023-04-21',
      summary: tricky,
    });
    await f.insertSummit({
      title: 'Georgian summit',
      countries: ['GE'],
      startsOn: '2024-01-10',
      endsOn: '2024-01-10',
    });
    const doc = await f.insertDocument({ summitId: summit, countries: ['AZ', 'KZ'] });
    milestone = await f.createMilestone(manager, {
      title: tricky,
      documentId: doc,
      sector: 'culture',
      dueOn: '2025-06-30',
    });
    const secret = await f.insertDocument({ classification: 'confidential' });
    secretMilestone = await f.createMilestone(manager, {
      title: 'Secret due date',
      documentId: secret,
      dueOn: '2025-07-01',
    });
  });
  afterAll(() => t.close());

  const fetch = async (query = '', token?: string) => {
    const req = t.http().get(`${feed}${query}`).buffer(true).parse(textParser);
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req;
  };
  const events = (text: string) => {
    const cal = new ICAL.Component(ICAL.parse(text));
    return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it('is a valid RFC 5545 calendar that ical.js parses back, with escaping undone', async () => {
    const res = await fetch('', await t.token('viewer'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    const text: string = res.body;
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Pacta/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    const byUid = new Map(events(text).map((e) => [e.uid, e]));
    const visit = byUid.get(`summit-${summit}@pacta`)!;
    expect(visit.summary).toBe('State visit of President Ilham Aliyev to Kazakhstan');
    expect(visit.location).toBe('Astana, Akorda');
    expect(visit.description).toContain(tricky);
    expect(visit.startDate.isDate).toBe(true);
    expect(visit.startDate.toString()).toBe('2023-04-20');
    expect(visit.endDate.toString()).toBe('2023-04-22');
    const due = byUid.get(`milestone-${milestone.id}@pacta`)!;
    expect(due.summary).toBe(`Milestone due: ${tricky}`);
    expect(due.startDate.toString()).toBe('2025-06-30');
    expect(due.endDate.toString()).toBe('2025-07-01');
    expect(cal.getAllSubcomponents('vevent').every((v) => v.getFirstPropertyValue('dtstamp'))).toBe(true);
  });

  it('uses CRLF line ends and folds every line to at most 75 octets without splitting characters', async () => {
    const text: string = (await fetch('', manager)).body;
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = contentLine(`SUMMARY:${'й'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'й'.repeat(60)}\r\n`);
  });

  it("links each event to its item's page on PACTA_PUBLIC_URL", async () => {
    const byUid = new Map(events((await fetch('', manager)).body).map((e) => [e.uid, e]));
    const url = (uid: string) => byUid.get(uid)!.component.getFirstPropertyValue('url');
    expect(url(`summit-${summit}@pacta`)).toBe(`${publicUrl}/summits/${summit}`);
    expect(url(`milestone-${milestone.id}@pacta`)).toBe(`${publicUrl}/milestones/${milestone.id}`);
  });

  it('keeps UIDs stable between fetches', async () => {
    const a = events((await fetch('', manager)).body).map((e) => e.uid);
    const b = events((await fetch('', manager)).body).map((e) => e.uid);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('shows only what the user may see', async () => {
    const uids = (text: string) => events(text).map((e) => e.uid);
    expect(uids((await fetch('', manager)).body)).toContain(`milestone-${secretMilestone.id}@pacta`);
    const viewer = await t.token('viewer', 'public');
    expect(uids((await fetch('', viewer)).body)).not.toContain(`milestone-${secretMilestone.id}@pacta`);
  });

  it.each([
    ['?country=GE', ['Georgian summit']],
    ['?country=KZ', ['State visit of President Ilham Aliyev to Kazakhstan', `Milestone due: ${tricky}`]],
    ['?sector=culture', ['State visit of President Ilham Aliyev to Kazakhstan', `Milestone due: ${tricky}`]],
    ['?from=2024-01-01&to=2024-12-31', ['Georgian summit']],
    ['?from=2025-06-30&to=2025-06-30', [`Milestone due: ${tricky}`]],
  ])('filters %s', async (query, expected) => {
    const res = await fetch(query, await t.token('viewer', 'public'));
    expect(res.status).toBe(200);
    expect(
      events(res.body)
        .map((e) => e.summary)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('refuses bad filters (400) and requests without a token (401)', async () => {
    expect((await fetch('?from=2024-13-01', manager)).status).toBe(400);
    expect((await fetch('?country=XX', manager)).status).toBe(400);
    expect((await fetch('')).status).toBe(401);
    expect((await fetch('?token=not-a-real-feed-token-0123456789')).status).toBe(401);
  });

  it('accepts a feed token in the URL until it is revoked', async () => {
    const viewer = await t.token('viewer', 'public');
    const issued = await t.http().post('/api/v1/auth/feed-token').set('Authorization', `Bearer ${viewer}`);
    expect(issued.status).toBe(201);
    const token = issued.body.feedToken;
    const ok = await fetch(`?token=${encodeURIComponent(token)}`);
    expect(ok.status).toBe(200);
    expect(events(ok.body).map((e) => e.uid)).not.toContain(`milestone-${secretMilestone.id}@pacta`);
    const revoked = await t.http().delete('/api/v1/auth/feed-token').set('Authorization', `Bearer ${viewer}`);
    expect(revoked.status).toBe(204);
    expect((await fetch(`?token=${encodeURIComponent(token)}`)).status).toBe(401);
  });

  it('ends the feed token when the password is changed (it is a credential like the password)', async () => {
    const viewer = await t.token('viewer', 'restricted');
    const issued = await t.http().post('/api/v1/auth/feed-token').set('Authorization', `Bearer ${viewer}`);
    const token = encodeURIComponent(issued.body.feedToken);
    expect((await fetch(`?token=${token}`)).status).toBe(200);
    const id = await t.userId('viewer', 'restricted');
    const changed = await t
      .http()
      .patch(`/api/v1/users/${id}`)
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .send({ password: 'a-brand-new-password-0123' });
    expect(changed.status).toBe(200);
    expect((await fetch(`?token=${token}`)).status).toBe(401);
  });

  it('does not accept a feed token on other endpoints', async () => {
    const viewer = await t.token('viewer');
    const issued = await t.http().post('/api/v1/auth/feed-token').set('Authorization', `Bearer ${viewer}`);
    const res = await t.http().get(`/api/v1/milestones?token=${encodeURIComponent(issued.body.feedToken)}`);
    expect(res.status).toBe(401);
  });
});
