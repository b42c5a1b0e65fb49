import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { directReads } from '../database/direct-reads';
import { Actor } from '../auth/actor';
import { documentVisibility, mayRead } from '../auth/clearance';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { allPages, exportFile, type ExportFormat } from '../common/csv-export';
import { Page, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { type EntityRow, fieldsOf, Register, Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { recordDocumentEvent } from '../notifications/outbox';
import { translationsMatch } from '../common/translations';
import { TransitionRequest } from '../common/workflow';
import { refuseNulls } from '../common/validation';
import { SummitsService } from '../summits/summits.service';
import { DeadlineRulesService } from '../deadlines/deadline-rules.service';
import { documentWorkflow } from './document.workflow';
import { AWAITED_PARTIES_SQL, expectedEntryIntoForceSql } from './entry-into-force';
import { addPartiesOf, PARTY_COLUMNS, presentParty, syncParties } from './parties.store';
import { BINDING_TYPES } from './party.workflow';
import { CreateDocumentDto, DocumentListQuery, UpdateDocumentDto } from './dto/document.dto';
import { SIGNATORY_COLUMNS, SIGNATORY_FROM } from './signatories.query';
import { DocumentEntity } from './document.entity';
import { concealHiddenReferences, REFERENCE_CLASSIFICATIONS_SQL } from './hidden-references';
import { EXPORT_COLUMNS } from './document-export';
import { listQuerySql } from '../search/search.sql';

/** Fields a client may change but never clear. */
const REQUIRED = ['title', 'type', 'countries', 'classification', 'sectors'] as const;

/** A document as the register reads it: its columns and what the read computes. */
export type DocumentRow = EntityRow<
  DocumentEntity,
  {
    summitTitle: string | null;
    signatoryCount: number;
    expectedEntryIntoForceOn: string | null;
    /** The title in the reader's language (present()). */
    displayTitle?: string;
    /** Read for concealHiddenReferences only (internalFields). */
    parentClassification?: string | null;
    supersededByClassification?: string | null;
  }
>;

/** GET /documents/{id}: the row with its signatories, summit and parties. */
export type DocumentDetail = DocumentRow & {
  signatories: Row[];
  summit: { id: string; title: string | null } | null;
  parties: Row[];
  awaitingParties: Row[];
};

/** Statuses in which signatories may still change without a reason. */
export const OPEN_STATUSES: readonly string[] = ['draft', 'negotiation'];

@Injectable()
export class DocumentsService {
  readonly register: Register<DocumentRow>;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
    private readonly summits: SummitsService,
    private readonly deadlines: DeadlineRulesService,
  ) {
    this.register = new Register<DocumentRow>(
      {
        entityType: 'document',
        label: 'Document',
        table: 'documents',
        alias: 'd',
        workflow: documentWorkflow,
        writePermission: Permission.WriteRegisters,
        ...fieldsOf(DocumentEntity, [
          'title',
          'type',
          'referenceNumber',
          'summitId',
          'parentId',
          'relation',
          'countries',
          'classification',
          'summary',
          'sectors',
          'signedOn',
          'placeOfSigning',
          'entryIntoForceOn',
          'expiresOn',
          'supersededById',
          'legallyBinding',
          'languages',
          'provisionalApplicationFrom',
          'entryIntoForceRule',
          'translations',
        ]),
        sortable: {
          createdAt: { expr: 'd.created_at', type: 'timestamptz' },
          updatedAt: { expr: 'd.updated_at', type: 'timestamptz' },
          signedOn: { expr: `COALESCE(d.signed_on, '-infinity'::date)`, type: 'date' },
          title: { expr: 'd.title', type: 'text' },
        },
        defaultSort: '-createdAt',
        extraSelect: `(SELECT sm.title FROM summits sm WHERE sm.id = d.summit_id) AS "summitTitle",
          (SELECT count(*)::int FROM signatories sg WHERE sg.document_id = d.id) AS "signatoryCount",
          ${expectedEntryIntoForceSql('d')}::text AS "expectedEntryIntoForceOn",
          ${REFERENCE_CLASSIFICATIONS_SQL}`,
        visibility: documentVisibility,
        display: { field: 'title', as: 'displayTitle' },
        auditScope: (row) => ({ documentId: row.id, classification: row.classification }),
        conceal: concealHiddenReferences,
        internalFields: ['parentClassification', 'supersededByClassification'],
        completeAsOf: (state) => this.referenceClassifications(state),
        onTransitioned: (manager, actor, row, move) =>
          recordDocumentEvent(manager, 'document.transitioned', row.id, { ...move }, actor.id),
      },
      dataSource,
      audit,
    );
  }

  /** An as-of state's parent and successor classifications, as they are now (conceal reads them). */
  private async referenceClassifications(state: DocumentRow): Promise<void> {
    const ids = [state.parentId, state.supersededById].filter((id): id is string => typeof id === 'string');
    if (!ids.length) return;
    const rows: { id: string; classification: string }[] = await this.dataSource.query(
      'SELECT id, classification FROM documents WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const classification = new Map(rows.map((r) => [r.id, r.classification]));
    state.parentClassification = classification.get(state.parentId ?? '') ?? null;
    state.supersededByClassification = classification.get(state.supersededById ?? '') ?? null;
  }

  /** One document with its signatories and summit. */
  async get(actor: Actor, id: string): Promise<DocumentDetail> {
    const row = await this.register.findVisible(actor, id);
    const reads = directReads(this.dataSource);
    const [signatories, parties, awaiting] = await Promise.all([
      reads.query<Row>(
        `SELECT ${SIGNATORY_COLUMNS} FROM ${SIGNATORY_FROM} WHERE g.document_id = $1 ORDER BY g.created_at, g.id`,
        [id],
      ),
      reads.query<Row>(
        `SELECT ${PARTY_COLUMNS} FROM document_parties p WHERE p.document_id = $1 ORDER BY p.country`,
        [id],
      ),
      row.entryIntoForceRule?.kind === 'after_last_notification'
        ? reads.query<Row>(AWAITED_PARTIES_SQL, [id])
        : [],
    ]);
    // In place (the row is fresh per query): a spread copy costs an object and its properties.
    return Object.assign(this.register.present(row, actor), {
      signatories,
      summit: row.summitId ? { id: row.summitId, title: row.summitTitle } : null,
      parties: parties.map((p: Row) => presentParty(p, actor)),
      awaitingParties: awaiting,
    });
  }

  list(actor: Actor, query: DocumentListQuery): Promise<Page<DocumentRow>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`d.status = ANY(${params.p(query.status)})`);
    if (query.type?.length) where.push(`d.type = ANY(${params.p(query.type)})`);
    if (query.classification?.length) where.push(`d.classification = ANY(${params.p(query.classification)})`);
    if (query.countries?.length) where.push(`d.countries && ${params.p(query.countries)}::text[]`);
    if (query.sectors?.length) where.push(`d.sectors && ${params.p(query.sectors)}::text[]`);
    if (query.summitId?.length) where.push(`d.summit_id = ANY(${params.p(query.summitId)}::uuid[])`);
    if (query.parentId?.length) {
      // the children of a parent the actor may not see are not listed by it: no existence oracle
      where.push(
        `d.parent_id = ANY(${params.p(query.parentId)}::uuid[]) AND EXISTS (SELECT 1 FROM documents dp WHERE dp.id = d.parent_id AND ${documentVisibility(actor, params, 'dp')})`,
      );
    }
    if (query.signedAfter) where.push(`d.signed_on >= ${params.p(query.signedAfter)}::date`);
    if (query.signedBefore) where.push(`d.signed_on <= ${params.p(query.signedBefore)}::date`);
    if (query.legallyBinding !== undefined)
      where.push(`d.legally_binding = ${params.p(query.legallyBinding)}`);
    if (query.languages?.length) where.push(`d.languages && ${params.p(query.languages)}::text[]`);
    if (query.q) {
      where.push(
        listQuerySql(
          'document',
          'd.id',
          query.q,
          params,
          (like) =>
            `d.title ILIKE ${like} OR d.reference_number ILIKE ${like} OR ${translationsMatch('d.translations', 'title', like)}`,
        ),
      );
    }
    return this.register.list(actor, { where, params, page: query });
  }

  /** Every matching row (same filters, sort and clearance as the JSON page) as CSV or XLSX. */
  export(actor: Actor, query: DocumentListQuery, format: ExportFormat): Promise<StreamableFile> {
    return exportFile(
      format,
      'documents',
      EXPORT_COLUMNS,
      allPages(query, (q) => this.list(actor, q)),
    );
  }

  async create(actor: Actor, dto: CreateDocumentDto): Promise<DocumentRow> {
    const [row] = await this.createMany(actor, [dto]);
    return row;
  }

  /**
   * Creates documents with every rule of `create` (one code path: `create` is a batch of one):
   * the same checks on each, their references checked together, one INSERT for the rows and
   * one for their parties, one create event per document.
   */
  createMany(actor: Actor, dtos: readonly CreateDocumentDto[]): Promise<DocumentRow[]> {
    const values = dtos.map((dto) => {
      const hasParent = dto.parentId != null;
      const hasRelation = dto.relation != null;
      if (hasParent !== hasRelation) {
        const missing = hasParent ? 'relation' : 'parentId';
        throw Problem.invalidField(missing, 'parentId and relation are given together');
      }
      checkClearance(actor, dto.classification);
      checkRule(dto.entryIntoForceRule);
      return { ...dto, legallyBinding: dto.legallyBinding ?? BINDING_TYPES.includes(dto.type) };
    });
    // A single id is named by its field, several (a batch) by field[i] (registers/references.ts).
    const refs = (field: 'summitId' | 'parentId') => {
      const ids = [...new Set(dtos.map((d) => d[field]).filter((v): v is string => !!v))];
      return ids.length === 1 ? ids[0] : ids;
    };
    return inTransaction(this.dataSource, async (manager) => {
      await this.summits.register.requireExisting(manager, actor, 'summitId', refs('summitId'));
      await this.register.requireExisting(manager, actor, 'parentId', refs('parentId'));
      const rows = await this.register.insertMany(manager, actor, values, async (inserted) => {
        await addPartiesOf(
          manager,
          actor,
          inserted.map((row) => ({
            documentId: row.id,
            countries: row.countries,
            legallyBinding: row.legallyBinding,
          })),
        );
        return inserted;
      });
      return rows.map((row) => this.register.present(row, actor));
    });
  }

  update(actor: Actor, id: string, dto: UpdateDocumentDto, ifMatch?: number): Promise<DocumentRow> {
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
    checkRule(dto.entryIntoForceRule);
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.summitId) await this.summits.register.requireExisting(manager, actor, 'summitId', dto.summitId);
      if (dto.parentId) {
        if (dto.parentId === id) {
          throw Problem.unprocessable('A document cannot be its own parent.', [
            { field: 'parentId', message: 'must name another document' },
          ]);
        }
        await this.register.requireExisting(manager, actor, 'parentId', dto.parentId);
        await this.refuseCycle(manager, id, dto.parentId);
      }
      const row = await this.register.update(manager, actor, id, { ...dto }, ifMatch, async (before) => {
        if (!dto.countries) return false;
        const binding = dto.legallyBinding ?? (before.legallyBinding as boolean);
        return syncParties(manager, actor, id, dto.countries, binding);
      });
      return this.register.present(row, actor);
    });
  }

  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<DocumentRow> {
    return inTransaction(this.dataSource, async (manager) => {
      let rules: Row[] = [];
      const row = await this.register.transition(
        manager,
        actor,
        id,
        request,
        ifMatch,
        async (current, req) => {
          if (req.to === 'signed') await this.checkSignable(manager, current);
          if (req.to === 'in_force') {
            if (current.entryIntoForceRule) return this.entryIntoForce(manager, current, req);
            if (!current.entryIntoForceOn) {
              throw Problem.unprocessable('A document enters into force only with entryIntoForceOn set.', [
                { field: 'entryIntoForceOn', message: 'must be set before the document enters into force' },
              ]);
            }
          }
          if (req.to === 'superseded') {
            if (!req.supersededById || req.supersededById === current.id) {
              throw Problem.unprocessable('Superseding needs supersededById naming another document.', [
                { field: 'supersededById', message: 'must name another document' },
              ]);
            }
            await this.register.requireExisting(manager, actor, 'supersededById', req.supersededById);
            return { supersededById: req.supersededById };
          }
          return {};
        },
        async (after) => {
          rules = await this.deadlines.rulesFor(manager, after);
        },
      );
      if (rules.length) await this.deadlines.createFromRules(manager, actor, row, rules);
      return this.register.present(row, actor);
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }

  /**
   * → in_force under a rule (§11): the expected date must be known and reached by the
   * transition's effective date (default today); the transition sets entryIntoForceOn to it.
   */
  private async entryIntoForce(
    manager: EntityManager,
    doc: DocumentRow,
    req: TransitionRequest,
  ): Promise<Row> {
    const [{ on }] = await manager.query(
      `SELECT ${expectedEntryIntoForceSql('d')}::text AS "on" FROM documents d WHERE d.id = $1`,
      [doc.id],
    );
    const effective = req.effectiveOn ?? today();
    if (on && on <= effective) return { entryIntoForceOn: on };
    const awaiting: { country: string; procedure: string; status: string }[] = await manager.query(
      AWAITED_PARTIES_SQL,
      [doc.id],
    );
    const detail = on
      ? `By its rule the document enters into force on ${on}, after ${effective}.`
      : awaiting.length
        ? `The document awaits the notification of ${awaiting.map((p) => `${p.country} (${p.procedure}, ${p.status})`).join(', ')}.`
        : 'The entry-into-force date cannot be known yet (its rule lacks what it needs: signedOn, date, or a party that must consent).';
    throw new Problem(422, 'precondition-unmet', detail, {
      errors: [{ field: 'entryIntoForceRule', message: detail }],
      expectedEntryIntoForceOn: on,
      awaitingParties: awaiting,
    });
  }

  /** → signed: a signing date, and a signatory from each party. */
  private async checkSignable(manager: EntityManager, doc: DocumentRow): Promise<void> {
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

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A rule names only what its kind uses: `date` for on_date, `days`/`months` for after_last_notification. */
function checkRule(rule: { kind: string; date?: string; days?: number; months?: number } | null | undefined) {
  if (!rule) return;
  if (rule.kind !== 'on_date' && rule.date !== undefined)
    throw Problem.invalidField('entryIntoForceRule.date', 'is used only by kind on_date');
  if (rule.kind !== 'after_last_notification' && (rule.days !== undefined || rule.months !== undefined))
    throw Problem.invalidField(
      rule.days !== undefined ? 'entryIntoForceRule.days' : 'entryIntoForceRule.months',
      'is used only by kind after_last_notification',
    );
}

/** No one may file or move a document above their own clearance. */
function checkClearance(actor: Actor, classification: string | undefined): void {
  if (classification && !mayRead(actor, classification)) {
    throw Problem.unprocessable(
      `Your clearance (${actor.clearance}) does not allow classifying a document ${classification}.`,
      [{ field: 'classification', message: `must not be above your clearance (${actor.clearance})` }],
    );
  }
}
