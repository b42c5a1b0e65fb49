import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '../common/register';

/** The facets of milestone `m` (joined to md, ms) as notification_events columns (see outbox.ts). */
const MILESTONE_FACETS = `m.classification, m.document_id, m.id, COALESCE(m.summit_id, md.summit_id),
  ARRAY(SELECT DISTINCT c FROM unnest(COALESCE(md.countries, '{}'::text[]) || COALESCE(ms.countries, '{}'::text[])) c),
  (CASE WHEN m.sector IS NULL THEN '{}'::text[] ELSE ARRAY[m.sector::text] END),
  ARRAY(SELECT o.institution_id FROM milestone_owners o WHERE o.milestone_id = m.id)`;

const EVENT_COLUMNS = `(type, subject_kind, subject_id, subject_title, payload, occurred_at,
  classification, document_id, milestone_id, summit_id, countries, sectors, owner_institution_ids)`;

/** Only when someone listens: an event type nobody subscribes to is not produced (nor its key). */
const SUBSCRIBED = (type: string) =>
  `EXISTS (SELECT 1 FROM subscriptions sx WHERE sx.active AND NOT sx.digest AND '${type}' = ANY(sx.events))`;

/**
 * Time-based events (§14): milestone.due_soon (each subscription's daysBefore, default 7),
 * milestone.overdue, document.expiring (90 and 30 days before expiresOn), and the daily digest
 * deliveries. It runs on every instance (at start, then every PACTA_NOTIFICATIONS_SCHEDULE_MS)
 * and acts once per item and threshold: each event is inserted in the same statement as its key
 * in notification_schedule_keys (INSERT … ON CONFLICT DO NOTHING), so of two instances racing,
 * the second waits for the first's key and then inserts nothing, and a restart finds the keys.
 * Nothing depends on having run the day before: every run looks at everything whose threshold
 * lies between the threshold and the date itself, so a downtime is caught up on start — an item
 * whose window has closed meanwhile (a due date now past, an expiry now under 30 days for the
 * 90-day notice) is not told late, the later event (overdue, 30 days) stands for it.
 * A key includes the date it counts from, so a milestone moved to a new due date is told again.
 */
@Injectable()
export class NotificationScheduler {
  constructor(private readonly db: DataSource) {}

  /** One pass for `today` (YYYY-MM-DD; default the database's current date); how many rows it made. */
  async run(today?: string): Promise<{ events: number; digests: number }> {
    const day = today ?? null;
    const t = `COALESCE($1::date, current_date)`;
    return inTransaction(this.db, async (manager) => {
      let events = 0;
      const count = (rows: unknown[]) => rows.length;
      const dueSoon = await manager.query(
        `WITH thresholds AS (
           SELECT DISTINCT COALESCE(s.days_before, 7) AS days FROM subscriptions s
            WHERE s.active AND NOT s.digest AND 'milestone.due_soon' = ANY(s.events)),
         candidates AS (
           SELECT m.id, t.days, 'milestone.due_soon:' || m.id || ':' || t.days || ':' || m.due_on AS key
             FROM milestones m CROSS JOIN thresholds t
            WHERE m.status NOT IN ('completed', 'cancelled') AND m.due_on >= ${t} AND m.due_on - t.days <= ${t}),
         keys AS (
           INSERT INTO notification_schedule_keys (key) SELECT key FROM candidates ON CONFLICT DO NOTHING RETURNING key)
         INSERT INTO notification_events ${EVENT_COLUMNS}
         SELECT 'milestone.due_soon', 'milestone', m.id, m.title,
                jsonb_build_object('dueOn', m.due_on::text, 'daysBefore', c.days),
                ((m.due_on - c.days)::timestamp AT TIME ZONE 'UTC'), ${MILESTONE_FACETS}
           FROM candidates c JOIN keys k ON k.key = c.key JOIN milestones m ON m.id = c.id
           LEFT JOIN documents md ON md.id = m.document_id LEFT JOIN summits ms ON ms.id = m.summit_id
         RETURNING id`,
        [day],
      );
      events += count(dueSoon);
      const overdue = await manager.query(
        `WITH candidates AS (
           SELECT m.id, 'milestone.overdue:' || m.id || ':' || m.due_on AS key FROM milestones m
            WHERE m.status NOT IN ('completed', 'cancelled') AND m.due_on < ${t} AND ${SUBSCRIBED('milestone.overdue')}),
         keys AS (
           INSERT INTO notification_schedule_keys (key) SELECT key FROM candidates ON CONFLICT DO NOTHING RETURNING key)
         INSERT INTO notification_events ${EVENT_COLUMNS}
         SELECT 'milestone.overdue', 'milestone', m.id, m.title, jsonb_build_object('dueOn', m.due_on::text),
                ((m.due_on + 1)::timestamp AT TIME ZONE 'UTC'), ${MILESTONE_FACETS}
           FROM candidates c JOIN keys k ON k.key = c.key JOIN milestones m ON m.id = c.id
           LEFT JOIN documents md ON md.id = m.document_id LEFT JOIN summits ms ON ms.id = m.summit_id
         RETURNING id`,
        [day],
      );
      events += count(overdue);
      const expiring = await manager.query(
        `WITH candidates AS (
           SELECT d.id, t.days, 'document.expiring:' || d.id || ':' || t.days || ':' || d.expires_on AS key
             FROM documents d CROSS JOIN (VALUES (90), (30)) AS t(days)
            WHERE d.status = 'in_force' AND d.expires_on IS NOT NULL AND d.expires_on >= ${t}
              AND d.expires_on - t.days <= ${t} AND (t.days = 30 OR d.expires_on - 30 > ${t})
              AND ${SUBSCRIBED('document.expiring')}),
         keys AS (
           INSERT INTO notification_schedule_keys (key) SELECT key FROM candidates ON CONFLICT DO NOTHING RETURNING key)
         INSERT INTO notification_events ${EVENT_COLUMNS}
         SELECT 'document.expiring', 'document', d.id, d.title,
                jsonb_build_object('expiresOn', d.expires_on::text, 'daysBefore', c.days),
                ((d.expires_on - c.days)::timestamp AT TIME ZONE 'UTC'),
                d.classification, d.id, NULL, d.summit_id, COALESCE(d.countries, '{}'::text[]),
                COALESCE(d.sectors, '{}'::text[]), '{}'::uuid[]
           FROM candidates c JOIN keys k ON k.key = c.key JOIN documents d ON d.id = c.id
         RETURNING id`,
        [day],
      );
      events += count(expiring);
      // One digest per subscription and day: the unique (subscription_id, digest_day) is the key.
      const digests = await manager.query(
        `INSERT INTO deliveries (subscription_id, digest_day)
         SELECT s.id, ${t} FROM subscriptions s WHERE s.active AND s.digest AND s.channel = 'email'
         ON CONFLICT DO NOTHING RETURNING id`,
        [day],
      );
      return { events, digests: count(digests) };
    });
  }
}
