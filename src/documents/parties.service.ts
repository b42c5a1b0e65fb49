import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Problem } from '../common/problem';
import { recordStatusChange, statusHistory, type StatusHistoryEntry } from '../audit/status-history';
import { Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { recordDocumentEvent } from '../notifications/outbox';
import { DocumentsService } from './documents.service';
import { PartyTransitionDto, UpdatePartyDto } from './dto/party.dto';
import { PARTY_COLUMNS, presentParty } from './parties.store';
import { CONSENT_STATUSES, partyWorkflow, SIGNED_OR_LATER } from './party.workflow';
import type { AuditAction } from '../audit/audit-vocabulary';

/** Status history and audit name a party `document_party`; its events belong to the document. */
const ENTITY_TYPE = 'document_party';

/**
 * Each party's consent (§11). A party belongs to its document as signatories do: seen only by
 * who sees the document, changed by editors, and every change locks the document row, bumps
 * its version and the party's, and appends one audit event on the document.
 */
@Injectable()
export class PartiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  async list(actor: Actor, documentId: string): Promise<{ items: Row[] }> {
    await this.documents.register.findVisible(actor, documentId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${PARTY_COLUMNS} FROM document_parties p WHERE p.document_id = $1 ORDER BY p.country`,
      [documentId],
    );
    return { items: rows.map((r) => presentParty(r, actor)) };
  }

  async get(actor: Actor, documentId: string, country: string): Promise<Row> {
    await this.documents.register.findVisible(actor, documentId);
    return presentParty(await this.find(this.dataSource.manager, documentId, country), actor);
  }

  update(
    actor: Actor,
    documentId: string,
    country: string,
    dto: UpdatePartyDto,
    ifMatch?: number,
  ): Promise<Row> {
    return inTransaction(this.dataSource, async (manager) => {
      const { doc, before } = await this.lock(manager, actor, documentId, country, ifMatch);
      const changed = (['procedure', 'instrument', 'noteReference'] as const).filter(
        (f) => dto[f] !== undefined && dto[f] !== before[f],
      );
      if (changed.length === 0) return presentParty(before, actor);
      await manager.query(
        `UPDATE document_parties SET procedure = COALESCE($2, procedure),
            instrument = CASE WHEN $3 THEN $4 ELSE instrument END,
            note_reference = CASE WHEN $5 THEN $6 ELSE note_reference END,
            version = version + 1, updated_at = now(), updated_by = $7
          WHERE id = $1`,
        [
          before.id,
          dto.procedure ?? null,
          dto.instrument !== undefined,
          dto.instrument ?? null,
          dto.noteReference !== undefined,
          dto.noteReference ?? null,
          actor.id,
        ],
      );
      const after = await this.find(manager, documentId, country);
      await this.touch(manager, actor, doc, 'party.update', before, after, null);
      return presentParty(after, actor);
    });
  }

  transition(
    actor: Actor,
    documentId: string,
    country: string,
    dto: PartyTransitionDto,
    ifMatch?: number,
  ): Promise<Row> {
    return inTransaction(this.dataSource, async (manager) => {
      const { doc, before } = await this.lock(manager, actor, documentId, country, ifMatch);
      if (!partyWorkflow.canMove(before.status, dto.to)) {
        throw Problem.transitionNotAllowed(before.status, dto.to, partyWorkflow.allowedFrom(before.status));
      }
      const reason = dto.reason?.trim() || null;
      if (partyWorkflow.needsReason(before.status, dto.to) && !reason) {
        throw Problem.unprocessable(`Moving a party from ${before.status} to ${dto.to} needs a reason.`, [
          { field: 'reason', message: 'is required for this transition' },
        ]);
      }
      if ((CONSENT_STATUSES as readonly string[]).includes(dto.to) && !SIGNED_OR_LATER.includes(doc.status)) {
        throw Problem.unprocessable(`Consent is recorded once the document is signed; it is ${doc.status}.`, [
          { field: 'to', message: `needs the document signed or later (it is ${doc.status})` },
        ]);
      }
      const sets: string[] = ['status = $2'];
      const values: unknown[] = [before.id, dto.to];
      const set = (column: string, value: unknown) => {
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      };
      if (dto.to === 'procedure_completed') set('internal_procedure_on', dto.effectiveOn);
      if (dto.to === 'notified') {
        set('notification_received_on', dto.effectiveOn);
        set('notified_on', dto.notifiedOn ?? dto.effectiveOn);
      }
      if (dto.instrument !== undefined) set('instrument', dto.instrument);
      if (dto.noteReference !== undefined) set('note_reference', dto.noteReference);
      set('updated_by', actor.id);
      await manager.query(
        `UPDATE document_parties SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
        values,
      );
      await recordStatusChange(manager, {
        entityType: ENTITY_TYPE,
        entityId: before.id,
        from: before.status,
        to: dto.to,
        actorId: actor.id,
        reason,
        effectiveOn: dto.effectiveOn,
        classification: doc.classification,
        documentId: doc.id,
      });
      const after = await this.find(manager, documentId, country);
      await this.touch(manager, actor, doc, 'party.transition', before, after, reason);
      await recordDocumentEvent(
        manager,
        'party.transitioned',
        doc.id,
        { country: before.country, from: before.status, to: dto.to, reason },
        actor.id,
        { kind: 'party', id: before.id, title: `${doc.title} — ${before.country}` },
      );
      return presentParty(after, actor);
    });
  }

  /** The party's status history, oldest first. */
  async statusHistory(actor: Actor, documentId: string, country: string): Promise<StatusHistoryEntry[]> {
    await this.documents.register.findVisible(actor, documentId);
    const party = await this.find(this.dataSource.manager, documentId, country);
    return statusHistory(this.dataSource, actor, ENTITY_TYPE, party.id);
  }

  /** The document (visible, locked) and its party (locked, If-Match checked). */
  private async lock(
    manager: EntityManager,
    actor: Actor,
    documentId: string,
    country: string,
    ifMatch: number | undefined,
  ): Promise<{ doc: Row; before: Row }> {
    const doc = await this.documents.register.findVisible(actor, documentId, manager, true);
    const before = await this.find(manager, documentId, country);
    if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
    return { doc, before };
  }

  private async find(manager: EntityManager, documentId: string, country: string): Promise<Row> {
    const rows = await manager.query(
      `SELECT ${PARTY_COLUMNS} FROM document_parties p WHERE p.document_id = $1 AND p.country = $2`,
      [documentId, country],
    );
    if (!rows[0]) throw Problem.notFound('Party', country);
    return rows[0];
  }

  /** A party change is a change of its document: new version, one audit event. */
  private async touch(
    manager: EntityManager,
    actor: Actor,
    doc: Row,
    action: AuditAction,
    before: Row,
    after: Row,
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      'UPDATE documents SET version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $1',
      [doc.id, actor.id],
    );
    const changes: Record<string, [unknown, unknown]> = {};
    for (const field of Object.keys(after)) {
      if (field === 'updatedAt') continue;
      if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        changes[`parties.${after.country}.${field}`] = [before[field], after[field]];
    }
    await this.audit.append(manager, actor, {
      action,
      entityType: 'document',
      entityId: doc.id,
      changes,
      reason,
      documentId: doc.id,
      classification: doc.classification,
    });
  }
}
