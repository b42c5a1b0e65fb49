import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { allPages, exportFile, type ExportColumn, type ExportFormat } from '../common/csv-export';
import { Page, SqlParams } from '../common/paging';
import { refuseNulls } from '../common/validation';
import { Problem } from '../common/problem';
import { translationsMatch } from '../common/translations';
import { type EntityRow, fieldsOf, Register } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { TransitionRequest } from '../common/workflow';
import { CreateSummitDto, SummitListQuery, UpdateSummitDto } from './dto/summit.dto';
import { summitWorkflow } from './summit.workflow';
import { SummitEntity } from './summit.entity';
import { listQuerySql } from '../search/search.sql';

/** Fields a client may change but never clear. */
const REQUIRED = [
  'title',
  'kind',
  'hostCountry',
  'location',
  'countries',
  'startsOn',
  'endsOn',
  'participants',
] as const;

/** The columns of a CSV or XLSX export (`type`: the XLSX cell type). */
/** A summit as the register reads it. */
export type SummitRow = EntityRow<SummitEntity, { displayTitle?: string }>;

const EXPORT_COLUMNS: ExportColumn<SummitRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title, type: 'text' },
  { header: 'kind', value: (r) => r.kind },
  { header: 'status', value: (r) => r.status },
  { header: 'hostCountry', value: (r) => r.hostCountry },
  { header: 'location', value: (r) => r.location, type: 'text' },
  { header: 'countries', value: (r) => r.countries },
  { header: 'startsOn', value: (r) => r.startsOn, type: 'date' },
  { header: 'endsOn', value: (r) => r.endsOn, type: 'date' },
  {
    header: 'participants',
    value: (r) => (r.participants ?? []).map((p) => `${p.name} (${p.title}, ${p.country})`),
  },
  { header: 'summary', value: (r) => r.summary, type: 'text' },
  { header: 'version', value: (r) => r.version, type: 'number' },
  { header: 'createdAt', value: (r) => r.createdAt, type: 'datetime' },
  { header: 'updatedAt', value: (r) => r.updatedAt, type: 'datetime' },
];

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class SummitsService {
  readonly register: Register<SummitRow>;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
  ) {
    this.register = new Register<SummitRow>(
      {
        entityType: 'summit',
        label: 'Summit',
        table: 'summits',
        alias: 's',
        workflow: summitWorkflow,
        writePermission: Permission.WriteRegisters,
        ...fieldsOf(SummitEntity, [
          'title',
          'kind',
          'hostCountry',
          'location',
          'countries',
          'startsOn',
          'endsOn',
          'participants',
          'summary',
          'translations',
        ]),
        sortable: {
          startsOn: { expr: 's.starts_on', type: 'date' },
          createdAt: { expr: 's.created_at', type: 'timestamptz' },
          title: { expr: 's.title', type: 'text' },
        },
        defaultSort: '-startsOn',
        display: { field: 'title', as: 'displayTitle' },
      },
      dataSource,
      audit,
    );
  }

  get(actor: Actor, id: string): Promise<SummitRow> {
    return this.register.findVisible(actor, id).then((row) => this.register.present(row, actor));
  }

  list(actor: Actor, query: SummitListQuery): Promise<Page<SummitRow>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`s.status = ANY(${params.p(query.status)})`);
    if (query.kind?.length) where.push(`s.kind = ANY(${params.p(query.kind)})`);
    if (query.countries?.length) where.push(`s.countries && ${params.p(query.countries)}::text[]`);
    if (query.hostCountry?.length) where.push(`s.host_country = ANY(${params.p(query.hostCountry)})`);
    if (query.country?.length) {
      const c = params.p(query.country);
      where.push(`(s.host_country = ANY(${c}) OR s.countries && ${c}::text[])`);
    }
    if (query.startsAfter) where.push(`s.starts_on >= ${params.p(query.startsAfter)}::date`);
    if (query.startsBefore) where.push(`s.starts_on <= ${params.p(query.startsBefore)}::date`);
    if (query.q) {
      where.push(
        listQuerySql(
          'summit',
          's.id',
          query.q,
          params,
          (like) => `s.title ILIKE ${like} OR ${translationsMatch('s.translations', 'title', like)}`,
        ),
      );
    }
    return this.register.list(actor, { where, params, page: query });
  }

  /** Every matching row (same filters, sort and clearance as the JSON page) as CSV or XLSX. */
  export(actor: Actor, query: SummitListQuery, format: ExportFormat): Promise<StreamableFile> {
    return exportFile(
      format,
      'summits',
      EXPORT_COLUMNS,
      allPages(query, (q) => this.list(actor, q)),
    );
  }

  async create(actor: Actor, dto: CreateSummitDto): Promise<SummitRow> {
    const [row] = await this.createMany(actor, [dto]);
    return row;
  }

  /** Creates summits with every rule of `create` (which is a batch of one): one INSERT, one event each. */
  createMany(actor: Actor, dtos: readonly CreateSummitDto[]): Promise<SummitRow[]> {
    for (const dto of dtos) checkDates(dto.startsOn, dto.endsOn);
    return inTransaction(this.dataSource, async (manager) => {
      const rows = await this.register.insertMany(
        manager,
        actor,
        dtos.map((dto) => ({ participants: [], ...dto })),
      );
      return rows.map((row) => this.register.present(row, actor));
    });
  }

  update(actor: Actor, id: string, dto: UpdateSummitDto, ifMatch?: number): Promise<SummitRow> {
    refuseNulls(dto, REQUIRED);
    return inTransaction(this.dataSource, async (manager) => {
      if (dto.startsOn !== undefined || dto.endsOn !== undefined) {
        const current = await this.register.findVisible(actor, id, manager, true);
        checkDates(dto.startsOn ?? current.startsOn, dto.endsOn ?? current.endsOn);
      }
      const row = await this.register.update(manager, actor, id, { ...dto }, ifMatch);
      return this.register.present(row, actor);
    });
  }

  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<SummitRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.register.transition(manager, actor, id, request, ifMatch, (current, req) => {
        if (req.to === 'held' && current.startsOn > today()) {
          throw Problem.unprocessable(`A summit starting on ${current.startsOn} cannot be held yet.`, [
            { field: 'startsOn', message: 'must be today or earlier to mark the summit held' },
          ]);
        }
      });
      return this.register.present(row, actor);
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }
}

function checkDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw Problem.invalidField('endsOn', `must be on or after startsOn (${startsOn})`);
}
