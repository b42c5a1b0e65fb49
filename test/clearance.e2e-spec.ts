import { AccessContext } from './support/access-table';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

const CLASSIFICATIONS = ['public', 'restricted', 'confidential'] as const;
type Level = (typeof CLASSIFICATIONS)[number];
const rank = (level: Level) => CLASSIFICATIONS.indexOf(level);
const SECTOR = 'clearance-sector';

interface Fixture {
  classification: Level;
  document: Row;
  signatory: Row;
  milestone: Row;
  /** A second milestone, deleted: its events stay in the log. */
  deletedMilestoneId: string;
  attachment: Row;
}

describe('clearance (spec §3): a user below a document’s classification cannot tell it exists', () => {
  let t: TestApp;
  let ctx: AccessContext;
  /** The GET operations of the OpenAPI document, as `GET /path`. */
  let served: Set<string>;
  const fixtures = {} as Record<Level, Fixture>;
  const reader = {} as Record<Level, string>;
  const editor = {} as Record<Level, string>;
  const manager = {} as Record<Level, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.adminToken();
    ctx = new AccessContext(t, admin);
    const doc = await t.http().get('/api/docs-json');
    served = new Set(
      Object.entries(doc.body.paths as Record<string, Row>)
        .filter(([, item]) => 'get' in item)
        .map(([path]) => `GET ${path}`),
    );
    for (const level of CLASSIFICATIONS) {
      // auditors read everything their clearance allows: registers, history and the audit log
      reader[level] = await t.token('auditor', level);
      editor[level] = await t.token('editor', level);
      manager[level] = await t.token('manager', level);
    }
    const as = (method: 'post' | 'patch' | 'delete', path: string, body?: Row) => {
      const call = t.http()[method](path).set('Authorization', `Bearer ${admin}`);
      return body ? call.send(body) : call;
    };
    for (const level of CLASSIFICATIONS) {
      const document = await ctx.document({
        title: `Agreement marked ${level}`,
        classification: level,
        sectors: ['clearance-test'],
        countries: ['AZ', 'KZ'],
      });
      const { signatory } = await ctx.signatory(document.id);
      expect(
        (await as('patch', `/api/v1/documents/${document.id}`, { summary: `Summary ${level}` })).status,
      ).toBe(200);
      expect(
        (await as('post', `/api/v1/documents/${document.id}/transitions`, { to: 'negotiation' })).status,
      ).toBe(200);
      const milestone = await ctx.milestone({
        title: `Milestone of the ${level} agreement`,
        documentId: document.id,
        sector: SECTOR,
        dueOn: '2020-01-01',
      });
      expect(
        (
          await as('post', `/api/v1/milestones/${milestone.id}/progress`, {
            asOf: '2024-01-01',
            note: `Progress ${level}`,
          })
        ).status,
      ).toBe(201);
      expect(
        (await as('post', `/api/v1/milestones/${milestone.id}/transitions`, { to: 'in_progress' })).status,
      ).toBe(200);
      const doomed = await ctx.milestone({
        title: `Deleted milestone ${level}`,
        documentId: document.id,
        sector: SECTOR,
      });
      expect((await as('delete', `/api/v1/milestones/${doomed.id}`)).status).toBe(204);
      const { attachment } = await ctx.attachment(document.id);
      fixtures[level] = {
        classification: level,
        document,
        signatory,
        milestone,
        deletedMilestoneId: doomed.id,
        attachment,
      };
    }
  });
  afterAll(() => t.close());

  const get = (token: string, path: string, query: Row = {}) =>
    t.http().get(path).query(query).set('Authorization', `Bearer ${token}`);

  /** All items of a list, following the cursor. */
  const all = async (token: string, path: string, query: Row = {}) => {
    const items: Row[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(token, path, { ...query, limit: 200, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  };

  const expectHidden = (res: { status: number; body: Row; headers: Record<string, string> }) => {
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  };

  const byId = (visible: boolean, res: { status: number; body: Row; headers: Record<string, string> }) => {
    if (visible) expect(res.status).toBe(200);
    else expectHidden(res);
  };

  const contains = (visible: boolean, ids: string[], id: string) =>
    expect([id, ids.includes(id)]).toEqual([id, visible]);

  /** A read path: its name, the OpenAPI operations (`GET /path`) it checks, and the check. */
  type ReadPath = [string, string[], (token: string, f: Fixture, visible: boolean) => Promise<void>];

  const readPaths: ReadPath[] = [
    [
      'document by id',
      ['GET /api/v1/documents/{id}'],
      async (token, f, visible) => byId(visible, await get(token, `/api/v1/documents/${f.document.id}`)),
    ],
    [
      'document list',
      ['GET /api/v1/documents'],
      async (token, f, visible) =>
        contains(
          visible,
          (await all(token, '/api/v1/documents')).map((d) => d.id),
          f.document.id,
        ),
    ],
    [
      'document list filtered by classification, sector, country and text',
      ['GET /api/v1/documents'],
      async (token, f, visible) => {
        for (const query of [
          { classification: f.classification },
          { sector: 'clearance-test' },
          { country: 'KZ' },
          { q: `marked ${f.classification}` },
        ]) {
          contains(
            visible,
            (await all(token, '/api/v1/documents', query)).map((d) => d.id),
            f.document.id,
          );
        }
      },
    ],
    [
      'document CSV export',
      ['GET /api/v1/documents'],
      async (token, f, visible) => {
        const res = await get(token, '/api/v1/documents', { format: 'csv', limit: 200 });
        expect(res.status).toBe(200);
        expect([f.document.id, res.text.includes(f.document.id)]).toEqual([f.document.id, visible]);
      },
    ],
    [
      'document asOf',
      ['GET /api/v1/documents/{id}'],
      async (token, f, visible) =>
        byId(
          visible,
          await get(token, `/api/v1/documents/${f.document.id}`, { asOf: new Date().toISOString() }),
        ),
    ],
    [
      'document history',
      ['GET /api/v1/documents/{id}/history'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/history`)),
    ],
    [
      'document transitions',
      ['GET /api/v1/documents/{id}/transitions'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/transitions`)),
    ],
    [
      'signatories',
      ['GET /api/v1/documents/{id}/signatories'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/signatories`)),
    ],
    [
      'parties and their consent history',
      [
        'GET /api/v1/documents/{id}/parties',
        'GET /api/v1/documents/{id}/parties/{country}',
        'GET /api/v1/documents/{id}/parties/{country}/transitions',
      ],
      async (token, f, visible) => {
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/parties`));
        byId(
          visible,
          await get(token, `/api/v1/documents/${f.document.id}/parties/${f.document.countries[0]}`),
        );
        byId(
          visible,
          await get(
            token,
            `/api/v1/documents/${f.document.id}/parties/${f.document.countries[0]}/transitions`,
          ),
        );
      },
    ],
    [
      'attachments: list, metadata, content, a version’s content',
      [
        'GET /api/v1/documents/{id}/attachments',
        'GET /api/v1/documents/{id}/attachments/{attachmentId}',
        'GET /api/v1/documents/{id}/attachments/{attachmentId}/content',
        'GET /api/v1/documents/{id}/attachments/{attachmentId}/versions/{n}/content',
      ],
      async (token, f, visible) => {
        const base = `/api/v1/documents/${f.document.id}/attachments`;
        for (const path of [
          base,
          `${base}/${f.attachment.id}`,
          `${base}/${f.attachment.id}/content`,
          `${base}/${f.attachment.id}/versions/1/content`,
        ]) {
          const res = await get(token, path);
          expect([path, res.status]).toEqual([path, visible ? 200 : 404]);
        }
      },
    ],
    [
      'search: documents and milestones, their titles and snippets',
      ['GET /api/v1/search'],
      async (token, f, visible) => {
        const res = await get(token, '/api/v1/search', { q: 'Agreement marked', limit: 100 });
        expect(res.status).toBe(200);
        contains(
          visible,
          res.body.items.map((i: Row) => i.id),
          f.document.id,
        );
        const titles = res.body.items.map((i: Row) => i.title);
        expect(titles.includes(`Agreement marked ${f.classification}`)).toBe(visible);
        const milestones = await get(token, '/api/v1/search', {
          q: `Milestone ${f.classification}`,
          types: 'milestone',
        });
        contains(
          visible,
          milestones.body.items.map((i: Row) => i.id),
          f.milestone.id,
        );
      },
    ],
    [
      'milestone by id',
      ['GET /api/v1/milestones/{id}'],
      async (token, f, visible) => byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}`)),
    ],
    [
      'milestone asOf (live and deleted)',
      ['GET /api/v1/milestones/{id}'],
      async (token, f, visible) => {
        byId(
          visible,
          await get(token, `/api/v1/milestones/${f.milestone.id}`, { asOf: new Date().toISOString() }),
        );
        const beforeDeletion = await t.db.query(
          `SELECT occurred_at AS at FROM audit_events WHERE entity_id = $1 AND action = 'create'`,
          [f.deletedMilestoneId],
        );
        byId(
          visible,
          await get(token, `/api/v1/milestones/${f.deletedMilestoneId}`, {
            asOf: new Date(beforeDeletion[0].at).toISOString(),
          }),
        );
      },
    ],
    [
      'milestone history',
      ['GET /api/v1/milestones/{id}/history'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/history`)),
    ],
    [
      'milestone transitions',
      ['GET /api/v1/milestones/{id}/transitions'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/transitions`)),
    ],
    [
      'progress reports',
      ['GET /api/v1/milestones/{id}/progress'],
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/progress`)),
    ],
    [
      'milestone list, unfiltered and filtered by document and sector',
      ['GET /api/v1/milestones'],
      async (token, f, visible) => {
        contains(
          visible,
          (await all(token, '/api/v1/milestones')).map((m) => m.id),
          f.milestone.id,
        );
        contains(
          visible,
          (await all(token, '/api/v1/milestones', { sector: SECTOR })).map((m) => m.id),
          f.milestone.id,
        );
        const byDocument = await get(token, '/api/v1/milestones', { documentId: f.document.id });
        if (visible) expect(byDocument.body.items.map((m: Row) => m.id)).toEqual([f.milestone.id]);
        else expect(byDocument.status === 404 || byDocument.body.items.length === 0).toBe(true);
      },
    ],
    [
      'dashboard counts, lists and groups',
      ['GET /api/v1/dashboard/milestones'],
      async (token, f, visible) => {
        const res = await get(token, '/api/v1/dashboard/milestones', { sector: SECTOR });
        expect(res.status).toBe(200);
        const text = JSON.stringify(res.body);
        expect([f.milestone.id, text.includes(f.milestone.id)]).toEqual([f.milestone.id, visible]);
        expect([f.document.id, text.includes(f.document.id)]).toEqual([f.document.id, visible]);
        expect(text.includes(`Milestone of the ${f.classification} agreement`)).toBe(visible);
        expect(text.includes(`Agreement marked ${f.classification}`)).toBe(visible);
      },
    ],
    [
      'audit events filtered by entityId (document, milestone, deleted milestone)',
      ['GET /api/v1/audit-events'],
      async (token, f, visible) => {
        for (const entityId of [f.document.id, f.milestone.id, f.deletedMilestoneId]) {
          const items = await all(token, '/api/v1/audit-events', { entityId });
          expect([entityId, items.length > 0]).toEqual([entityId, visible]);
        }
      },
    ],
    [
      'audit events unfiltered',
      ['GET /api/v1/audit-events'],
      async (token, f, visible) => {
        const ids = new Set((await all(token, '/api/v1/audit-events')).map((e) => e.entityId));
        for (const id of [f.document.id, f.milestone.id, f.deletedMilestoneId])
          expect([id, ids.has(id)]).toEqual([id, visible]);
      },
    ],
    [
      'audit export (jsonl and csv)',
      ['GET /api/v1/audit-events/export'],
      async (token, f, visible) => {
        for (const format of ['jsonl', 'csv']) {
          const res = await get(token, '/api/v1/audit-events/export', { format });
          expect(res.status).toBe(200);
          for (const id of [f.document.id, f.milestone.id, f.deletedMilestoneId, f.signatory.id]) {
            expect([format, id, res.text.includes(id)]).toEqual([format, id, visible]);
          }
        }
      },
    ],
    [
      'summit and institution routes (by id, asOf, history, transitions) aimed at a document’s or milestone’s id',
      ['summits', 'institutions'].flatMap((collection) =>
        ['', '/history', '/transitions'].map((suffix) => `GET /api/v1/${collection}/{id}${suffix}`),
      ),
      async (token, f) => {
        const asOf = new Date().toISOString();
        for (const collection of ['summits', 'institutions']) {
          for (const id of [f.document.id, f.milestone.id, f.deletedMilestoneId]) {
            expectHidden(await get(token, `/api/v1/${collection}/${id}`, { asOf }));
            for (const suffix of ['', '/history', '/transitions'])
              expectHidden(await get(token, `/api/v1/${collection}/${id}${suffix}`));
          }
        }
      },
    ],
    [
      'inbox (notifications delivered at a clearance the reader has lost stay hidden)',
      ['GET /api/v1/notifications', 'GET /api/v1/notifications/unread-count'],
      async (token, f, visible) => {
        const me = (await get(token, '/api/v1/auth/me')).body;
        const [{ id }] = await t.db.query(
          `INSERT INTO notifications (user_id, event_id, type, subject, data, link, classification, occurred_at)
           VALUES ($1, gen_random_uuid(), 'document.transitioned', $2::jsonb, '{}', 'http://x/documents', $3, now()) RETURNING id`,
          [
            me.id,
            JSON.stringify({ kind: 'document', id: f.document.id, title: f.document.title }),
            f.classification,
          ],
        );
        try {
          const inbox = (await get(token, '/api/v1/notifications', { limit: 200 })).body;
          expect(inbox.items.some((n: Row) => n.id === id)).toBe(visible);
          expect(inbox.unreadCount).toBe(visible ? 1 : 0);
          expect((await get(token, '/api/v1/notifications/unread-count')).body.count).toBe(visible ? 1 : 0);
        } finally {
          await t.db.query('DELETE FROM notifications WHERE id = $1', [id]);
        }
      },
    ],
    [
      'calendar feed',
      ['GET /api/v1/calendar.ics'],
      async (token, f, visible) => {
        const res = await get(token, '/api/v1/calendar.ics');
        expect(res.status).toBe(200);
        expect(res.text.includes(`Milestone of the ${f.classification} agreement`)).toBe(visible);
      },
    ],
  ];

  /**
   * GET operations that read nothing a classification governs, and why. Every other GET operation
   * of the OpenAPI document must be checked by a read path above: a new route fails the
   * enumeration test until it is one or the other.
   */
  const NOT_DOCUMENT_SCOPED: Record<string, string> = {
    'GET /api/v1/auth/me': 'the caller’s own account',
    'GET /api/v1/users': 'user administration (admin only): accounts, no document data',
    'GET /api/v1/users/{id}': 'user administration (admin only): one account',
    'GET /api/v1/summits': 'summits carry no classification, and their list joins no document',
    'GET /api/v1/institutions': 'institutions carry no classification, and their list joins no document',
    'GET /api/v1/audit-events/verify': 'the chain’s integrity: a validity flag and a count, no event content',
    'GET /api/v1/deadline-rules': 'statutory deadline rules: general law, no document data',
    'GET /api/v1/deadline-rules/{id}': 'one deadline rule: general law, no document data',
    'GET /api/v1/deadline-rules/{id}/transitions': 'a deadline rule’s status history',
    'GET /api/v1/deadline-rules/{id}/history': 'a deadline rule’s audit history',
    'GET /api/v1/subscriptions': 'the caller’s own subscriptions (an admin: all): settings, no document data',
    'GET /api/v1/subscriptions/{id}': 'one of the caller’s subscriptions: settings, no document data',
    'GET /api/v1/subscriptions/{id}/deliveries':
      'a subscription’s delivery log: event types and outcomes, no event content',
    'GET /api/v1/subscriptions/{id}/deliveries/{deliveryId}':
      'one delivery and its attempts: outcomes, no event content',
    'GET /health/live': 'liveness, no data',
    'GET /health/ready': 'readiness, no data',
    'GET /metrics': 'process and pool metrics, no data',
  };

  it('classifies every GET operation of the OpenAPI document: clearance-checked by a read path, or not document-scoped', () => {
    const covered = new Set(readPaths.flatMap(([, operations]) => operations));
    expect([...served].filter((op) => !covered.has(op) && !(op in NOT_DOCUMENT_SCOPED))).toEqual([]);
    expect([...covered].filter((op) => !served.has(op))).toEqual([]);
    expect([...covered].filter((op) => op in NOT_DOCUMENT_SCOPED)).toEqual([]);
  });

  const cases = readPaths.flatMap(([name, , check]) =>
    CLASSIFICATIONS.flatMap((clearance) =>
      CLASSIFICATIONS.map(
        (classification) =>
          [name, clearance, classification, rank(classification) <= rank(clearance), check] as const,
      ),
    ),
  );

  it.each(cases)(
    '%s: clearance %s, %s document → visible=%s',
    async (_, clearance, classification, visible, check) => {
      await check(reader[clearance], fixtures[classification], visible);
    },
  );

  describe('writes to a document above the editor’s clearance answer 404 and change nothing', () => {
    const below: [Level, Level][] = [
      ['public', 'restricted'],
      ['public', 'confidential'],
      ['restricted', 'confidential'],
    ];

    const unchanged = async (f: Fixture, work: () => Promise<void>) => {
      const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n;
      const state = async () =>
        t.db.query(
          `SELECT d.version, d.status, (SELECT count(*)::int FROM signatories s WHERE s.document_id = d.id) AS signatories,
                  (SELECT count(*)::int FROM milestones m WHERE m.document_id = d.id) AS milestones,
                  (SELECT version FROM milestones m WHERE m.id = $2) AS "milestoneVersion"
             FROM documents d WHERE d.id = $1`,
          [f.document.id, f.milestone.id],
        );
      const [before, events] = [await state(), await count()];
      await work();
      expect(await state()).toEqual(before);
      expect(await count()).toBe(events);
    };

    const send = (token: string, method: 'post' | 'patch' | 'delete', path: string, body?: Row) => {
      const call = t.http()[method](path).set('Authorization', `Bearer ${token}`);
      return body ? call.send(body) : call;
    };

    it.each(below)('editor with %s clearance on a %s document', async (clearance, classification) => {
      const f = fixtures[classification];
      const token = editor[clearance];
      await unchanged(f, async () => {
        expectHidden(
          await send(token, 'patch', `/api/v1/documents/${f.document.id}`, { summary: 'Overwritten' }),
        );
        expectHidden(
          await send(token, 'post', `/api/v1/documents/${f.document.id}/transitions`, {
            to: 'abandoned',
            reason: 'x',
          }),
        );
        expectHidden(await send(token, 'delete', `/api/v1/documents/${f.document.id}`));
      });
    });

    it.each(below)(
      'editor with %s clearance cannot attach or remove signatories of a %s document',
      async (clearance, classification) => {
        const f = fixtures[classification];
        const token = editor[clearance];
        const institution = await ctx.institution();
        await unchanged(f, async () => {
          expectHidden(
            await send(token, 'post', `/api/v1/documents/${f.document.id}/signatories`, {
              institutionId: institution.id,
              signerName: 'Intruder',
              signerTitle: 'None',
            }),
          );
          expectHidden(
            await send(token, 'delete', `/api/v1/documents/${f.document.id}/signatories/${f.signatory.id}`),
          );
        });
      },
    );

    it.each(below)(
      'editor with %s clearance cannot upload, version or remove attachments of a %s document',
      async (clearance, classification) => {
        const f = fixtures[classification];
        const token = editor[clearance];
        const files = async () =>
          (
            await t.db.query(
              `SELECT (SELECT count(*)::int FROM attachments WHERE document_id = $1) AS attachments,
                      (SELECT count(*)::int FROM attachment_versions) AS versions`,
              [f.document.id],
            )
          )[0];
        const before = await files();
        const base = `/api/v1/documents/${f.document.id}/attachments`;
        await unchanged(f, async () => {
          expectHidden(
            await t
              .http()
              .post(base)
              .set('Authorization', `Bearer ${token}`)
              .field('kind', 'other')
              .attach('file', Buffer.from('intruder'), 'x.txt'),
          );
          expectHidden(
            await t
              .http()
              .post(`${base}/${f.attachment.id}/versions`)
              .set('Authorization', `Bearer ${token}`)
              .attach('file', Buffer.from('intruder'), 'x.txt'),
          );
          expectHidden(await send(token, 'delete', `${base}/${f.attachment.id}`));
        });
        expect(await files()).toEqual(before);
      },
    );

    it.each(below)(
      'manager with %s clearance cannot touch milestones of a %s document',
      async (clearance, classification) => {
        const f = fixtures[classification];
        const token = manager[clearance];
        await unchanged(f, async () => {
          expectHidden(
            await send(token, 'patch', `/api/v1/milestones/${f.milestone.id}`, {
              description: 'Overwritten',
            }),
          );
          expectHidden(
            await send(token, 'post', `/api/v1/milestones/${f.milestone.id}/transitions`, {
              to: 'blocked',
              reason: 'x',
            }),
          );
          expectHidden(await send(token, 'delete', `/api/v1/milestones/${f.milestone.id}`));
          expectHidden(
            await send(token, 'post', `/api/v1/milestones/${f.milestone.id}/progress`, {
              asOf: '2024-02-01',
              note: 'x',
            }),
          );
        });
      },
    );

    it.each(below)(
      'manager with %s clearance cannot link a milestone to a %s document: the same answer as for a missing one',
      async (clearance, classification) => {
        const f = fixtures[classification];
        const token = manager[clearance];
        const summit = await ctx.summit();
        const own = await t.http().post('/api/v1/milestones').set('Authorization', `Bearer ${token}`).send({
          title: 'Own milestone',
          summitId: summit.id,
          ownerInstitutionIds: [],
          dueOn: '2030-01-01',
        });
        expect(own.status).toBe(201);
        const body = { title: 'Attached', ownerInstitutionIds: [], dueOn: '2030-01-01' };
        await unchanged(f, async () => {
          const missing = await send(token, 'post', '/api/v1/milestones', {
            ...body,
            documentId: '00000000-0000-4000-8000-000000000000',
          });
          const hidden = await send(token, 'post', '/api/v1/milestones', {
            ...body,
            documentId: f.document.id,
          });
          expect(hidden.status).toBe(422);
          expect(missing.status).toBe(422);
          expect(hidden.body.detail.replace(f.document.id, 'ID')).toBe(
            missing.body.detail.replace('00000000-0000-4000-8000-000000000000', 'ID'),
          );
          const moved = await send(token, 'patch', `/api/v1/milestones/${own.body.id}`, {
            documentId: f.document.id,
          });
          expect(moved.status).toBe(422);
        });
      },
    );

    it('does not let an editor file a document above their own clearance', async () => {
      const res = await t
        .http()
        .post('/api/v1/documents')
        .set('Authorization', `Bearer ${editor.public}`)
        .send({
          title: 'Too secret',
          type: 'agreement',
          countries: ['AZ'],
          sectors: [],
          classification: 'confidential',
        });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { field: 'classification', message: 'must not be above your clearance (public)' },
      ]);
    });
  });

  describe('reclassification and deletion', () => {
    it('hides a document’s whole past once it is reclassified above the reader', async () => {
      const document = await ctx.document({ title: 'Later classified', classification: 'public' });
      const milestone = await ctx.milestone({ documentId: document.id, title: 'Milestone later classified' });
      const publicReader = reader.public;
      expect(
        (await all(publicReader, '/api/v1/audit-events', { entityId: document.id })).length,
      ).toBeGreaterThan(0);
      const admin = await t.adminToken();
      const res = await t
        .http()
        .patch(`/api/v1/documents/${document.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ classification: 'confidential' });
      expect(res.status).toBe(200);
      for (const id of [document.id, milestone.id]) {
        expect(await all(publicReader, '/api/v1/audit-events', { entityId: id })).toEqual([]);
      }
      expectHidden(await get(publicReader, `/api/v1/documents/${document.id}`));
      expectHidden(await get(publicReader, `/api/v1/milestones/${milestone.id}`));
      // its state from before the reclassification is hidden too
      const [{ at }] = await t.db.query(
        `SELECT occurred_at AS at FROM audit_events WHERE entity_id = $1 AND action = 'create'`,
        [document.id],
      );
      expectHidden(
        await get(publicReader, `/api/v1/documents/${document.id}`, { asOf: new Date(at).toISOString() }),
      );
    });

    it('keeps a deleted confidential document hidden in the log and in asOf', async () => {
      const document = await ctx.document({ title: 'Deleted secret', classification: 'confidential' });
      const [{ at }] = await t.db.query(
        `SELECT occurred_at AS at FROM audit_events WHERE entity_id = $1 AND action = 'create'`,
        [document.id],
      );
      const admin = await t.adminToken();
      expect(
        (await t.http().delete(`/api/v1/documents/${document.id}`).set('Authorization', `Bearer ${admin}`))
          .status,
      ).toBe(204);
      for (const level of ['public', 'restricted'] as const) {
        expect(await all(reader[level], '/api/v1/audit-events', { entityId: document.id })).toEqual([]);
        expectHidden(
          await get(reader[level], `/api/v1/documents/${document.id}`, { asOf: new Date(at).toISOString() }),
        );
      }
      expect(
        (await all(reader.confidential, '/api/v1/audit-events', { entityId: document.id })).map(
          (e) => e.action,
        ),
      ).toEqual(['create', 'delete']);
      expect(
        (
          await get(reader.confidential, `/api/v1/documents/${document.id}`, {
            asOf: new Date(at).toISOString(),
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('as-of, by-id and history reads aimed at another entity type’s id (spec §8: 404, whoever asks)', () => {
    const REGISTERS = ['institutions', 'summits', 'documents', 'milestones'] as const;
    type Register = (typeof REGISTERS)[number];
    /** Ids of every entity type, labelled with the register that owns them (none for the others). */
    let ids: { label: string; owner: Register | null; id: string }[];
    let asOf: string;

    beforeAll(async () => {
      const admin = await t.adminToken();
      const institution = await ctx.institution();
      const summit = await ctx.summit();
      const user = await ctx.user({ clearance: 'confidential' });
      const [report] = await t.db.query('SELECT id FROM progress_reports WHERE milestone_id = $1', [
        fixtures.confidential.milestone.id,
      ]);
      const [me] = await t.db.query(`SELECT id FROM users WHERE email = $1`, [t.config.adminEmail]);
      ids = [
        { label: 'institution', owner: 'institutions', id: institution.id },
        { label: 'summit', owner: 'summits', id: summit.id },
        { label: 'user', owner: null, id: user.id },
        { label: 'admin user', owner: null, id: me.id },
        { label: 'progress report', owner: null, id: report.id },
        ...CLASSIFICATIONS.flatMap((level) => [
          { label: `${level} document`, owner: 'documents' as const, id: fixtures[level].document.id },
          { label: `${level} signatory`, owner: null, id: fixtures[level].signatory.id },
          { label: `${level} milestone`, owner: 'milestones' as const, id: fixtures[level].milestone.id },
          {
            label: `deleted ${level} milestone`,
            owner: 'milestones' as const,
            id: fixtures[level].deletedMilestoneId,
          },
        ]),
      ];
      // the user record and a summit have events of their own, after every fixture was made
      expect(
        (
          await t
            .http()
            .patch(`/api/v1/users/${user.id}`)
            .set('Authorization', `Bearer ${admin}`)
            .send({ displayName: 'Renamed user' })
        ).status,
      ).toBe(200);
      asOf = new Date().toISOString();
    });

    const cases = REGISTERS.flatMap((register) =>
      CLASSIFICATIONS.map((clearance) => [register, clearance] as const),
    );

    it.each(cases)(
      '%s/{id}?asOf=… with every other type’s id, clearance %s: 404',
      async (register, clearance) => {
        const token = reader[clearance];
        const answers: string[] = [];
        for (const { label, owner, id } of ids) {
          if (owner === register) continue;
          for (const [suffix, query] of [
            ['', { asOf }],
            ['', {}],
            ['/history', {}],
            ['/transitions', {}],
          ] as const) {
            const res = await get(token, `/api/v1/${register}/${id}${suffix}`, query);
            answers.push(`${label}${suffix}${'asOf' in query ? '?asOf' : ''} → ${res.status}`);
            if (res.status === 404) expectHidden(res);
          }
        }
        expect(answers.filter((a) => !a.endsWith('→ 404'))).toEqual([]);
      },
    );

    it.each(cases)(
      '%s/{id}?asOf=… with its own type’s ids, clearance %s: 200 exactly when the clearance covers it',
      async (register, clearance) => {
        const token = reader[clearance];
        for (const { label, owner, id } of ids) {
          if (owner !== register || label.startsWith('deleted')) continue;
          const level = CLASSIFICATIONS.find((c) => label.startsWith(c)) ?? 'public';
          const res = await get(token, `/api/v1/${register}/${id}`, { asOf });
          expect([label, res.status]).toEqual([label, rank(level) <= rank(clearance) ? 200 : 404]);
          if (res.status === 200) expect(res.body.id).toBe(id);
        }
      },
    );
  });

  describe('the milestone’s classification is its document’s under concurrent moves and reclassifications', () => {
    const ROUNDS = 25;

    it(`holds in ${ROUNDS} parallel rounds of "move a milestone onto a document" against "reclassify that document"`, async () => {
      const admin = await t.adminToken();
      const send = (path: string, body: Row) =>
        t.http().patch(path).set('Authorization', `Bearer ${admin}`).send(body);
      const broken: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // even rounds raise the target to confidential, odd rounds lower a confidential one to public
        const [from, to] =
          round % 2 === 0 ? (['public', 'confidential'] as const) : (['confidential', 'public'] as const);
        const target = await ctx.document({ title: `Race target ${round}`, classification: from });
        const home = await ctx.document({ title: `Race home ${round}`, classification: 'restricted' });
        const milestone = await ctx.milestone({ title: `Race milestone ${round}`, documentId: home.id });
        const [reclassified, moved] = await Promise.all([
          send(`/api/v1/documents/${target.id}`, { classification: to }),
          send(`/api/v1/milestones/${milestone.id}`, { documentId: target.id }),
        ]);
        expect([round, reclassified.status, moved.status]).toEqual([round, 200, 200]);
        const [row] = await t.db.query(
          `SELECT m.classification AS milestone, d.classification AS document
             FROM milestones m JOIN documents d ON d.id = m.document_id WHERE m.id = $1`,
          [milestone.id],
        );
        if (row.milestone !== row.document)
          broken.push(`round ${round}: ${row.milestone} under ${row.document}`);
        if (to === 'confidential') {
          // what a public viewer sees of it: nothing, not even the document's title in a group
          const seen = await get(reader.public, `/api/v1/milestones/${milestone.id}`);
          if (seen.status !== 404) broken.push(`round ${round}: a public viewer reads it (${seen.status})`);
          const dashboard = await get(reader.public, '/api/v1/dashboard/milestones');
          if (JSON.stringify(dashboard.body).includes(`Race target ${round}`))
            broken.push(`round ${round}: the public dashboard names the confidential document`);
        }
      }
      expect(broken).toEqual([]);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM milestones m JOIN documents d ON d.id = m.document_id
          WHERE m.classification <> d.classification`,
      );
      expect(n).toBe(0);
    });
  });

  describe('after a downgrade or a move, history, transitions and progress hide the confidential era as the audit log does', () => {
    let admin: string;
    const as = (method: 'post' | 'patch', path: string, body: Row) =>
      t.http()[method](path).set('Authorization', `Bearer ${admin}`).send(body);
    const ok = async (
      res: Promise<{ status: number; body: Row }> | { status: number; body: Row },
      status = 200,
    ) => {
      const r = await res;
      expect([r.status, r.body]).toEqual([status, expect.anything()]);
      return r.body;
    };

    /** The event ids a reader gets from …/history and from /audit-events?entityId: always the same. */
    const sameAsAuditLog = async (token: string, path: string, entityId: string) => {
      const history = (await all(token, `${path}/history`)).map((e) => e.id);
      const audit = (await all(token, '/api/v1/audit-events', { entityId })).map((e) => e.id);
      expect(history).toEqual(audit);
      return history;
    };

    beforeAll(async () => {
      admin = await t.adminToken();
    });

    it('a document downgraded from confidential to public shows a public reader only what came after', async () => {
      const document = await ctx.document({ title: 'Secret era title', classification: 'confidential' });
      const path = `/api/v1/documents/${document.id}`;
      await ok(as('patch', path, { summary: 'Secret era summary' }));
      await ok(as('post', `${path}/transitions`, { to: 'negotiation', reason: 'Secret era reason' }));
      const [{ at: confidentialEra }] = await t.db.query(`SELECT now() AS at`);
      // the downgrade itself shows the old title and summary: it stays as hidden as the era it ends
      await ok(
        as('patch', path, { classification: 'public', title: 'Public title', summary: 'Made public' }),
      );
      await ok(as('patch', path, { summary: 'Public summary' }));
      await ok(as('post', `${path}/transitions`, { to: 'draft', reason: 'Public reason' }));

      for (const level of ['public', 'restricted'] as const) {
        const token = reader[level];
        expect((await get(token, path)).status).toBe(200);
        const history = await all(token, `${path}/history`);
        expect(JSON.stringify(history)).not.toMatch(/Secret era/);
        expect(history.map((e) => e.action)).toEqual(['update', 'transition']);
        await sameAsAuditLog(token, path, document.id);
        const transitions = await get(token, `${path}/transitions`);
        expect(transitions.status).toBe(200);
        expect(transitions.body.map((s: Row) => [s.from, s.to, s.reason])).toEqual([
          ['negotiation', 'draft', 'Public reason'],
        ]);
        expectHidden(await get(token, path, { asOf: new Date(confidentialEra).toISOString() }));
        // a state from after the downgrade is what readers saw then
        const now = await get(token, path, { asOf: new Date().toISOString() });
        expect([now.status, now.body.title]).toEqual([200, 'Public title']);
      }
      const full = await sameAsAuditLog(reader.confidential, path, document.id);
      expect(full).toHaveLength(6);
      expect((await get(reader.confidential, `${path}/transitions`)).body).toHaveLength(2);
      expect(
        (await get(reader.confidential, path, { asOf: new Date(confidentialEra).toISOString() })).body.title,
      ).toBe('Secret era title');
    });

    it('a milestone moved from a confidential document to a public one shows a public reader only what came after', async () => {
      const secret = await ctx.document({ title: 'Secret home', classification: 'confidential' });
      const open = await ctx.document({ title: 'Open home', classification: 'public' });
      const milestone = await ctx.milestone({ title: 'Secret era milestone', documentId: secret.id });
      const path = `/api/v1/milestones/${milestone.id}`;
      await ok(as('post', `${path}/transitions`, { to: 'in_progress' }));
      await ok(as('post', `${path}/transitions`, { to: 'blocked', reason: 'Secret era reason' }));
      await ok(as('post', `${path}/progress`, { asOf: '2024-01-01', note: 'Secret era note' }), 201);
      const [{ at: confidentialEra }] = await t.db.query(`SELECT now() AS at`);
      await ok(as('patch', path, { documentId: open.id, title: 'Public milestone' }));
      await ok(as('post', `${path}/progress`, { asOf: '2024-02-01', note: 'Public note' }), 201);
      await ok(as('post', `${path}/transitions`, { to: 'in_progress', reason: 'Public reason' }));

      for (const level of ['public', 'restricted'] as const) {
        const token = reader[level];
        expect((await get(token, path)).status).toBe(200);
        const history = await all(token, `${path}/history`);
        expect(JSON.stringify(history)).not.toMatch(/Secret|secret/);
        expect(JSON.stringify(history)).not.toContain(secret.id);
        expect(history.map((e) => e.action)).toEqual(['progress.report', 'transition']);
        await sameAsAuditLog(token, path, milestone.id);
        expect((await all(token, `${path}/progress`)).map((p) => p.note)).toEqual(['Public note']);
        expect((await get(token, `${path}/transitions`)).body.map((s: Row) => s.reason)).toEqual([
          'Public reason',
        ]);
        expectHidden(await get(token, path, { asOf: new Date(confidentialEra).toISOString() }));
        expect((await get(token, path, { asOf: new Date().toISOString() })).body.title).toBe(
          'Public milestone',
        );
      }
      expect(await sameAsAuditLog(reader.confidential, path, milestone.id)).toHaveLength(7);
      expect((await all(reader.confidential, `${path}/progress`)).map((p) => p.note)).toEqual([
        'Public note',
        'Secret era note',
      ]);
      expect((await get(reader.confidential, `${path}/transitions`)).body).toHaveLength(3);
    });
  });
});
