import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
  /** CPU time (user + system) the Pacta process used in the window, when its pid is known. */
  pactaCpuMs: number;
  /** 1-minute load average at the end of the window (the machine is shared: read figures with it). */
  load: number;
}

/** One burst, bracketed by the idle windows before and after it (paired: same rate, same process, minutes apart). */
export interface BurstRound {
  before: BurstWindow;
  draining: BurstWindow;
  after: BurstWindow;
  /** p99 while draining ÷ the lower of the two bracketing idle p99s (the stricter reading). */
  p99Ratio: number;
  p99RatioBefore: number;
  p99RatioAfter: number;
  firstDeliveryMs: number;
  drainMs: number;
  eventsPerSecond: number;
  delivered: number;
  drained: boolean;
  /** Pacta CPU per delivered event beyond what the mix alone used at the same rate (idle before). */
  pactaCpuMsPerEvent: number;
}

export interface NotifyBurstResult {
  /** Every burst; the fields below are the round with the median ratio. */
  rounds: BurstRound[];
  events: number;
  connections: number;
  /** The fixed request rate of every window (req/s): a share of the saturated warm-up rate. */
  rate: number;
  /** The API mix measured with the worker idle, before the burst and after it drained. */
  idle: BurstWindow;
  /** The same mix from the first delivery of the burst to its last. */
  draining: BurstWindow;
  idleAfter: BurstWindow;
  /** p99 while draining ÷ the lower of the idle p99s before and after it (median round). */
  p99Ratio: number;
  /** The worst round's ratio. */
  p99RatioMax: number;
  target: number;
  /** Outbox insert → first delivery (includes up to one worker poll interval). */
  firstDeliveryMs: number;
  /** Outbox insert → every delivery settled. */
  drainMs: number;
  /** Events delivered per second from the first delivery to the last. */
  eventsPerSecond: number;
  delivered: number;
  /** Every round drained. */
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
  /** Bursts, one after another, each followed by an idle window (default 1). */
  rounds?: number;
  /** The Pacta process (its CPU time is read from /proc). */
  pid?: number;
}

/** User + system CPU milliseconds of a process so far (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
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

function windowOf(
  samples: Sample[],
  errors: number,
  from: number,
  to: number,
  pactaCpuMs = NaN,
): BurstWindow {
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
    pactaCpuMs,
    load: Math.round(loadavg()[0] * 100) / 100,
  };
}

async function measureIdle(o: NotifyBurstOptions, rate: number): Promise<BurstWindow> {
  const started = Date.now();
  const cpu = cpuMs(o.pid);
  const { samples, errors } = await drive(o, { seconds: o.seconds }, rate);
  return windowOf(samples, errors, started, Date.now(), cpuMs(o.pid) - cpu);
}

/**
 * The notification burst (issue 14, point 6): the API's p99 while the delivery worker drains a
 * burst, against the same mix with the worker idle. An inbox subscription of the bench user gets
 * `events` outbox events at once (one INSERT, as a burst of writes would leave them), so each
 * fans out to one inbox delivery; the worker runs in the measured Pacta process, as it does in
 * production. The mix runs at a fixed rate (half of what it reached saturated in a warm-up):
 * idle for `seconds`, then from the insert until every delivery has settled (the draining window
 * counts from the first delivery to the last), then idle again; `rounds` bursts in a row, each
 * bracketed by the idle windows before and after it. A round's ratio is its draining p99 over the
 * LOWER of its two idle p99s (an idle window that happened to be slow flatters nothing); the
 * result is the median round, with the worst one beside it. Each window records the 1-minute load
 * average and the Pacta process's CPU time (/proc), which contention does not inflate.
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
    let before = await measureIdle(o, rate);
    o.log(`    idle: p99 ${before.p99.toFixed(2)} ms, ${before.rps.toFixed(0)} req/s, load ${before.load}`);
    const rounds: BurstRound[] = [];
    for (let r = 0; r < (o.rounds ?? 1); r++) {
      const round = await burst(o, sub.id, m, rate, before);
      rounds.push(round);
      o.log(
        `    burst ${r + 1}: draining p99 ${round.draining.p99.toFixed(2)} ms, ${round.draining.rps.toFixed(0)} req/s, load ${round.draining.load}; ` +
          `${round.delivered} delivered in ${round.drainMs} ms (${round.eventsPerSecond.toFixed(0)} events/s); ` +
          `idle after: p99 ${round.after.p99.toFixed(2)} ms, load ${round.after.load}; ratio ${round.p99Ratio.toFixed(2)}× ` +
          `(vs before ${round.p99RatioBefore.toFixed(2)}×, vs after ${round.p99RatioAfter.toFixed(2)}×)`,
      );
      before = round.after;
    }
    const sorted = [...rounds].sort((x, y) => x.p99Ratio - y.p99Ratio);
    // The upper median: with an even number of rounds, the worse of the middle two.
    const median = sorted[Math.floor(sorted.length / 2)];
    return {
      rounds,
      events: o.events,
      connections: o.connections,
      rate,
      idle: median.before,
      draining: median.draining,
      idleAfter: median.after,
      p99Ratio: median.p99Ratio,
      p99RatioMax: sorted[sorted.length - 1].p99Ratio,
      target: BURST_P99_TARGET,
      firstDeliveryMs: median.firstDeliveryMs,
      drainMs: median.drainMs,
      eventsPerSecond: median.eventsPerSecond,
      delivered: median.delivered,
      drained: rounds.every((x) => x.drained),
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

/** One burst: `events` outbox events at once, the mix at `rate` until every delivery settled, then an idle window. */
async function burst(
  o: NotifyBurstOptions,
  subscriptionId: string,
  m: { id: string; title: string; documentId: string | null },
  rate: number,
  before: BurstWindow,
): Promise<BurstRound> {
  const { db } = o;
  const seq: string = (await db.query(`SELECT coalesce(max(seq), 0) AS s FROM notification_events`)).rows[0]
    .s;
  const insertedAt = Date.now();
  await db.query(
    `INSERT INTO notification_events (type, subject_kind, subject_id, subject_title, payload, classification, document_id, milestone_id)
     SELECT 'milestone.transitioned', 'milestone', $1, $2, jsonb_build_object('n', n, 'from', 'planned', 'to', 'in_progress'),
            'public', $3, $1 FROM generate_series(1, $4::int) n`,
    [m.id, m.title, m.documentId, o.events],
  );
  let firstAt = 0;
  let lastAt = 0;
  let cpuFirst = NaN;
  let cpuLast = NaN;
  let delivered = 0;
  let drained = false;
  const deadline = insertedAt + (o.timeoutMs ?? 600_000);
  const watch = (async () => {
    for (;;) {
      const [c] = (
        await db.query(
          `SELECT (SELECT count(*) FROM notification_events WHERE seq > $2 AND fanned_out_at IS NULL)::int AS unfanned,
                  count(*) FILTER (WHERE d.status NOT IN ('pending', 'retrying'))::int AS settled,
                  count(*) FILTER (WHERE d.status = 'delivered')::int AS delivered
             FROM deliveries d JOIN notification_events e ON e.id = d.event_id AND e.seq > $2
            WHERE d.subscription_id = $1`,
          [subscriptionId, seq],
        )
      ).rows;
      const now = Date.now();
      if (!firstAt && c.settled > 0) {
        firstAt = now;
        cpuFirst = cpuMs(o.pid);
      }
      delivered = c.delivered;
      if (c.unfanned === 0 && c.settled >= o.events) {
        lastAt = now;
        cpuLast = cpuMs(o.pid);
        drained = true;
        return;
      }
      if (now > deadline) {
        lastAt = now;
        cpuLast = cpuMs(o.pid);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const load = await drive(o, { stop: () => lastAt > 0 }, rate);
  await watch;
  const draining = windowOf(load.samples, load.errors, firstAt || insertedAt, lastAt, cpuLast - cpuFirst);
  const after = await measureIdle(o, rate);
  const spread = Math.max(1, lastAt - (firstAt || insertedAt));
  const idleCpuPerS = before.pactaCpuMs / before.seconds;
  return {
    before,
    draining,
    after,
    p99Ratio: draining.p99 / Math.min(before.p99, after.p99),
    p99RatioBefore: draining.p99 / before.p99,
    p99RatioAfter: draining.p99 / after.p99,
    firstDeliveryMs: firstAt ? firstAt - insertedAt : NaN,
    drainMs: lastAt - insertedAt,
    eventsPerSecond: (delivered / spread) * 1000,
    delivered,
    drained,
    pactaCpuMsPerEvent: (draining.pactaCpuMs - idleCpuPerS * draining.seconds) / Math.max(1, delivered),
  };
}
