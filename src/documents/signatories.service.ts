import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { keysetPage, Page, PageQuery, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { REFERENCES, requireExisting } from '../registers/references';
import { Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { DocumentsService, OPEN_STATUSES } from './documents.service';
import { CreateSignatoryDto } from './dto/signatory.dto';
import { SIGNATORY_COLUMNS, SIGNATORY_FROM } from './signatories.query';
import type { AuditAction } from '../audit/audit-vocabulary';

/**
 * Signatories belong to their document: they are seen only by who sees the document, and each
 * change locks the document row, bumps its version and is audited as a change of the document.
 */
@Injectable()
export class SignatoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  async list(actor: Actor, documentId: string, page: PageQuery): Promise<Page<Row>> {
    await this.documents.register.findVisible(actor, documentId);
    const params = new SqlParams();
    const where = [`g.document_id = ${params.p(documentId)}`];
    return keysetPage(
      this.dataSource,
      {
        select: SIGNATORY_COLUMNS,
        from: SIGNATORY_FROM,
        where,
        params,
        page,
        sortable: { createdAt: { expr: 'g.created_at', type: 'timestamptz' } },
        defaultSort: 'createdAt',
        idExpr: 'g.id',
      },
      (row: Row) => row,
    );
  }

  add(actor: Actor, documentId: string, dto: CreateSignatoryDto): Promise<Row> {
    const { reason: rawReason, ...fields } = dto;
    return inTransaction(this.dataSource, async (manager) => {
      const doc = await this.documents.register.findVisible(actor, documentId, manager, true);
      const reason = requireReason(doc, rawReason);
      await requireExisting(manager, actor, REFERENCES.institution, 'institutionId', fields.institutionId);
      const [{ id }] = await manager.query(
        `INSERT INTO signatories (document_id, institution_id, signer_name, signer_title, signed_on, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [
          doc.id,
          fields.institutionId,
          fields.signerName,
          fields.signerTitle,
          fields.signedOn ?? null,
          actor.id,
        ],
      );
      const signatory = await this.find(manager, doc.id, id);
      await this.touch(manager, actor, doc, 'signatory.add', [null, signatory], reason);
      return signatory;
    });
  }

  remove(actor: Actor, documentId: string, signatoryId: string, rawReason?: string): Promise<void> {
    return inTransaction(this.dataSource, async (manager) => {
      const doc = await this.documents.register.findVisible(actor, documentId, manager, true);
      const signatory = await this.find(manager, doc.id, signatoryId);
      const reason = requireReason(doc, rawReason);
      await manager.query('DELETE FROM signatories WHERE id = $1', [signatoryId]);
      await this.touch(manager, actor, doc, 'signatory.remove', [signatory, null], reason);
    });
  }

  private async find(manager: EntityManager, documentId: string, id: string): Promise<Row> {
    const rows = await manager.query(
      `SELECT ${SIGNATORY_COLUMNS} FROM ${SIGNATORY_FROM} WHERE g.id = $1 AND g.document_id = $2`,
      [id, documentId],
    );
    if (!rows[0]) throw Problem.notFound('Signatory', id);
    return rows[0];
  }

  /** A signatory change is a change of its document: new version, one audit event. */
  private async touch(
    manager: EntityManager,
    actor: Actor,
    doc: Row,
    action: AuditAction,
    change: [Row | null, Row | null],
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      'UPDATE documents SET version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $1',
      [doc.id, actor.id],
    );
    await this.audit.append(manager, actor, {
      action,
      entityType: 'document',
      entityId: doc.id,
      changes: { signatory: change },
      reason,
      documentId: doc.id,
      classification: doc.classification,
    });
  }
}

/** Once a document is signed (or later), its signatories change only with a reason. */
function requireReason(doc: Row, raw: string | undefined): string | null {
  const reason = raw?.trim() || null;
  if (!reason && !OPEN_STATUSES.includes(doc.status)) {
    throw Problem.unprocessable(`The document is ${doc.status}: changing its signatories needs a reason.`, [
      { field: 'reason', message: 'is required once the document is signed' },
    ]);
  }
  return reason;
}
