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
    served = new Set(Object.keys(doc.body.paths));
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

  type ReadPath = [string, (token: string, f: Fixture, visible: boolean) => Promise<void>];

  const readPaths: ReadPath[] = [
    [
      'document by id',
      async (token, f, visible) => byId(visible, await get(token, `/api/v1/documents/${f.document.id}`)),
    ],
    [
      'document list',
      async (token, f, visible) =>
        contains(
          visible,
          (await all(token, '/api/v1/documents')).map((d) => d.id),
          f.document.id,
        ),
    ],
    [
      'document list filtered by classification, sector, country and text',
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
      async (token, f, visible) => {
        const res = await get(token, '/api/v1/documents', { format: 'csv', limit: 200 });
        expect(res.status).toBe(200);
        expect([f.document.id, res.text.includes(f.document.id)]).toEqual([f.document.id, visible]);
      },
    ],
    [
      'document asOf',
      async (token, f, visible) =>
        byId(
          visible,
          await get(token, `/api/v1/documents/${f.document.id}`, { asOf: new Date().toISOString() }),
        ),
    ],
    [
      'document history',
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/history`)),
    ],
    [
      'document transitions',
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/transitions`)),
    ],
    [
      'signatories',
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/documents/${f.document.id}/signatories`)),
    ],
    [
      'attachments: list, metadata, content, a version’s content',
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
      async (token, f, visible) => byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}`)),
    ],
    [
      'milestone asOf (live and deleted)',
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
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/history`)),
    ],
    [
      'milestone transitions',
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/transitions`)),
    ],
    [
      'progress reports',
      async (token, f, visible) =>
        byId(visible, await get(token, `/api/v1/milestones/${f.milestone.id}/progress`)),
    ],
    [
      'milestone list, unfiltered and filtered by document and sector',
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
      async (token, f, visible) => {
        for (const entityId of [f.document.id, f.milestone.id, f.deletedMilestoneId]) {
          const items = await all(token, '/api/v1/audit-events', { entityId });
          expect([entityId, items.length > 0]).toEqual([entityId, visible]);
        }
      },
    ],
    [
      'audit events unfiltered',
      async (token, f, visible) => {
        const ids = new Set((await all(token, '/api/v1/audit-events')).map((e) => e.entityId));
        for (const id of [f.document.id, f.milestone.id, f.deletedMilestoneId])
          expect([id, ids.has(id)]).toEqual([id, visible]);
      },
    ],
    [
      'audit export (jsonl and csv)',
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
      'calendar feed',
      async (token, f, visible) => {
        if (!served.has('/api/v1/calendar.ics')) return; // not built yet: the access matrix reports it
        const res = await get(token, '/api/v1/calendar.ics');
        expect(res.status).toBe(200);
        expect(res.text.includes(`Milestone of the ${f.classification} agreement`)).toBe(visible);
      },
    ],
  ];

  const cases = readPaths.flatMap(([name, check]) =>
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
          expect([404, 422]).toContain(hidden.status);
          expect(hidden.status).toBe(missing.status);
          expect(hidden.body.detail.replace(f.document.id, 'ID')).toBe(
            missing.body.detail.replace('00000000-0000-4000-8000-000000000000', 'ID'),
          );
          const moved = await send(token, 'patch', `/api/v1/milestones/${own.body.id}`, {
            documentId: f.document.id,
          });
          expect([404, 422]).toContain(moved.status);
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
      expect([403, 422]).toContain(res.status);
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
});
