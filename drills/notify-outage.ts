/**
 * `npm run drill:notify-outage [-- --quick] [-- --down S] [-- --backoff MS]`: the mail relay goes
 * away for a while, then the webhook target (first answering 503, then not listening at all),
 * while writes keep producing notifications; each comes back. Guarantees: every event reaches
 * every channel — the inbox exactly once, email and webhook at least once, a repeated webhook
 * with the same `webhook-id` and body, every webhook signature valid (checked with the
 * `standardwebhooks` library) — and no delivery ends `failed`.
 *
 * Real receivers on loopback: an `smtp-server` relay and a node:http endpoint, each stopped and
 * started again on the same port. Events come from real API writes (progress reports on a
 * milestone). The backoff base is shortened with PACTA_NOTIFICATIONS_BACKOFF_BASE_MS (30 s in
 * production), so that a downtime of seconds shows the same doubling a downtime of minutes would.
 */
import { createServer, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import {
  Api,
  freePort,
  json,
  log,
  parseArgs,
  Report,
  sleep,
  startDatabase,
  startPacta,
  type DrillDatabase,
  drillMilestone,
} from './support';

/** An SMTP relay on a fixed loopback port that can be stopped and started again. */
class Relay {
  /** Message-IDs (the delivery id) received, one entry per message: repeats show as duplicates. */
  readonly received: string[] = [];
  private server: SMTPServer | null = null;
  constructor(readonly port: number) {}

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // On close, pooled connections are told 421 at once rather than after 30 s.
      closeTimeout: 100,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const id = /^Message-ID:\s*<([^@>]+)@/im.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
          this.received.push(id ?? '?');
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

interface Hook {
  webhookId: string;
  deliveryId: string;
  eventId: string;
  body: string;
}

/** A webhook endpoint on a fixed loopback port: verifies each signature; can fail (503) or go away. */
class Endpoint {
  readonly received: Hook[] = [];
  badSignatures = 0;
  failing = false;
  answered503 = 0;
  private server: Server | null = null;
  private verifier: Webhook | null = null;
  constructor(readonly port: number) {}

  set secret(secret: string) {
    this.verifier = new Webhook(secret);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (this.failing) {
          this.answered503++;
          res.writeHead(503).end('down for maintenance');
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
        );
        try {
          this.verifier!.verify(body, headers);
        } catch {
          this.badSignatures++;
          res.writeHead(401).end();
          return;
        }
        const data = (JSON.parse(body) as { data: { deliveryId: string; eventId: string } }).data;
        this.received.push({
          webhookId: headers['webhook-id'],
          deliveryId: data.deliveryId,
          eventId: data.eventId,
          body,
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * Deliveries of one channel not yet delivered (pending, retrying, or anything else), counting the
 * events not fanned out yet (each will be one delivery on every channel).
 */
async function undelivered(db: DrillDatabase, channel: string): Promise<number> {
  const [r] = await db.query(
    `SELECT (SELECT count(*) FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
              WHERE s.channel = $1 AND d.status <> 'delivered')::int
          + (SELECT count(*) FROM notification_events WHERE fanned_out_at IS NULL)::int AS n`,
    [channel],
  );
  return r.n as number;
}

async function main(): Promise<void> {
  const args = parseArgs();
  const downSeconds = args.number('down', args.quick ? 6 : 60);
  const backoffMs = args.number('backoff', args.quick ? 250 : 1000);
  /** Events produced per second while a receiver is down. */
  const rate = args.number('rate', args.quick ? 4 : 5);
  const report = new Report('notification outage drill');
  const db = await startDatabase('notify-outage');
  const relay = new Relay(await freePort());
  const endpoint = new Endpoint(await freePort());
  await relay.start();
  await endpoint.start();
  const env = {
    PACTA_NOTIFICATIONS_POLL_MS: '100',
    PACTA_NOTIFICATIONS_BACKOFF_BASE_MS: String(backoffMs),
    PACTA_SMTP_URL: `smtp://127.0.0.1:${relay.port}`,
    PACTA_WEBHOOK_ALLOW_PRIVATE: 'true',
    PACTA_WEBHOOK_TIMEOUT_MS: '3000',
  };
  const pacta = await startPacta(db.url, { env });
  try {
    const api = new Api(pacta.base);
    await api.login();
    const { milestone } = await drillMilestone(api, 'Outage drill');
    const events = ['progress.reported'];
    const subs: Record<string, any> = {};
    for (const [channel, extra] of [
      ['inbox', {}],
      ['email', {}],
      ['webhook', { target: `http://127.0.0.1:${endpoint.port}/pacta` }],
    ] as const) {
      const res = await api.send('POST', '/api/v1/subscriptions', { channel, events, ...extra });
      // The detail never shows the answer: a webhook's carries its secret.
      report.check(`the ${channel} subscription is created`, res.status === 201, String(res.status));
      subs[channel] = json(res);
    }
    endpoint.secret = subs.webhook.secret;
    await sleep(20);

    let produced = 0;
    let writeFailures = 0;
    /** n writes spread evenly over spreadMs (each due at its slot, however long the last took). */
    const produce = async (n: number, spreadMs: number) => {
      const start = Date.now();
      for (let i = 0; i < n; i++) {
        const res = await api.send('POST', `/api/v1/milestones/${milestone.id}/progress`, {
          asOf: '2026-12-01',
          note: `Drill report ${++produced}`,
        });
        if (res.status !== 201) writeFailures++;
        if (spreadMs) await sleep(Math.max(0, start + ((i + 1) * spreadMs) / n - Date.now()));
      }
    };
    const drained = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [r] = await db.query(
          `SELECT (SELECT count(*) FROM notification_events WHERE fanned_out_at IS NULL)::int
                + (SELECT count(*) FROM deliveries WHERE status <> 'delivered')::int AS n`,
        );
        if (r.n === 0) return true;
        if (Date.now() > deadline) return false;
        await sleep(100);
      }
    };
    /** Resolves with the ms from now until the channel has nothing left undelivered. */
    const recovery = (channel: string) => {
      const from = Date.now();
      return (async () => {
        while ((await undelivered(db, channel)) > 0) await sleep(50);
        return Date.now() - from;
      })();
    };

    // 1. Everything up: the baseline.
    await produce(5, 0);
    report.check('all up: the first events are delivered', await drained(30_000));

    // 2. The mail relay goes away while writes go on.
    log(`mail relay down for ${downSeconds} s`);
    await relay.stop();
    const smtpDown = produced;
    await produce(Math.round(downSeconds * rate), downSeconds * 1000);
    const emailBacklog = await undelivered(db, 'email');
    log(`mail relay back (${emailBacklog} email deliveries waiting)`);
    await relay.start();
    const emailBack = recovery('email');

    // 3. The webhook target fails (503) for half its downtime, then stops listening.
    log(`webhook target answers 503 for ${downSeconds / 2} s, then is down for ${downSeconds / 2} s`);
    endpoint.failing = true;
    const hookDown = produced;
    await produce(Math.round((downSeconds / 2) * rate), (downSeconds / 2) * 1000);
    await endpoint.stop();
    endpoint.failing = false;
    await produce(Math.round((downSeconds / 2) * rate), (downSeconds / 2) * 1000);
    const hookBacklog = await undelivered(db, 'webhook');
    log(`webhook target back (${hookBacklog} webhook deliveries waiting)`);
    await endpoint.start();
    const hookBack = recovery('webhook');

    const settled = await drained(Math.max(120_000, downSeconds * 4000));
    report.check('everything drained after both came back', settled);
    const [emailMs, hookMs] = await Promise.all([emailBack, hookBack]);

    const [c] = await db.query(
      `SELECT (SELECT count(*) FROM notification_events)::int AS events,
              (SELECT count(*) FROM deliveries)::int AS deliveries,
              (SELECT count(*) FROM deliveries WHERE status = 'delivered')::int AS delivered,
              (SELECT count(*) FROM deliveries WHERE status = 'failed')::int AS failed,
              (SELECT count(*) FROM notifications)::int AS inbox,
              (SELECT count(DISTINCT event_id) FROM notifications)::int AS "inboxDistinct",
              (SELECT count(*) FROM delivery_attempts)::int AS attempts,
              (SELECT count(*) FROM delivery_attempts WHERE NOT ok)::int AS "failedAttempts",
              (SELECT coalesce(max(attempts), 0) FROM deliveries)::int AS "maxAttempts"`,
    );
    const byChannel: { channel: string; delivery: string; event: string; attempts: number }[] =
      await db.query(
        `SELECT s.channel, d.id AS delivery, d.event_id AS event, d.attempts FROM deliveries d
         JOIN subscriptions s ON s.id = d.subscription_id`,
      );
    const of = (channel: string) => byChannel.filter((d) => d.channel === channel);
    const retriedOf = (channel: string) => of(channel).filter((d) => d.attempts > 1).length;

    report.figure(
      'receiver downtime (each)',
      `${downSeconds} s (webhook: ${downSeconds / 2} s 503, then closed)`,
    );
    report.figure('backoff base', `${backoffMs} ms, doubling`);
    report.figure('events (progress reports) produced', `${produced} (${writeFailures} writes failed)`);
    report.figure(
      'while the relay was down / the webhook was down',
      `${hookDown - smtpDown} / ${produced - hookDown}`,
    );
    report.figure('email backlog at relay restart', emailBacklog);
    report.figure('webhook backlog at target restart', hookBacklog);
    report.figure('relay restart → every email delivered', `${emailMs} ms`);
    report.figure('target restart → every webhook delivered', `${hookMs} ms`);
    report.figure(
      'deliveries / attempts / failed attempts',
      `${c.deliveries} / ${c.attempts} / ${c.failedAttempts}`,
    );
    report.figure(
      'retried deliveries: inbox / email / webhook',
      `${retriedOf('inbox')} / ${retriedOf('email')} / ${retriedOf('webhook')}`,
    );
    report.figure('most attempts for one delivery', c.maxAttempts);
    report.figure('emails received (with repeats)', relay.received.length);
    report.figure(
      'webhooks received (with repeats)',
      `${endpoint.received.length} (+${endpoint.answered503} answered 503)`,
    );

    report.check('every write succeeded', writeFailures === 0, `${writeFailures}`);
    report.check('one event per write', c.events === produced, `${c.events} of ${produced}`);
    report.check('one delivery per event and channel', c.deliveries === produced * 3, `${c.deliveries}`);
    report.check('no delivery failed', c.failed === 0, `${c.failed}`);
    report.check('every delivery delivered', c.delivered === c.deliveries, `${c.delivered}/${c.deliveries}`);
    report.check(
      'the inbox has every event exactly once',
      c.inbox === produced && c.inboxDistinct === produced,
      `${c.inbox} items, ${c.inboxDistinct} distinct`,
    );
    const mails = new Set(relay.received);
    const missingMail = of('email').filter((d) => !mails.has(d.delivery));
    report.check(
      'every email arrived at least once',
      missingMail.length === 0,
      `${missingMail.length} missing`,
    );
    report.check(
      'the relay outage was real: emails were retried',
      retriedOf('email') > 0 && emailBacklog > 0,
      `${retriedOf('email')} retried`,
    );
    const hooks = new Map<string, Hook[]>();
    for (const h of endpoint.received) hooks.set(h.webhookId, [...(hooks.get(h.webhookId) ?? []), h]);
    const missingHooks = of('webhook').filter((d) => !hooks.has(d.delivery));
    report.check(
      'every webhook arrived at least once',
      missingHooks.length === 0,
      `${missingHooks.length} missing`,
    );
    const inconsistent = [...hooks.values()].filter(
      (list) =>
        list.some((h) => h.deliveryId !== h.webhookId) ||
        new Set(list.map((h) => h.body)).size !== 1 ||
        !of('webhook').some((d) => d.delivery === list[0].webhookId && d.event === list[0].eventId),
    );
    report.check(
      'a webhook repeated carries the same webhook-id, body and event',
      inconsistent.length === 0,
      `${endpoint.received.length - hooks.size} repeats, ${inconsistent.length} inconsistent`,
    );
    report.check(
      'every webhook signature verified',
      endpoint.badSignatures === 0,
      `${endpoint.badSignatures} bad`,
    );
    report.check(
      'the webhook outage was real: webhooks were retried',
      retriedOf('webhook') > 0 && endpoint.answered503 > 0,
      `${retriedOf('webhook')} retried`,
    );
    report.check('the inbox never waited on a receiver', retriedOf('inbox') === 0, `${retriedOf('inbox')}`);
    // One email that waited out the outage, as the delivery log shows it: failed attempts, then delivered.
    const retried = of('email').find((d) => d.attempts > 1);
    const logged = retried
      ? json(await api.send('GET', `/api/v1/subscriptions/${subs.email.id}/deliveries/${retried.delivery}`))
      : null;
    const attempts = (logged?.attempts ?? []) as { ok: boolean; detail: string }[];
    report.check(
      'the delivery log shows each attempt of a retried email',
      logged?.status === 'delivered' &&
        attempts.length === retried!.attempts &&
        attempts.slice(0, -1).every((a) => !a.ok) &&
        attempts.at(-1)!.ok === true,
      attempts.map((a) => (a.ok ? 'ok' : a.detail.slice(0, 40))).join(' | '),
    );
  } finally {
    pacta.kill('SIGTERM');
    await pacta.exited;
    await relay.stop().catch(() => undefined);
    await endpoint.stop().catch(() => undefined);
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`notification outage drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
