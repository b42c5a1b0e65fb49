import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { mayRead, milestoneVisibility } from '../auth/clearance';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { allPages, csvFile, wantsCsv } from '../common/csv-export';
import { Page, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { inTransaction, Register, Row } from '../common/register';
import { TransitionRequest } from '../common/workflow';
import { CreateMilestoneDto, MilestoneListQuery, UpdateMilestoneDto } from './dto/milestone.dto';
import { recordMilestoneEvent } from '../notifications/outbox';
import { countrySql, overdueSql, progressSql } from './milestone.sql';
import { milestoneWorkflow } from './milestone.workflow';

/** A stored row (indicator in five columns) → the response (indicator as one object or null). */
export function shapeMilestone(row: Row): Row {
  const {
    indicatorName,
    indicatorUnit,
    indicatorBaseline,
    indicatorBaselineOn,
    indicatorTarget,
    originRuleId,
    ...rest
  } = row;
  return {
    ...rest,
    origin: originRuleId ? { ruleId: originRuleId } : null,
    indicator:
      indicatorName === null || indicatorName === undefined
        ? null
        : {
            name: indicatorName,
            unit: indicatorUnit,
            baseline: indicatorBaseline,
            baselineOn: indicatorBaselineOn,
            target: indicatorTarget,
          },
  };
}

const CSV_COLUMNS: { header: string; value: (row: Row) => unknown }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title },
  { header: 'status', value: (r) => r.status },
  { header: 'dueOn', value: (r) => r.dueOn },
  { header: 'overdue', value: (r) => r.overdue },
  { header: 'completedOn', value: (r) => r.completedOn },
  { header: 'sector', value: (r) => r.sector },
  { header: 'documentId', value: (r) => r.documentId },
  { header: 'summitId', value: (r) => r.summitId },
  { header: 'ownerInstitutionIds', value: (r) => r.ownerInstitutionIds },
  { header: 'indicatorName', value: (r) => r.indicator?.name },
  { header: 'indicatorUnit', value: (r) => r.indicator?.unit },
  { header: 'indicatorBaseline', value: (r) => r.indicator?.baseline },
  { header: 'indicatorBaselineOn', value: (r) => r.indicator?.baselineOn },
  { header: 'indicatorTarget', value: (r) => r.indicator?.target },
  { header: 'latestValue', value: (r) => r.latestValue },
  { header: 'latestAsOf', value: (r) => r.latestAsOf },
  { header: 'progressPercent', value: (r) => r.progressPercent },
  { header: 'description', value: (r) => r.description },
  { header: 'version', value: (r) => r.version },
  { header: 'createdAt', value: (r) => r.createdAt },
  { header: 'updatedAt', value: (r) => r.updatedAt },
];

@Injectable()
export class MilestonesService {
  readonly register: Register;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.register = new Register(
      {
        entityType: 'milestone',
        label: 'Milestone',
        table: 'milestones',
        alias: 'm',
        workflow: milestoneWorkflow,
        writePermission: Permission.WriteMilestones,
        fields: {
          title: { column: 'title' },
          description: { column: 'description' },
          documentId: { column: 'document_id' },
          summitId: { column: 'summit_id' },
          sector: { column: 'sector' },
          dueOn: { column: 'due_on' },
          indicatorName: { column: 'indicator_name' },
          indicatorUnit: { column: 'indicator_unit' },
          indicatorBaseline: { column: 'indicator_baseline' },
          indicatorBaselineOn: { column: 'indicator_baseline_on' },
          indicatorTarget: { column: 'indicator_target' },
          completedOn: { column: 'completed_on' },
          originRuleId: { column: 'origin_rule_id' },
        },
        extraSelect: `ARRAY(SELECT o.institution_id::text FROM milestone_owners o WHERE o.milestone_id = m.id ORDER BY o.institution_id) AS "ownerInstitutionIds",
          m.latest_value AS "latestValue", m.latest_as_of AS "latestAsOf",
          (${progressSql('m')})::float8 AS "progressPercent", ${overdueSql('m')} AS "overdue",
          m.classification AS "classification"`,
        sortable: {
          dueOn: { expr: 'm.due_on', type: 'date' },
          createdAt: { expr: 'm.created_at', type: 'timestamptz' },
          updatedAt: { expr: 'm.updated_at', type: 'timestamptz' },
          title: { expr: 'm.title', type: 'text' },
        },
        defaultSort: 'dueOn',
        visibility: milestoneVisibility,
        auditScope: (row) => ({
          milestoneId: row.id,
          documentId: row.documentId,
          classification: row.classification,
        }),
        onTransitioned: (manager, actor, row, move) =>
          recordMilestoneEvent(manager, 'milestone.transitioned', row.id, { ...move }, actor.id),
      },
      dataSource,
      audit,
    );
  }

  present(row: Row, actor: Actor): Row {
    return this.register.present(shapeMilestone(row), actor);
  }

  async get(actor: Actor, id: string): Promise<Row> {
    return this.present(await this.register.findVisible(actor, id), actor);
  }

  async asOf(actor: Actor, id: string, asOf: string): Promise<Row> {
    return shapeMilestone(await this.register.asOf(actor, id, asOf));
  }

  /** JSON page, or (`?format=csv` / `Accept: text/csv`) every matching milestone as CSV. */
  list(actor: Actor, query: MilestoneListQuery, accept?: string): Promise<Page<Row> | StreamableFile> {
    if (wantsCsv(query.format, accept)) {
      return csvFile(
        'milestones.csv',
        CSV_COLUMNS,
        allPages(query, (q) => this.page(actor, q)),
      );
    }
    return this.page(actor, query);
  }

  async page(actor: Actor, query: MilestoneListQuery): Promise<Page<Row>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`m.status = ANY(${params.p(query.status)})`);
    if (query.sector?.length) where.push(`m.sector = ANY(${params.p(query.sector)})`);
    if (query.documentId?.length) where.push(`m.document_id = ANY(${params.p(query.documentId)}::uuid[])`);
    if (query.summitId?.length) where.push(`m.summit_id = ANY(${params.p(query.summitId)}::uuid[])`);
    if (query.ownerInstitutionIds?.length) {
      where.push(
        `EXISTS (SELECT 1 FROM milestone_owners fo WHERE fo.milestone_id = m.id AND fo.institution_id = ANY(${params.p(query.ownerInstitutionIds)}::uuid[]))`,
      );
    }
    if (query.overdue !== undefined) where.push(query.overdue ? overdueSql('m') : `NOT ${overdueSql('m')}`);
    if (query.dueBefore) where.push(`m.due_on <= ${params.p(query.dueBefore)}::date`);
    if (query.dueAfter) where.push(`m.due_on >= ${params.p(query.dueAfter)}::date`);
    if (query.country?.length) where.push(countrySql('m', params.p(query.country)));
    if (query.q) where.push(`m.title ILIKE ${params.p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const page = await this.register.list(actor, { where, params, page: query });
    return { ...page, items: page.items.map(shapeMilestone) };
  }

  create(actor: Actor, dto: CreateMilestoneDto): Promise<Row> {
    return inTransaction(this.dataSource, async (manager) => {
      if (!dto.documentId && !dto.summitId) throw anchorMissing();
      await this.checkReferences(manager, actor, dto);
      const row = await this.register.insert(manager, actor, flatten(dto), async (inserted) => {
        await this.replaceOwners(manager, inserted.id, dto.ownerInstitutionIds);
        return this.reread(manager, inserted.id);
      });
      return this.present(row, actor);
    });
  }

  update(actor: Actor, id: string, dto: UpdateMilestoneDto, ifMatch?: number): Promise<Row> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.checkReferences(manager, actor, dto);
      const row = await this.register.update(manager, actor, id, flatten(dto), ifMatch, async (before) => {
        const documentId = dto.documentId !== undefined ? dto.documentId : before.documentId;
        const summitId = dto.summitId !== undefined ? dto.summitId : before.summitId;
        if (!documentId && !summitId) throw anchorMissing();
        const owners = dto.ownerInstitutionIds;
        if (!owners || sameSet(owners, before.ownerInstitutionIds)) return false;
        await this.replaceOwners(manager, id, owners);
        return true;
      });
      return this.present(row, actor);
    });
  }

  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<Row> {
    if (request.supersededById || request.successorId) {
      const field = request.supersededById ? 'supersededById' : 'successorId';
      throw Problem.invalidField(field, 'does not apply to milestones');
    }
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.register.transition(
        manager,
        actor,
        id,
        request,
        ifMatch,
        async (current, req) => {
          if (req.to === 'completed') {
            const [{ today }] = await manager.query('SELECT current_date::text AS today');
            return { completedOn: req.effectiveOn ?? today };
          }
          return current.status === 'completed' ? { completedOn: null } : {};
        },
      );
      return this.present(row, actor);
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }

  async reread(manager: EntityManager, id: string): Promise<Row> {
    const [row] = await manager.query(
      `SELECT ${this.register.selectList} FROM milestones m WHERE m.id = $1`,
      [id],
    );
    return row;
  }

  /**
   * A referenced document must be visible to the actor, a summit and each owner must exist: 422
   * otherwise. The document is share-locked before the milestone row (lock order document →
   * milestone, as a reclassification takes them), so a move and a reclassification serialise.
   */
  private async checkReferences(
    manager: EntityManager,
    actor: Actor,
    dto: Partial<Pick<CreateMilestoneDto, 'documentId' | 'summitId' | 'ownerInstitutionIds'>>,
  ): Promise<void> {
    if (dto.documentId) {
      const params = new SqlParams();
      const [doc] = await manager.query(
        `SELECT d.classification FROM documents d WHERE d.id = ${params.p(dto.documentId)} FOR SHARE`,
        params.values,
      );
      if (!doc || !mayRead(actor, doc.classification)) {
        throw Problem.unprocessable(`documentId: no document ${dto.documentId}.`, [
          { field: 'documentId', message: 'no such document' },
        ]);
      }
    }
    if (dto.summitId) {
      const [summit] = await manager.query('SELECT 1 FROM summits WHERE id = $1', [dto.summitId]);
      if (!summit) {
        throw Problem.unprocessable(`summitId: no summit ${dto.summitId}.`, [
          { field: 'summitId', message: 'no such summit' },
        ]);
      }
    }
    if (dto.ownerInstitutionIds?.length) {
      const found: { id: string }[] = await manager.query(
        'SELECT id::text AS id FROM institutions WHERE id = ANY($1::uuid[])',
        [dto.ownerInstitutionIds],
      );
      const known = new Set(found.map((r) => r.id.toLowerCase()));
      const errors = dto.ownerInstitutionIds
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => !known.has(id.toLowerCase()))
        .map(({ i }) => ({ field: `ownerInstitutionIds[${i}]`, message: 'no such institution' }));
      if (errors.length)
        throw Problem.unprocessable(`ownerInstitutionIds: ${errors.length} unknown institution(s).`, errors);
    }
  }

  private async replaceOwners(manager: EntityManager, milestoneId: string, owners: string[]): Promise<void> {
    await manager.query('DELETE FROM milestone_owners WHERE milestone_id = $1', [milestoneId]);
    if (owners.length) {
      await manager.query(
        'INSERT INTO milestone_owners (milestone_id, institution_id) SELECT $1, unnest($2::uuid[])',
        [milestoneId, owners],
      );
    }
  }
}

function anchorMissing(): Problem {
  return Problem.badRequest('A milestone needs a documentId, a summitId or both.', [
    { field: 'documentId', message: 'documentId or summitId is required' },
    { field: 'summitId', message: 'documentId or summitId is required' },
  ]);
}

function sameSet(a: string[], b: string[] | undefined): boolean {
  const x = a.map((s) => s.toLowerCase()).sort();
  const y = (b ?? []).map((s) => s.toLowerCase()).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** DTO → the register's fields (the indicator kept in five columns; null clears all five). */
function flatten(dto: Partial<CreateMilestoneDto>): Row {
  const { indicator, ownerInstitutionIds: _owners, ...values } = dto;
  const row: Row = { ...values };
  if (indicator !== undefined) {
    row.indicatorName = indicator?.name ?? null;
    row.indicatorUnit = indicator?.unit ?? null;
    row.indicatorBaseline = indicator?.baseline ?? null;
    row.indicatorBaselineOn = indicator?.baselineOn ?? null;
    row.indicatorTarget = indicator?.target ?? null;
  }
  return row;
}
