import { Client } from 'pg';
import { AuditService } from '../src/audit/audit.service';
import { Actor } from '../src/auth/actor';
import { urlFor } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

describe('audit log integrity', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let audit: AuditService;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    auditor = await t.token('auditor');
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.close());

  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n as number;
  const verify = async () => {
    const res = await t.http().get('/api/v1/audit-events/verify').set('Authorization', `Bearer ${auditor}`);
    expect(res.status).toBe(200);
    return res.body as { valid: boolean; checked: number; firstInvalidId?: string };
  };
  const institution = async (name = 'Ministry of Energy') => {
    const res = await t
      .http()
      .post('/api/v1/institutions')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name, country: 'AZ', kind: 'ministry' });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };

  /** A superuser session on this test's database, outside the application. */
  const asSuperuser = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: urlFor(t.databaseName) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  describe('atomic with its write', () => {
    it('leaves no event when the transaction fails after the append', async () => {
      const before = await count();
      const [head] = await t.db.query('SELECT seq, hash FROM audit_chain_head');
      await expect(
        t.db.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO institutions (name, country, kind, status, created_by, updated_by) VALUES ('Ghost', 'AZ', 'agency', 'active', $1, $1)`,
            [Actor.SYSTEM_ID],
          );
          await audit.append(manager, Actor.system(), {
            action: 'create',
            entityType: 'institution',
            entityId: null,
            changes: { name: [null, 'Ghost'] },
          });
          expect((await manager.query('SELECT count(*)::int AS n FROM audit_events'))[0].n).toBe(before + 1);
          throw new Error('failure after the event insert');
        }),
      ).rejects.toThrow('failure after the event insert');
      expect(await count()).toBe(before);
      expect(await t.db.query(`SELECT 1 FROM institutions WHERE name = 'Ghost'`)).toEqual([]);
      expect(await t.db.query('SELECT seq, hash FROM audit_chain_head')).toEqual([head]);
      expect(await verify()).toEqual({ valid: true, checked: before });
    });

    it('keeps the chain whole when a rolled-back append is followed by a committed one', async () => {
      await t.db
        .transaction(async (manager) => {
          await audit.append(manager, Actor.system(), {
            action: 'create',
            entityType: 'institution',
            entityId: null,
            changes: {},
          });
          throw new Error('rollback');
        })
        .catch(() => undefined);
      await institution('After the rollback');
      const result = await verify();
      expect(result).toEqual({ valid: true, checked: await count() });
    });

    it('leaves the event count unchanged for every refused write', async () => {
      const target = await institution('Refusals');
      const editor = await t.token('editor');
      const viewer = await t.token('viewer');
      const base = '/api/v1/institutions';
      const refused = [
        () =>
          t
            .http()
            .post(base)
            .set('Authorization', `Bearer ${editor}`)
            .send({ name: 'X', country: 'XX', kind: 'ministry' }),
        () =>
          t
            .http()
            .post(base)
            .set('Authorization', `Bearer ${editor}`)
            .send({ name: 'X', country: 'AZ', kind: 'ministry', status: 'defunct' }),
        () =>
          t
            .http()
            .post(base)
            .set('Authorization', `Bearer ${viewer}`)
            .send({ name: 'X', country: 'AZ', kind: 'ministry' }),
        () => t.http().post(base).send({ name: 'X', country: 'AZ', kind: 'ministry' }),
        () =>
          t
            .http()
            .patch(`${base}/${target.id}`)
            .set('Authorization', `Bearer ${editor}`)
            .set('If-Match', '"99"')
            .send({ name: 'Y' }),
        () =>
          t
            .http()
            .patch(`${base}/${target.id}`)
            .set('Authorization', `Bearer ${editor}`)
            .send({ parentId: target.id }),
        () =>
          t
            .http()
            .post(`${base}/${target.id}/transitions`)
            .set('Authorization', `Bearer ${editor}`)
            .send({ to: 'defunct' }),
        () =>
          t
            .http()
            .post(`${base}/${target.id}/transitions`)
            .set('Authorization', `Bearer ${editor}`)
            .send({ to: 'active' }),
        () =>
          t
            .http()
            .post(`${base}/${target.id}/transitions`)
            .set('Authorization', `Bearer ${editor}`)
            .send({ to: 'gone' }),
        () =>
          t
            .http()
            .delete(`${base}/00000000-0000-4000-8000-000000000009`)
            .set('Authorization', `Bearer ${editor}`),
        () =>
          t
            .http()
            .post('/api/v1/users')
            .set('Authorization', `Bearer ${admin}`)
            .send({ email: 'x@test.local', displayName: 'X', password: 'short', roles: ['viewer'] }),
      ];
      for (const request of refused) {
        const before = await count();
        const res = await request();
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(await count()).toBe(before);
      }
    });

    it('has no event about an institution that was never written', async () => {
      const orphans = await t.db.query(
        `SELECT e.id FROM audit_events e
          WHERE e.entity_type = 'institution' AND e.entity_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM institutions i WHERE i.id = e.entity_id)
            AND NOT EXISTS (SELECT 1 FROM audit_events d WHERE d.entity_id = e.entity_id AND d.action = 'delete')`,
      );
      expect(orphans).toEqual([]);
    });
  });

  describe('append-only, enforced by the database', () => {
    beforeAll(async () => {
      const target = await institution('Guarded');
      await t
        .http()
        .post(`/api/v1/institutions/${target.id}/transitions`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ to: 'defunct', reason: 'merged' })
        .expect(200);
    });

    it.each([
      ['UPDATE audit_events', `UPDATE audit_events SET reason = 'edited'`],
      ['DELETE FROM audit_events', 'DELETE FROM audit_events'],
      ['TRUNCATE audit_events', 'TRUNCATE audit_events'],
      ['UPDATE status_changes', `UPDATE status_changes SET reason = 'edited'`],
      ['DELETE FROM status_changes', 'DELETE FROM status_changes'],
      ['TRUNCATE status_changes', 'TRUNCATE status_changes'],
    ])("refuses %s from the application's own connection", async (_, sql) => {
      const before = await t.db.query(
        'SELECT (SELECT count(*) FROM audit_events) AS a, (SELECT count(*) FROM status_changes) AS s',
      );
      expect(Number(before[0].s)).toBeGreaterThan(0);
      await expect(t.db.query(sql)).rejects.toThrow(/append-only/);
      expect(
        await t.db.query(
          'SELECT (SELECT count(*) FROM audit_events) AS a, (SELECT count(*) FROM status_changes) AS s',
        ),
      ).toEqual(before);
    });

    /** Runs DDL in a transaction that is rolled back if it is accepted, so a failure cannot break later tests. */
    const attemptDdl = (sql: string) =>
      t.db.transaction(async (manager) => {
        await manager.query(sql);
        throw new Error(`accepted: ${sql}`);
      });

    it.each([
      'DROP TRIGGER audit_events_append_only ON audit_events',
      'DROP TRIGGER audit_events_no_truncate ON audit_events',
      'DROP TRIGGER status_changes_append_only ON status_changes',
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
      'ALTER TABLE audit_events DISABLE TRIGGER ALL',
      'ALTER TABLE status_changes DISABLE TRIGGER USER',
      'ALTER TABLE audit_events ENABLE REPLICA TRIGGER audit_events_append_only',
      'DROP FUNCTION pacta_append_only() CASCADE',
    ])('refuses the migration-style statement %s (event trigger)', async (sql) => {
      await expect(attemptDdl(sql)).rejects.toThrow(/append-only guards/);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE '%append_only' OR tgname LIKE '%no_truncate'`,
      );
      expect(n).toBe(4);
    });
  });

  describe('hash chain', () => {
    it('stays valid and gapless under 50 parallel writers', async () => {
      const editors = await Promise.all([t.token('editor'), t.token('admin')]);
      const targets = await Promise.all([institution('Parallel A'), institution('Parallel B')]);
      const writes = Array.from({ length: 50 }, (_, i) => {
        const token = editors[i % 2];
        if (i % 5 === 4) {
          return t
            .http()
            .patch(`/api/v1/institutions/${targets[i % 2].id}`)
            .set('Authorization', `Bearer ${token}`)
            .send({ shortName: `P${i}` });
        }
        return t
          .http()
          .post('/api/v1/institutions')
          .set('Authorization', `Bearer ${token}`)
          .send({ name: `Parallel ${i}`, country: 'KZ', kind: 'agency' });
      });
      const results = await Promise.all(writes);
      for (const res of results) expect([200, 201]).toContain(res.status);

      const total = await count();
      expect(await verify()).toEqual({ valid: true, checked: total });
      const [seq] = await t.db.query(
        'SELECT min(seq)::int AS min, max(seq)::int AS max, count(DISTINCT seq)::int AS n FROM audit_events',
      );
      expect(seq).toEqual({ min: 1, max: total, n: total });
      const forks = await t.db.query(
        'SELECT prev_hash FROM audit_events GROUP BY prev_hash HAVING count(*) > 1',
      );
      expect(forks).toEqual([]);
      // oldest first by seq is also oldest first by time, so time filters and cursor paging agree
      const disorder = await t.db.query(
        `SELECT seq FROM (SELECT seq, occurred_at < lag(occurred_at) OVER (ORDER BY seq) AS earlier FROM audit_events) s WHERE earlier`,
      );
      expect(disorder).toEqual([]);
    });

    const middle = async () => {
      const rows = await t.db.query('SELECT seq, id FROM audit_events ORDER BY seq');
      expect(rows.length).toBeGreaterThan(10);
      return rows[Math.floor(rows.length / 2)] as { seq: string; id: string };
    };

    it.each([
      [
        'changes',
        `UPDATE audit_events SET changes = jsonb_set(changes, '{forged}', '["a", "b"]') WHERE id = $1`,
      ],
      ['reason', `UPDATE audit_events SET reason = 'a different reason' WHERE id = $1`],
      ['actor', `UPDATE audit_events SET actor_email = 'someone-else@test.local' WHERE id = $1`],
      ['time', `UPDATE audit_events SET occurred_at = occurred_at - interval '1 day' WHERE id = $1`],
      ['classification', `UPDATE audit_events SET classification = 'confidential' WHERE id = $1`],
    ])('detects an edit of an event’s %s made behind the application’s back', async (_, sql) => {
      const target = await middle();
      await asSuperuser(async (client) => {
        const [original] = (await client.query('SELECT * FROM audit_events WHERE id = $1', [target.id])).rows;
        await client.query('SET session_replication_role = replica');
        await client.query(sql, [target.id]);
        expect(await verify()).toMatchObject({ valid: false, firstInvalidId: target.id });
        await client.query(
          'UPDATE audit_events SET changes = $2, reason = $3, actor_email = $4, occurred_at = $5, classification = $6 WHERE id = $1',
          [
            target.id,
            original.changes,
            original.reason,
            original.actor_email,
            original.occurred_at,
            original.classification,
          ],
        );
      });
      expect(await verify()).toEqual({ valid: true, checked: await count() });
    });

    it('detects a deleted middle event at its successor, and a deleted last event by the chain head', async () => {
      const rows = await t.db.query('SELECT seq, id FROM audit_events ORDER BY seq');
      const target = rows[Math.floor(rows.length / 2)];
      const successor = rows[Math.floor(rows.length / 2) + 1];
      const last = rows[rows.length - 1];
      await asSuperuser(async (client) => {
        await client.query('SET session_replication_role = replica');
        for (const [victim, expected] of [
          [target, { valid: false, firstInvalidId: successor.id, checked: Number(target.seq) - 1 }],
          [last, { valid: false }],
        ] as const) {
          const [saved] = (await client.query('SELECT * FROM audit_events WHERE id = $1', [victim.id])).rows;
          await client.query('DELETE FROM audit_events WHERE id = $1', [victim.id]);
          expect(await verify()).toMatchObject(expected);
          const columns = Object.keys(saved);
          await client.query(
            `INSERT INTO audit_events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
            columns.map((c) => (c === 'changes' ? JSON.stringify(saved[c]) : saved[c])),
          );
        }
      });
      expect(await verify()).toEqual({ valid: true, checked: await count() });
    });

    it('detects a forged event inserted with a wrong hash', async () => {
      await asSuperuser(async (client) => {
        await client.query('BEGIN');
        const [head] = (await client.query('SELECT seq, hash FROM audit_chain_head')).rows;
        await client.query(
          `INSERT INTO audit_events (seq, id, occurred_at, action, entity_type, changes, classification, hash, prev_hash)
           VALUES ($1, gen_random_uuid(), now(), 'create', 'institution', '{}', 'public', $2, $3)`,
          [Number(head.seq) + 1, 'f'.repeat(64), head.hash],
        );
        const [forged] = (
          await client.query('SELECT id FROM audit_events WHERE seq = $1', [Number(head.seq) + 1])
        ).rows;
        expect(await verify()).toEqual({ valid: true, checked: Number(head.seq) }); // uncommitted: invisible
        await client.query('COMMIT');
        expect(await verify()).toMatchObject({ valid: false, firstInvalidId: forged.id });
        await client.query('SET session_replication_role = replica');
        await client.query('DELETE FROM audit_events WHERE id = $1', [forged.id]);
      });
      expect((await verify()).valid).toBe(true);
    });
  });
  describe('verify speaks only of the events the reader may see', () => {
    const verifyAs = async (token: string) => {
      const res = await t.http().get('/api/v1/audit-events/verify').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      return res.body as { valid: boolean; checked: number; firstInvalidId?: string };
    };
    /** What /audit-events shows the reader: the count verify must match. */
    const visibleCount = async (token: string) => {
      const res = await t
        .http()
        .get('/api/v1/audit-events/export?format=jsonl')
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => done(null, text));
        });
      expect(res.status).toBe(200);
      return (res.body as string).split('\n').filter(Boolean).length;
    };
    let confidentialEventId: string;

    beforeAll(async () => {
      const res = await t
        .http()
        .post('/api/v1/documents')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          title: 'A confidential protocol',
          type: 'protocol',
          classification: 'confidential',
          countries: ['AZ', 'KZ'],
        });
      expect(res.status).toBe(201);
      const [event] = await t.db.query(
        `SELECT id FROM audit_events WHERE entity_id = $1 AND action = 'create'`,
        [res.body.id],
      );
      confidentialEventId = event.id;
    });

    it.each(['public', 'restricted', 'confidential'])(
      'counts, for an auditor cleared %s, exactly the events /audit-events shows them',
      async (clearance) => {
        const token = await t.token('auditor', clearance);
        const result = await verifyAs(token);
        expect(result).toEqual({ valid: true, checked: await visibleCount(token) });
        if (clearance === 'confidential') expect(result.checked).toBe(await count());
        else expect(result.checked).toBeLessThan(await count());
      },
    );

    it('names the first broken event only to a reader who may see it', async () => {
      const restricted = await t.token('auditor', 'restricted');
      const confidential = await t.token('auditor', 'confidential');
      await asSuperuser(async (client) => {
        await client.query('SET session_replication_role = replica');
        await client.query(`UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [confidentialEventId]);
        try {
          const low = await verifyAs(restricted);
          expect(low.valid).toBe(false);
          expect(low).not.toHaveProperty('firstInvalidId');
          expect(await verifyAs(confidential)).toMatchObject({
            valid: false,
            firstInvalidId: confidentialEventId,
          });
        } finally {
          await client.query(`UPDATE audit_events SET reason = NULL WHERE id = $1`, [confidentialEventId]);
        }
      });
      expect((await verifyAs(restricted)).valid).toBe(true);
    });
  });
});
