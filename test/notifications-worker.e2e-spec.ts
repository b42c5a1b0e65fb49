import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subscribeInbox } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The worker as the app runs it: started with the app (PACTA_NOTIFICATIONS_WORKER defaults to
 * true), polling every PACTA_NOTIFICATIONS_POLL_MS, stopped by app.close(); with no real email
 * relay configured (PACTA_SMTP_URL unset), email is written as an .eml file in the data dir.
 */
describe('notification worker in the running app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ notificationsPollMs: 50, notificationsScheduleMs: 200 });
  });
  afterAll(() => t.close());

  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v) || Date.now() > deadline) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('delivers to the inbox and, without an SMTP relay, writes the email as an .eml file, on its own', async () => {
    const auth = await subscribeInbox(t, 'manager');
    const mail = (
      await t
        .http()
        .post('/api/v1/subscriptions')
        .set(auth)
        .send({ channel: 'email', events: ['milestone.transitioned'] })
        .expect(201)
    ).body;
    const doc = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${await t.token('editor')}`)
      .send({ title: 'Worker agreement', type: 'memorandum_of_understanding', countries: ['AZ', 'KZ'] })
      .expect(201);
    const m = await t
      .http()
      .post('/api/v1/milestones')
      .set(auth)
      .send({
        title: 'Worker milestone',
        documentId: doc.body.id,
        dueOn: '2031-01-01',
        ownerInstitutionIds: [],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/milestones/${m.body.id}/transitions`)
      .set(auth)
      .send({ to: 'in_progress' })
      .expect(200);
    const count = await until(
      async () => (await t.http().get('/api/v1/notifications/unread-count').set(auth)).body.count,
      (n) => n === 1,
    );
    expect(count).toBe(1);
    const deliveries = await until(
      async () => (await t.http().get(`/api/v1/subscriptions/${mail.id}/deliveries`).set(auth)).body.items,
      (items: { id: string; status: string }[]) => items[0]?.status === 'delivered',
    );
    expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    const files = readdirSync(join(t.config.dataDir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(files).toEqual([`${deliveries[0].id}.eml`]);
    const eml = readFileSync(join(t.config.dataDir, 'mail', files[0]), 'utf8');
    expect(eml).toMatch(/Worker milestone/);
  });
});
