/**
 * `npm run drill:notify-crash [-- --quick] [-- --events N]`: kill -9 an instance in the middle of
 * delivering a burst of notifications, then let two instances finish on the same database.
 * Guarantees: every event is fanned out once; every delivery ends `delivered`; the inbox holds
 * exactly one notification per delivery (none lost, none twice, whatever the kill interrupted);
 * the two instances never deliver the same row at once (SKIP LOCKED; at most one attempt per
 * delivery beyond the one the kill cut off).
 *
 * The events are inserted straight into the outbox (as a burst of writes would leave them): what
 * is drilled is delivery; that a write records its event atomically is test/notifications.e2e-spec.ts.
 */
import {
  Api,
  drillMilestone,
  json,
  log,
  parseArgs,
  Report,
  sleep,
  startDatabase,
  startPacta,
} from './support';

async function main(): Promise<void> {
  const args = parseArgs();
  const events = args.number('events', args.quick ? 2000 : 10_000);
  const report = new Report('notification crash drill');
  const db = await startDatabase('notify-crash');
  const env = { PACTA_NOTIFICATIONS_POLL_MS: '100' };
  let a = await startPacta(db.url, { env });
  const others: Awaited<ReturnType<typeof startPacta>>[] = [];
  try {
    const api = new Api(a.base);
    await api.login();
    const { doc, milestone } = await drillMilestone(api, 'Drill');
    const sub = await api.send('POST', '/api/v1/subscriptions', {
      channel: 'inbox',
      events: ['milestone.transitioned'],
    });
    report.check('the inbox subscription is created', sub.status === 201, String(sub.status));
    await sleep(50);
    await db.query(
      `INSERT INTO notification_events (type, subject_kind, subject_id, subject_title, payload, classification, document_id, milestone_id, countries)
       SELECT 'milestone.transitioned', 'milestone', $1, 'Drill milestone', jsonb_build_object('n', n, 'from', 'planned', 'to', 'in_progress'),
              'public', $2, $1, ARRAY['AZ', 'KZ'] FROM generate_series(1, $3) n`,
      [milestone.id, doc.id, events],
    );
    const burstAt = Date.now();
    log(`${events} events in the outbox; waiting for deliveries to start`);
    const delivered = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM deliveries WHERE status = 'delivered'`))[0].n as number;
    const deadline = Date.now() + 120_000;
    while ((await delivered()) < Math.min(200, events / 10) && Date.now() < deadline) await sleep(20);
    const atKill = await delivered();
    log(`kill -9 ${a.pid} with ${atKill} delivered`);
    a.kill('SIGKILL');
    const code = await a.exited;
    report.check('the instance was killed by SIGKILL', code === 'SIGKILL', String(code));
    report.figure('delivered before the kill', atKill);
    const restartAt = Date.now();
    a = await startPacta(db.url, { env });
    others.push(await startPacta(db.url, { env }));
    const pending = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM notification_events WHERE fanned_out_at IS NULL)::int
                + (SELECT count(*) FROM deliveries WHERE status IN ('pending', 'retrying'))::int AS n`,
        )
      )[0].n as number;
    const drainDeadline = Date.now() + 600_000;
    while ((await pending()) > 0 && Date.now() < drainDeadline) await sleep(200);
    report.figure('restart to drained (two instances)', `${Date.now() - restartAt} ms`);
    report.figure('burst to drained', `${Date.now() - burstAt} ms`);
    const [c] = await db.query(
      `SELECT (SELECT count(*) FROM notification_events)::int AS events,
              (SELECT count(*) FROM notification_events WHERE fanned_out_at IS NULL)::int AS unfanned,
              (SELECT count(*) FROM deliveries)::int AS deliveries,
              (SELECT count(*) FROM deliveries WHERE status = 'delivered')::int AS delivered,
              (SELECT count(*) FROM notifications)::int AS inbox,
              (SELECT count(DISTINCT (user_id, event_id)) FROM notifications)::int AS distinctInbox,
              (SELECT count(*) FROM deliveries WHERE attempts > 1)::int AS retried,
              (SELECT count(*) FROM delivery_attempts)::int AS attempts`,
    );
    report.figure('events / deliveries / inbox items', `${c.events} / ${c.deliveries} / ${c.inbox}`);
    report.figure('attempts recorded', `${c.attempts} (${c.retried} deliveries took more than one)`);
    report.check('every event was fanned out', c.unfanned === 0, `${c.unfanned} left`);
    report.check('one delivery per event and subscription', c.deliveries === events, `${c.deliveries}`);
    report.check(
      'every delivery was delivered',
      c.delivered === c.deliveries,
      `${c.delivered}/${c.deliveries}`,
    );
    report.check('no notification lost: one inbox item per delivery', c.inbox === c.deliveries, `${c.inbox}`);
    report.check(
      'no inbox item twice',
      c.distinctinbox === c.inbox,
      `${c.distinctinbox} distinct of ${c.inbox}`,
    );
    report.check('no delivery attempted twice at once (two instances)', c.retried === 0, `${c.retried}`);
    const unread = json(await new Api(a.base, api.token).send('GET', '/api/v1/notifications/unread-count'));
    report.check('the inbox API counts them', unread?.count === events, JSON.stringify(unread));
  } finally {
    for (const p of [a, ...others]) {
      p.kill('SIGTERM');
      await p.exited;
    }
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`notification crash drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
