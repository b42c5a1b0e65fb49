import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { statusChangeVisibility, stricter } from '../auth/clearance';
import { Permission } from '../auth/permissions';
import { AuditInput, AuditService, Changes } from '../audit/audit.service';
import { keyset, Page, PageQuery, SortKey, SqlParams, toPage } from './paging';
import { Problem } from './problem';
import { displayText } from './translations';
import { TransitionRequest, Workflow } from './workflow';

/** How a response field is stored: its column, and whether it is JSON (jsonb). */
export interface FieldSpec {
  column: string;
  json?: boolean;
}

export interface RegisterConfig {
  /** `institution`, `summit`, … as audit events and status history name it. */
  entityType: string;
  /** For messages: "Institution 123 was not found." */
  label: string;
  table: string;
  alias: string;
  workflow: Workflow<string>;
  /** Who may create, update, transition and delete. */
  writePermission: Permission;
  /** Fields a client sets (create/update), by response name. */
  fields: Record<string, FieldSpec>;
  sortable: Record<string, SortKey>;
  defaultSort: string;
  /** Extra SQL SELECT items (computed or joined read-only fields), e.g. `(SELECT …) AS "x"`. */
  extraSelect?: string;
  /** A predicate hiding rows the actor's clearance does not allow (from auth/clearance.ts); absent when all are visible. */
  visibility?: (actor: Actor, params: SqlParams, alias: string) => string;
  /** A translated display field: `as` shows `field` in the actor's language, from `translations`. */
  display?: { field: string; as: string };
  /** Audit scope of a row: whose classification governs who sees its events. */
  auditScope?: (row: Row) => Pick<AuditInput, 'documentId' | 'milestoneId' | 'classification'>;
  /**
   * Runs in the transition's transaction after its audit event, with the row as it now reads:
   * where a register records what else the move causes (its notification events, §14).
   */
  onTransitioned?: (manager: EntityManager, actor: Actor, row: Row, move: TransitionMove) => Promise<void>;
}

/** A completed move, as onTransitioned hears of it. */
export interface TransitionMove {
  from: string;
  to: string;
  reason: string | null;
}

export type Row = Record<string, any>;

const SYSTEM_FIELDS: Record<string, string> = {
  id: 'id',
  status: 'status',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  createdBy: 'created_by',
  updatedBy: 'updated_by',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Normalises a value for the changes map (dates as ISO strings). */
function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

export interface ListOptions {
  /** SQL conditions with their parameters already pushed into `params`. */
  where: string[];
  params: SqlParams;
  page: PageQuery;
}

/**
 * The shared mechanism of the four registers (and signatories): visibility-filtered reads with
 * only the needed columns, keyset lists, and writes that lock the row, honour If-Match, bump
 * `version`, record status history and append one audit event, all in the caller's transaction.
 */
export class Register {
  readonly selectList: string;

  constructor(
    readonly config: RegisterConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    const a = config.alias;
    const cols = [
      ...Object.entries(SYSTEM_FIELDS).map(([f, c]) => `${a}.${c} AS "${f}"`),
      ...Object.entries(config.fields).map(([f, s]) => `${a}.${s.column} AS "${f}"`),
    ];
    if (config.extraSelect) cols.push(config.extraSelect);
    this.selectList = cols.join(', ');
  }

  get table(): string {
    return `${this.config.table} ${this.config.alias}`;
  }

  visibility(actor: Actor, params: SqlParams): string {
    return this.config.visibility ? this.config.visibility(actor, params, this.config.alias) : 'TRUE';
  }

  /** The statuses this actor may move a row to now: what clients show as actions. */
  allowedTransitions(actor: Actor, status: string): readonly string[] {
    return actor.can(this.config.writePermission) ? this.config.workflow.allowedFrom(status) : [];
  }

  /** Adds `allowedTransitions` to a row read for this response (in place: rows are fresh per query). */
  present(row: Row, actor: Actor): Row {
    row.allowedTransitions = this.allowedTransitions(actor, row.status);
    const display = this.config.display;
    if (display) {
      row[display.as] = displayText(row.translations, actor.languages, display.field, row[display.field]);
    }
    return row;
  }

  /** One visible row, or a 404 that does not reveal whether it exists. */
  async findVisible(actor: Actor, id: string, manager?: EntityManager, lock = false): Promise<Row> {
    const params = new SqlParams();
    const rows = await (manager ?? this.dataSource).query(
      `SELECT ${this.selectList} FROM ${this.table}
        WHERE ${this.config.alias}.id = ${params.p(id)} AND ${this.visibility(actor, params)}
        ${lock ? `FOR UPDATE OF ${this.config.alias}` : ''}`,
      params.values,
    );
    if (!rows[0]) throw Problem.notFound(this.config.label, id);
    return rows[0];
  }

  async list(actor: Actor, options: ListOptions): Promise<Page<Row>> {
    const { params, page } = options;
    const a = this.config.alias;
    const where = [...options.where, this.visibility(actor, params)];
    const ks = keyset(page, this.config.sortable, this.config.defaultSort, `${a}.id`, params);
    if (ks.after) where.push(ks.after);
    const limit = page.limit ?? 50;
    const rows = await this.dataSource.query(
      `SELECT ${this.selectList}, ${ks.select} FROM ${this.table} WHERE ${where.join(' AND ')}
        ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, ks, (row) => this.present(row, actor));
  }

  /**
   * Whose classification governs an event about `row`; with `before`, the stricter of the two
   * classifications is recorded, so the event of a downgrade or a move (which shows the old
   * values) is as hidden as the state it left.
   */
  private scope(row: Row, before?: Row): Pick<AuditInput, 'documentId' | 'milestoneId' | 'classification'> {
    if (!this.config.auditScope) return {};
    const scope = this.config.auditScope(row);
    if (!before) return scope;
    return {
      ...scope,
      classification: stricter(this.config.auditScope(before).classification, scope.classification),
    };
  }

  /**
   * `related` runs after the INSERT and before the audit event, for rows kept in other tables
   * (e.g. a milestone's owners): it returns the row as it now reads, so the event covers them.
   */
  async insert(
    manager: EntityManager,
    actor: Actor,
    values: Row,
    related?: (row: Row) => Promise<Row>,
  ): Promise<Row> {
    const params = new SqlParams();
    const columns = ['status', 'created_by', 'updated_by'];
    const placeholders = [params.p(this.config.workflow.initial), params.p(actor.id), params.p(actor.id)];
    for (const [field, spec] of Object.entries(this.config.fields)) {
      if (values[field] === undefined) continue;
      columns.push(spec.column);
      placeholders.push(
        spec.json ? `${params.p(JSON.stringify(values[field]))}::jsonb` : params.p(values[field]),
      );
    }
    const [inserted] = await manager.query(
      `INSERT INTO ${this.config.table} AS ${this.config.alias} (${columns.join(', ')})
       VALUES (${placeholders.join(', ')}) RETURNING ${this.selectList}`,
      params.values,
    );
    const row: Row = related ? await related(inserted) : inserted;
    const changes: Changes = {};
    for (const [field, value] of Object.entries(row)) changes[field] = [null, plain(value)];
    await this.audit.append(manager, actor, {
      action: 'create',
      entityType: this.config.entityType,
      entityId: row.id,
      changes,
      ...this.scope(row),
    });
    return row;
  }

  private checkVersion(row: Row, ifMatch: number | undefined): void {
    if (ifMatch !== undefined && ifMatch !== row.version) throw Problem.stale(row.version);
  }

  /**
   * Applies `patch` (response field names) to a visible row. Nothing changed → the row as it
   * was, no new version and no event. `related` (after the lock and version check) changes rows
   * kept in other tables and says whether it changed anything; the event shows the difference.
   */
  async update(
    manager: EntityManager,
    actor: Actor,
    id: string,
    patch: Row,
    ifMatch?: number,
    related?: (before: Row) => Promise<boolean>,
  ): Promise<Row> {
    const before = await this.findVisible(actor, id, manager, true);
    this.checkVersion(before, ifMatch);
    const relatedChanged = related ? await related(before) : false;
    const params = new SqlParams();
    const sets: string[] = [];
    const changes: Changes = {};
    for (const [field, value] of Object.entries(patch)) {
      const spec = this.config.fields[field];
      if (!spec || value === undefined || same(before[field], value)) continue;
      sets.push(
        `${spec.column} = ${spec.json ? `${params.p(JSON.stringify(value))}::jsonb` : params.p(value)}`,
      );
      changes[field] = [plain(before[field]), plain(value)];
    }
    if (sets.length === 0 && !relatedChanged) return before;
    return this.write(manager, actor, before, sets, params, changes, { action: 'update' });
  }

  /** The UPDATE every change ends in: version + 1, who and when, then the audit event. */
  private async write(
    manager: EntityManager,
    actor: Actor,
    before: Row,
    sets: string[],
    params: SqlParams,
    changes: Changes,
    event: { action: string; reason?: string | null },
  ): Promise<Row> {
    sets.push('version = version + 1', 'updated_at = now()', `updated_by = ${params.p(actor.id)}`);
    const [rows] = await manager.query(
      `UPDATE ${this.table} SET ${sets.join(', ')} WHERE ${this.config.alias}.id = ${params.p(before.id)}
       RETURNING ${this.selectList}`,
      params.values,
    );
    const after: Row = rows[0];
    changes.version = [before.version, after.version];
    for (const field of Object.keys(after)) {
      if (
        !(field in changes) &&
        !['updatedAt', 'updatedBy'].includes(field) &&
        !same(plain(before[field]), plain(after[field]))
      ) {
        changes[field] = [plain(before[field]), plain(after[field])];
      }
    }
    await this.audit.append(manager, actor, {
      action: event.action,
      entityType: this.config.entityType,
      entityId: before.id,
      changes,
      reason: event.reason,
      ...this.scope(after, before),
    });
    return after;
  }

  /**
   * Moves a visible row through its workflow: 409 with `allowed` for a move the table does not
   * have, 422 for a missing reason or an unmet precondition, one status history row.
   */
  async transition(
    manager: EntityManager,
    actor: Actor,
    id: string,
    request: TransitionRequest,
    ifMatch: number | undefined,
    check?: (row: Row, request: TransitionRequest) => Promise<Row | void> | Row | void,
  ): Promise<Row> {
    const workflow = this.config.workflow;
    if (!workflow.isStatus(request.to)) {
      throw Problem.invalidField('to', `must be one of ${workflow.statuses.join(', ')}`);
    }
    const before = await this.findVisible(actor, id, manager, true);
    this.checkVersion(before, ifMatch);
    if (!workflow.canMove(before.status, request.to)) {
      throw Problem.transitionNotAllowed(before.status, request.to, workflow.allowedFrom(before.status));
    }
    const reason = request.reason?.trim() || null;
    if (workflow.needsReason(before.status, request.to) && !reason) {
      throw Problem.unprocessable(`Moving from ${before.status} to ${request.to} needs a reason.`, [
        { field: 'reason', message: 'is required for this transition' },
      ]);
    }
    const extra = (await check?.(before, request)) ?? {};
    const params = new SqlParams();
    const sets = [`status = ${params.p(request.to)}`];
    for (const [field, value] of Object.entries(extra)) {
      const column = this.config.fields[field]?.column ?? SYSTEM_FIELDS[field];
      sets.push(`${column} = ${params.p(value)}`);
    }
    await manager.query(
      `INSERT INTO status_changes (entity_type, entity_id, from_status, to_status, at, actor_id, reason, effective_on)
       VALUES ($1, $2, $3, $4, now(), $5, $6, $7)`,
      [
        this.config.entityType,
        before.id,
        before.status,
        request.to,
        actor.id,
        reason,
        request.effectiveOn ?? null,
      ],
    );
    const after = await this.write(
      manager,
      actor,
      before,
      sets,
      params,
      { status: [before.status, request.to] },
      {
        action: 'transition',
        reason,
      },
    );
    await this.config.onTransitioned?.(manager, actor, after, {
      from: before.status,
      to: request.to,
      reason,
    });
    return after;
  }

  /** Deletes a row still in its first status; the audit event keeps what it was. */
  async remove(manager: EntityManager, actor: Actor, id: string, ifMatch?: number): Promise<void> {
    const before = await this.findVisible(actor, id, manager, true);
    this.checkVersion(before, ifMatch);
    if (before.status !== this.config.workflow.initial) {
      throw Problem.conflict(
        'not-deletable',
        `Only a ${this.config.label.toLowerCase()} in status ${this.config.workflow.initial} can be deleted; this one is ${before.status}.`,
      );
    }
    await manager.query(`DELETE FROM ${this.config.table} WHERE id = $1`, [id]);
    const changes: Changes = {};
    for (const [field, value] of Object.entries(before)) changes[field] = [plain(value), null];
    await this.audit.append(manager, actor, {
      action: 'delete',
      entityType: this.config.entityType,
      entityId: id,
      changes,
      ...this.scope(before),
    });
  }

  /** The status history the actor may see (the stricter-of rule, as in the audit log), oldest first. */
  async statusHistory(actor: Actor, id: string): Promise<Row[]> {
    await this.findVisible(actor, id);
    const params = new SqlParams();
    return this.dataSource.query(
      `SELECT s.from_status AS "from", s.to_status AS "to", s.at, json_build_object('id', u.id, 'email', u.email) AS actor,
              s.reason, s.effective_on AS "effectiveOn"
         FROM status_changes s JOIN users u ON u.id = s.actor_id
        WHERE s.entity_id = ${params.p(id)} AND s.entity_type = ${params.p(this.config.entityType)}
          AND ${statusChangeVisibility(actor, params, 's')}
        ORDER BY s.id`,
      params.values,
    );
  }

  /**
   * The row as it stood at `asOf`, from this register's events only; 404 when it did not exist
   * then, is of another type, or is hidden from the actor now or then (AuditService.stateAsOf).
   */
  async asOf(actor: Actor, id: string, asOf: string): Promise<Row> {
    const current = await this.dataSource.query(
      `SELECT 1 FROM ${this.table} WHERE ${this.config.alias}.id = $1`,
      [id],
    );
    if (current[0]) await this.findVisible(actor, id);
    const state = await this.audit.stateAsOf(actor, this.config.entityType, id, asOf);
    if (!state) throw Problem.notFound(this.config.label, id);
    return this.present(state, actor);
  }
}

/** A READ COMMITTED transaction, opened in one round trip (src/database/transaction.ts). */
export { inTransaction } from '../database/transaction';
