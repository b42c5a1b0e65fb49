import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { directReads } from '../database/direct-reads';
import { Actor } from '../auth/actor';
import { eventVisibility, mayRead, type Reader, stricter } from '../auth/clearance';
import { keysetPage, Page, PageQuery, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import {
  canonicalJson,
  chainHash,
  eventContent,
  GENESIS_HASH,
  HashedContent,
} from '../common/canonical-json';
import { ambientTransaction } from '../database/transaction';
import type { AuditAction, AuditEntityType } from './audit-vocabulary';

export type Changes = Record<string, [unknown, unknown]>;

export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  changes: Changes;
  reason?: string | null;
  /** The document whose classification governs who may see this event. */
  documentId?: string | null;
  /** The milestone whose classification governs who may see this event. */
  milestoneId?: string | null;
  /**
   * The classification at the time of writing: the stricter of the entity's before and after the
   * change (readers need it and the current one, see auth/clearance.ts).
   */
  classification?: string;
  /** The import whose apply wrote this (§15); absent otherwise. */
  importId?: string | null;
}

/** Who an event names: a signed-in actor, or an attempted email for a failed login. */
export interface AuditActor {
  id: string | null;
  email: string | null;
  requestId: string | null;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: { id: string | null; email: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Changes;
  reason: string | null;
  requestId: string | null;
  hash: string;
  prevHash: string;
}

export interface AuditFilter {
  entityType?: string[];
  entityId?: string[];
  actorId?: string[];
  action?: string[];
  from?: string;
  to?: string;
}

/** An audit event as EVENT_COLUMNS reads it (seq is a bigint: pg answers it as text). */
export type EventRow = {
  seq: string;
  id: string;
  occurredAt: Date | string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Changes;
  reason: string | null;
  requestId: string | null;
  documentId: string | null;
  milestoneId: string | null;
  classification: string;
  importId: string | null;
  hash: string;
  prevHash: string;
};

export const EVENT_COLUMNS = `e.seq, e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_email AS "actorEmail",
  e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", e.changes, e.reason, e.request_id AS "requestId",
  e.document_id AS "documentId", e.milestone_id AS "milestoneId", e.classification, e.import_id AS "importId", e.hash, e.prev_hash AS "prevHash"`;

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * One statement appends an event: the chain head's UPDATE takes its row lock (held until the
 * caller commits, so appends are ordered: no forks, no gaps), numbers the event, stamps its time
 * (this process's clock, but never earlier than the previous event's, so time follows seq) and
 * hashes it; the INSERT stores what the UPDATE returned. Every SET expression reads the head as
 * it was, and is re-evaluated on the newest head after a lock wait.
 */
export const AUDIT_APPEND_SQL = `WITH head AS (
    UPDATE audit_chain_head
       SET seq = seq + 1, prev_hash = hash, at = greatest($3::timestamptz, at),
           hash = encode(sha256(convert_to(hash || '|' || (seq + 1)::text || '|'
             || to_char(greatest($3::timestamptz, at) AT TIME ZONE 'UTC', ${ISO_MS}) || '|' || $1, 'UTF8')), 'hex')
     WHERE id = 1
    RETURNING seq, hash, prev_hash, at)
  INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_email, action, entity_type, entity_id, changes,
                            reason, request_id, document_id, milestone_id, classification, import_id, hash, prev_hash)
  SELECT head.seq, $2, head.at, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15, head.hash, head.prev_hash FROM head`;

/**
 * Runs the search index's refresh now rather than at COMMIT. `search_flush` is a deferred
 * constraint trigger (migrations/1796950000000-SearchRefreshAtCommit.ts): left deferred, it
 * rebuilds the changed entries after the append has taken the chain head's row lock, so every
 * writer waited for the others' search refreshes too (3–5 ms a document, 25 ms from a cold
 * cache). Made immediate just before the append, the refresh runs outside the lock and the
 * head is held for the append and the commit alone. A later mark in the same transaction
 * (none today: the append is the last write) would refresh at once, which is still correct.
 */
export const SEARCH_FLUSH_SQL = 'SET CONSTRAINTS search_flush IMMEDIATE';

/** The parameters of AUDIT_APPEND_SQL for one event. */
export function auditAppendParams(actor: AuditActor, input: AuditInput): unknown[] {
  const changes = onlyChanged(input.action, JSON.parse(JSON.stringify(input.changes ?? {})) as Changes);
  const content: HashedContent = {
    id: randomUUID(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes,
    reason: input.reason ?? null,
    requestId: actor.requestId,
    documentId: input.documentId ?? null,
    milestoneId: input.milestoneId ?? null,
    classification: input.classification ?? 'public',
    // Absent (not null) when there is none, so events written before imports hash as they did.
    importId: input.importId ?? ambientTransaction()?.importId ?? undefined,
  };
  return [
    eventContent(content),
    content.id,
    new Date().toISOString(),
    content.actorId,
    content.actorEmail,
    content.action,
    content.entityType,
    content.entityId,
    JSON.stringify(changes),
    content.reason,
    content.requestId,
    content.documentId,
    content.milestoneId,
    content.classification,
    content.importId ?? null,
  ];
}

/**
 * The append-only, hash-chained audit log. `append` runs inside the caller's transaction, so
 * an event commits or rolls back with its write. The chain head row is updated and the event
 * inserted in one statement: the row lock orders concurrent appends (no forks, no gaps) and
 * is held only until the caller commits.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, actor: AuditActor, input: AuditInput): Promise<void> {
    await manager.query(SEARCH_FLUSH_SQL);
    await manager.query(AUDIT_APPEND_SQL, auditAppendParams(actor, input));
  }

  /**
   * Appends several events, in order, in three statements whatever their number (a batch write,
   * e.g. an import's creates): one event each, numbered, timed and hash-chained exactly as
   * `append` would, under the same chain head lock. The head is locked and read, the chain
   * continued here with the same hash as AUDIT_APPEND_SQL computes, every event inserted in one
   * statement and the head moved to the last. One event → `append` itself.
   */
  async appendMany(manager: EntityManager, actor: AuditActor, inputs: readonly AuditInput[]): Promise<void> {
    if (inputs.length <= 1) {
      if (inputs[0]) await this.append(manager, actor, inputs[0]);
      return;
    }
    const events = inputs.map((input) => auditAppendParams(actor, input));
    await manager.query(SEARCH_FLUSH_SQL);
    const [head]: { seq: string; hash: string; at: string }[] = await manager.query(
      `SELECT seq::text AS seq, hash, to_char(greatest($1::timestamptz, at) AT TIME ZONE 'UTC', ${ISO_MS}) AS at
         FROM audit_chain_head WHERE id = 1 FOR UPDATE`,
      [events[events.length - 1][2]],
    );
    if (!head) throw new Error('The audit chain head is missing.');
    const columns: unknown[][] = Array.from({ length: 17 }, () => []);
    let seq = BigInt(head.seq);
    let prev = head.hash;
    for (const params of events) {
      seq += 1n;
      const hash = chainHash(prev, seq.toString(), head.at, params[0] as string);
      const row = [seq.toString(), params[1], head.at, ...params.slice(3), hash, prev];
      row.forEach((value, i) => columns[i].push(value));
      prev = hash;
    }
    await manager.query(
      `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_email, action, entity_type, entity_id, changes,
                                 reason, request_id, document_id, milestone_id, classification, import_id, hash, prev_hash)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                            $8::uuid[], $9::jsonb[], $10::text[], $11::text[], $12::uuid[], $13::uuid[], $14::text[],
                            $15::uuid[], $16::text[], $17::text[])`,
      columns,
    );
    const last = columns[15][columns[15].length - 1];
    const lastPrev = columns[16][columns[16].length - 1];
    await manager.query(
      `UPDATE audit_chain_head SET seq = $1, hash = $2, prev_hash = $3, at = $4 WHERE id = 1`,
      [seq.toString(), last, lastPrev, head.at],
    );
  }

  private where(actor: Actor, filter: AuditFilter, params: SqlParams): string[] {
    const where = [eventVisibility(actor, params, 'e')];
    if (filter.entityType?.length) where.push(`e.entity_type = ANY(${params.p(filter.entityType)})`);
    if (filter.entityId?.length) where.push(`e.entity_id = ANY(${params.p(filter.entityId)}::uuid[])`);
    if (filter.actorId?.length) where.push(`e.actor_id = ANY(${params.p(filter.actorId)}::uuid[])`);
    if (filter.action?.length) where.push(`e.action = ANY(${params.p(filter.action)})`);
    if (filter.from) where.push(`e.occurred_at >= ${params.p(filter.from)}`);
    if (filter.to) where.push(`e.occurred_at < ${params.p(filter.to)}`);
    return where;
  }

  /** Events oldest first, keyset-paged on their sequence number. */
  list(actor: Actor, filter: AuditFilter, page: PageQuery): Promise<Page<AuditEventView>> {
    const params = new SqlParams();
    return this.page(this.where(actor, filter, params), params, page);
  }

  /** The same events as `list`, in batches, for streaming exports with bounded memory. */
  async *stream(actor: Actor, filter: AuditFilter, batch = 1000): AsyncGenerator<AuditEventView> {
    let after = '0';
    for (;;) {
      const params = new SqlParams();
      const where = this.where(actor, filter, params);
      where.push(`e.seq > ${params.p(after)}`);
      const rows = await this.dataSource.query(
        `SELECT ${EVENT_COLUMNS} FROM audit_events e WHERE ${where.join(' AND ')} ORDER BY e.seq LIMIT ${params.p(batch)}`,
        params.values,
      );
      for (const row of rows) yield toView(row);
      if (rows.length < batch) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /**
   * One entity's events that the actor may see, oldest first (the caller has checked that the
   * actor may see the entity now): after a downgrade or a move, what was written above the
   * actor's clearance stays hidden, as in `list`.
   */
  history(
    actor: Actor,
    entityType: string,
    entityId: string,
    page: PageQuery,
  ): Promise<Page<AuditEventView>> {
    const params = new SqlParams();
    const where = [
      `e.entity_id = ${params.p(entityId)}`,
      `e.entity_type = ${params.p(entityType)}`,
      eventVisibility(actor, params, 'e'),
    ];
    return this.page(where, params, page);
  }

  private async page(where: string[], params: SqlParams, page: PageQuery): Promise<Page<AuditEventView>> {
    return keysetPage(
      directReads(this.dataSource),
      {
        select: EVENT_COLUMNS,
        from: 'audit_events e',
        where,
        params,
        page: { ...page, sort: undefined },
        sortable: { seq: { expr: 'e.seq', type: 'bigint' } },
        defaultSort: 'seq',
        idExpr: 'e.seq',
        idType: 'bigint',
      },
      toView,
    );
  }

  /**
   * The fields of the `entityType` entity `entityId` as they stood at `asOf`, replayed from its
   * create, update and transition events; null when it did not exist then (not yet created, or
   * deleted), when it is of another type, or when the actor's clearance does not cover its
   * classification then or, for a deleted entity, its deletion event (see auth/clearance.ts).
   * The caller checks the entity as it is now, when it still exists.
   */
  async stateAsOf(
    actor: Actor,
    entityType: string,
    entityId: string,
    asOf: string,
  ): Promise<Record<string, unknown> | null> {
    const params = new SqlParams();
    const [id, type] = [params.p(entityId), params.p(entityType)];
    const [deletion]: { visible: boolean }[] = await this.dataSource.query(
      `SELECT ${eventVisibility(actor, params, 'e')} AS visible FROM audit_events e
        WHERE e.entity_id = ${id} AND e.entity_type = ${type} AND e.action = 'delete' ORDER BY e.seq DESC LIMIT 1`,
      params.values,
    );
    if (deletion && !deletion.visible) return null;
    const rows: { action: string; changes: Changes; occurredAt: Date; actorId: string }[] =
      await this.dataSource.query(
        `SELECT action, changes, occurred_at AS "occurredAt", actor_id AS "actorId" FROM audit_events
          WHERE entity_id = $1 AND entity_type = $2 AND occurred_at <= $3 ORDER BY seq`,
        [entityId, entityType, asOf],
      );
    let state: Record<string, unknown> | null = null;
    for (const row of rows) {
      if (row.action === 'create') state = {};
      if (state === null) continue;
      if (row.action === 'delete') {
        state = null;
        continue;
      }
      if (!['create', 'update', 'transition'].includes(row.action)) continue;
      for (const [field, [, after]] of Object.entries(row.changes)) state[field] = after;
      state.updatedAt = new Date(row.occurredAt).toISOString();
      state.updatedBy = row.actorId;
    }
    if (!state || !mayRead(actor, await this.classificationAt(state, asOf))) return null;
    return state;
  }

  /**
   * The classification a replayed state had at `asOf`: its own, or — stricter — its document's
   * then (a milestone's copy changes with its document's without an event of its own).
   */
  private async classificationAt(state: Record<string, unknown>, asOf: string): Promise<string> {
    const own = typeof state.classification === 'string' ? state.classification : 'public';
    if (typeof state.documentId !== 'string') return own;
    const [document]: { classification: string | null }[] = await this.dataSource.query(
      `SELECT changes -> 'classification' ->> 1 AS classification FROM audit_events
        WHERE entity_id = $1 AND entity_type = 'document' AND occurred_at <= $2 AND changes ? 'classification'
        ORDER BY seq DESC LIMIT 1`,
      [state.documentId, asOf],
    );
    return stricter(own, document?.classification ?? own);
  }

  /**
   * Recomputes the whole chain in batches: constant memory however long the log. Every event is
   * checked whoever asks (a chain cannot be verified in part), but the answer speaks only of what
   * the reader may see: `checked` counts the events visible to them, and `firstInvalidId` is
   * given only when that event is one of them. So a reader below some events' classification
   * learns neither how many there are nor their ids; `valid` still vouches for the whole chain.
   */
  async verify(
    reader: Reader,
    batch = 5000,
  ): Promise<{ valid: boolean; checked: number; firstInvalidId?: string }> {
    let prev = GENESIS_HASH;
    let lastSeq = 0n;
    let checked = 0;
    const params = new SqlParams();
    const visible = eventVisibility(reader, params, 'e');
    const after = params.p(null);
    const limit = params.p(batch);
    for (;;) {
      params.values[params.values.length - 2] = lastSeq.toString();
      const rows = await this.dataSource.query(
        `SELECT ${EVENT_COLUMNS}, ${visible} AS visible FROM audit_events e WHERE e.seq > ${after} ORDER BY e.seq LIMIT ${limit}`,
        params.values,
      );
      for (const row of rows) {
        const seq = BigInt(row.seq);
        const occurredAt = new Date(row.occurredAt).toISOString();
        const content = eventContent({
          id: row.id,
          actorId: row.actorId,
          actorEmail: row.actorEmail,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          changes: row.changes,
          reason: row.reason,
          requestId: row.requestId,
          documentId: row.documentId,
          milestoneId: row.milestoneId,
          classification: row.classification,
          importId: row.importId ?? undefined,
        });
        const ok =
          seq === lastSeq + 1n &&
          row.prevHash === prev &&
          row.hash === chainHash(prev, row.seq, occurredAt, content);
        if (!ok)
          return row.visible ? { valid: false, checked, firstInvalidId: row.id } : { valid: false, checked };
        if (row.visible) checked++;
        prev = row.hash;
        lastSeq = seq;
      }
      if (rows.length < batch) break;
    }
    const head = await this.dataSource.query('SELECT seq, hash FROM audit_chain_head WHERE id = 1');
    if (!head[0] || BigInt(head[0].seq) !== lastSeq || head[0].hash !== prev) {
      return { valid: false, checked };
    }
    return { valid: true, checked };
  }
}

/** Actions whose `changes` are a snapshot of the whole entity (asOf replays them; a delete keeps what was deleted). */
const SNAPSHOT_ACTIONS = new Set(['create', 'delete']);

/** Every other event keeps only the fields whose value really changed: [x, x] pairs are noise to an auditor. */
function onlyChanged(action: string, changes: Changes): Changes {
  if (SNAPSHOT_ACTIONS.has(action)) return changes;
  return Object.fromEntries(
    Object.entries(changes).filter(
      ([, pair]) => !Array.isArray(pair) || canonicalJson(pair[0] ?? null) !== canonicalJson(pair[1] ?? null),
    ),
  );
}

export function toView(row: EventRow): AuditEventView {
  return {
    id: row.id,
    occurredAt: new Date(row.occurredAt).toISOString(),
    actor: { id: row.actorId, email: row.actorEmail },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: row.changes,
    reason: row.reason,
    requestId: row.requestId,
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

export function assertInstant(value: string | undefined, field: string): void {
  if (value !== undefined && Number.isNaN(Date.parse(value)))
    throw Problem.invalidField(field, 'must be an ISO 8601 instant');
}
