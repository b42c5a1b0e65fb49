import autocannon from 'autocannon';
import type { Client } from 'pg';
import type { RequestSpec } from './load';

/** What one window of the API mix measured. */
export interface BurstWindow {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface NotifyBurstResult {
  events: number;
  connections: number;
  /** The fixed request rate of every window (req/s): a share of the saturated warm-up rate. */
  rate: number;
  /** The API mix measured with the worker idle, before the burst and after it drained. */
  idle: BurstWindow;
  /** The same mix from the first delivery of the burst to its last. */
  draining: BurstWindow;
  idleAfter: BurstWindow;
  /** p99 while draining ÷ p99 idle (before). */
  p99Ratio: number;
  target: number;
  /** Outbox insert → first delivery (includes up to one worker poll interval). */
  firstDeliveryMs: number;
  /** Outbox insert → every delivery settled. */
  drainMs: number;
  /** Events delivered per second from the first delivery to the last. */
  eventsPerSecond: number;
  delivered: number;
  drained: boolean;
}

export interface NotifyBurstOptions {
  url: string;
  token: string;
  /** The bench database, as the bench's own connection. */
  db: Client;
  /** Who subscribes (the bench user): the burst fans out to its inbox. */
  userId: string;
  events: number;
  /** Length of each idle window. */
  seconds: number;
  connections: number;
  /** The API mix (the bench's "get one document" row). */
  next: () => RequestSpec;
  log: (line: string) => void;
  /** The drain is abandoned (and reported as not drained) after this long. */
  timeoutMs?: number;
  /** The windows run at this share of the saturated rate (default 0.5). */
  loadShare?: number;
}

/** p99 of a draining window may exceed the idle p99 by at most this factor (issue 14). */
export const BURST_P99_TARGET = 1.2;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Sample {
  at: number;
  ms: number;
  status: number;
}

/** Runs the mix until `stop()` says so (checked every 50 ms) or for `seconds`; every response timed. */
async function drive(
  o: NotifyBurstOptions,
  limit: { seconds: number } | { stop: () => boolean },
  rate?: number,
): Promise<{ samples: Sample[]; errors: number }> {
  const samples: Sample[] = [];
  const instance = autocannon({
    url: o.url,
    connections: o.connections,
    ...(rate ? { overallRate: rate } : {}),
    duration: 'seconds' in limit ? limit.seconds : 3600,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: any) => {
          const spec = o.next();
          return {
            ...req,
            method: spec.method,
            path: spec.path,
            headers: { authorization: `Bearer ${o.token}`, ...spec.headers },
          };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    samples.push({ at: Date.now(), ms, status });
  });
  let timer: NodeJS.Timeout | undefined;
  if ('stop' in limit) {
    timer = setInterval(() => {
      if (limit.stop()) instance.stop();
    }, 50);
  }
  const result: any = await instance;
  clearInterval(timer);
  return { samples, errors: (result.errors ?? 0) + (result.timeouts ?? 0) };
}

function windowOf(samples: Sample[], errors: number, from: number, to: number): BurstWindow {
  const inside = samples.filter((s) => s.at >= from && s.at <= to);
  const sorted = inside.map((s) => s.ms).sort((a, b) => a - b);
  const seconds = Math.max(0.001, (to - from) / 1000);
  const ok = inside.filter((s) => s.status >= 200 && s.status < 300).length;
  return {
    requests: inside.length,
    seconds,
    rps: ok / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    non2xx: inside.length - ok,
    errors,
  };
}

async function measureIdle(o: NotifyBurstOptions, rate: number): Promise<BurstWindow> {
  const started = Date.now();
  const { samples, errors } = await drive(o, { seconds: o.seconds }, rate);
  return windowOf(samples, errors, started, Date.now());
}

/**
 * The notification burst (issue 14, point 6): the API's p99 while the delivery worker drains a
 * burst, against the same mix with the worker idle. An inbox subscription of the bench user gets
 * `events` outbox events at once (one INSERT, as a burst of writes would leave them), so each
 * fans out to one inbox delivery; the worker runs in the measured Pacta process, as it does in
 * production. The mix runs at a fixed rate (half of what it reached saturated in a warm-up):
 * idle for `seconds`, then from the insert until every delivery has settled (the draining window
 * counts from the first delivery to the last), then idle again.
 * The bench's rows (subscription, events, deliveries, inbox items) are removed afterwards.
 */
export async function notifyBurst(o: NotifyBurstOptions): Promise<NotifyBurstResult> {
  const { db } = o;
  const [m] = (
    await db.query(
      `SELECT m.id, m.title, m.document_id AS "documentId" FROM milestones m LEFT JOIN documents d ON d.id = m.document_id
        WHERE m.classification = 'public' AND (d.id IS NULL OR d.classification = 'public') ORDER BY m.id LIMIT 1`,
    )
  ).rows;
  if (!m) throw new Error('notify-burst: no public milestone in the bench data set');
  const [sub] = (
    await db.query(
      `INSERT INTO subscriptions (owner_id, channel, events, created_by, updated_by, created_at, updated_at)
       VALUES ($1, 'inbox', '{milestone.transitioned}', $1, $1, now() - interval '1 minute', now() - interval '1 minute')
       RETURNING id`,
      [o.userId],
    )
  ).rows;
  const firstSeq: string = (await db.query(`SELECT coalesce(max(seq), 0) AS s FROM notification_events`))
    .rows[0].s;
  try {
    // Warm the mix up saturated; every window then runs at a fixed share of that rate, so that
    // what moves the p99 is the worker's share of the machine, not a queue of a saturated server.
    const warm = await drive(o, { seconds: 2 });
    const warmStart = Math.min(...warm.samples.map((x) => x.at));
    const saturated = windowOf(warm.samples, warm.errors, warmStart, Date.now()).rps;
    const rate = Math.max(1, Math.round(saturated * (o.loadShare ?? 0.5)));
    o.log(`    saturated ${saturated.toFixed(0)} req/s; measuring at ${rate} req/s`);
    const idle = await measureIdle(o, rate);
    o.log(`    idle: p99 ${idle.p99.toFixed(2)} ms, ${idle.rps.toFixed(0)} req/s`);

    const insertedAt = Date.now();
    await db.query(
      `INSERT INTO notification_events (type, subject_kind, subject_id, subject_title, payload, classification, document_id, milestone_id)
       SELECT 'milestone.transitioned', 'milestone', $1, $2, jsonb_build_object('n', n, 'from', 'planned', 'to', 'in_progress'),
              'public', $3, $1 FROM generate_series(1, $4::int) n`,
      [m.id, m.title, m.documentId, o.events],
    );
    let firstAt = 0;
    let lastAt = 0;
    let delivered = 0;
    let drained = false;
    const deadline = insertedAt + (o.timeoutMs ?? 600_000);
    const watch = (async () => {
      for (;;) {
        const [c] = (
          await db.query(
            `SELECT (SELECT count(*) FROM notification_events WHERE seq > $2 AND fanned_out_at IS NULL)::int AS unfanned,
                    count(*) FILTER (WHERE status NOT IN ('pending', 'retrying'))::int AS settled,
                    count(*) FILTER (WHERE status = 'delivered')::int AS delivered
               FROM deliveries WHERE subscription_id = $1`,
            [sub.id, firstSeq],
          )
        ).rows;
        const now = Date.now();
        if (!firstAt && c.settled > 0) firstAt = now;
        delivered = c.delivered;
        if (c.unfanned === 0 && c.settled >= o.events) {
          lastAt = now;
          drained = true;
          return;
        }
        if (now > deadline) {
          lastAt = now;
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const load = await drive(o, { stop: () => lastAt > 0 }, rate);
    await watch;
    const draining = windowOf(load.samples, load.errors, firstAt || insertedAt, lastAt);
    o.log(
      `    draining: p99 ${draining.p99.toFixed(2)} ms, ${draining.rps.toFixed(0)} req/s; ${delivered} delivered in ${lastAt - insertedAt} ms`,
    );
    const idleAfter = await measureIdle(o, rate);
    o.log(`    idle after: p99 ${idleAfter.p99.toFixed(2)} ms, ${idleAfter.rps.toFixed(0)} req/s`);
    const spread = Math.max(1, lastAt - (firstAt || insertedAt));
    return {
      events: o.events,
      connections: o.connections,
      rate,
      idle,
      draining,
      idleAfter,
      p99Ratio: draining.p99 / idle.p99,
      target: BURST_P99_TARGET,
      firstDeliveryMs: firstAt ? firstAt - insertedAt : NaN,
      drainMs: lastAt - insertedAt,
      eventsPerSecond: (delivered / spread) * 1000,
      delivered,
      drained,
    };
  } finally {
    await db.query(
      `DELETE FROM notifications WHERE delivery_id IN (SELECT id FROM deliveries WHERE subscription_id = $1)`,
      [sub.id],
    );
    await db.query('DELETE FROM subscriptions WHERE id = $1', [sub.id]);
    await db.query('DELETE FROM notification_events WHERE seq > $1 AND subject_id = $2', [firstSeq, m.id]);
  }
}
