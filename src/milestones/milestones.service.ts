import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { milestoneVisibility } from '../auth/clearance';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { allPages, exportFile, exportFormat, type ExportColumn } from '../common/csv-export';
import { Page, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { REFERENCES, requireExisting } from '../registers/references';
import { type EntityRow, fieldsOf, Register, Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { TransitionRequest } from '../common/workflow';
import { CreateMilestoneDto, MilestoneListQuery, UpdateMilestoneDto } from './dto/milestone.dto';
import { recordMilestoneEvent } from '../notifications/outbox';
import { countrySql, overdueSql, progressSql } from './milestone.sql';
import { milestoneWorkflow } from './milestone.workflow';
import { MilestoneEntity } from './milestone.entity';
import { listQuerySql } from '../search/search.sql';

/** A stored row (indicator in five columns) → the response (indicator as one object or null). */
/** A milestone as the register reads it: its columns, its owners and its computed progress. */
export type MilestoneRow = EntityRow<
  MilestoneEntity,
  { ownerInstitutionIds: string[]; progressPercent: number | null; overdue: boolean }
>;

type IndicatorColumns =
  'indicatorName' | 'indicatorUnit' | 'indicatorBaseline' | 'indicatorBaselineOn' | 'indicatorTarget';

/** A milestone as the API answers it: the indicator as one object, the rule it came from. */
export type MilestoneView = Omit<MilestoneRow, IndicatorColumns | 'originRuleId'> & {
  origin: { ruleId: string } | null;
  indicator: {
    name: string;
    unit: string | null;
    baseline: string | null;
    baselineOn: string | null;
    target: string | null;
  } | null;
};

export function shapeMilestone(row: MilestoneRow): MilestoneView {
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

/** The columns of a CSV or XLSX export (`type`: the XLSX cell type). */
const EXPORT_COLUMNS: ExportColumn<MilestoneView>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title, type: 'text' },
  { header: 'status', value: (r) => r.status },
  { header: 'dueOn', value: (r) => r.dueOn, type: 'date' },
  { header: 'overdue', value: (r) => r.overdue, type: 'boolean' },
  { header: 'completedOn', value: (r) => r.completedOn, type: 'date' },
  { header: 'sector', value: (r) => r.sector },
  { header: 'documentId', value: (r) => r.documentId },
  { header: 'summitId', value: (r) => r.summitId },
  { header: 'ownerInstitutionIds', value: (r) => r.ownerInstitutionIds },
  { header: 'indicatorName', value: (r) => r.indicator?.name },
  { header: 'indicatorUnit', value: (r) => r.indicator?.unit },
  { header: 'indicatorBaseline', value: (r) => r.indicator?.baseline, type: 'number' },
  { header: 'indicatorBaselineOn', value: (r) => r.indicator?.baselineOn, type: 'date' },
  { header: 'indicatorTarget', value: (r) => r.indicator?.target, type: 'number' },
  { header: 'latestValue', value: (r) => r.latestValue, type: 'number' },
  { header: 'latestAsOf', value: (r) => r.latestAsOf, type: 'date' },
  { header: 'progressPercent', value: (r) => r.progressPercent, type: 'number' },
  { header: 'description', value: (r) => r.description, type: 'text' },
  { header: 'version', value: (r) => r.version, type: 'number' },
  { header: 'createdAt', value: (r) => r.createdAt, type: 'datetime' },
  { header: 'updatedAt', value: (r) => r.updatedAt, type: 'datetime' },
];

@Injectable()
export class MilestonesService {
  readonly register: Register<MilestoneRow>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.register = new Register<MilestoneRow>(
      {
        entityType: 'milestone',
        label: 'Milestone',
        table: 'milestones',
        alias: 'm',
        workflow: milestoneWorkflow,
        writePermission: Permission.WriteMilestones,
        ...fieldsOf(MilestoneEntity, [
          'title',
          'description',
          'documentId',
          'summitId',
          'sector',
          'dueOn',
          'indicatorName',
          'indicatorUnit',
          'indicatorBaseline',
          'indicatorBaselineOn',
          'indicatorTarget',
          'completedOn',
          'originRuleId',
        ]),
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

  present(row: MilestoneRow, actor: Actor): MilestoneView {
    return shapeMilestone(this.register.present(row, actor));
  }

  async get(actor: Actor, id: string): Promise<MilestoneView> {
    return this.present(await this.register.findVisible(actor, id), actor);
  }

  async asOf(actor: Actor, id: string, asOf: string): Promise<MilestoneView> {
    return shapeMilestone(await this.register.asOf(actor, id, asOf));
  }

  /** JSON page, or (`?format=csv|xlsx` or the Accept header) every matching milestone as CSV or XLSX. */
  list(
    actor: Actor,
    query: MilestoneListQuery,
    accept?: string,
  ): Promise<Page<MilestoneView> | StreamableFile> {
    const format = exportFormat(query.format, accept);
    if (format) {
      return exportFile(
        format,
        'milestones',
        EXPORT_COLUMNS,
        allPages(query, (q) => this.page(actor, q)),
      );
    }
    return this.page(actor, query);
  }

  async page(actor: Actor, query: MilestoneListQuery): Promise<Page<MilestoneView>> {
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
    if (query.q)
      where.push(listQuerySql('milestone', 'm.id', query.q, params, (like) => `m.title ILIKE ${like}`));
    const page = await this.register.list(actor, { where, params, page: query });
    return { ...page, items: page.items.map(shapeMilestone) };
  }

  create(actor: Actor, dto: CreateMilestoneDto): Promise<MilestoneView> {
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

  update(actor: Actor, id: string, dto: UpdateMilestoneDto, ifMatch?: number): Promise<MilestoneView> {
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

  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<MilestoneView> {
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

  async reread(manager: EntityManager, id: string): Promise<MilestoneRow> {
    const [row]: MilestoneRow[] = await manager.query(
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
      await requireExisting(manager, actor, REFERENCES.document, 'documentId', dto.documentId, {
        share: true,
      });
    }
    if (dto.summitId) await requireExisting(manager, actor, REFERENCES.summit, 'summitId', dto.summitId);
    if (dto.ownerInstitutionIds) {
      await requireExisting(
        manager,
        actor,
        REFERENCES.institution,
        'ownerInstitutionIds',
        dto.ownerInstitutionIds,
      );
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
