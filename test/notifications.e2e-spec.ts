import { NotificationWorker } from '../src/notifications/delivery.worker';
import { NotificationScheduler } from '../src/notifications/scheduler';
import type {
  DeliveryResult,
  DigestMessage,
  EmailChannel,
  EmailRecipient,
  OutgoingEvent,
  WebhookChannel,
  WebhookTarget,
} from '../src/notifications/channels/types';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Body = Record<string, any>;

/** Channels that record what they were asked to send and answer what the test says. */
class RecordingEmail implements EmailChannel {
  events: { recipient: EmailRecipient; event: OutgoingEvent }[] = [];
  digests: DigestMessage[] = [];
  next: Partial<DeliveryResult> = {};
  sendEvent(recipient: EmailRecipient, event: OutgoingEvent): Promise<DeliveryResult> {
    this.events.push({ recipient, event });
    return Promise.resolve({
      ok: true,
      retryable: false,
      detail: '250 OK',
      statusCode: 250,
      durationMs: 1,
      ...this.next,
    });
  }
  sendDigest(digest: DigestMessage): Promise<DeliveryResult> {
    this.digests.push(digest);
    return Promise.resolve({ ok: true, retryable: false, detail: '250 OK', statusCode: 250, durationMs: 1 });
  }
}
class RecordingWebhook implements WebhookChannel {
  sent: { target: WebhookTarget; event: OutgoingEvent }[] = [];
  next: Partial<DeliveryResult> = {};
  send(target: WebhookTarget, event: OutgoingEvent): Promise<DeliveryResult> {
    this.sent.push({ target, event });
    return Promise.resolve({
      ok: true,
      retryable: false,
      detail: '200',
      statusCode: 200,
      durationMs: 2,
      ...this.next,
    });
  }
}

const day = (offset: number, from = new Date()) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);

describe('notifications (§14): outbox, fan-out, delivery, inbox, subscriptions, scheduler', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  let manager: string;
  let admin: string;
  let worker: NotificationWorker;
  let scheduler: NotificationScheduler;
  const email = new RecordingEmail();
  const webhook = new RecordingWebhook();

  beforeAll(async () => {
    t = await startTestApp(
      { notificationsWorker: false, webhookAllowPrivate: false },
      { notificationChannels: { email, webhook } },
    );
    editor = await t.token('editor');
    manager = await t.token('manager');
    admin = await t.adminToken();
    f = factories(t, editor);
    worker = t.app.get(NotificationWorker);
    scheduler = t.app.get(NotificationScheduler);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      t.http().post(path).set('Authorization', `Bearer ${token}`).set(headers).send(body),
    patch: (path: string, body: object, headers: Record<string, string> = {}) =>
      t.http().patch(path).set('Authorization', `Bearer ${token}`).set(headers).send(body),
    delete: (path: string, headers: Record<string, string> = {}) =>
      t.http().delete(path).set('Authorization', `Bearer ${token}`).set(headers),
  });
  const subscribe = async (token: string, body: Body): Promise<Body> => {
    const res = await as(token).post('/api/v1/subscriptions', body);
    if (res.status !== 201) throw new Error(`subscribe: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const eventsOf = async (subjectId: string): Promise<Body[]> =>
    t.db.query(
      `SELECT type, subject_kind AS kind, payload, classification FROM notification_events WHERE subject_id = $1 OR document_id = $1 ORDER BY seq`,
      [subjectId],
    );
  const milestone = async (body: Body = {}, token = manager): Promise<Body> => {
    const documentId = body.documentId ?? (await f.createDocument()).id;
    const res = await as(token).post('/api/v1/milestones', {
      title: 'Open the trade house',
      dueOn: day(60),
      documentId,
      ownerInstitutionIds: [],
      ...body,
    });
    if (res.status !== 201) throw new Error(`milestone: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const deliveriesOf = async (subscriptionId: string, token: string): Promise<Body[]> =>
    (await as(token).get(`/api/v1/subscriptions/${subscriptionId}/deliveries?limit=200`)).body.items;

  describe('the outbox: each write records its event in its own transaction', () => {
    it('a milestone transition, a progress report, a document and a party transition, a deadline from a rule', async () => {
      const m = await milestone();
      await as(manager).post(`/api/v1/milestones/${m.id}/transitions`, { to: 'in_progress' }).expect(200);
      await as(manager)
        .post(`/api/v1/milestones/${m.id}/progress`, { asOf: day(0), note: 'Site chosen' })
        .expect(201);
      const types = (await eventsOf(m.id)).map((e) => e.type);
      expect(types).toEqual(['milestone.transitioned', 'progress.reported']);
      expect((await eventsOf(m.id))[0].payload).toEqual({ from: 'planned', to: 'in_progress', reason: null });

      const rule = await as(editor)
        .post('/api/v1/deadline-rules', {
          title: 'Ratify',
          trigger: 'signed',
          offsetDays: 30,
          source: 'Law, Art. 12',
        })
        .expect(201);
      const d = await f.createDocument();
      await as(editor)
        .post(`/api/v1/documents/${d.id}/parties/AZ/transitions`, {
          to: 'withdrawn',
          reason: 'Refused',
          effectiveOn: day(0),
        })
        .expect(200);
      await f.moveDocumentTo(d, 'signed');
      const events = await eventsOf(d.id);
      expect(events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['party.transitioned', 'document.transitioned', 'deadline.created']),
      );
      const created = events.find((e) => e.type === 'deadline.created')!;
      expect(created.payload).toMatchObject({ ruleId: rule.body.id, documentId: d.id });
      expect(events.find((e) => e.type === 'party.transitioned')!.payload).toMatchObject({
        country: 'AZ',
        from: 'pending',
        to: 'withdrawn',
      });
    });

    it('a stale If-Match records nothing; a failure after the write (at commit) rolls the event back with it', async () => {
      const m = await milestone();
      await as(manager)
        .post(`/api/v1/milestones/${m.id}/transitions`, { to: 'in_progress' }, { 'If-Match': '"99"' })
        .expect(412);
      expect(await eventsOf(m.id)).toEqual([]);
      // A deferred trigger fails the commit, after the write, its audit event and its notification event.
      await t.db.query(`CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.payload->>'reason' = 'boom' THEN RAISE EXCEPTION 'forced' USING ERRCODE = '23514'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON notification_events
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit()`);
      try {
        await as(manager)
          .post(`/api/v1/milestones/${m.id}/transitions`, { to: 'cancelled', reason: 'boom' })
          .expect(400);
      } finally {
        await t.db.query('DROP TRIGGER test_fail_commit ON notification_events');
        await t.db.query('DROP FUNCTION test_fail_commit()');
      }
      expect(await eventsOf(m.id)).toEqual([]);
      expect((await as(manager).get(`/api/v1/milestones/${m.id}`)).body.status).toBe('planned');
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'transition'`,
        [m.id],
      );
      expect(n).toBe(0);
    });
  });

  describe('fan-out, filters and the inbox', () => {
    it('delivers to matching subscriptions only, once, into the inbox; read, read-all and the unread count', async () => {
      const viewer = await t.token('viewer', 'confidential');
      const summit = await f.createSummit();
      const inst = await f.createInstitution();
      const d = await f.createDocument({ countries: ['AZ', 'KZ'], sectors: ['trade'], summitId: summit.id });
      const other = await f.createDocument({ countries: ['GE', 'AM'], sectors: ['energy'] });
      const all = await subscribe(viewer, { channel: 'inbox', events: ['milestone.transitioned'] });
      const filters: Body[] = [
        { countries: ['KZ'] },
        { sectors: ['trade'] },
        { documentId: d.id },
        { summitId: summit.id },
        { ownerInstitutionId: inst.id },
      ];
      const filtered = [];
      for (const filter of filters) {
        filtered.push(
          await subscribe(viewer, { channel: 'inbox', events: ['milestone.transitioned'], filter }),
        );
      }
      const wrongType = await subscribe(viewer, { channel: 'inbox', events: ['progress.reported'] });
      const m1 = await milestone({ documentId: d.id, sector: 'trade', ownerInstitutionIds: [inst.id] });
      const m2 = await milestone({ documentId: other.id, sector: 'energy' });
      await as(manager).post(`/api/v1/milestones/${m1.id}/transitions`, { to: 'in_progress' }).expect(200);
      await as(manager).post(`/api/v1/milestones/${m2.id}/transitions`, { to: 'in_progress' }).expect(200);
      await worker.drain();
      await worker.drain();
      expect((await deliveriesOf(all.id, viewer)).map((x) => x.status)).toEqual(['delivered', 'delivered']);
      for (const s of filtered) {
        const ds = await deliveriesOf(s.id, viewer);
        expect(ds).toHaveLength(1);
        expect(ds[0]).toMatchObject({
          status: 'delivered',
          eventType: 'milestone.transitioned',
          attempts: 1,
        });
      }
      expect(await deliveriesOf(wrongType.id, viewer)).toEqual([]);

      const inbox = (await as(viewer).get('/api/v1/notifications').expect(200)).body;
      expect(inbox.items).toHaveLength(7);
      expect(inbox.unreadCount).toBe(7);
      expect(inbox.items[0]).toMatchObject({
        type: 'milestone.transitioned',
        subject: { kind: 'milestone', title: 'Open the trade house' },
        data: { from: 'planned', to: 'in_progress' },
        readAt: null,
      });
      expect(inbox.items[0].link).toMatch(/\/milestones\/[0-9a-f-]{36}$/);
      const page = (await as(viewer).get('/api/v1/notifications?limit=5').expect(200)).body;
      expect(page.items).toHaveLength(5);
      const page2 = (
        await as(viewer).get(`/api/v1/notifications?limit=5&cursor=${page.nextCursor}`).expect(200)
      ).body;
      expect(page2.items).toHaveLength(2);
      expect(page2.nextCursor).toBeNull();

      const first = inbox.items[0];
      // Someone else's notification is a 404.
      await as(manager).post(`/api/v1/notifications/${first.id}/read`).expect(404);
      const read = (await as(viewer).post(`/api/v1/notifications/${first.id}/read`).expect(200)).body;
      expect(read.readAt).not.toBeNull();
      expect((await as(viewer).get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({
        count: 6,
      });
      expect((await as(viewer).get('/api/v1/notifications?unread=true').expect(200)).body.items).toHaveLength(
        6,
      );
      expect((await as(viewer).post('/api/v1/notifications/read-all').expect(200)).body).toEqual({
        updated: 6,
      });
      expect((await as(viewer).get('/api/v1/notifications/unread-count').expect(200)).body).toEqual({
        count: 0,
      });
      await as(viewer).get('/api/v1/notifications?unread=maybe').expect(400);
    });

    it('a milestoneId filter: an event on that milestone notifies, another milestone of the same document does not', async () => {
      const d = await f.createDocument();
      const watched = await milestone({ documentId: d.id, title: 'Watched milestone' });
      const sibling = await milestone({ documentId: d.id, title: 'Sibling milestone' });
      const s = await subscribe(manager, {
        channel: 'inbox',
        events: ['milestone.transitioned', 'progress.reported'],
        filter: { milestoneId: watched.id },
      });
      expect(s.filter).toEqual({ milestoneId: watched.id });
      await as(manager)
        .post(`/api/v1/milestones/${sibling.id}/transitions`, { to: 'in_progress' })
        .expect(200);
      await as(manager)
        .post(`/api/v1/milestones/${sibling.id}/progress`, { asOf: day(0), note: 'Sibling moved' })
        .expect(201);
      await as(manager)
        .post(`/api/v1/milestones/${watched.id}/transitions`, { to: 'in_progress' })
        .expect(200);
      await worker.drain();
      const ds = await deliveriesOf(s.id, manager);
      expect(ds).toHaveLength(1);
      expect(ds[0]).toMatchObject({ status: 'delivered', eventType: 'milestone.transitioned' });
      const items: Body[] = await t.db.query('SELECT subject FROM notifications WHERE delivery_id = $1', [
        ds[0].id,
      ]);
      expect(items.map((i) => i.subject)).toEqual([
        { kind: 'milestone', id: watched.id, title: 'Watched milestone' },
      ]);
    });

    it('writes an inbox item once even when the delivery is retried after a crash (unique on delivery)', async () => {
      const viewer = await t.token('viewer', 'restricted');
      const s = await subscribe(viewer, { channel: 'inbox', events: ['milestone.transitioned'] });
      const m = await milestone();
      await as(manager).post(`/api/v1/milestones/${m.id}/transitions`, { to: 'in_progress' }).expect(200);
      await worker.drain();
      const [delivery] = await deliveriesOf(s.id, viewer);
      // As if the process had died after writing the notification but the delivery looked undone.
      await t.db.query(`UPDATE deliveries SET status = 'retrying', next_attempt_at = now() WHERE id = $1`, [
        delivery.id,
      ]);
      await worker.drain();
      const [{ n }] = await t.db.query(
        'SELECT count(*)::int AS n FROM notifications WHERE delivery_id = $1',
        [delivery.id],
      );
      expect(n).toBe(1);
    });
  });

  describe('clearance at delivery', () => {
    it('a user downgraded after the event is not told (skipped); a webhook never gets more than its clearance', async () => {
      const userRes = await as(admin)
        .post('/api/v1/users', {
          email: 'downgraded@test.local',
          displayName: 'Downgraded',
          password: 'correct-horse-battery-staple',
          roles: ['viewer'],
          clearance: 'confidential',
        })
        .expect(201);
      const login = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'downgraded@test.local', password: 'correct-horse-battery-staple' })
        .expect(200);
      const user = login.body.accessToken as string;
      const s = await subscribe(user, { channel: 'inbox', events: ['document.transitioned'] });
      const d = await f.createDocument({ classification: 'confidential' });
      const restrictedDoc = await f.createDocument({ classification: 'restricted' });
      const hook = await subscribe(admin, {
        channel: 'webhook',
        target: 'https://hooks.example.org/pacta',
        events: ['document.transitioned'],
        clearance: 'restricted',
      });
      expect(hook.secret).toMatch(/^whsec_/);
      expect(hook).toMatchObject({ clearance: 'restricted', channel: 'webhook' });
      await f.transition('documents', d.id, { to: 'negotiation' });
      await f.transition('documents', restrictedDoc.id, { to: 'negotiation' });
      // Downgraded after the events, before delivery.
      const u = (await as(admin).get(`/api/v1/users/${userRes.body.id}`)).body;
      await as(admin)
        .patch(`/api/v1/users/${u.id}`, { clearance: 'public' }, { 'If-Match': `"${u.version}"` })
        .expect(200);
      webhook.sent = [];
      await worker.drain();
      const ds = await deliveriesOf(s.id, admin);
      expect(ds.map((x) => x.status)).toEqual(['skipped', 'skipped']);
      expect(ds[0].detail).toMatch(/clearance/);
      const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1', [
        u.id,
      ]);
      expect(n).toBe(0);
      const hookDeliveries = await deliveriesOf(hook.id, admin);
      expect(hookDeliveries.map((x) => x.status).sort()).toEqual(['delivered', 'skipped']);
      expect(webhook.sent.map((x) => x.event.subject.id)).toEqual([restrictedDoc.id]);
      expect(webhook.sent[0].target.secret).toBe(hook.secret);
      expect(webhook.sent[0].event.deliveryId).toBe(hookDeliveries.find((x) => x.status === 'delivered')!.id);
    });
  });

  describe('retries', () => {
    it('backs off exponentially, records every attempt, and fails after 24 h; a non-retryable failure fails at once', async () => {
      const s = await subscribe(manager, { channel: 'email', events: ['milestone.transitioned'] });
      const m = await milestone();
      email.next = { ok: false, retryable: true, detail: '421 try later', statusCode: 421 };
      await as(manager).post(`/api/v1/milestones/${m.id}/transitions`, { to: 'in_progress' }).expect(200);
      await worker.drain();
      let [d] = await deliveriesOf(s.id, manager);
      expect(d).toMatchObject({ status: 'retrying', attempts: 1, statusCode: 421, detail: '421 try later' });
      const wait1 = Date.parse(d.nextAttemptAt) - Date.parse(d.lastAttemptAt);
      expect(wait1).toBeGreaterThanOrEqual(29_000);
      expect(wait1).toBeLessThanOrEqual(31_000);
      await t.db.query('UPDATE deliveries SET next_attempt_at = now() WHERE id = $1', [d.id]);
      await worker.drain();
      [d] = await deliveriesOf(s.id, manager);
      const wait2 = Date.parse(d.nextAttemptAt) - Date.parse(d.lastAttemptAt);
      expect(d.attempts).toBe(2);
      expect(wait2).toBeGreaterThanOrEqual(59_000);
      // A day later: the next failure is the last.
      await t.db.query(
        `UPDATE deliveries SET next_attempt_at = now(), created_at = now() - interval '24 hours 1 minute' WHERE id = $1`,
        [d.id],
      );
      await worker.drain();
      const detail = (await as(manager).get(`/api/v1/subscriptions/${s.id}/deliveries/${d.id}`).expect(200))
        .body;
      expect(detail).toMatchObject({ status: 'failed', nextAttemptAt: null });
      expect(detail.attempts.map((a: Body) => [a.attempt, a.ok, a.statusCode])).toEqual([
        [1, false, 421],
        [2, false, 421],
        [3, false, 421],
      ]);
      expect(email.events.at(-1)!.recipient.email).toBe('manager.confidential@test.local');

      email.next = { ok: false, retryable: false, detail: '550 no such user', statusCode: 550 };
      await as(manager)
        .post(`/api/v1/milestones/${m.id}/transitions`, { to: 'at_risk', reason: 'late' })
        .expect(200);
      await worker.drain();
      const latest = (await deliveriesOf(s.id, manager))[0];
      expect(latest).toMatchObject({ status: 'failed', attempts: 1, statusCode: 550 });
      email.next = {};
      await as(admin).get(`/api/v1/subscriptions/${s.id}/deliveries/${latest.id}`).expect(200);
      await as(editor).get(`/api/v1/subscriptions/${s.id}/deliveries/${latest.id}`).expect(404);
      await as(editor).get(`/api/v1/subscriptions/${s.id}/deliveries`).expect(404);
    });
  });

  describe('subscriptions: validation and who may do what', () => {
    const base = { channel: 'inbox', events: ['milestone.overdue'] };
    it.each([
      ['an unknown event', { ...base, events: ['milestone.exploded'] }, 'events'],
      ['no events', { ...base, events: [] }, 'events'],
      ['an unknown field', { ...base, colour: 'red' }, 'colour'],
      ['an unknown filter field', { ...base, filter: { planet: 'Mars' } }, 'filter.planet'],
      ['a bad country', { ...base, filter: { countries: ['Azerbaijan'] } }, 'filter.countries'],
      ['a bad documentId', { ...base, filter: { documentId: 'nope' } }, 'filter.documentId'],
      ['a bad milestoneId', { ...base, filter: { milestoneId: 'nope' } }, 'filter.milestoneId'],
      ['a target for the inbox', { ...base, target: 'x@test.local' }, 'target'],
      ['a digest for the inbox', { ...base, digest: true }, 'digest'],
      ['a clearance for the inbox', { ...base, clearance: 'public' }, 'clearance'],
      ['daysBefore 0', { ...base, daysBefore: 0 }, 'daysBefore'],
      ['an unknown channel', { ...base, channel: 'sms' }, 'channel'],
      ["someone else's email", { ...base, channel: 'email', target: 'boss@test.local' }, 'target'],
      ['a bad email', { ...base, channel: 'email', target: 'not an email' }, 'target'],
    ])('400 for %s', async (_name, body, field) => {
      const res = await as(manager).post('/api/v1/subscriptions', body).expect(400);
      expect(res.body.errors.map((e: Body) => e.field)).toEqual(
        expect.arrayContaining([expect.stringContaining(field)]),
      );
    });

    it('webhooks: admin only, an https URL, a clearance no higher than the creator’s; the secret shown once and rotatable', async () => {
      const hook = {
        channel: 'webhook',
        events: ['document.transitioned'],
        target: 'https://hooks.example.org/x',
      };
      for (const role of ['editor', 'manager', 'auditor', 'viewer']) {
        await as(await t.token(role))
          .post('/api/v1/subscriptions', hook)
          .expect(403);
      }
      for (const target of [
        'http://hooks.example.org/x',
        'ftp://x.org/',
        'not a url',
        'https://u:p@x.org/',
      ]) {
        await as(admin)
          .post('/api/v1/subscriptions', { ...hook, target })
          .expect(400);
      }
      const lowAdmin = await t.token('admin', 'restricted');
      const tooHigh = await as(lowAdmin)
        .post('/api/v1/subscriptions', { ...hook, clearance: 'confidential' })
        .expect(400);
      expect(tooHigh.body.errors[0].field).toBe('clearance');
      const created = (await as(lowAdmin).post('/api/v1/subscriptions', hook).expect(201)).body;
      expect(created).toMatchObject({ clearance: 'restricted', status: 'active', active: true, version: 1 });
      const got = (await as(lowAdmin).get(`/api/v1/subscriptions/${created.id}`).expect(200)).body;
      expect(got.secret).toBeUndefined();
      const rotated = (
        await as(lowAdmin).post(`/api/v1/subscriptions/${created.id}/rotate-secret`).expect(200)
      ).body;
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(created.secret);
      const [{ secret }] = await t.db.query('SELECT secret FROM subscriptions WHERE id = $1', [created.id]);
      expect(secret).toBe(rotated.secret);
      const inbox = await subscribe(manager, base);
      await as(manager).post(`/api/v1/subscriptions/${inbox.id}/rotate-secret`).expect(409);
    });

    it('keeps no webhook secret in the idempotency store: a retry with the same key runs again instead of replaying it', async () => {
      const storedText = async (): Promise<string> =>
        (await t.db.query(`SELECT coalesce(string_agg(k::text, ''), '') AS text FROM idempotency_keys k`))[0]
          .text;
      const hook = {
        channel: 'webhook',
        events: ['document.transitioned'],
        target: 'https://hooks.example.org/idempotent',
      };
      const create = () => as(admin).post('/api/v1/subscriptions', hook, { 'Idempotency-Key': 'hook-once' });
      const first = await create().expect(201);
      expect(first.body.secret).toMatch(/^whsec_/);
      expect(await storedText()).not.toContain('whsec_');
      // What keepResponse: false gives: no replay, the request runs again (another webhook, another secret).
      const retry = await create().expect(201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.body.secret).toMatch(/^whsec_/);
      expect(retry.body.secret).not.toBe(first.body.secret);
      expect(retry.body.id).not.toBe(first.body.id);
      expect(await storedText()).not.toContain('whsec_');

      const rotate = () =>
        as(admin).post(
          `/api/v1/subscriptions/${first.body.id}/rotate-secret`,
          {},
          { 'Idempotency-Key': 'rotate-once' },
        );
      const r1 = await rotate().expect(200);
      expect(await storedText()).not.toContain('whsec_');
      const r2 = await rotate().expect(200);
      expect(r2.headers['idempotent-replayed']).toBeUndefined();
      expect(r2.body.secret).toMatch(/^whsec_/);
      expect(r2.body.secret).not.toBe(r1.body.secret);
      const [{ secret }] = await t.db.query('SELECT secret FROM subscriptions WHERE id = $1', [
        first.body.id,
      ]);
      expect(secret).toBe(r2.body.secret);
      expect(await storedText()).not.toContain('whsec_');

      // A subscription without a secret still replays.
      const inbox = () =>
        as(manager).post(
          '/api/v1/subscriptions',
          { channel: 'inbox', events: ['milestone.overdue'] },
          {
            'Idempotency-Key': 'inbox-once',
          },
        );
      const a = await inbox().expect(201);
      const b = await inbox().expect(201);
      expect(b.headers['idempotent-replayed']).toBe('true');
      expect(b.body).toEqual(a.body);
    });

    it('own rows only (an admin sees all), If-Match on PATCH and DELETE, paused shows as status', async () => {
      const mine = await subscribe(manager, { ...base, filter: { countries: ['AZ'] } });
      expect(mine).toMatchObject({
        channel: 'inbox',
        target: null,
        daysBefore: null,
        digest: false,
        language: 'en',
      });
      const viaEmail = await subscribe(manager, {
        channel: 'email',
        events: ['milestone.due_soon'],
        digest: true,
      });
      expect(viaEmail.target).toBe('manager.confidential@test.local');
      const ru = (
        await t
          .http()
          .post('/api/v1/subscriptions')
          .set('Authorization', `Bearer ${manager}`)
          .set('Accept-Language', 'ru-RU,ru;q=0.9')
          .send(base)
          .expect(201)
      ).body;
      expect(ru.language).toBe('ru');
      const adminEmail = await subscribe(admin, {
        channel: 'email',
        target: 'Someone@Example.org',
        events: base.events,
      });
      expect(adminEmail.target).toBe('someone@example.org');

      await as(editor).get(`/api/v1/subscriptions/${mine.id}`).expect(404);
      await as(editor).patch(`/api/v1/subscriptions/${mine.id}`, { active: false }).expect(404);
      await as(editor).delete(`/api/v1/subscriptions/${mine.id}`).expect(404);
      await as(admin).get(`/api/v1/subscriptions/${mine.id}`).expect(200);
      const listed = (await as(editor).get('/api/v1/subscriptions').expect(200)).body.items;
      expect(listed.map((s: Body) => s.id)).not.toContain(mine.id);
      const adminList = (await as(admin).get('/api/v1/subscriptions?limit=200').expect(200)).body.items;
      expect(adminList.map((s: Body) => s.id)).toContain(mine.id);
      const emails = (await as(manager).get('/api/v1/subscriptions?channel=email').expect(200)).body.items;
      expect(emails.map((s: Body) => s.id)).toContain(viaEmail.id);
      expect(emails.every((s: Body) => s.channel === 'email')).toBe(true);
      await as(manager).get('/api/v1/subscriptions?channel=pigeon').expect(400);

      const stale = await as(manager).patch(
        `/api/v1/subscriptions/${mine.id}`,
        { active: false },
        { 'If-Match': '"7"' },
      );
      expect(stale.status).toBe(412);
      const paused = await as(manager)
        .patch(
          `/api/v1/subscriptions/${mine.id}`,
          { active: false, filter: { sectors: ['trade'] } },
          { 'If-Match': '"1"' },
        )
        .expect(200);
      expect(paused.headers.etag).toBe('"2"');
      expect(paused.body).toMatchObject({
        status: 'paused',
        active: false,
        filter: { sectors: ['trade'] },
        version: 2,
      });
      expect(
        (await as(manager).get('/api/v1/subscriptions?active=false').expect(200)).body.items.map(
          (s: Body) => s.id,
        ),
      ).toEqual([mine.id]);
      await as(manager).patch(`/api/v1/subscriptions/${mine.id}`, { channel: 'email' }).expect(400);
      await as(manager).delete(`/api/v1/subscriptions/${mine.id}`, { 'If-Match': '"1"' }).expect(412);
      await as(manager).delete(`/api/v1/subscriptions/${mine.id}`, { 'If-Match': '"2"' }).expect(204);
      await as(manager).get(`/api/v1/subscriptions/${mine.id}`).expect(404);
    });
  });

  describe('the scheduler', () => {
    it('due soon, overdue and expiring: once per item and threshold across two concurrent runs and a restart; a downtime is caught up', async () => {
      const viewer = await t.token('viewer', 'public');
      const d = await f.createDocument();
      const soon = await subscribe(viewer, {
        channel: 'inbox',
        events: ['milestone.due_soon'],
        daysBefore: 5,
        filter: { documentId: d.id },
      });
      const late = await subscribe(viewer, {
        channel: 'inbox',
        events: ['milestone.overdue'],
        filter: { documentId: d.id },
      });
      const today = day(0);
      const dueIn3 = await milestone({ documentId: d.id, dueOn: day(3) });
      const dueIn10 = await milestone({ documentId: d.id, dueOn: day(10) });
      const wasDue = await milestone({ documentId: d.id, dueOn: day(-2) });
      const done = await milestone({ documentId: d.id, dueOn: day(-3) });
      await as(manager)
        .post(`/api/v1/milestones/${done.id}/transitions`, { to: 'cancelled', reason: 'dropped' })
        .expect(200);

      const runs = await Promise.all([scheduler.run(today), scheduler.run(today), scheduler.run(today)]);
      expect(runs.reduce((n, r) => n + r.events, 0)).toBeGreaterThanOrEqual(2);
      expect((await scheduler.run(today)).events).toBe(0); // a restart: the keys are there
      const timed = async (id: string) =>
        (await eventsOf(id))
          .filter((e) => ['milestone.due_soon', 'milestone.overdue'].includes(e.type))
          .map((e) => e.type);
      expect(await timed(dueIn3.id)).toEqual(['milestone.due_soon']);
      expect(await timed(dueIn10.id)).toEqual([]);
      expect(await timed(wasDue.id)).toEqual(['milestone.overdue']);
      expect(await timed(done.id)).toEqual([]);
      expect((await eventsOf(dueIn3.id)).find((e) => e.type === 'milestone.due_soon')!.payload).toEqual({
        dueOn: day(3),
        daysBefore: 5,
      });

      // Down for a week: the 10-day milestone crossed its 5-day threshold meanwhile (and is still due).
      const later = day(7);
      await scheduler.run(later);
      await scheduler.run(later);
      expect(await timed(dueIn10.id)).toEqual(['milestone.due_soon']);
      expect(await timed(dueIn3.id)).toEqual(['milestone.due_soon', 'milestone.overdue']);
      await worker.drain();
      expect((await deliveriesOf(soon.id, viewer)).length).toBe(2);
      expect((await deliveriesOf(late.id, viewer)).length).toBe(2);

      // Expiring: 90 and 30 days before expiresOn, each once.
      const expiring = await subscribe(viewer, { channel: 'inbox', events: ['document.expiring'] });
      const doc = await f.moveDocumentTo(await f.createDocument(), 'in_force');
      await as(editor)
        .patch(
          `/api/v1/documents/${doc.id}`,
          { expiresOn: day(100) },
          { 'If-Match': `"${(await f.getDocument(doc.id)).version}"` },
        )
        .expect(200);
      const expiringOf = async () =>
        (await eventsOf(doc.id))
          .filter((e) => e.type === 'document.expiring')
          .map((e) => e.payload.daysBefore);
      await scheduler.run(today);
      expect(await expiringOf()).toEqual([]);
      await Promise.all([scheduler.run(day(15)), scheduler.run(day(15))]);
      expect(await expiringOf()).toEqual([90]);
      await Promise.all([scheduler.run(day(75)), scheduler.run(day(80))]);
      expect(await expiringOf()).toEqual([90, 30]);
      await worker.drain();
      expect((await deliveriesOf(expiring.id, viewer)).map((x) => x.eventType)).toEqual([
        'document.expiring',
        'document.expiring',
      ]);
    });

    it('the digest: one email per subscription and day, with the overdue and due-soon milestones under its filter', async () => {
      const d = await f.createDocument({ countries: ['UZ', 'TM'] });
      await milestone({ documentId: d.id, dueOn: day(-1), title: 'Late one' });
      await milestone({ documentId: d.id, dueOn: day(2), title: 'Soon one' });
      await milestone({ documentId: d.id, dueOn: day(40), title: 'Far one' });
      const s = await subscribe(manager, {
        channel: 'email',
        events: ['milestone.due_soon', 'milestone.overdue'],
        digest: true,
        filter: { countries: ['UZ'] },
      });
      email.digests = [];
      const before = email.events.length;
      await Promise.all([scheduler.run(day(0)), scheduler.run(day(0))]);
      await scheduler.run(day(0));
      await worker.drain();
      expect(email.digests).toHaveLength(1);
      // No per-event email for a digest subscription (the admin's overdue subscription above gets its own).
      expect(
        email.events.slice(before).filter((e) => e.recipient.email === 'manager.confidential@test.local'),
      ).toEqual([]);
      const digest = email.digests[0];
      expect(digest.recipient.email).toBe('manager.confidential@test.local');
      expect(digest.day).toBe(day(0));
      expect(digest.overdue.map((i) => i.title)).toEqual(['Late one']);
      expect(digest.dueSoon.map((i) => i.title)).toEqual(['Soon one']);
      expect(digest.dashboardLink).toContain('/milestones?country=UZ');
      const ds = await deliveriesOf(s.id, manager);
      expect(ds).toEqual([
        expect.objectContaining({ eventType: 'digest', eventId: null, status: 'delivered' }),
      ]);
      await scheduler.run(day(1));
      await worker.drain();
      expect(email.digests.filter((m) => m.dashboardLink.endsWith('?country=UZ')).map((m) => m.day)).toEqual([
        day(0),
        day(1),
      ]);
    });
  });

  describe('batched delivery (a burst)', () => {
    /** `n` outbox events about document `documentId`, as a burst of writes leaves them; `classification(i)` per event. */
    const burst = async (documentId: string, n: number, extra: (i: number) => Body = () => ({})) =>
      t.db.query(
        `INSERT INTO notification_events (type, subject_kind, subject_id, subject_title, payload, classification, document_id)
         SELECT 'party.transitioned', 'document', $1, 'Burst agreement', x.payload, x.classification, $1
           FROM jsonb_to_recordset($2::jsonb) AS x(payload jsonb, classification varchar)`,
        [
          documentId,
          JSON.stringify(
            Array.from({ length: n }, (_, i) => ({
              payload: { n: i, ...extra(i) },
              classification: i % 2 ? 'restricted' : 'public',
            })),
          ),
        ],
      );
    const ownerOf = async (subscriptionId: string): Promise<string> =>
      (await t.db.query('SELECT owner_id FROM subscriptions WHERE id = $1', [subscriptionId]))[0].owner_id;

    it('a burst larger than one batch reaches the inbox once per delivery, one attempt each, clearance decided per delivery', async () => {
      const viewer = await t.token('viewer', 'public');
      const d = await f.createDocument();
      const s = await subscribe(viewer, {
        channel: 'inbox',
        events: ['party.transitioned'],
        filter: { documentId: d.id },
      });
      await new Promise((r) => setTimeout(r, 5));
      await burst(d.id, 600);
      await worker.drain();
      const [c] = await t.db.query(
        `SELECT count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
                count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
                count(*) FILTER (WHERE attempts <> 1)::int AS "otherAttempts",
                (SELECT count(*) FROM delivery_attempts a JOIN deliveries x ON x.id = a.delivery_id WHERE x.subscription_id = $1)::int AS attempts
           FROM deliveries WHERE subscription_id = $1`,
        [s.id],
      );
      // The restricted half is refused for a public viewer, inside the same batches as the public half.
      expect(c).toEqual({ delivered: 300, skipped: 300, otherAttempts: 0, attempts: 600 });
      const items = await t.db.query(
        `SELECT n.user_id AS "userId", n.classification, (n.data->>'n')::int AS n, count(*) OVER (PARTITION BY n.delivery_id)::int AS copies
           FROM notifications n JOIN deliveries x ON x.id = n.delivery_id WHERE x.subscription_id = $1`,
        [s.id],
      );
      expect(items).toHaveLength(300);
      expect(items.every((i: Body) => i.classification === 'public' && i.n % 2 === 0 && i.copies === 1)).toBe(
        true,
      );
      const owner = await ownerOf(s.id);
      expect(items.every((i: Body) => i.userId === owner)).toBe(true);
      const listed = await deliveriesOf(s.id, viewer);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((x) => x.attempts === 1)).toBe(true);
    });

    it('sends webhooks a few at a time, never more than four at once; one that throws is retried alone', async () => {
      const d = await f.createDocument({ classification: 'public' });
      const hook = await subscribe(admin, {
        channel: 'webhook',
        target: 'https://hooks.example.org/burst',
        events: ['party.transitioned'],
        filter: { documentId: d.id },
      });
      await new Promise((r) => setTimeout(r, 5));
      await burst(d.id, 12, (i) => (i === 5 ? { explode: true } : {}));
      const send = webhook.send.bind(webhook);
      let inFlight = 0;
      let most = 0;
      webhook.send = async (target, event) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          await new Promise((r) => setTimeout(r, 40));
          if (event.data.explode) throw new Error('socket hang up');
          return await send(target, event);
        } finally {
          inFlight--;
        }
      };
      try {
        await worker.drain();
      } finally {
        webhook.send = send;
      }
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(4);
      const ds = await deliveriesOf(hook.id, admin);
      expect(ds).toHaveLength(12);
      const retrying = ds.filter((x) => x.status === 'retrying');
      expect(retrying).toHaveLength(1);
      expect(retrying[0]).toMatchObject({ attempts: 1, detail: 'error: socket hang up' });
      expect(ds.filter((x) => x.status === 'delivered')).toHaveLength(11);
      expect(ds.every((x) => x.attempts === 1)).toBe(true);
    });

    it('a delivery the database refuses holds back only itself, not the rest of its batch', async () => {
      const viewer = await t.token('viewer', 'confidential');
      const d = await f.createDocument();
      const s = await subscribe(viewer, {
        channel: 'inbox',
        events: ['party.transitioned'],
        filter: { documentId: d.id },
      });
      await new Promise((r) => setTimeout(r, 5));
      await burst(d.id, 20, (i) => (i === 7 ? { poison: true } : {}));
      await t.db.query(`CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.data ? 'poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$`);
      await t.db.query(
        'CREATE TRIGGER test_poison BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION test_poison()',
      );
      try {
        await worker.drain();
      } finally {
        await t.db.query('DROP TRIGGER test_poison ON notifications');
        await t.db.query('DROP FUNCTION test_poison()');
      }
      const rows = await t.db.query(
        `SELECT (e.payload->>'n')::int AS n, x.status, x.attempts, x.next_attempt_at > now() + interval '50 seconds' AS "pushedBack"
           FROM deliveries x JOIN notification_events e ON e.id = x.event_id WHERE x.subscription_id = $1 ORDER BY 1`,
        [s.id],
      );
      expect(rows.filter((r: Body) => r.status === 'delivered').map((r: Body) => r.n)).toEqual(
        Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 7),
      );
      expect(rows.find((r: Body) => r.n === 7)).toEqual({
        n: 7,
        status: 'pending',
        attempts: 0,
        pushedBack: true,
      });
    });
  });
});
