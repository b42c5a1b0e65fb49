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
 * digest instead), in one statement, then are marked; (2) delivery: each due delivery is
 * claimed and sent inside ONE transaction that holds its row lock, records the attempt and the
 * outcome. An inbox delivery writes its notifications row in that same transaction (unique on
 * delivery_id), so a crash at any point rolls back to "not delivered" and the retry writes it
 * once; an email or webhook sent just before a crash is sent again (at least once; the webhook-id
 * and Message-ID stay the delivery id). A kill -9 frees the lock as soon as PostgreSQL sees the
 * connection drop, so another instance retries at once — no lease to wait out. The transaction
 * is idle while a channel sends: channel timeouts must stay below
 * idle_in_transaction_session_timeout (60 s, src/database/data-source.ts).
 *
 * Clearance is checked at delivery against the recipient as they are then: a disabled owner, a
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
import { inTransaction } from '../database/transaction';
import { Row } from '../registers/register';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { EMAIL_CHANNEL, WEBHOOK_CHANNEL } from './channels/tokens';
import type {
  DeliveryResult,
  DigestItem,
  EmailChannel,
  InterfaceLanguage,
  NotificationEventType,
  OutgoingEvent,
  WebhookChannel,
} from './channels/types';
import { NotificationScheduler } from './scheduler';

const FAN_OUT_BATCH = 500;
const BACKOFF_CAP_MS = 3_600_000;
const RETRY_WINDOW_HOURS = 24;
/** Deliveries sent at once by one instance (each holds a connection while it sends). */
const LANES = 2;

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

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_CHANNEL) private readonly email: EmailChannel,
    @Inject(WEBHOOK_CHANNEL) private readonly webhook: WebhookChannel,
    private readonly scheduler: NotificationScheduler,
  ) {}

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
        for (let n = await this.fanOut(); n > 0; n = await this.fanOut()) fannedOut += n;
        let delivered = 0;
        const lane = async () => {
          while (!this.stopped && (await this.deliverOne())) delivered++;
        };
        await Promise.all(Array.from({ length: LANES }, lane));
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

  /** Claims, sends and settles one due delivery; false when none is due. */
  async deliverOne(): Promise<boolean> {
    let claimedId: string | null = null;
    try {
      return await inTransaction(this.db, async (manager) => {
        const [d]: Claimed[] = await manager.query(
          `SELECT d.id, d.attempts + 1 AS attempts, (now() - d.created_at) >= interval '${RETRY_WINDOW_HOURS} hours' AS expired,
                  d.event_id AS "eventId", d.digest_day::text AS "digestDay", d.subscription_id AS "subscriptionId",
                  s.active, s.channel, s.target, s.secret, s.clearance AS "subClearance", s.language,
                  s.days_before AS "daysBefore", s.filter, s.owner_id AS "ownerId",
                  u.email, u.display_name AS "displayName", u.clearance AS "userClearance", u.disabled, u.roles
             FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id JOIN users u ON u.id = s.owner_id
            WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at <= now()
            ORDER BY d.next_attempt_at, d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
        );
        if (!d) return false;
        claimedId = d.id;
        const started = Date.now();
        let outcome: Outcome;
        try {
          outcome = d.eventId ? await this.sendEvent(manager, d) : await this.sendDigest(manager, d);
        } catch (error) {
          outcome = {
            ok: false,
            retryable: true,
            detail: `error: ${(error as Error).message}`.slice(0, 500),
            durationMs: Date.now() - started,
          };
        }
        await this.settle(manager, d, outcome);
        return true;
      });
    } catch (error) {
      // The database failed mid-delivery: push it back so it does not head the queue forever.
      this.logger.warn(`delivery ${claimedId ?? '?'}: ${(error as Error).message}`);
      if (claimedId) {
        await this.db
          .query(
            `UPDATE deliveries SET next_attempt_at = now() + interval '60 seconds' WHERE id = $1 AND status IN ('pending', 'retrying')`,
            [claimedId],
          )
          .catch(() => undefined);
        return true;
      }
      throw error;
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

  private async sendEvent(manager: EntityManager, d: Claimed): Promise<Outcome> {
    const [e] = await manager.query(
      `SELECT e.id, e.type, e.subject_kind AS "kind", e.subject_id AS "subjectId", e.subject_title AS title, e.payload,
              e.occurred_at AS "occurredAt", e.classification, e.document_id AS "documentId", e.milestone_id AS "milestoneId",
              (SELECT x.classification FROM documents x WHERE x.id = e.document_id) AS "documentClassification",
              (SELECT x.classification FROM milestones x WHERE x.id = e.milestone_id) AS "milestoneClassification"
         FROM notification_events e WHERE e.id = $1`,
      [d.eventId],
    );
    // The stricter of what it was at the event and what its document and milestone are now.
    const classification = stricter(
      stricter(e.classification, e.documentClassification),
      e.milestoneClassification,
    );
    const refused = this.refusal(d, classification);
    if (refused)
      return { ok: false, retryable: false, skipped: true, detail: `skipped: ${refused}`, durationMs: 0 };
    const event: OutgoingEvent = {
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
    if (d.channel === 'inbox') {
      const started = Date.now();
      await manager.query(
        `INSERT INTO notifications (user_id, delivery_id, event_id, type, subject, data, link, classification, occurred_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9) ON CONFLICT (delivery_id) DO NOTHING`,
        [
          d.ownerId,
          d.id,
          e.id,
          event.type,
          JSON.stringify(event.subject),
          JSON.stringify(event.data),
          event.link,
          classification,
          event.occurredAt,
        ],
      );
      return { ok: true, retryable: false, detail: 'in the inbox', durationMs: Date.now() - started };
    }
    if (d.channel === 'email') {
      return this.email.sendEvent(
        { email: d.target ?? d.email, displayName: d.displayName, language: d.language },
        event,
      );
    }
    return this.webhook.send({ url: d.target!, secret: d.secret! }, event);
  }

  /** The day's digest: open milestones overdue or due within daysBefore, under the filter, visible to the owner now. */
  private async sendDigest(manager: EntityManager, d: Claimed): Promise<Outcome> {
    const refused = this.refusal(d, 'public');
    if (refused)
      return { ok: false, retryable: false, skipped: true, detail: `skipped: ${refused}`, durationMs: 0 };
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
    return this.email.sendDigest({
      recipient: { email: d.target ?? d.email, displayName: d.displayName, language: d.language },
      day: d.digestDay!,
      overdue: rows.filter((r) => r.overdue).map(item),
      dueSoon: rows.filter((r) => !r.overdue).map(item),
      dashboardLink: `${this.config.publicUrl}/milestones${qs ? `?${qs}` : ''}`,
    });
  }

  /** Records the attempt and the delivery's new state. */
  private async settle(manager: EntityManager, d: Claimed, outcome: Outcome): Promise<void> {
    const status = outcome.ok
      ? 'delivered'
      : outcome.skipped
        ? 'skipped'
        : !outcome.retryable || d.expired
          ? 'failed'
          : 'retrying';
    const detail = (outcome.detail ?? '').slice(0, 1000);
    await manager.query(
      `INSERT INTO delivery_attempts (delivery_id, attempt, ok, status_code, detail, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        d.id,
        d.attempts,
        outcome.ok,
        outcome.statusCode ?? null,
        detail,
        Math.max(0, Math.round(outcome.durationMs ?? 0)),
      ],
    );
    await manager.query(
      `UPDATE deliveries SET attempts = $2, status = $3::varchar, last_attempt_at = now(), status_code = $4, detail = $5,
              next_attempt_at = CASE WHEN $3::varchar = 'retrying'
                THEN LEAST(now() + make_interval(secs => $6), created_at + interval '${RETRY_WINDOW_HOURS} hours')
                ELSE next_attempt_at END
        WHERE id = $1`,
      [
        d.id,
        d.attempts,
        status,
        outcome.statusCode ?? null,
        detail,
        backoffMs(d.attempts, this.config.notificationsBackoffBaseMs) / 1000,
      ],
    );
  }
}
