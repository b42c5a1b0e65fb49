import { startTestApp, type TestApp } from './support/test-app';

/** A bad list request is a 400 problem in CSV too, never a 200 whose body breaks off. */
describe('CSV exports refuse bad requests before streaming', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.token('viewer', 'confidential');
  });
  afterAll(() => t.close());

  it.each(['summits', 'documents', 'milestones'])(
    '%s?format=csv&sort=<unknown> → 400 problem',
    async (collection) => {
      const res = await t
        .http()
        .get(`/api/v1/${collection}`)
        .query({ format: 'csv', sort: 'nosuchfield' })
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].field).toBe('sort');
    },
  );

  it.each(['summits', 'documents', 'milestones'])(
    '%s with Accept: text/csv and a bad cursor → 400 problem',
    async (collection) => {
      const res = await t
        .http()
        .get(`/api/v1/${collection}`)
        .query({ cursor: 'not-a-cursor' })
        .set('Accept', 'text/csv')
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('cursor');
    },
  );

  it.each(['summits', 'documents', 'milestones'])(
    '%s exports an empty register as a header line',
    async (collection) => {
      const res = await t
        .http()
        .get(`/api/v1/${collection}`)
        .query({ format: 'csv' })
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.split('\r\n').filter(Boolean)).toHaveLength(1);
    },
  );
});
