import type { DataSource, EntityManager } from 'typeorm';
import type { DirectReads } from '../database/direct-reads';
import { type Reader, statusChangeVisibility } from '../auth/clearance';
import { SqlParams } from '../common/paging';

/** One move of a row through its workflow, as `status_changes` records it. */
export interface StatusChange {
  entityType: string;
  entityId: string;
  from: string;
  to: string;
  actorId: string;
  reason: string | null;
  effectiveOn?: string | null;
  /** For rows that are not a document or a milestone; for those a trigger fills both in. */
  classification?: string;
  documentId?: string;
}

/** A status history entry as the API answers it. */
export interface StatusHistoryEntry {
  from: string;
  to: string;
  at: Date;
  actor: { id: string; email: string };
  reason: string | null;
  effectiveOn: string | null;
}

/** Records a status change in the caller's transaction (beside the row's UPDATE and its audit event). */
export async function recordStatusChange(manager: EntityManager, change: StatusChange): Promise<void> {
  await manager.query(
    `INSERT INTO status_changes (entity_type, entity_id, from_status, to_status, at, actor_id, reason, effective_on,
                                 classification, document_id)
     VALUES ($1, $2, $3, $4, now(), $5, $6, $7, $8, $9)`,
    [
      change.entityType,
      change.entityId,
      change.from,
      change.to,
      change.actorId,
      change.reason,
      change.effectiveOn ?? null,
      change.classification ?? null,
      change.documentId ?? null,
    ],
  );
}

/** The status history of one row that `reader` may see (the stricter-of rule, as in the audit log), oldest first. */
export function statusHistory(
  db: DataSource | EntityManager | DirectReads,
  reader: Reader,
  entityType: string,
  entityId: string,
): Promise<StatusHistoryEntry[]> {
  const params = new SqlParams();
  return (db as DirectReads).query<StatusHistoryEntry>(
    `SELECT s.from_status AS "from", s.to_status AS "to", s.at, json_build_object('id', u.id, 'email', u.email) AS actor,
            s.reason, s.effective_on AS "effectiveOn"
       FROM status_changes s JOIN users u ON u.id = s.actor_id
      WHERE s.entity_type = ${params.p(entityType)} AND s.entity_id = ${params.p(entityId)}
        AND ${statusChangeVisibility(reader, params, 's')}
      ORDER BY s.id`,
    params.values,
  );
}
