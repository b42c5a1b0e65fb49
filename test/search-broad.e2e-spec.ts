import { MAX_RANKED, SEARCH_SLICES } from '../src/search/search.sql';
import { AccessContext } from './support/access-table';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

describe('search of a broad word (spec §13, at scale)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.token('viewer', 'public');
    const admin = await t.userId('admin');
    // More matches than are ranked: the search triggers index every row as it goes in.
    await t.db.query(
      `INSERT INTO institutions (id, created_by, updated_by, name, country, kind, status)
       SELECT gen_random_uuid(), $1, $1, 'Caspian Institute ' || g, 'KZ', 'agency', 'active'
         FROM generate_series(1, $2::int) g`,
      [admin, MAX_RANKED + 50],
    );
    const ctx = new AccessContext(t, await t.adminToken());
    await ctx.document({ title: 'Caspian shipping agreement (2077)' });
  });
  afterAll(() => t.close());

  const search = async (query: Row) => {
    const res = await t.http().get('/api/v1/search').query(query).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    return res.body as { items: Row[]; nextCursor: string | null };
  };

  it(`ranks at most ${MAX_RANKED} candidates, best first, and pages through them without repeats`, async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let last = Infinity;
    do {
      const page: { items: Row[]; nextCursor: string | null } = await search({
        q: 'Caspian',
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      for (const item of page.items) {
        expect(item.rank).toBeLessThanOrEqual(last);
        last = item.rank;
        seen.add(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(MAX_RANKED);
  });

  it('reads its candidates from slices that hold every entry exactly once', async () => {
    const counts: { h: number; n: number }[] = await t.db.query(
      `SELECT h, (${SEARCH_SLICES.map(({ slice }) => `(h ${slice})::int`).join(' + ')}) AS n
         FROM generate_series(0, 15) h`,
    );
    expect(counts.filter((c) => c.n !== 1)).toEqual([]);
  });

  it.each(SEARCH_SLICES)(
    'can read the slice $slice through its own index $index',
    async ({ index, slice }) => {
      const plan = await t.db.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await m.query(
          `EXPLAIN SELECT se.entity_id FROM search_entries se
          WHERE (uuid_hash(se.entity_id) & 15) ${slice} AND se.tsv @@ to_tsquery('pacta', 'caspian')`,
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain(`Bitmap Index Scan on "${index}"`);
    },
  );

  it('matches a number only as itself, never as a similar number', async () => {
    expect((await search({ q: 'Caspian 2077' })).items.map((i) => i.title)).toEqual([
      'Caspian shipping agreement (2077)',
    ]);
    expect((await search({ q: 'Caspian 2076' })).items).toEqual([]);
  });
});
