import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { translationsMatch } from '../common/translations';
import { type EntityRow, fieldsOf, Register } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { TransitionRequest } from '../common/workflow';
import { CreateInstitutionDto, InstitutionListQuery, UpdateInstitutionDto } from './dto/institution.dto';
import { institutionWorkflow } from './institution.workflow';
import { InstitutionEntity } from './institution.entity';
import { listQuerySql } from '../search/search.sql';

/** An institution as the register reads it. */
export type InstitutionRow = EntityRow<InstitutionEntity, { displayName?: string }>;

@Injectable()
export class InstitutionsService {
  readonly register: Register<InstitutionRow>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.register = new Register<InstitutionRow>(
      {
        entityType: 'institution',
        label: 'Institution',
        table: 'institutions',
        alias: 'i',
        workflow: institutionWorkflow,
        writePermission: Permission.WriteRegisters,
        ...fieldsOf(InstitutionEntity, [
          'name',
          'shortName',
          'country',
          'kind',
          'parentId',
          'website',
          'successorId',
          'translations',
        ]),
        sortable: {
          createdAt: { expr: 'i.created_at', type: 'timestamptz' },
          updatedAt: { expr: 'i.updated_at', type: 'timestamptz' },
          name: { expr: 'i.name', type: 'text' },
        },
        defaultSort: 'name',
        display: { field: 'name', as: 'displayName' },
      },
      dataSource,
      audit,
    );
  }

  get(actor: Actor, id: string): Promise<InstitutionRow> {
    return this.register.findVisible(actor, id).then((row) => this.register.present(row, actor));
  }

  list(actor: Actor, query: InstitutionListQuery) {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`i.status = ANY(${params.p(query.status)})`);
    if (query.kind?.length) where.push(`i.kind = ANY(${params.p(query.kind)})`);
    if (query.country?.length) where.push(`i.country = ANY(${params.p(query.country)})`);
    if (query.parentId?.length) where.push(`i.parent_id = ANY(${params.p(query.parentId)}::uuid[])`);
    if (query.q) {
      where.push(
        listQuerySql(
          'institution',
          'i.id',
          query.q,
          params,
          (like) =>
            `i.name ILIKE ${like} OR i.short_name ILIKE ${like} OR ${translationsMatch('i.translations', 'name', like)} OR ${translationsMatch('i.translations', 'shortName', like)}`,
        ),
      );
    }
    return this.register.list(actor, { where, params, page: query });
  }

  async create(actor: Actor, dto: CreateInstitutionDto): Promise<InstitutionRow> {
    const [row] = await this.createMany(actor, [dto]);
    return row;
  }

  /** Creates institutions with every rule of `create` (which is a batch of one): one INSERT, one event each. */
  createMany(actor: Actor, dtos: readonly CreateInstitutionDto[]): Promise<InstitutionRow[]> {
    // A single id is named by its field, several (a batch) by field[i] (registers/references.ts).
    const parents = [...new Set(dtos.map((d) => d.parentId).filter((v): v is string => !!v))];
    return inTransaction(this.dataSource, async (manager) => {
      await this.register.requireExisting(
        manager,
        actor,
        'parentId',
        parents.length === 1 ? parents[0] : parents,
      );
      const rows = await this.register.insertMany(
        manager,
        actor,
        dtos.map((dto) => ({ ...dto })),
      );
      return rows.map((row) => this.register.present(row, actor));
    });
  }

  update(actor: Actor, id: string, dto: UpdateInstitutionDto, ifMatch?: number): Promise<InstitutionRow> {
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.parentId) {
        await this.register.requireExisting(manager, actor, 'parentId', dto.parentId);
        await this.refuseCycle(manager, id, dto.parentId);
      }
      const row = await this.register.update(manager, actor, id, { ...dto }, ifMatch);
      return this.register.present(row, actor);
    });
  }

  transition(
    actor: Actor,
    id: string,
    request: TransitionRequest,
    ifMatch?: number,
  ): Promise<InstitutionRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.register.transition(
        manager,
        actor,
        id,
        request,
        ifMatch,
        async (current, req) => {
          if (req.to === 'defunct' && req.successorId) {
            if (req.successorId === current.id) {
              throw Problem.unprocessable('An institution cannot succeed itself.', [
                { field: 'successorId', message: 'must name another institution' },
              ]);
            }
            await this.register.requireExisting(manager, actor, 'successorId', req.successorId);
            return { successorId: req.successorId };
          }
          return req.to === 'active' ? { successorId: null } : {};
        },
      );
      return this.register.present(row, actor);
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }

  private async refuseCycle(manager: EntityManager, id: string, parentId: string): Promise<void> {
    const rows = await manager.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM institutions WHERE id = $1
         UNION ALL SELECT i.id, i.parent_id, up.depth + 1 FROM institutions i JOIN up ON i.id = up.parent_id WHERE up.depth < 100)
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [parentId, id],
    );
    if (rows[0]) {
      throw Problem.unprocessable('parentId would make the institution its own ancestor.', [
        { field: 'parentId', message: 'would create a cycle' },
      ]);
    }
  }
}
