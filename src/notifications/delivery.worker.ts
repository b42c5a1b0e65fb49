/**
 * The notification delivery worker (§14).
 *
 * Queue: PostgreSQL with `FOR UPDATE SKIP LOCKED`, not pg-boss. pg-boss would fit the engines and
 * can enqueue inside a caller's transaction, but it creates and migrates its own schema at start
 * (outside migrations/ and `migration:check`), and its jobs would duplicate what the outbox
 * already is: the rows in notification_events and deliveries *are* the jobs, written in the write's
 * transaction, inspectable by the deliveries API, and claimed here the same way
 * text_extraction_jobs are. Several instances share the work; none takes a row another holds.
 *
 * Each pass: (1) fan-out: pending events (fanned_out_at IS NULL) get one delivery per matching
 * active subscription (type, filter, daysBefore for due_soon; digest subscriptions get the daily
 * digest instead), 200 events per statement, then are marked; (2) delivery, in batches, by two
 * lanes side by side, each on ONE pooled connection (so the worker holds at most two of the pool,
 * whatever the backlog): the `inbox` lane takes up to 100 due inbox deliveries per transaction,
 * the `outgoing` lane up to 8 emails, webhooks and digests. A batch is claimed with
 * `… ORDER BY next_attempt_at LIMIT n FOR UPDATE OF d SKIP LOCKED` and delivered and settled inside
 * that ONE transaction, which holds the rows' locks: the inbox items are written by one
 * INSERT … SELECT FROM jsonb_to_recordset (unique on delivery_id), emails and webhooks are sent
 * 4 at a time, and the attempts and the deliveries' new states are written by one statement
 * each. A crash at any point rolls the whole batch back to "not delivered" and the retry writes
 * each inbox item once; an email or webhook sent just before a crash is sent again (at least
 * once; the webhook-id and Message-ID stay the delivery id). A kill -9 frees the locks as soon as
 * PostgreSQL sees the connection drop, so another instance retries at once — no lease to wait
 * out. The transaction is idle while a batch sends: each send is cut off after 25 s (a retryable
 * failure), and 8 ÷ 4 rounds of that stay below idle_in_transaction_session_timeout (60 s,
 * src/database/data-source.ts) whatever the channels' own timeouts are. If the database refuses
 * a batch, nothing of it is recorded and the lane takes the same number of deliveries one at a
 * time next, so a row that cannot be written holds back only itself (pushed back a minute).
 *
 * Why batches (issue 14, a 10 000-event burst): one delivery per transaction cost ~7 round trips
 * and a claim that re-sorted the fan-out's whole group of equal next_attempt_at every time,
 * 40–60 ms a delivery on this 2-core machine under load (17–45 deliveries/s); a batch of 250
 * cost ~0.4–0.6 s (claim, events, inbox insert, attempts, update, commit), ~2 ms a delivery.
 *
 * Why it gives way (issue 14: the API's p99 within 20 % while a 10 000-event burst drains): the
 * worker's own CPU in Node is small (0.01–0.04 ms an event); its cost to requests is its
 * PostgreSQL backend competing with theirs for the cores. So every statement of the fan-out and
 * of the inbox lane starts at a moment when this process answers no request (QUIET_WAIT_MS at
 * most), in batches of 100 (fan-out: 200), and after each batch the worker rests half as long as
 * it took. Measured (`npm run bench -- --only=notify-burst`, 7 bursts, docs/RELIABILITY.md): the
 * pooled p99 while draining went from 1.20–1.23× idle (batches of 250, rest only) to 0.87–0.98×,
 * draining at ~1 100–3 400 events/s instead of ~3 300–4 900. The outgoing lane, which mostly waits
 * on receivers, only yields.
 *
 * Clearance is checked at delivery against the recipient as they are then (read by the claiming
 * statement, in the batch's transaction, per delivery — one batch may deliver some rows and skip
 * others): a disabled owner, a
 * clearance below the stricter of the event's classification and the document's/milestone's
 * now, a webhook whose clearance (capped by its owner's, who must still be an admin) is below
 * it: the delivery is `skipped`, nothing is sent. Failures back off base·2^(n−1) (base 30 s,
 * PACTA_NOTIFICATIONS_BACKOFF_BASE_MS), capped at 1 h, until 24 h after the delivery was created;
 * then `failed`.
 */
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { rank, stricter } from '../auth/clearance';
import { itemUrl } from '../common/links';
import { RequestsInFlight } from '../common/requests-in-flight';
import { inTransaction } from '../database/transaction';
import { Row } from '../registers/register';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { EMAIL_CHANNEL, WEBHOOK_CHANNEL } from './channels/tokens';
import type {
  DeliveryResult,
  DigestItem,
  DigestMessage,
  EmailChannel,
  InterfaceLanguage,
  NotificationEventType,
  OutgoingEvent,
  WebhookChannel,
} from './channels/types';
import { NotificationScheduler } from './scheduler';

const FAN_OUT_BATCH = 200;
const BACKOFF_CAP_MS = 3_600_000;
const RETRY_WINDOW_HOURS = 24;
/** Inbox deliveries claimed, written and settled per transaction. */
const INBOX_BATCH = 100;
/** Emails, webhooks and digests claimed per transaction, and how many of them are sent at once. */
const SEND_BATCH = 8;
const SEND_CONCURRENCY = 4;
/**
 * A send that has not answered by then is a retryable failure. A batch's transaction is idle
 * while it sends: ceil(SEND_BATCH / SEND_CONCURRENCY) × this must stay below
 * idle_in_transaction_session_timeout (60 s, src/database/data-source.ts), whatever the channels'
 * own timeouts are configured to.
 */
const SEND_DEADLINE_MS = 25_000;

/**
 * After each fan-out statement and inbox batch the worker rests for this share of the time it
 * took (at most a second): it then holds its connection, and a PostgreSQL backend, at most about
 * two thirds of the time while a burst drains, and requests get the rest (issue 14: the API's
 * p99 within 20 %). The outgoing lane only yields: its time is spent waiting on receivers.
 */
const REST_SHARE = 0.5;

/**
 * Before each statement of a drain's fan-out and inbox lane, the worker waits for a moment when
 * this process answers no request (src/common/requests-in-flight.ts), at most this long: its
 * statements then start between requests rather than under them. The wait is bounded so that
 * under steady load a drain still progresses (one statement per QUIET_WAIT_MS at worst).
 */
const QUIET_WAIT_MS = 50;

/** The two kinds of work a drain runs side by side, each on one connection. */
type Lane = 'inbox' | 'outgoing';

/** Milliseconds before attempt n+1 after n failed ones: base, 2·base, 4·base, … capped at an hour. */
export function backoffMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
}

/**
 * SQL: subscription `s` wants event `e` (type, filter facets, daysBefore); digests excluded. A
 * write's event reaches the subscriptions that existed when it happened (not one created between
 * the write and the fan-out); a time-based event reaches whoever listens when it is produced.
 */
export const SUBSCRIPTION_MATCHES = `s.active AND NOT s.digest AND e.type = ANY(s.events)
  AND (s.created_at <= e.occurred_at OR e.type IN ('milestone.due_soon', 'milestone.overdue', 'document.expiring'))
  AND (NOT (s.filter ? 'countries') OR e.countries && ARRAY(SELECT jsonb_array_elements_text(s.filter->'countries')))
  AND (NOT (s.filter ? 'sectors') OR e.sectors && ARRAY(SELECT jsonb_array_elements_text(s.filter->'sectors')))
  AND (NOT (s.filter ? 'documentId') OR e.document_id = (s.filter->>'documentId')::uuid)
  AND (NOT (s.filter ? 'milestoneId') OR e.milestone_id = (s.filter->>'milestoneId')::uuid)
  AND (NOT (s.filter ? 'summitId') OR e.summit_id = (s.filter->>'summitId')::uuid)
  AND (NOT (s.filter ? 'ownerInstitutionId') OR (s.filter->>'ownerInstitutionId')::uuid = ANY(e.owner_institution_ids))
  AND (e.type <> 'milestone.due_soon' OR COALESCE(s.days_before, 7) = (e.payload->>'daysBefore')::int)`;

interface Claimed extends Row {
  id: string;
  attempts: number;
  expired: boolean;
  eventId: string | null;
  digestDay: string | null;
  subscriptionId: string;
  active: boolean;
  channel: 'inbox' | 'email' | 'webhook';
  target: string | null;
  secret: string | null;
  subClearance: string | null;
  language: InterfaceLanguage;
  daysBefore: number | null;
  filter: Record<string, unknown>;
  ownerId: string;
  email: string;
  displayName: string;
  userClearance: string;
  disabled: boolean;
  roles: string[];
}

type Outcome = DeliveryResult & { skipped?: boolean };

interface EventRow {
  id: string;
  type: string;
  kind: OutgoingEvent['subject']['kind'];
  subjectId: string;
  title: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  classification: string;
  documentId: string | null;
  milestoneId: string | null;
  documentClassification: string | null;
  milestoneClassification: string | null;
  /** The stricter of what it was at the event and what its document and milestone are now. */
  effectiveClassification: string;
}

interface InboxRow {
  d: Claimed;
  e: EventRow;
  event: OutgoingEvent;
}

@Injectable()
export class NotificationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private pollTimer: NodeJS.Timeout | null = null;
  private scheduleTimer: NodeJS.Timeout | null = null;
  /** Scheduler runs and drains, one after another. */
  private chain: Promise<unknown> = Promise.resolve();
  /** The latest drain: while it is under way, a kick adds nothing. */
  private lastDrain: Promise<unknown> | null = null;
  private busy = false;
  private stopped = false;
  /** After a batch failed: how many claims of that lane go one delivery at a time. */
  private readonly isolate: Record<Lane, number> = { inbox: 0, outgoing: 0 };

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
    @Inject(WEBHOOK_CHANNEL) private readonly webhook: WebhookChannel,
    private readonly scheduler: NotificationScheduler,
    private readonly requests: RequestsInFlight,
  ) {}

  /** Before each statement of a drain: a moment with no request in flight (at most QUIET_WAIT_MS away). */
  private giveWay(): Promise<void> {
    return this.requests.quiet(QUIET_WAIT_MS);
  }

  onApplicationBootstrap(): void {
    if (!this.config.notificationsWorker) return;
    // Catch up at start: whatever crossed a threshold while no instance ran.
    this.schedule();
    this.pollTimer = setInterval(() => this.kick(), this.config.notificationsPollMs);
    this.pollTimer.unref();
    this.scheduleTimer = setInterval(() => this.schedule(), this.config.notificationsScheduleMs);
    this.scheduleTimer.unref();
  }

  /** Stops the timers and waits for the pass in progress (each delivery is its own transaction). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.scheduleTimer) clearInterval(this.scheduleTimer);
    await this.chain.catch(() => undefined);
  }

  private schedule(): void {
    this.chain = this.chain
      .catch(() => undefined)
      .then(() => (this.stopped ? undefined : this.scheduler.run()))
      .then(() => this.kick())
      .catch((error: Error) => this.logger.error(`scheduler: ${error.message}`));
  }

  kick(): void {
    if (!this.busy && !this.stopped)
      void this.drain().catch((error: Error) => this.logger.error(error.message));
  }

  /** Fans out and delivers everything due now (after any pass in progress). */
  drain(): Promise<{ fannedOut: number; delivered: number }> {
    const run = this.chain
      .catch(() => undefined)
      .then(async () => {
        let fannedOut = 0;
        for (;;) {
          await this.giveWay();
          const started = Date.now();
          const n = await this.fanOut();
          if (!n) break;
          fannedOut += n;
          await rest(Date.now() - started);
        }
        let delivered = 0;
        const lane = async (kind: Lane) => {
          while (!this.stopped) {
            const one = this.isolate[kind] > 0;
            if (one) this.isolate[kind]--;
            if (kind === 'inbox') await this.giveWay();
            const started = Date.now();
            const n = await this.deliverBatch(kind, one ? 1 : undefined);
            if (!n) return;
            delivered += n;
            // An outgoing batch's time is mostly the receivers' (the database sees a few statements): it only yields.
            await rest(kind === 'inbox' ? Date.now() - started : 0);
          }
        };
        // Both lanes end before the drain does (a failed one does not leave the other running past it).
        const ended = await Promise.allSettled([lane('inbox'), lane('outgoing')]);
        for (const e of ended) if (e.status === 'rejected') throw e.reason;
        return { fannedOut, delivered };
      });
    this.chain = run;
    this.lastDrain = run;
    this.busy = true;
    run
      .finally(() => {
        if (this.lastDrain === run) this.busy = false;
      })
      .catch(() => undefined);
    return run;
  }

  /** One batch of pending events → their deliveries; how many events it took. */
  async fanOut(): Promise<number> {
    const [rows] = await this.db.query(
      `WITH batch AS (
         SELECT id FROM notification_events WHERE fanned_out_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED),
       fan AS (
         INSERT INTO deliveries (event_id, subscription_id)
         SELECT e.id, s.id FROM batch b JOIN notification_events e ON e.id = b.id JOIN subscriptions s ON ${SUBSCRIPTION_MATCHES}
         ON CONFLICT DO NOTHING)
       UPDATE notification_events SET fanned_out_at = now() WHERE id IN (SELECT id FROM batch) RETURNING id`,
      [FAN_OUT_BATCH],
    );
    return (rows as unknown[]).length;
  }

  /**
   * Claims up to `limit` due deliveries of one kind (`inbox` lane: inbox deliveries of events;
   * `outgoing` lane: email, webhooks and digests), delivers and settles them in ONE transaction
   * that holds their row locks; how many it took (0 when none is due). Inbox items are written by
   * one statement, emails and webhooks sent `SEND_CONCURRENCY` at a time, the attempts and the
   * deliveries' new states written by one statement each.
   */
  async deliverBatch(lane: Lane, limit = lane === 'inbox' ? INBOX_BATCH : SEND_BATCH): Promise<number> {
    let claimed: Claimed[] = [];
    try {
      return await inTransaction(this.db, async (manager) => {
        claimed = await manager.query(
          `SELECT d.id, d.attempts + 1 AS attempts, (now() - d.created_at) >= interval '${RETRY_WINDOW_HOURS} hours' AS expired,
                  d.event_id AS "eventId", d.digest_day::text AS "digestDay", d.subscription_id AS "subscriptionId",
                  s.active, s.channel, s.target, s.secret, s.clearance AS "subClearance", s.language,
                  s.days_before AS "daysBefore", s.filter, s.owner_id AS "ownerId",
                  u.email, u.display_name AS "displayName", u.clearance AS "userClearance", u.disabled, u.roles
             FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id JOIN users u ON u.id = s.owner_id
            WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at <= now()
              AND ${lane === 'inbox' ? '' : 'NOT '}(s.channel = 'inbox' AND d.event_id IS NOT NULL)
            ORDER BY d.next_attempt_at, d.id LIMIT $1 FOR UPDATE OF d SKIP LOCKED`,
          [limit],
        );
        if (!claimed.length) return 0;
        // The inbox lane's statements give way to requests one by one; the outgoing lane's time is the receivers'.
        const inner = () => (lane === 'inbox' ? this.giveWay() : Promise.resolve());
        await inner();
        const events = await this.eventsOf(
          manager,
          claimed.filter((d) => d.eventId).map((d) => d.eventId!),
        );
        const outcomes = new Map<string, Outcome>();
        const inbox: InboxRow[] = [];
        const sends: (() => Promise<unknown>)[] = [];
        for (const d of claimed) {
          const e = d.eventId ? events.get(d.eventId) : undefined;
          if (d.eventId && !e) {
            outcomes.set(d.id, {
              ok: false,
              retryable: true,
              detail: 'error: event not found',
              durationMs: 0,
            });
            continue;
          }
          const refused = this.refusal(d, e ? e.effectiveClassification : 'public');
          if (refused) {
            outcomes.set(d.id, {
              ok: false,
              retryable: false,
              skipped: true,
              detail: `skipped: ${refused}`,
              durationMs: 0,
            });
          } else if (e && d.channel === 'inbox') {
            inbox.push({ d, e, event: this.outgoing(d, e) });
          } else if (e) {
            const event = this.outgoing(d, e);
            sends.push(async () => outcomes.set(d.id, await this.send(() => this.sendEvent(d, event))));
          } else {
            // The digest's query runs here, one after another on the batch's connection; only the sending is concurrent.
            const digest = await this.digestOf(manager, d).catch((error: Error): Outcome => ({
              ok: false,
              retryable: true,
              detail: `error: ${error.message}`.slice(0, 500),
              durationMs: 0,
            }));
            if ('recipient' in digest) {
              sends.push(async () =>
                outcomes.set(d.id, await this.send(() => this.email.sendDigest(digest))),
              );
            } else outcomes.set(d.id, digest);
          }
        }
        if (inbox.length) {
          await inner();
          const started = Date.now();
          await this.writeInbox(manager, inbox);
          const durationMs = (Date.now() - started) / inbox.length;
          for (const { d } of inbox)
            outcomes.set(d.id, { ok: true, retryable: false, detail: 'in the inbox', durationMs });
        }
        await boundedAll(sends, SEND_CONCURRENCY);
        await inner();
        await this.settle(manager, claimed, outcomes);
        return claimed.length;
      });
    } catch (error) {
      // The database failed mid-batch: nothing of it was recorded (emails and webhooks already sent
      // are sent again: at least once). The next claims of this lane take one delivery at a time, as
      // many as the batch held, so that one delivery that cannot be written holds back only itself;
      // a single one that fails is pushed back a minute so that it does not head the queue forever.
      const ids = claimed.map((d) => d.id);
      this.logger.warn(
        `${ids.length > 1 ? `a batch of ${ids.length} deliveries from ${ids[0]}` : `delivery ${ids[0] ?? '?'}`}: ${(error as Error).message}`,
      );
      if (ids.length) {
        if (ids.length > 1) this.isolate[lane] = ids.length;
        else
          await this.db
            .query(
              `UPDATE deliveries SET next_attempt_at = now() + interval '60 seconds' WHERE id = $1 AND status IN ('pending', 'retrying')`,
              [ids[0]],
            )
            .catch(() => undefined);
        return ids.length;
      }
      throw error;
    }
  }

  /** The claimed deliveries' events, with their classification at delivery (the stricter of the event's and its subjects' now). */
  private async eventsOf(manager: EntityManager, ids: string[]): Promise<Map<string, EventRow>> {
    if (!ids.length) return new Map();
    const rows: EventRow[] = await manager.query(
      `SELECT e.id, e.type, e.subject_kind AS "kind", e.subject_id AS "subjectId", e.subject_title AS title, e.payload,
              e.occurred_at AS "occurredAt", e.classification, e.document_id AS "documentId", e.milestone_id AS "milestoneId",
              (SELECT x.classification FROM documents x WHERE x.id = e.document_id) AS "documentClassification",
              (SELECT x.classification FROM milestones x WHERE x.id = e.milestone_id) AS "milestoneClassification"
         FROM notification_events e WHERE e.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((e) => [
        e.id,
        {
          ...e,
          effectiveClassification: stricter(
            stricter(e.classification, e.documentClassification),
            e.milestoneClassification,
          ),
        },
      ]),
    );
  }

  private outgoing(d: Claimed, e: EventRow): OutgoingEvent {
    return {
      deliveryId: d.id,
      eventId: e.id,
      type: e.type as NotificationEventType,
      occurredAt: new Date(e.occurredAt).toISOString(),
      subject: { kind: e.kind, id: e.subjectId, title: e.title },
      data: e.payload,
      link:
        e.kind === 'milestone'
          ? itemUrl(this.config.publicUrl, 'milestones', e.subjectId)
          : itemUrl(this.config.publicUrl, 'documents', e.documentId ?? e.subjectId),
    };
  }

  /** The inbox items of a batch, in one statement (unique on delivery_id: a retried one is not written twice). */
  private async writeInbox(manager: EntityManager, rows: InboxRow[]): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (user_id, delivery_id, event_id, type, subject, data, link, classification, occurred_at)
       SELECT x.user_id, x.delivery_id, x.event_id, x.type, x.subject, x.data, x.link, x.classification, x.occurred_at
         FROM jsonb_to_recordset($1::jsonb) AS x(user_id uuid, delivery_id uuid, event_id uuid, type varchar, subject jsonb,
              data jsonb, link text, classification varchar, occurred_at timestamptz)
       ON CONFLICT (delivery_id) DO NOTHING`,
      [
        JSON.stringify(
          rows.map(({ d, e, event }) => ({
            user_id: d.ownerId,
            delivery_id: d.id,
            event_id: e.id,
            type: event.type,
            subject: event.subject,
            data: event.data,
            link: event.link,
            classification: e.effectiveClassification,
            occurred_at: event.occurredAt,
          })),
        ),
      ],
    );
  }

  /** Sends one email, webhook or digest; a channel that throws or does not answer in time is a retryable failure. */
  private async send(sending: () => Promise<Outcome>): Promise<Outcome> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${SEND_DEADLINE_MS} ms`)),
        SEND_DEADLINE_MS,
      );
    });
    try {
      return await Promise.race([sending(), deadline]);
    } catch (error) {
      return {
        ok: false,
        retryable: true,
        detail: `error: ${(error as Error).message}`.slice(0, 500),
        durationMs: Date.now() - started,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Why the recipient may not be told now, or null (the recipient as they are at delivery). */
  private refusal(d: Claimed, classification: string): string | null {
    if (!d.active) return 'subscription paused';
    if (d.disabled) return 'recipient deactivated';
    let clearance = d.userClearance;
    if (d.channel === 'webhook') {
      if (!d.roles.includes('admin')) return 'webhook owner is no longer an admin';
      if (rank(d.subClearance) < rank(clearance)) clearance = d.subClearance ?? 'public';
    }
    return rank(clearance) >= rank(classification) ? null : `above the recipient's clearance (${clearance})`;
  }

  private sendEvent(d: Claimed, event: OutgoingEvent): Promise<Outcome> {
    if (d.channel === 'email') {
      return this.email.sendEvent(
        { email: d.target ?? d.email, displayName: d.displayName, language: d.language },
        event,
      );
    }
    return this.webhook.send({ url: d.target!, secret: d.secret! }, event);
  }

  /** The day's digest: open milestones overdue or due within daysBefore, under the filter, visible to the owner now. */
  private async digestOf(manager: EntityManager, d: Claimed): Promise<DigestMessage | Outcome> {
    const f = d.filter as {
      countries?: string[];
      sectors?: string[];
      documentId?: string;
      milestoneId?: string;
      summitId?: string;
      ownerInstitutionId?: string;
    };
    const rows: (DigestItem & { overdue: boolean })[] = await manager.query(
      `SELECT m.id AS "milestoneId", m.title, m.due_on::text AS "dueOn", m.status, COALESCE(md.title, '') AS "documentTitle",
              m.due_on < $1::date AS overdue
         FROM milestones m LEFT JOIN documents md ON md.id = m.document_id LEFT JOIN summits ms ON ms.id = m.summit_id
        WHERE m.status NOT IN ('completed', 'cancelled') AND m.due_on <= $1::date + $2::int
          AND array_position(ARRAY['public', 'restricted', 'confidential'], m.classification::text) <= $3
          AND ($4::text[] IS NULL OR COALESCE(md.countries, '{}'::text[]) || COALESCE(ms.countries, '{}'::text[]) && $4::text[])
          AND ($5::text[] IS NULL OR m.sector = ANY($5::text[]))
          AND ($6::uuid IS NULL OR m.document_id = $6::uuid)
          AND ($7::uuid IS NULL OR COALESCE(m.summit_id, md.summit_id) = $7::uuid)
          AND ($8::uuid IS NULL OR EXISTS (SELECT 1 FROM milestone_owners o WHERE o.milestone_id = m.id AND o.institution_id = $8::uuid))
          AND ($9::uuid IS NULL OR m.id = $9::uuid)
        ORDER BY m.due_on, m.id LIMIT 500`,
      [
        d.digestDay,
        d.daysBefore ?? 7,
        rank(d.userClearance) + 1,
        f.countries ?? null,
        f.sectors ?? null,
        f.documentId ?? null,
        f.summitId ?? null,
        f.ownerInstitutionId ?? null,
        f.milestoneId ?? null,
      ],
    );
    if (!rows.length) {
      return { ok: false, retryable: false, skipped: true, detail: 'skipped: nothing due', durationMs: 0 };
    }
    const item = ({ overdue: _o, ...r }: DigestItem & { overdue: boolean }): DigestItem => ({
      ...r,
      link: itemUrl(this.config.publicUrl, 'milestones', r.milestoneId),
    });
    const query = new URLSearchParams();
    if (f.countries) query.set('country', f.countries.join(','));
    if (f.sectors) query.set('sector', f.sectors.join(','));
    if (f.documentId) query.set('documentId', f.documentId);
    if (f.summitId) query.set('summitId', f.summitId);
    if (f.ownerInstitutionId) query.set('ownerInstitutionIds', f.ownerInstitutionId);
    const qs = query.toString();
    return {
      recipient: { email: d.target ?? d.email, displayName: d.displayName, language: d.language },
      day: d.digestDay!,
      overdue: rows.filter((r) => r.overdue).map(item),
      dueSoon: rows.filter((r) => !r.overdue).map(item),
      dashboardLink: `${this.config.publicUrl}/milestones${qs ? `?${qs}` : ''}`,
    };
  }

  /** Records the batch's attempts and the deliveries' new states: one statement each. */
  private async settle(
    manager: EntityManager,
    claimed: Claimed[],
    outcomes: Map<string, Outcome>,
  ): Promise<void> {
    const rows = claimed.map((d) => {
      const outcome = outcomes.get(d.id) ?? {
        ok: false,
        retryable: true,
        detail: 'error: not attempted',
        durationMs: 0,
      };
      const status = outcome.ok
        ? 'delivered'
        : outcome.skipped
          ? 'skipped'
          : !outcome.retryable || d.expired
            ? 'failed'
            : 'retrying';
      return {
        id: d.id,
        attempt: d.attempts,
        ok: outcome.ok,
        status,
        status_code: outcome.statusCode ?? null,
        detail: (outcome.detail ?? '').slice(0, 1000),
        duration_ms: Math.max(0, Math.round(outcome.durationMs ?? 0)),
        backoff_s: backoffMs(d.attempts, this.config.notificationsBackoffBaseMs) / 1000,
      };
    });
    const json = JSON.stringify(rows);
    await manager.query(
      `INSERT INTO delivery_attempts (delivery_id, attempt, ok, status_code, detail, duration_ms)
       SELECT x.id, x.attempt, x.ok, x.status_code, x.detail, x.duration_ms
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, attempt int, ok boolean, status_code int, detail text, duration_ms int)`,
      [json],
    );
    await manager.query(
      `UPDATE deliveries d SET attempts = x.attempt, status = x.status, last_attempt_at = now(), status_code = x.status_code,
              detail = x.detail,
              next_attempt_at = CASE WHEN x.status = 'retrying'
                THEN LEAST(now() + make_interval(secs => x.backoff_s), d.created_at + interval '${RETRY_WINDOW_HOURS} hours')
                ELSE d.next_attempt_at END
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, attempt int, status varchar, status_code int, detail text, backoff_s float8)
        WHERE d.id = x.id`,
      [json],
    );
  }
}

/** Runs the tasks, at most `concurrency` at a time. */
async function boundedAll(tasks: (() => Promise<unknown>)[], concurrency: number): Promise<void> {
  let next = 0;
  const runner = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, runner));
}

/** Between two batches: lets the event loop and the database answer requests (REST_SHARE of the batch's time). */
const rest = (batchMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000, Math.round(batchMs * REST_SHARE))));
