import { factories, type Factories } from './support/factories';
import { requests } from './support/requests';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

const LEVELS = ['public', 'restricted', 'confidential'] as const;
type Level = (typeof LEVELS)[number];
const covers = (reader: Level, level: Level) => LEVELS.indexOf(reader) >= LEVELS.indexOf(level);

/**
 * A document a reader may see can name one they may not: its parent (an amendment of a
 * confidential treaty) or its successor. Such a reference reads as absent on every read path of
 * the document, so that the hidden document's id cannot be learnt there and tried elsewhere.
 */
describe('references to documents above the reader’s clearance', () => {
  let t: TestApp;
  let make: Factories;
  const api = requests(
    () => t,
    () => '',
  );
  const reader = {} as Record<Level, string>;
  /** A public child of a parent classified `level`, also superseded by a document of that level. */
  const child = {} as Record<Level, Row>;
  const parent = {} as Record<Level, Row>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.adminToken();
    make = factories(t, admin);
    for (const level of LEVELS) reader[level] = await t.token('auditor', level);
    for (const level of LEVELS) {
      parent[level] = await make.createDocument({
        title: `Treaty classified ${level}`,
        classification: level,
      });
      child[level] = await make.createDocument({
        title: `Public amendment of a ${level} treaty`,
        parentId: parent[level].id,
        relation: 'amends',
        sectors: [`hidden-ref-${level}`],
      });
    }
    // the successor is set as the supersede transition sets it (its preconditions are not this spec's subject)
    for (const level of LEVELS) {
      await t.db.query('UPDATE documents SET superseded_by_id = $2 WHERE id = $1', [
        child[level].id,
        parent[level].id,
      ]);
    }
  });
  afterAll(() => t.close());

  const expectReferences = (row: Row, readerLevel: Level, level: Level, superseded = true) => {
    const visible = covers(readerLevel, level);
    expect(row.parentId).toBe(visible ? parent[level].id : null);
    expect(row.relation).toBe(visible ? 'amends' : null);
    if (superseded) expect(row.supersededById).toBe(visible ? parent[level].id : null);
    expect(row).not.toHaveProperty('parentClassification');
    expect(row).not.toHaveProperty('supersededByClassification');
  };

  const cases = LEVELS.flatMap((readerLevel) => LEVELS.map((level) => [readerLevel, level] as const));

  it.each(cases)('GET by id, reader cleared %s, parent classified %s', async (readerLevel, level) => {
    const res = await api.get(`/api/v1/documents/${child[level].id}`, reader[readerLevel]);
    expect(res.status).toBe(200);
    expectReferences(res.body, readerLevel, level);
  });

  it.each(cases)('the list, reader cleared %s, parent classified %s', async (readerLevel, level) => {
    const res = await api.get(`/api/v1/documents?sectors=hidden-ref-${level}`, reader[readerLevel]);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expectReferences(res.body.items[0], readerLevel, level);
  });

  it.each(cases)('the CSV export, reader cleared %s, parent classified %s', async (readerLevel, level) => {
    const res = await api.get(
      `/api/v1/documents?sectors=hidden-ref-${level}&format=csv`,
      reader[readerLevel],
    );
    expect(res.status).toBe(200);
    expect(res.text.includes(parent[level].id)).toBe(covers(readerLevel, level));
  });

  it.each(cases)('?asOf=, reader cleared %s, parent classified %s', async (readerLevel, level) => {
    const res = await api.get(
      `/api/v1/documents/${child[level].id}?asOf=${encodeURIComponent(new Date().toISOString())}`,
      reader[readerLevel],
    );
    expect(res.status).toBe(200);
    // the replay knows the parent from the create event; the successor was set outside the events
    expectReferences(res.body, readerLevel, level, false);
  });

  it.each(cases)(
    'filtering by parentId lists the children only of a parent the reader may see (reader %s, parent %s)',
    async (readerLevel, level) => {
      const res = await api.get(`/api/v1/documents?parentId=${parent[level].id}`, reader[readerLevel]);
      expect(res.status).toBe(200);
      expect(res.body.items.map((d: Row) => d.id)).toEqual(
        covers(readerLevel, level) ? [child[level].id] : [],
      );
    },
  );

  it('keeps the reference itself: an editor’s change to another field leaves the hidden parent in place', async () => {
    const editor = await t.token('editor', 'public');
    const current = await api.get(`/api/v1/documents/${child.confidential.id}`, editor);
    const res = await api
      .patch(
        `/api/v1/documents/${child.confidential.id}`,
        { summary: 'Edited below the parent’s level' },
        editor,
      )
      .set('If-Match', current.headers.etag);
    expect(res.status).toBe(200);
    expect(res.body.parentId).toBeNull();
    const [row] = await t.db.query('SELECT parent_id, relation FROM documents WHERE id = $1', [
      child.confidential.id,
    ]);
    expect(row).toEqual({ parent_id: parent.confidential.id, relation: 'amends' });
  });
  it('records no parent or successor classification in any event (they are read for concealment only)', async () => {
    const admin = await t.adminToken();
    const current = await api.get(`/api/v1/documents/${child.restricted.id}`, admin);
    const moved = await api
      .patch(
        `/api/v1/documents/${child.restricted.id}`,
        { parentId: parent.public.id, relation: 'supplements' },
        admin,
      )
      .set('If-Match', current.headers.etag);
    expect(moved.status).toBe(200);
    const events = await t.db.query(
      `SELECT action, changes FROM audit_events WHERE entity_id = ANY($1::uuid[]) ORDER BY seq`,
      [LEVELS.map((level) => child[level].id)],
    );
    expect(events.map((e: Row) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
    for (const event of events) {
      expect(Object.keys(event.changes)).not.toContain('parentClassification');
      expect(Object.keys(event.changes)).not.toContain('supersededByClassification');
    }
    const [update] = events.filter((e: Row) => e.action === 'update').slice(-1);
    expect(update.changes.parentId).toEqual([parent.restricted.id, parent.public.id]);
  });
});
