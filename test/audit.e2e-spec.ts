import type { Response } from 'supertest';
import { AccessContext } from './support/access-table';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

type Row = Record<string, any>;

interface Expected {
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string | null; email: string | null };
  reason?: string | null;
  /** The exact changes, or a check of them. */
  changes: Row | ((changes: Row) => void);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Response fields that are not stored as such: a milestone's indicator is kept in five indicator*
 * fields and its origin as originRuleId; display names, parties and awaited parties are derived.
 */
const stored = (row: Row) => {
  const {
    allowedTransitions: _a,
    signatories: _s,
    summit: _m,
    displayTitle: _t,
    displayName: _n,
    parties: _p,
    awaitingParties: _w,
    indicator,
    origin,
    ...fields
  } = row;
  if (origin !== undefined) fields.originRuleId = origin?.ruleId ?? null;
  return indicator === undefined
    ? fields
    : { ...fields, indicatorName: indicator?.name ?? null, indicatorTarget: indicator?.target ?? null };
};

/** Every field of `row` (as the API returned it) as [null, value]: what a create records. */
const created = (row: Row) => (changes: Row) => {
  const fields = stored(row);
  for (const [field, value] of Object.entries(fields))
    expect([field, changes[field]]).toEqual([field, [null, value]]);
  for (const [, [before]] of Object.entries<[unknown, unknown]>(
    changes as Record<string, [unknown, unknown]>,
  ))
    expect(before).toBeNull();
};

/** Every field of `row` as [value, null]: what a delete records. */
const deleted = (row: Row) => (changes: Row) => {
  const fields = stored(row);
  for (const [field, value] of Object.entries(fields))
    expect([field, changes[field]]).toEqual([field, [value, null]]);
};

describe('audit trail', () => {
  let t: TestApp;
  let ctx: AccessContext;
  let admin: string;
  let auditor: string;
  const who = {} as Record<'admin' | 'editor' | 'manager', { token: string; id: string; email: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    ctx = new AccessContext(t, admin);
    auditor = await t.token('auditor');
    for (const role of ['editor', 'manager'] as const) {
      who[role] = {
        token: await t.token(role),
        id: await t.userId(role),
        email: `${role}.confidential@test.local`,
      };
    }
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${admin}`);
    who.admin = { token: admin, id: me.body.id, email: me.body.email };
  });
  afterAll(() => t.close());

  const lastSeq = async () =>
    (await t.db.query('SELECT coalesce(max(seq), 0)::text AS s FROM audit_events'))[0].s as string;
  const asAuditor = (path: string) => t.http().get(path).set('Authorization', `Bearer ${auditor}`);

  /** The last event before the write under test: `send` and `login` set it, fixtures do not. */
  let mark = '0';

  /** Runs one case and returns the events its write appended (after its fixtures), as the API shows them. */
  const eventsOf = async (write: () => Promise<Response>): Promise<{ res: Response; events: Row[] }> => {
    mark = await lastSeq();
    const res = await write();
    const before = mark;
    const rows = await t.db.query(
      'SELECT occurred_at AS "occurredAt" FROM audit_events WHERE seq > $1 ORDER BY seq',
      [before],
    );
    if (rows.length === 0) return { res, events: [] };
    const listed = await asAuditor(
      `/api/v1/audit-events?limit=200&from=${new Date(rows[0].occurredAt).toISOString()}`,
    );
    expect(listed.status).toBe(200);
    return { res, events: listed.body.items.slice(-rows.length) };
  };

  const send = async (
    role: keyof typeof who,
    method: 'post' | 'patch' | 'delete',
    path: string,
    requestId: string,
    body?: Row,
  ) => {
    mark = await lastSeq();
    const http = t.http();
    const call = http[method](path)
      .set('Authorization', `Bearer ${who[role].token}`)
      .set('X-Request-Id', requestId);
    return body === undefined ? call : call.send(body);
  };

  const login = async (requestId: string, email: string, password: string) => {
    mark = await lastSeq();
    return t.http().post('/api/v1/auth/login').set('X-Request-Id', requestId).send({ email, password });
  };

  const actorOf = (role: keyof typeof who) => ({ id: who[role].id, email: who[role].email });

  const walkthrough = (
    name: string,
    run: (requestId: string) => Promise<{ res: Response; expected: Expected }>,
  ) => [name, run] as const;

  const cases = [
    // institutions
    walkthrough('institution create', async (rid) => {
      const res = await send('editor', 'post', '/api/v1/institutions', rid, {
        name: 'Ministry of Digital Development',
        country: 'AZ',
        kind: 'ministry',
      });
      return {
        res,
        expected: {
          action: 'create',
          entityType: 'institution',
          entityId: res.body.id,
          actor: actorOf('editor'),
          changes: created(res.body),
        },
      };
    }),
    walkthrough('institution update', async (rid) => {
      const row = await ctx.institution();
      const res = await send('editor', 'patch', `/api/v1/institutions/${row.id}`, rid, {
        website: 'https://mincom.gov.az',
        country: 'AZ',
      });
      return {
        res,
        expected: {
          action: 'update',
          entityType: 'institution',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: { website: [null, 'https://mincom.gov.az'], version: [1, 2] },
        },
      };
    }),
    walkthrough('institution transition', async (rid) => {
      const row = await ctx.institution();
      const res = await send('editor', 'post', `/api/v1/institutions/${row.id}/transitions`, rid, {
        to: 'defunct',
        reason: 'merged into another ministry',
      });
      return {
        res,
        expected: {
          action: 'transition',
          entityType: 'institution',
          entityId: row.id,
          actor: actorOf('editor'),
          reason: 'merged into another ministry',
          changes: { status: ['active', 'defunct'], version: [1, 2] },
        },
      };
    }),
    walkthrough('institution delete', async (rid) => {
      const row = await ctx.institution();
      const res = await send('editor', 'delete', `/api/v1/institutions/${row.id}`, rid);
      return {
        res,
        expected: {
          action: 'delete',
          entityType: 'institution',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: deleted(row),
        },
      };
    }),
    // summits
    walkthrough('summit create', async (rid) => {
      const res = await send('editor', 'post', '/api/v1/summits', rid, {
        title: 'State visit to Baku',
        kind: 'state_visit',
        hostCountry: 'AZ',
        location: 'Baku',
        countries: ['AZ', 'KZ'],
        startsOn: '2022-08-24',
        endsOn: '2022-08-25',
      });
      return {
        res,
        expected: {
          action: 'create',
          entityType: 'summit',
          entityId: res.body.id,
          actor: actorOf('editor'),
          changes: created(res.body),
        },
      };
    }),
    walkthrough('summit update', async (rid) => {
      const row = await ctx.summit();
      const res = await send('editor', 'patch', `/api/v1/summits/${row.id}`, rid, {
        location: 'Shusha',
        hostCountry: 'AZ',
      });
      return {
        res,
        expected: {
          action: 'update',
          entityType: 'summit',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: { location: ['Baku', 'Shusha'], version: [1, 2] },
        },
      };
    }),
    walkthrough('summit transition', async (rid) => {
      const row = await ctx.summit();
      const res = await send('editor', 'post', `/api/v1/summits/${row.id}/transitions`, rid, {
        to: 'postponed',
        reason: 'weather',
      });
      return {
        res,
        expected: {
          action: 'transition',
          entityType: 'summit',
          entityId: row.id,
          actor: actorOf('editor'),
          reason: 'weather',
          changes: { status: ['planned', 'postponed'], version: [1, 2] },
        },
      };
    }),
    walkthrough('summit delete', async (rid) => {
      const row = await ctx.summit();
      const res = await send('editor', 'delete', `/api/v1/summits/${row.id}`, rid);
      return {
        res,
        expected: {
          action: 'delete',
          entityType: 'summit',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: deleted(row),
        },
      };
    }),
    // documents and signatories
    walkthrough('document create', async (rid) => {
      const res = await send('editor', 'post', '/api/v1/documents', rid, {
        title: 'Declaration on strategic partnership',
        type: 'declaration',
        countries: ['AZ', 'KZ'],
        sectors: ['trade'],
        classification: 'restricted',
      });
      return {
        res,
        expected: {
          action: 'create',
          entityType: 'document',
          entityId: res.body.id,
          actor: actorOf('editor'),
          changes: created(res.body),
        },
      };
    }),
    walkthrough('document update', async (rid) => {
      const row = await ctx.document();
      const res = await send('editor', 'patch', `/api/v1/documents/${row.id}`, rid, {
        summary: 'Oil transit',
        sectors: ['energy'],
      });
      return {
        res,
        expected: {
          action: 'update',
          entityType: 'document',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: { summary: [null, 'Oil transit'], version: [1, 2] },
        },
      };
    }),
    walkthrough('document transition', async (rid) => {
      const row = await ctx.document();
      const res = await send('editor', 'post', `/api/v1/documents/${row.id}/transitions`, rid, {
        to: 'abandoned',
        reason: 'no agreement',
      });
      return {
        res,
        expected: {
          action: 'transition',
          entityType: 'document',
          entityId: row.id,
          actor: actorOf('editor'),
          reason: 'no agreement',
          changes: { status: ['draft', 'abandoned'], version: [1, 2] },
        },
      };
    }),
    walkthrough('document delete', async (rid) => {
      const row = await ctx.document();
      const res = await send('editor', 'delete', `/api/v1/documents/${row.id}`, rid);
      return {
        res,
        expected: {
          action: 'delete',
          entityType: 'document',
          entityId: row.id,
          actor: actorOf('editor'),
          changes: deleted(row),
        },
      };
    }),
    walkthrough('signatory add', async (rid) => {
      const doc = await ctx.document();
      const institution = await ctx.institution();
      const res = await send('editor', 'post', `/api/v1/documents/${doc.id}/signatories`, rid, {
        institutionId: institution.id,
        signerName: 'Mukhtar Tileuberdi',
        signerTitle: 'Minister of Foreign Affairs',
      });
      return {
        res,
        expected: {
          action: 'signatory.add',
          entityType: 'document',
          entityId: doc.id,
          actor: actorOf('editor'),
          changes: (changes) => expect(changes).toEqual({ signatory: [null, res.body] }),
        },
      };
    }),
    walkthrough('signatory remove', async (rid) => {
      const { documentId, signatory } = await ctx.signatory();
      const res = await send(
        'editor',
        'delete',
        `/api/v1/documents/${documentId}/signatories/${signatory.id}?reason=duplicate`,
        rid,
      );
      return {
        res,
        expected: {
          action: 'signatory.remove',
          entityType: 'document',
          entityId: documentId,
          actor: actorOf('editor'),
          reason: 'duplicate',
          changes: (changes) => expect(changes).toEqual({ signatory: [signatory, null] }),
        },
      };
    }),
    // milestones and progress
    walkthrough('milestone create', async (rid) => {
      const doc = await ctx.document();
      const res = await send('manager', 'post', '/api/v1/milestones', rid, {
        title: 'Transit of Kazakh oil through Azerbaijan',
        documentId: doc.id,
        ownerInstitutionIds: [],
        dueOn: '2030-01-01',
      });
      return {
        res,
        expected: {
          action: 'create',
          entityType: 'milestone',
          entityId: res.body.id,
          actor: actorOf('manager'),
          changes: created(res.body),
        },
      };
    }),
    walkthrough('milestone update', async (rid) => {
      const row = await ctx.milestone();
      const res = await send('manager', 'patch', `/api/v1/milestones/${row.id}`, rid, {
        description: '1.5 Mt per year',
        dueOn: row.dueOn,
      });
      return {
        res,
        expected: {
          action: 'update',
          entityType: 'milestone',
          entityId: row.id,
          actor: actorOf('manager'),
          changes: { description: [null, '1.5 Mt per year'], version: [1, 2] },
        },
      };
    }),
    walkthrough('milestone transition', async (rid) => {
      const row = await ctx.milestone();
      const res = await send('manager', 'post', `/api/v1/milestones/${row.id}/transitions`, rid, {
        to: 'cancelled',
        reason: 'superseded by a new plan',
      });
      return {
        res,
        expected: {
          action: 'transition',
          entityType: 'milestone',
          entityId: row.id,
          actor: actorOf('manager'),
          reason: 'superseded by a new plan',
          changes: (changes) =>
            expect(changes).toMatchObject({ status: ['planned', 'cancelled'], version: [1, 2] }),
        },
      };
    }),
    walkthrough('milestone delete', async (rid) => {
      const row = await ctx.milestone();
      const res = await send('manager', 'delete', `/api/v1/milestones/${row.id}`, rid);
      return {
        res,
        expected: {
          action: 'delete',
          entityType: 'milestone',
          entityId: row.id,
          actor: actorOf('manager'),
          changes: deleted(row),
        },
      };
    }),
    walkthrough('progress report', async (rid) => {
      const row = await ctx.milestone();
      const res = await send('manager', 'post', `/api/v1/milestones/${row.id}/progress`, rid, {
        asOf: '2024-03-01',
        note: 'Pipeline contract signed',
      });
      return {
        res,
        expected: {
          action: 'progress.report',
          entityType: 'milestone',
          entityId: row.id,
          actor: actorOf('manager'),
          changes: (changes) => expect(changes.progress).toEqual([null, res.body]),
        },
      };
    }),
    // users and sessions
    walkthrough('user create', async (rid) => {
      const res = await send('admin', 'post', '/api/v1/users', rid, {
        email: 'new.auditor@test.local',
        displayName: 'New Auditor',
        password: TEST_PASSWORD,
        roles: ['auditor'],
      });
      return {
        res,
        expected: {
          action: 'create',
          entityType: 'user',
          entityId: res.body.id,
          actor: actorOf('admin'),
          changes: (changes) => {
            const { status: _s, ...fields } = res.body;
            for (const [field, value] of Object.entries(fields))
              expect([field, changes[field]]).toEqual([field, [null, value]]);
            expect(changes.password).toEqual([null, '(set)']);
          },
        },
      };
    }),
    walkthrough('user update', async (rid) => {
      const row = await ctx.user({ displayName: 'Before' });
      const res = await send('admin', 'patch', `/api/v1/users/${row.id}`, rid, {
        displayName: 'After',
        roles: ['viewer'],
        clearance: 'restricted',
      });
      return {
        res,
        expected: {
          action: 'update',
          entityType: 'user',
          entityId: row.id,
          actor: actorOf('admin'),
          changes: { displayName: ['Before', 'After'], clearance: ['public', 'restricted'], version: [1, 2] },
        },
      };
    }),
    walkthrough('login success', async (rid) => {
      const res = await login(rid, who.manager.email, TEST_PASSWORD);
      return {
        res,
        expected: {
          action: 'login.success',
          entityType: 'session',
          entityId: who.manager.id,
          actor: actorOf('manager'),
          changes: {},
        },
      };
    }),
    walkthrough('login failure (known account)', async (rid) => {
      const res = await login(rid, who.manager.email, 'wrong-password');
      return {
        res,
        expected: {
          action: 'login.failure',
          entityType: 'session',
          entityId: who.manager.id,
          actor: { id: null, email: who.manager.email },
          changes: {},
        },
      };
    }),
    walkthrough('login failure (unknown account)', async (rid) => {
      const res = await login(rid, 'Nobody@test.local', 'wrong-password');
      return {
        res,
        expected: {
          action: 'login.failure',
          entityType: 'session',
          entityId: null,
          actor: { id: null, email: 'nobody@test.local' },
          changes: {},
        },
      };
    }),
  ];

  describe('every kind of write appends exactly one event', () => {
    it.each(cases)('%s', async (name, run) => {
      const requestId = `rid-${name.replace(/\W+/g, '-')}`;
      let expected: Expected | undefined;
      const { res, events } = await eventsOf(async () => {
        const out = await run(requestId);
        expected = out.expected;
        return out.res;
      });
      expect(res.status).toBeLessThan(500);
      expect(events).toHaveLength(1);
      const [event] = events;
      const { changes, ...fields } = expected!;
      expect(event).toMatchObject({ ...fields, reason: fields.reason ?? null, requestId });
      expect(event.id).toEqual(expect.any(String));
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(event.prevHash).toMatch(/^[0-9a-f]{64}$/);
      if (typeof changes === 'function') changes(event.changes);
      else expect(event.changes).toEqual(changes);
      for (const [field, pair] of Object.entries(event.changes)) {
        expect([field, Array.isArray(pair) && pair.length === 2]).toEqual([field, true]);
        // a create or delete records the whole entity (asOf replays it); every other write only what changed
        if (!['create', 'delete'].includes(event.action)) {
          expect([
            field,
            JSON.stringify((pair as unknown[])[0]) !== JSON.stringify((pair as unknown[])[1]),
          ]).toEqual([field, true]);
        }
      }
    });

    it('appends no event for an update that changes nothing', async () => {
      const row = await ctx.institution();
      const { res, events } = await eventsOf(() =>
        send('editor', 'patch', `/api/v1/institutions/${row.id}`, 'rid-noop', {
          name: row.name,
          country: row.country,
        }),
      );
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(1);
      expect(events).toEqual([]);
    });

    it('shows one entity’s events oldest first at /{collection}/{id}/history', async () => {
      const row = await ctx.institution();
      await send('editor', 'patch', `/api/v1/institutions/${row.id}`, 'h1', { website: 'https://a.example' });
      await send('editor', 'post', `/api/v1/institutions/${row.id}/transitions`, 'h2', {
        to: 'defunct',
        reason: 'closed',
      });
      const history = await t
        .http()
        .get(`/api/v1/institutions/${row.id}/history`)
        .set('Authorization', `Bearer ${who.editor.token}`);
      expect(history.status).toBe(200);
      expect(history.body.items.map((e: Row) => e.action)).toEqual(['create', 'update', 'transition']);
      const statuses = await t
        .http()
        .get(`/api/v1/institutions/${row.id}/transitions`)
        .set('Authorization', `Bearer ${who.editor.token}`);
      expect(statuses.body).toEqual([
        {
          from: 'active',
          to: 'defunct',
          at: expect.any(String),
          actor: actorOf('editor'),
          reason: 'closed',
          effectiveOn: null,
        },
      ]);
    });
  });

  describe('asOf', () => {
    /** Writes spaced a few milliseconds apart, so that each has an instant of its own. */
    const timeline = async (
      collection: string,
      row: Row,
      patch: Row,
      field: string,
      transition: Row,
      role: keyof typeof who,
    ) => {
      const at = async () => {
        await sleep(5);
        const [{ occurredAt }] = await t.db.query(
          'SELECT occurred_at AS "occurredAt" FROM audit_events ORDER BY seq DESC LIMIT 1',
        );
        return new Date(occurredAt);
      };
      const createdAt = await at();
      const updated = await send(role, 'patch', `/api/v1/${collection}/${row.id}`, 'asof-1', patch);
      expect(updated.status).toBe(200);
      const updatedAt = await at();
      const moved = await send(
        role,
        'post',
        `/api/v1/${collection}/${row.id}/transitions`,
        'asof-2',
        transition,
      );
      expect(moved.status).toBe(200);
      const movedAt = await at();
      const get = (instant: Date, offsetMs = 0) =>
        t
          .http()
          .get(`/api/v1/${collection}/${row.id}`)
          .query({ asOf: new Date(instant.getTime() + offsetMs).toISOString() })
          .set('Authorization', `Bearer ${who[role].token}`);

      expect((await get(createdAt, -1)).status).toBe(404);
      const first = await get(createdAt);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        id: row.id,
        status: row.status,
        version: 1,
        [field]: row[field] ?? null,
      });
      const beforeUpdate = await get(updatedAt, -1);
      expect(beforeUpdate.body).toMatchObject({ version: 1, [field]: row[field] ?? null });
      const afterUpdate = await get(updatedAt);
      expect(afterUpdate.body).toMatchObject({ version: 2, status: row.status, [field]: patch[field] });
      const afterMove = await get(movedAt);
      expect(afterMove.body).toMatchObject({ version: 3, status: transition.to, [field]: patch[field] });
      return { get, createdAt, movedAt };
    };

    it('reconstructs an institution before and after each change', async () => {
      const row = await ctx.institution();
      await timeline(
        'institutions',
        row,
        { website: 'https://asof.example' },
        'website',
        { to: 'defunct', reason: 'closed' },
        'editor',
      );
    });

    it('reconstructs a summit before and after each change', async () => {
      const row = await ctx.summit();
      await timeline('summits', row, { location: 'Shusha' }, 'location', { to: 'confirmed' }, 'editor');
    });

    it('reconstructs a document before and after each change', async () => {
      const row = await ctx.document();
      await timeline(
        'documents',
        row,
        { summary: 'Energy cooperation' },
        'summary',
        { to: 'negotiation' },
        'editor',
      );
    });

    it('reconstructs a milestone before and after each change', async () => {
      const row = await ctx.milestone();
      await timeline(
        'milestones',
        row,
        { description: 'Phase one' },
        'description',
        { to: 'in_progress' },
        'manager',
      );
    });

    it.each([
      ['institutions', 'editor', (c: AccessContext) => c.institution()],
      ['summits', 'editor', (c: AccessContext) => c.summit()],
      ['documents', 'editor', (c: AccessContext) => c.document()],
      ['milestones', 'manager', (c: AccessContext) => c.milestone()],
    ] as const)(
      'answers 404 for %s after deletion, and the last state before it',
      async (collection, role, make) => {
        const row = await make(ctx);
        await sleep(5);
        const beforeDelete = new Date();
        await sleep(5);
        expect((await send(role, 'delete', `/api/v1/${collection}/${row.id}`, 'asof-del')).status).toBe(204);
        const get = (instant: Date) =>
          t
            .http()
            .get(`/api/v1/${collection}/${row.id}`)
            .query({ asOf: instant.toISOString() })
            .set('Authorization', `Bearer ${who[role].token}`);
        const then = await get(beforeDelete);
        expect(then.status).toBe(200);
        expect(then.body).toMatchObject({ id: row.id, version: 1 });
        expect((await get(new Date())).status).toBe(404);
        expect(
          (
            await t
              .http()
              .get(`/api/v1/${collection}/${row.id}`)
              .set('Authorization', `Bearer ${who[role].token}`)
          ).status,
        ).toBe(404);
      },
    );

    it('refuses an asOf that is not an instant with a 400 naming it', async () => {
      const row = await ctx.institution();
      const res = await t
        .http()
        .get(`/api/v1/institutions/${row.id}?asOf=yesterday`)
        .set('Authorization', `Bearer ${who.editor.token}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: Row) => e.field)).toContain('asOf');
    });
  });

  describe('querying the log', () => {
    let marks: { start: string; middle: string; end: string };
    let subject: Row;

    beforeAll(async () => {
      await sleep(5);
      const start = new Date().toISOString();
      await sleep(5);
      subject = await ctx.institution({ name: 'Filter subject' });
      await send('editor', 'patch', `/api/v1/institutions/${subject.id}`, 'q1', { shortName: 'FS' });
      await sleep(5);
      const middle = new Date().toISOString();
      await sleep(5);
      await send('editor', 'post', `/api/v1/institutions/${subject.id}/transitions`, 'q2', {
        to: 'defunct',
        reason: 'wound up',
      });
      await send('manager', 'post', '/api/v1/milestones', 'q3', {
        title: 'Filter milestone',
        summitId: (await ctx.summit()).id,
        ownerInstitutionIds: [],
        dueOn: '2031-01-01',
      });
      await sleep(5);
      marks = { start, middle, end: new Date().toISOString() };
    });

    const all = async (query: Row) => {
      const items: Row[] = [];
      let cursor: string | null = null;
      do {
        const res = await asAuditor('/api/v1/audit-events').query({
          ...query,
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        items.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return items;
    };

    it('pages through every event oldest first with a cursor, without gaps or repeats', async () => {
      const paged = await all({});
      const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM audit_events');
      expect(paged).toHaveLength(n);
      const seqs = (await t.db.query('SELECT id FROM audit_events ORDER BY seq')).map((r: Row) => r.id);
      expect(paged.map((e) => e.id)).toEqual(seqs);
      const times = paged.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort());
    });

    it.each([
      ['entityId', () => ({ entityId: subject.id }), (e: Row) => e.entityId === subject.id],
      ['entityType', () => ({ entityType: 'milestone' }), (e: Row) => e.entityType === 'milestone'],
      [
        'several entityTypes',
        () => ({ entityType: 'milestone,session' }),
        (e: Row) => ['milestone', 'session'].includes(e.entityType),
      ],
      ['actorId', () => ({ actorId: who.manager.id }), (e: Row) => e.actor.id === who.manager.id],
      ['action', () => ({ action: 'transition' }), (e: Row) => e.action === 'transition'],
      [
        'several actions',
        () => ({ action: 'transition,login.failure' }),
        (e: Row) => ['transition', 'login.failure'].includes(e.action),
      ],
      ['from', () => ({ from: marks.middle }), (e: Row) => e.occurredAt >= marks.middle],
      ['to', () => ({ to: marks.middle }), (e: Row) => e.occurredAt < marks.middle],
      [
        'from and to',
        () => ({ from: marks.start, to: marks.middle }),
        (e: Row) => e.occurredAt >= marks.start && e.occurredAt < marks.middle,
      ],
      [
        'entityId and action',
        () => ({ entityId: subject.id, action: 'update' }),
        (e: Row) => e.entityId === subject.id && e.action === 'update',
      ],
    ] as const)('filters by %s, in the list and both exports alike', async (_, query, keep) => {
      const everything = await all({});
      const expected = everything.filter(keep).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(everything.length);
      const listed = await all(query());
      expect(listed.map((e) => e.id)).toEqual(expected);

      const jsonl = await asAuditor('/api/v1/audit-events/export').query({ ...query(), format: 'jsonl' });
      expect(jsonl.status).toBe(200);
      expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const lines = jsonl.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines).toEqual(listed);

      const csv = await asAuditor('/api/v1/audit-events/export').query({ ...query(), format: 'csv' });
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const ids = csv.text
        .split(/\r?\n/)
        .filter((line) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(line))
        .map((line) => line.slice(0, 36));
      expect(csv.text.split(/\r?\n/)[0]).toMatch(
        /^\uFEFFid,occurredAt,actorId,actorEmail,action,entityType,entityId,changes,reason,requestId,hash,prevHash/,
      );
      expect(ids).toEqual(expected);
    });

    it('defaults the export to JSON lines and names the file', async () => {
      const res = await asAuditor('/api/v1/audit-events/export').query({ entityId: subject.id });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="audit-events\.jsonl"/);
      expect(res.text.trim().split('\n')).toHaveLength(3);
    });

    it.each([
      ['an unknown entityType', { entityType: 'planet' }, 'entityType'],
      ['a non-UUID entityId', { entityId: 'abc' }, 'entityId'],
      ['a non-UUID actorId', { actorId: 'abc' }, 'actorId'],
      ['a from that is not an instant', { from: 'last week' }, 'from'],
      ['a limit above 200', { limit: '500' }, 'limit'],
      ['an unknown parameter', { colour: 'red' }, 'colour'],
    ])('refuses %s with a 400 naming it', async (_, query, field) => {
      const res = await asAuditor('/api/v1/audit-events').query(query);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: Row) => e.field)).toContain(field);
      const exported = await asAuditor('/api/v1/audit-events/export').query(query);
      expect(exported.status).toBe(400);
    });

    it('refuses a forged cursor with a 400', async () => {
      const res = await asAuditor('/api/v1/audit-events').query({ cursor: 'not-a-cursor' });
      expect(res.status).toBe(400);
    });

    it.each(['editor', 'manager', 'viewer'])(
      'lets only auditors and admins read the log: %s gets 403',
      async (role) => {
        const token = await t.token(role);
        for (const path of [
          '/api/v1/audit-events',
          '/api/v1/audit-events/verify',
          '/api/v1/audit-events/export?format=csv',
        ]) {
          const res = await t.http().get(path).set('Authorization', `Bearer ${token}`);
          expect(res.status).toBe(403);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      },
    );

    it('lets admins read the log', async () => {
      const res = await t.http().get('/api/v1/audit-events').set('Authorization', `Bearer ${admin}`);
      expect(res.status).toBe(200);
    });
  });
});
