import { NotificationWorker } from '../src/notifications/delivery.worker';
import { factories } from './support/factories';
import { milestoneFixtures } from './support/milestone-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cursors are client-supplied text: a tampered one must be a 400 on every keyset list, never a
 * 500. Each entry turns the real cursor [sort, value, id] of a list into one that no list takes.
 */
const TAMPERED: [string, (sort: string, value: unknown, id: unknown) => string][] = [
  ['the probe\'s ["title","a","1"]', () => encode(['title', 'a', '1'])],
  ['a text value and the id 1', (s) => encode([s, 'a', '1'])],
  ['an id that is no id', (s, v) => encode([s, v, 'not-an-id'])],
  ['an id that is a fraction', (s, v) => encode([s, v, 1.5])],
  ['an object as the value', (s, _v, id) => encode([s, {}, id])],
  ['an array as the value', (s, _v, id) => encode([s, [], id])],
  ['null as the value', (s, _v, id) => encode([s, null, id])],
  ['true as the value', (s, _v, id) => encode([s, true, id])],
  ['a NUL character as the value', (s, _v, id) => encode([s, '\u0000', id])],
  ['a value of 1 001 characters', (s, _v, id) => encode([s, 'x'.repeat(1001), id])],
  ['two elements', (s, v) => encode([s, v])],
  ['four elements', (s, v, id) => encode([s, v, id, 'extra'])],
  ['an object', () => encode({ sort: 'title' })],
  ['a string', () => encode('cursor')],
  ['not base64 JSON', () => '!!!not-a-cursor'],
  ['an empty array', () => encode([])],
];

/** Names every object inherits: a lookup must not find Object.prototype's members. */
const PROTOTYPE_SORTS = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '-constructor',
  '-toString',
];

interface ListRoute {
  path: string;
  url: string;
}

describe('keyset lists refuse tampered cursors and sorts with a 400', () => {
  let t: TestApp;
  let admin: string;
  const lists: ListRoute[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    const f = factories(t, admin);
    const fx = milestoneFixtures(t);
    const ids: Record<string, string> = {};
    for (let i = 0; i < 2; i++) {
      ids.institutions = (await f.createInstitution()).id;
      ids.summits = (await f.createSummit()).id;
      ids.documents = (await f.createDocument()).id;
      ids.milestones = (await fx.milestone(admin, { documentId: ids.documents })).id;
    }
    await f.addSignatory(ids.documents);
    await f.addSignatory(ids.documents);
    for (const collection of ['institutions', 'summits', 'documents', 'milestones']) {
      const res = await t
        .http()
        .patch(`/api/v1/${collection}/${ids[collection]}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(collection === 'institutions' ? { website: 'https://example.org' } : { title: 'Renamed' });
      expect(res.status).toBe(200);
    }
    for (const asOf of ['2024-01-01', '2024-02-01']) {
      const res = await t
        .http()
        .post(`/api/v1/milestones/${ids.milestones}/progress`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ asOf, note: 'on track' });
      expect(res.status).toBe(201);
    }
    const rule = await t
      .http()
      .post('/api/v1/deadline-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({ title: 'Ratify', trigger: 'signed', offsetDays: 30, source: 'Law', documentTypes: ['other'] });
    expect(rule.status).toBe(201);
    ids['deadline-rules'] = rule.body.id;
    // A second rule and a change: the rules list and the rule's history have a second page.
    await t
      .http()
      .post('/api/v1/deadline-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        title: 'Notify',
        trigger: 'in_force',
        offsetDays: 10,
        source: 'Law',
        documentTypes: ['other'],
      });
    await t
      .http()
      .patch(`/api/v1/deadline-rules/${rule.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ offsetDays: 45 });
    // Two subscriptions, each with two deliveries; two notifications in the admin's inbox.
    for (let i = 0; i < 2; i++) {
      const sub = await t
        .http()
        .post('/api/v1/subscriptions')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          channel: 'inbox',
          events: ['milestone.transitioned'],
          filter: { documentId: ids.documents },
        });
      expect(sub.status).toBe(201);
      ids.subscriptions = sub.body.id;
    }
    for (const to of ['in_progress', 'at_risk']) {
      const res = await t
        .http()
        .post(`/api/v1/milestones/${ids.milestones}/transitions`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ to, reason: 'paging' });
      expect(res.status).toBe(200);
    }
    await t.app.get(NotificationWorker).drain();
    ids.users = await t.userId('viewer', 'public');
    await t.userId('editor', 'public');

    // Every list the OpenAPI document declares: a GET that takes a cursor (the audit export
    // streams everything and ignores paging).
    const doc = (await t.http().get('/api/docs-json')).body;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const params: any[] = item.get?.parameters ?? [];
      // Search needs q; its cursor has its own tamper tests (test/search.e2e-spec.ts).
      if (!params.some((p) => p.in === 'query' && p.name === 'cursor') || path.endsWith('/export')) continue;
      if (path === '/api/v1/search') continue;
      // Attachments need multipart uploads to fill a second page: not in this table yet (a known gap).
      if (path === '/api/v1/documents/{id}/attachments') continue;
      const collection = path.replace(/^\/api\/v1\//, '').split('/')[0];
      lists.push({ path, url: path.replace('{id}', ids[collection] ?? 'missing') });
    }
  });
  afterAll(() => t.close());

  it('finds the lists in the OpenAPI document', () => {
    expect(lists.length).toBeGreaterThanOrEqual(10);
    expect(lists.filter((l) => l.url.includes('missing'))).toEqual([]);
  });

  const get = (url: string, query: Record<string, string>) =>
    t.http().get(url).query(query).set('Authorization', `Bearer ${admin}`);

  it('answers every tampered cursor on every list with a 400 problem naming the cursor', async () => {
    const failures: string[] = [];
    for (const list of lists) {
      const first = await get(list.url, { limit: '1' });
      expect(first.status).toBe(200);
      const cursor: string | null = first.body.nextCursor ?? null;
      if (!cursor) {
        failures.push(`${list.path}: no second page to take a cursor from`);
        continue;
      }
      const [sort, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      expect((await get(list.url, { limit: '1', cursor })).status).toBe(200);
      for (const [name, tamper] of TAMPERED) {
        const res = await get(list.url, { cursor: tamper(sort, value, id) });
        const named = (res.body.errors ?? []).some((e: { field: string }) => e.field === 'cursor');
        if (res.status !== 400 || !named || !/problem\+json/.test(res.headers['content-type']))
          failures.push(`${list.path} with ${name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("treats Object.prototype's member names as the unknown sort fields they are", async () => {
    const failures: string[] = [];
    for (const list of lists) {
      // A list that takes a sort refuses an unknown one; one that ignores sort ignores these too.
      const unknown = (await get(list.url, { sort: 'noSuchField' })).status;
      expect([200, 400]).toContain(unknown);
      for (const sort of PROTOTYPE_SORTS) {
        const res = await get(list.url, { sort });
        if (res.status !== unknown) failures.push(`${list.path}?sort=${sort}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
