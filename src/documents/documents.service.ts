import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { allPages, csvFile } from '../common/csv-export';
import { Page, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { inTransaction, Register, Row } from '../common/register';
import { TransitionRequest } from '../common/workflow';
import { likePattern, refuseNulls } from '../summits/summits.service';
import { SummitsService } from '../summits/summits.service';
import { documentWorkflow } from './document.workflow';
import { CreateDocumentDto, DocumentListQuery, UpdateDocumentDto } from './dto/document.dto';
import { SIGNATORY_COLUMNS, SIGNATORY_FROM } from './signatories.query';

/** Fields a client may change but never clear. */
const REQUIRED = ['title', 'type', 'countries', 'classification', 'sectors'] as const;

const CSV_COLUMNS: { header: string; value: (row: Row) => unknown }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title },
  { header: 'type', value: (r) => r.type },
  { header: 'status', value: (r) => r.status },
  { header: 'referenceNumber', value: (r) => r.referenceNumber },
  { header: 'classification', value: (r) => r.classification },
  { header: 'countries', value: (r) => r.countries },
  { header: 'sectors', value: (r) => r.sectors },
  { header: 'summitId', value: (r) => r.summitId },
  { header: 'summitTitle', value: (r) => r.summitTitle },
  { header: 'signatoryCount', value: (r) => r.signatoryCount },
  { header: 'signedOn', value: (r) => r.signedOn },
  { header: 'placeOfSigning', value: (r) => r.placeOfSigning },
  { header: 'entryIntoForceOn', value: (r) => r.entryIntoForceOn },
  { header: 'expiresOn', value: (r) => r.expiresOn },
  { header: 'parentId', value: (r) => r.parentId },
  { header: 'relation', value: (r) => r.relation },
  { header: 'supersededById', value: (r) => r.supersededById },
  { header: 'summary', value: (r) => r.summary },
  { header: 'version', value: (r) => r.version },
  { header: 'createdAt', value: (r) => r.createdAt },
  { header: 'updatedAt', value: (r) => r.updatedAt },
];

/** Statuses in which signatories may still change without a reason. */
export const OPEN_STATUSES: readonly string[] = ['draft', 'negotiation'];

@Injectable()
export class DocumentsService {
  readonly register: Register;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
    private readonly summits: SummitsService,
  ) {
    this.register = new Register(
      {
        entityType: 'document',
        label: 'Document',
        table: 'documents',
        alias: 'd',
        workflow: documentWorkflow,
        writePermission: Permission.WriteRegisters,
        fields: {
          title: { column: 'title' },
          type: { column: 'type' },
          referenceNumber: { column: 'reference_number' },
          summitId: { column: 'summit_id' },
          parentId: { column: 'parent_id' },
          relation: { column: 'relation' },
          countries: { column: 'countries' },
          classification: { column: 'classification' },
          summary: { column: 'summary' },
          sectors: { column: 'sectors' },
          signedOn: { column: 'signed_on' },
          placeOfSigning: { column: 'place_of_signing' },
          entryIntoForceOn: { column: 'entry_into_force_on' },
          expiresOn: { column: 'expires_on' },
          supersededById: { column: 'superseded_by_id' },
        },
        sortable: {
          createdAt: { expr: 'd.created_at', type: 'timestamptz' },
          updatedAt: { expr: 'd.updated_at', type: 'timestamptz' },
          signedOn: { expr: `COALESCE(d.signed_on, '-infinity'::date)`, type: 'date' },
          title: { expr: 'd.title', type: 'text' },
        },
        defaultSort: '-createdAt',
        extraSelect: `(SELECT sm.title FROM summits sm WHERE sm.id = d.summit_id) AS "summitTitle",
          (SELECT count(*)::int FROM signatories sg WHERE sg.document_id = d.id) AS "signatoryCount"`,
        visibility: (actor, params, alias) =>
          actor.seesEverything ? 'TRUE' : `${alias}.classification = ANY(${params.p(actor.visible)})`,
        auditScope: (row) => ({ documentId: row.id, classification: row.classification }),
      },
      dataSource,
      audit,
    );
  }

  /** One document with its signatories and summit. */
  async get(actor: Actor, id: string): Promise<Row> {
    const row = await this.register.findVisible(actor, id);
    const signatories = await this.dataSource.query(
      `SELECT ${SIGNATORY_COLUMNS} FROM ${SIGNATORY_FROM} WHERE g.document_id = $1 ORDER BY g.created_at, g.id`,
      [id],
    );
    return {
      ...this.register.present(row, actor),
      signatories,
      summit: row.summitId ? { id: row.summitId, title: row.summitTitle } : null,
    };
  }

  asOf(actor: Actor, id: string, asOf: string): Promise<Row> {
    return this.register.asOf(actor, id, asOf, (state) =>
      actor.mayRead(String(state.classification ?? 'public')),
    );
  }

  list(actor: Actor, query: DocumentListQuery): Promise<Page<Row>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`d.status = ANY(${params.p(query.status)})`);
    if (query.type?.length) where.push(`d.type = ANY(${params.p(query.type)})`);
    if (query.classification?.length) where.push(`d.classification = ANY(${params.p(query.classification)})`);
    if (query.countries?.length) where.push(`d.countries && ${params.p(query.countries)}::text[]`);
    if (query.sectors?.length) where.push(`d.sectors && ${params.p(query.sectors)}::text[]`);
    if (query.summitId?.length) where.push(`d.summit_id = ANY(${params.p(query.summitId)}::uuid[])`);
    if (query.parentId?.length) where.push(`d.parent_id = ANY(${params.p(query.parentId)}::uuid[])`);
    if (query.signedAfter) where.push(`d.signed_on >= ${params.p(query.signedAfter)}::date`);
    if (query.signedBefore) where.push(`d.signed_on <= ${params.p(query.signedBefore)}::date`);
    if (query.q) {
      const like = params.p(likePattern(query.q));
      where.push(`(d.title ILIKE ${like} OR d.reference_number ILIKE ${like})`);
    }
    return this.register.list(actor, { where, params, page: query });
  }

  exportCsv(actor: Actor, query: DocumentListQuery): Promise<StreamableFile> {
    return csvFile(
      'documents.csv',
      CSV_COLUMNS,
      allPages(query, (q) => this.list(actor, q)),
    );
  }

  create(actor: Actor, dto: CreateDocumentDto): Promise<Row> {
    const hasParent = dto.parentId != null;
    const hasRelation = dto.relation != null;
    if (hasParent !== hasRelation) {
      const missing = hasParent ? 'relation' : 'parentId';
      throw Problem.invalidField(missing, 'parentId and relation are given together');
    }
    checkClearance(actor, dto.classification);
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.summitId) await this.summits.requireSummit(manager, dto.summitId);
      if (dto.parentId) await this.requireDocument(manager, actor, dto.parentId, 'parentId');
      const row = await this.register.insert(manager, actor, { ...dto });
      return this.register.present(row, actor);
    });
  }

  update(actor: Actor, id: string, dto: UpdateDocumentDto, ifMatch?: number): Promise<Row> {
    refuseNulls(dto, REQUIRED);
    if (dto.parentId !== undefined && dto.relation === undefined) {
      throw Problem.invalidField('relation', 'parentId and relation are given together');
    }
    if (dto.parentId !== undefined && (dto.parentId === null) !== (dto.relation === null)) {
      throw Problem.invalidField(
        dto.parentId === null ? 'parentId' : 'relation',
        'parentId and relation are given together',
      );
    }
    checkClearance(actor, dto.classification);
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.summitId) await this.summits.requireSummit(manager, dto.summitId);
      if (dto.parentId) {
        if (dto.parentId === id) {
          throw Problem.unprocessable('A document cannot be its own parent.', [
            { field: 'parentId', message: 'must name another document' },
          ]);
        }
        await this.requireDocument(manager, actor, dto.parentId, 'parentId');
        await this.refuseCycle(manager, id, dto.parentId);
      }
      const row = await this.register.update(manager, actor, id, { ...dto }, ifMatch);
      return this.register.present(row, actor);
    });
  }

  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<Row> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.register.transition(
        manager,
        actor,
        id,
        request,
        ifMatch,
        async (current, req) => {
          if (req.to === 'signed') await this.checkSignable(manager, current);
          if (req.to === 'in_force' && !current.entryIntoForceOn) {
            throw Problem.unprocessable('A document enters into force only with entryIntoForceOn set.', [
              { field: 'entryIntoForceOn', message: 'must be set before the document enters into force' },
            ]);
          }
          if (req.to === 'superseded') {
            if (!req.supersededById || req.supersededById === current.id) {
              throw Problem.unprocessable('Superseding needs supersededById naming another document.', [
                { field: 'supersededById', message: 'must name another document' },
              ]);
            }
            await this.requireDocument(manager, actor, req.supersededById, 'supersededById');
            return { supersededById: req.supersededById };
          }
          return {};
        },
      );
      return this.register.present(row, actor);
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }

  /** A referenced document must exist and be visible: otherwise the same 422 either way. */
  async requireDocument(manager: EntityManager, actor: Actor, id: string, field: string): Promise<void> {
    const params = new SqlParams();
    const rows = await manager.query(
      `SELECT 1 FROM documents d WHERE d.id = ${params.p(id)} AND ${this.register.visibility(actor, params)}`,
      params.values,
    );
    if (!rows[0])
      throw Problem.unprocessable(`${field}: no document ${id}.`, [{ field, message: 'no such document' }]);
  }

  /** → signed: a signing date, and a signatory from each party. */
  private async checkSignable(manager: EntityManager, doc: Row): Promise<void> {
    const errors: { field: string; message: string }[] = [];
    if (!doc.signedOn)
      errors.push({ field: 'signedOn', message: 'must be set before the document is signed' });
    const rows: { country: string }[] = await manager.query(
      `SELECT DISTINCT i.country FROM signatories g JOIN institutions i ON i.id = g.institution_id WHERE g.document_id = $1`,
      [doc.id],
    );
    const signed = new Set(rows.map((r) => r.country));
    const missing = (doc.countries as string[]).filter((c) => !signed.has(c));
    if (missing.length) {
      errors.push({
        field: 'signatories',
        message: `needs a signatory from each party; missing: ${missing.join(', ')}`,
      });
    }
    if (errors.length) {
      throw new Problem(
        422,
        'precondition-unmet',
        `The document cannot be signed: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
        {
          errors,
          missingCountries: missing,
        },
      );
    }
  }

  private async refuseCycle(manager: EntityManager, id: string, parentId: string): Promise<void> {
    const rows = await manager.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM documents WHERE id = $1
         UNION ALL SELECT d.id, d.parent_id, up.depth + 1 FROM documents d JOIN up ON d.id = up.parent_id WHERE up.depth < 100)
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [parentId, id],
    );
    if (rows[0]) {
      throw Problem.unprocessable('parentId would make the document its own ancestor.', [
        { field: 'parentId', message: 'would create a cycle' },
      ]);
    }
  }
}

/** No one may file or move a document above their own clearance. */
function checkClearance(actor: Actor, classification: string | undefined): void {
  if (classification && !actor.mayRead(classification)) {
    throw Problem.unprocessable(
      `Your clearance (${actor.clearance}) does not allow classifying a document ${classification}.`,
      [{ field: 'classification', message: `must not be above your clearance (${actor.clearance})` }],
    );
  }
}
