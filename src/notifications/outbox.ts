import type { EntityManager } from 'typeorm';
import type { NotificationEventType } from './channels/types';

/**
 * The transactional outbox (spec §14): a write records the notification events it causes with
 * the `manager` of its own transaction, next to its audit event, so a rollback leaves none.
 * Each event keeps what delivery needs later without reading the subject again: its title, its
 * classification (for clearance at delivery) and the facets subscriptions filter on (countries,
 * sectors, document, summit, owner institutions), as they were at the write.
 *
 * Fan-out to subscriptions happens in the delivery worker, not here: the write's transaction
 * stays one INSERT longer and no more, whatever the number of subscribers.
 */

/** The facets of a milestone: its document's and summit's countries, its sector and owners. */
const MILESTONE_FACETS = `
  m.classification, m.document_id, m.id AS milestone_id, COALESCE(m.summit_id, md.summit_id) AS summit_id,
  ARRAY(SELECT DISTINCT c FROM unnest(COALESCE(md.countries, '{}'::text[]) || COALESCE(ms.countries, '{}'::text[])) c) AS countries,
  (CASE WHEN m.sector IS NULL THEN '{}'::text[] ELSE ARRAY[m.sector::text] END) AS sectors,
  ARRAY(SELECT o.institution_id FROM milestone_owners o WHERE o.milestone_id = m.id) AS owner_institution_ids
  FROM milestones m LEFT JOIN documents md ON md.id = m.document_id LEFT JOIN summits ms ON ms.id = m.summit_id
  WHERE m.id = $1`;

const DOCUMENT_FACETS = `
  d.classification, d.id AS document_id, NULL::uuid AS milestone_id, d.summit_id,
  COALESCE(d.countries, '{}'::text[]) AS countries, COALESCE(d.sectors, '{}'::text[]) AS sectors,
  '{}'::uuid[] AS owner_institution_ids
  FROM documents d WHERE d.id = $1`;

const INSERT = `INSERT INTO notification_events (type, subject_kind, subject_id, subject_title, payload, actor_id,
  classification, document_id, milestone_id, summit_id, countries, sectors, owner_institution_ids)`;

/** An event about a milestone (transitioned, progress reported, deadline created, due soon, overdue). */
export async function recordMilestoneEvent(
  manager: EntityManager,
  type: NotificationEventType,
  milestoneId: string,
  data: Record<string, unknown>,
  actorId: string | null,
): Promise<void> {
  await manager.query(`${INSERT} SELECT $2, 'milestone', m.id, m.title, $3::jsonb, $4, ${MILESTONE_FACETS}`, [
    milestoneId,
    type,
    JSON.stringify(data),
    actorId,
  ]);
}

/**
 * A document's event: $1 document, $2 type, $3 payload (JSON), $4 actor, $5 subject kind, $6/$7
 * another subject's id and title (a party), else the document's. The benchmark's raw server sends
 * the same statement (bench/raw-routes.ts).
 */
export const DOCUMENT_EVENT_SQL = `${INSERT} SELECT $2, $5, COALESCE($6::uuid, d.id), COALESCE($7, d.title), $3::jsonb, $4, ${DOCUMENT_FACETS}`;

/** An event about a document, or one of its parties (`subject` then names the party). */
export async function recordDocumentEvent(
  manager: EntityManager,
  type: NotificationEventType,
  documentId: string,
  data: Record<string, unknown>,
  actorId: string | null,
  subject?: { kind: 'party'; id: string; title: string },
): Promise<void> {
  await manager.query(DOCUMENT_EVENT_SQL, [
    documentId,
    type,
    JSON.stringify(data),
    actorId,
    subject?.kind ?? 'document',
    subject?.id ?? null,
    subject?.title ?? null,
  ]);
}
