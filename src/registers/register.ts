import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { directReads } from '../database/direct-reads';
import { Actor } from '../auth/actor';
import { stricter } from '../auth/clearance';
import { Permission } from '../auth/permissions';
import { AuditInput, AuditService, Changes } from '../audit/audit.service';
import { recordStatusChange, statusHistory, type StatusHistoryEntry } from '../audit/status-history';
import { keysetPage, Page, PageQuery, SortKey, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { displayText } from '../common/translations';
import { TransitionRequest, Workflow } from '../common/workflow';
import { requireExisting } from './references';
import type { AuditAction, AuditEntityType } from '../audit/audit-vocabulary';

/** How a response field is stored: its column, and whether it is JSON (jsonb). */
export interface FieldSpec {
  column: string;
  json?: boolean;
}

export interface RegisterConfig<R extends RegisterRow = RegisterRow> {
  /** `institution`, `summit`, … as audit events and status history name it. */
  entityType: AuditEntityType;
  /** For messages: "Institution 123 was not found." */
  label: string;
  table: string;
  alias: string;
  workflow: Workflow<string>;
  /** Who may create, update, transition and delete. */
  writePermission: Permission;
  /** The TypeORM entity of `table`: the columns of `fields` are read from its metadata. */
  entity: new () => object;
  /** Fields a client sets (create/update): the entity's property names, which are the response's. */
  fields: readonly string[];
  sortable: Record<string, SortKey>;
  defaultSort: string;
  /** Extra SQL SELECT items (computed or joined read-only fields), e.g. `(SELECT …) AS "x"`. */
  extraSelect?: string;
  /** A predicate hiding rows the actor's clearance does not allow (from auth/clearance.ts); absent when all are visible. */
  visibility?: (actor: Actor, params: SqlParams, alias: string) => string;
  /** A translated display field: `as` shows `field` in the actor's language, from `translations`. */
  display?: { field: string; as: string };
  /** Audit scope of a row: whose classification governs who sees its events. */
  auditScope?(row: R): Pick<AuditInput, 'documentId' | 'milestoneId' | 'classification'>;
  /**
   * Runs in the transition's transaction after its UPDATE and just before its audit event, with
   * the row as it now reads: where a register records what else the move causes (its
   * notification events, §14). Before the append, so that its writes are not made while the
   * audit chain head's row lock is held (docs/SCALING.md, "When the chain head binds").
   */
  onTransitioned?(manager: EntityManager, actor: Actor, row: R, move: TransitionMove): Promise<void>;
  /**
   * Hides, in a row read for `actor`, what names something the actor may not see (a document's
   * parent or successor above their clearance): runs in present(), on every read path.
   */
  conceal?(row: R, actor: Actor): void;
  /** extraSelect columns read only for conceal(): never part of an event's snapshot. */
  internalFields?: readonly string[];
  /** Fills an as-of state (replayed from events) with the extraSelect columns conceal() reads. */
  completeAsOf?(state: R): Promise<void>;
}

/** A completed move, as onTransitioned hears of it. */
export interface TransitionMove {
  from: string;
  to: string;
  reason: string | null;
}

/**
 * A row as a SQL statement answered it, before anything types it: pg's rows are untyped, and
 * this is the one place that says so. Registers type theirs (`Register<DocumentRow>`); other
 * statements declare what they read where they can.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg answers untyped rows
export type Row = Record<string, any>;

/** What every register row has: the system fields the register reads and writes. */
export type RegisterRowFields = {
  id: string;
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  /** Added by present(): the statuses this reader may move the row to now. */
  allowedTransitions?: readonly string[];
};

export type RegisterRow = RegisterRowFields & Row;

/**
 * A register's row typed from its entity: the entity's columns as pg answers them (relations
 * left out), the system fields, and `Extra` — what the read computes (extraSelect) or present()
 * adds. An unknown field is then a compile error, not an undefined at run time.
 */
export type EntityRow<E extends object, Extra extends object = object> = Omit<
  E,
  'createdByUser' | 'updatedByUser' | RelationKeys<E>
> &
  RegisterRowFields &
  Extra;

/** The entity properties typed `unknown` (TypeORM relations, never selected by a register). */
type RelationKeys<E> = { [K in keyof E]: unknown extends E[K] ? K : never }[keyof E];

/**
 * Typed field lists for a register: `fieldsOf(DocumentEntity, ['title', …])` refuses a name the
 * entity does not have, at compile time.
 */
export function fieldsOf<E extends object>(
  entity: new () => E,
  fields: readonly (keyof E & string)[],
): { entity: new () => E; fields: readonly string[] } {
  return { entity, fields };
}

/** The column and JSON-ness of each field, from the entity's TypeORM metadata. */
function columnsOf(
  dataSource: DataSource,
  entity: new () => object,
  fields: readonly string[],
): Record<string, FieldSpec> {
  const metadata = dataSource.getMetadata(entity);
  const columns: Record<string, FieldSpec> = {};
  for (const field of fields) {
    const column = metadata.findColumnWithPropertyName(field);
    if (!column) throw new Error(`${metadata.name} has no column for the field ${field}`);
    columns[field] = { column: column.databaseName, ...(column.type === 'jsonb' ? { json: true } : {}) };
  }
  return columns;
}

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
export class Register<R extends RegisterRow = RegisterRow> {
  private derived?: { columns: Record<string, FieldSpec>; selectList: string };
  private readonly internal: ReadonlySet<string>;

  constructor(
    readonly config: RegisterConfig<R>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.internal = new Set(config.internalFields ?? []);
  }

  /**
   * Each of `config.fields` with its column, from the entity's metadata (declared once, on the
   * entity). Read on first use: the metadata exists once the data source is initialised, which
   * building the OpenAPI document without a database never does.
   */
  get columns(): Record<string, FieldSpec> {
    return this.derive().columns;
  }

  /** The SELECT list of a read: system fields, `fields`, then `extraSelect`. */
  get selectList(): string {
    return this.derive().selectList;
  }

  private derive(): { columns: Record<string, FieldSpec>; selectList: string } {
    if (this.derived) return this.derived;
    const { alias: a, entity, fields, extraSelect } = this.config;
    const columns = columnsOf(this.dataSource, entity, fields);
    const cols = [
      ...Object.entries(SYSTEM_FIELDS).map(([f, c]) => `${a}.${c} AS "${f}"`),
      ...Object.entries(columns).map(([f, s]) => `${a}.${s.column} AS "${f}"`),
    ];
    if (extraSelect) cols.push(extraSelect);
    this.derived = { columns, selectList: cols.join(', ') };
    return this.derived;
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
  present(row: R, actor: Actor): R {
    this.config.conceal?.(row, actor);
    row.allowedTransitions = this.allowedTransitions(actor, row.status);
    const display = this.config.display;
    if (display) {
      const fields: Row = row;
      fields[display.as] = displayText(
        fields.translations,
        actor.languages,
        display.field,
        fields[display.field],
      );
    }
    return row;
  }

  /** One visible row, or a 404 that does not reveal whether it exists. */
  async findVisible(actor: Actor, id: string, manager?: EntityManager, lock = false): Promise<R> {
    const params = new SqlParams();
    const rows: R[] = await (manager ?? directReads(this.dataSource)).query(
      `SELECT ${this.selectList} FROM ${this.table}
        WHERE ${this.config.alias}.id = ${params.p(id)} AND ${this.visibility(actor, params)}
        ${lock ? `FOR UPDATE OF ${this.config.alias}` : ''}`,
      params.values,
    );
    if (!rows[0]) throw Problem.notFound(this.config.label, id);
    return rows[0];
  }

  /** "A referenced entity must exist, else 422" for this register's rows (registers/references.ts). */
  requireExisting(
    manager: EntityManager,
    actor: Actor,
    field: string,
    ids: string | readonly string[],
    options?: { share?: boolean },
  ): Promise<void> {
    return requireExisting(manager, actor, this.config, field, ids, options);
  }

  list(actor: Actor, options: ListOptions): Promise<Page<R>> {
    const { params, page } = options;
    const a = this.config.alias;
    return keysetPage(
      directReads(this.dataSource),
      {
        select: this.selectList,
        from: this.table,
        where: [...options.where, this.visibility(actor, params)],
        params,
        page,
        sortable: this.config.sortable,
        defaultSort: this.config.defaultSort,
        idExpr: `${a}.id`,
      },
      (row: R) => this.present(row, actor),
    );
  }

  /**
   * Whose classification governs an event about `row`; with `before`, the stricter of the two
   * classifications is recorded, so the event of a downgrade or a move (which shows the old
   * values) is as hidden as the state it left.
   */
  private scope(row: R, before?: R): Pick<AuditInput, 'documentId' | 'milestoneId' | 'classification'> {
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
    related?: (row: R) => Promise<R>,
  ): Promise<R> {
    const [row] = await this.insertMany(
      manager,
      actor,
      [values],
      related && (async (rows) => [await related(rows[0])]),
    );
    return row;
  }

  /**
   * Several rows in one INSERT (a batch write, e.g. an import): the same columns, defaults and
   * one create event per row (appended together, AuditService.appendMany), in input order.
   * `related` gets every inserted row and returns them as they now read.
   */
  async insertMany(
    manager: EntityManager,
    actor: Actor,
    list: readonly Row[],
    related?: (rows: R[]) => Promise<R[]>,
  ): Promise<R[]> {
    if (!list.length) return [];
    const fields = Object.entries(this.columns).filter(([field]) => list.some((v) => v[field] !== undefined));
    const perRow = 4 + fields.length;
    // PostgreSQL takes at most 65 535 parameters a statement.
    const step = Math.max(1, Math.floor(60_000 / perRow));
    let inserted: R[] = [];
    for (let start = 0; start < list.length; start += step) {
      const params = new SqlParams();
      const [status, by] = [params.p(this.config.workflow.initial), params.p(actor.id)];
      const ids: string[] = [];
      const tuples = list.slice(start, start + step).map((values) => {
        const id = randomUUID();
        ids.push(id);
        const cells = [params.p(id), status, by, by];
        for (const [field, spec] of fields) {
          const value = values[field];
          cells.push(
            value === undefined
              ? 'DEFAULT'
              : spec.json
                ? `${params.p(JSON.stringify(value))}::jsonb`
                : params.p(value),
          );
        }
        return `(${cells.join(', ')})`;
      });
      const columns = ['id', 'status', 'created_by', 'updated_by', ...fields.map(([, spec]) => spec.column)];
      const rows: R[] = await manager.query(
        `INSERT INTO ${this.config.table} AS ${this.config.alias} (${columns.join(', ')})
         VALUES ${tuples.join(', ')} RETURNING ${this.selectList}`,
        params.values,
      );
      // In input order, whatever order RETURNING gives them in.
      const byId = new Map(rows.map((r) => [String(r.id), r]));
      inserted = inserted.concat(ids.map((id) => byId.get(id) as R));
    }
    const rows = related ? await related(inserted) : inserted;
    await this.audit.appendMany(
      manager,
      actor,
      rows.map((row) => {
        const changes: Changes = {};
        for (const [field, value] of Object.entries(row)) {
          if (!this.internal.has(field)) changes[field] = [null, plain(value)];
        }
        return {
          action: 'create',
          entityType: this.config.entityType,
          entityId: row.id,
          changes,
          ...this.scope(row),
        };
      }),
    );
    return rows;
  }

  private checkVersion(row: R, ifMatch: number | undefined): void {
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
    related?: (before: R) => Promise<boolean>,
  ): Promise<R> {
    const before = await this.findVisible(actor, id, manager, true);
    this.checkVersion(before, ifMatch);
    const relatedChanged = related ? await related(before) : false;
    const params = new SqlParams();
    const { sets, changes } = patchSets(this.columns, before, patch, params);
    if (sets.length === 0 && !relatedChanged) return before;
    return this.write(manager, actor, before, sets, params, changes, { action: 'update' });
  }

  /** The UPDATE every change ends in (writeRow), scoped as this register's events are. */
  private write(
    manager: EntityManager,
    actor: Actor,
    before: R,
    sets: string[],
    params: SqlParams,
    changes: Changes,
    event: { action: AuditAction; reason?: string | null; beforeAppend?: (after: R) => Promise<void> },
  ): Promise<R> {
    return writeRow(manager, this.audit, actor, this, before, sets, params, changes, {
      ...event,
      scope: (after) => this.scope(after, before),
    });
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
    check?: (row: R, request: TransitionRequest) => Promise<Row | void> | Row | void,
    beforeAppend?: (row: R) => Promise<void>,
  ): Promise<R> {
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
      const column = this.columns[field]?.column ?? SYSTEM_FIELDS[field];
      sets.push(`${column} = ${params.p(value)}`);
    }
    await recordStatusChange(manager, {
      entityType: this.config.entityType,
      entityId: before.id,
      from: before.status,
      to: request.to,
      actorId: actor.id,
      reason,
      effectiveOn: request.effectiveOn,
    });
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
        beforeAppend: async (row) => {
          await this.config.onTransitioned?.(manager, actor, row, {
            from: before.status,
            to: request.to,
            reason,
          });
          await beforeAppend?.(row);
        },
      },
    );
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
    for (const [field, value] of Object.entries(before)) {
      if (!this.internal.has(field)) changes[field] = [plain(value), null];
    }
    await this.audit.append(manager, actor, {
      action: 'delete',
      entityType: this.config.entityType,
      entityId: id,
      changes,
      ...this.scope(before),
    });
  }

  /** The status history the actor may see (the stricter-of rule, as in the audit log), oldest first. */
  async statusHistory(actor: Actor, id: string): Promise<StatusHistoryEntry[]> {
    await this.findVisible(actor, id);
    return statusHistory(directReads(this.dataSource), actor, this.config.entityType, id);
  }

  /**
   * The row as it stood at `asOf`, from this register's events only; 404 when it did not exist
   * then, is of another type, or is hidden from the actor now or then (AuditService.stateAsOf).
   */
  async asOf(actor: Actor, id: string, asOf: string): Promise<R> {
    const current = await this.dataSource.query(
      `SELECT 1 FROM ${this.table} WHERE ${this.config.alias}.id = $1`,
      [id],
    );
    if (current[0]) await this.findVisible(actor, id);
    const state = (await this.audit.stateAsOf(actor, this.config.entityType, id, asOf)) as R | null;
    if (!state) throw Problem.notFound(this.config.label, id);
    await this.config.completeAsOf?.(state);
    return this.present(state, actor);
  }
}

/** Where a row is written: its table, the columns a read returns, and how audit events name it. */
export interface WriteTarget {
  readonly table: string;
  readonly selectList: string;
  readonly config: { alias: string; entityType: AuditEntityType; internalFields?: readonly string[] };
}

/**
 * The SET clauses and the changes map for `patch` (response field names) against `before`:
 * unknown, undefined and unchanged fields are left out.
 */
export function patchSets(
  fields: Record<string, FieldSpec>,
  before: Row,
  patch: Row,
  params: SqlParams,
): { sets: string[]; changes: Changes } {
  const sets: string[] = [];
  const changes: Changes = {};
  for (const [field, value] of Object.entries(patch)) {
    const spec = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!spec || value === undefined || same(before[field], value)) continue;
    sets.push(
      `${spec.column} = ${spec.json ? `${params.p(JSON.stringify(value))}::jsonb` : params.p(value)}`,
    );
    changes[field] = [plain(before[field]), plain(value)];
  }
  return { sets, changes };
}

/**
 * The UPDATE every change of a locked row ends in: version + 1, who and when, then exactly one
 * audit event with every field that differs, all in the caller's transaction.
 */
export async function writeRow<T extends Row>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  target: WriteTarget,
  before: T,
  sets: string[],
  params: SqlParams,
  changes: Changes,
  event: {
    action: AuditAction;
    reason?: string | null;
    scope?: (after: T) => Pick<AuditInput, 'documentId' | 'milestoneId' | 'classification'>;
    /** Writes the change causes, made before the append takes the chain head (kept last). */
    beforeAppend?: (after: T) => Promise<void>;
  },
): Promise<T> {
  const { alias, entityType } = target.config;
  sets.push('version = version + 1', 'updated_at = now()', `updated_by = ${params.p(actor.id)}`);
  const [rows] = await manager.query(
    `UPDATE ${target.table} SET ${sets.join(', ')} WHERE ${alias}.id = ${params.p(before.id)}
     RETURNING ${target.selectList}`,
    params.values,
  );
  const after: T = rows[0];
  changes.version = [before.version, after.version];
  for (const field of Object.keys(after)) {
    if (
      !(field in changes) &&
      !['updatedAt', 'updatedBy'].includes(field) &&
      !target.config.internalFields?.includes(field) &&
      !same(plain(before[field]), plain(after[field]))
    ) {
      changes[field] = [plain(before[field]), plain(after[field])];
    }
  }
  await event.beforeAppend?.(after);
  await audit.append(manager, actor, {
    action: event.action,
    entityType,
    entityId: before.id,
    changes,
    reason: event.reason,
    ...event.scope?.(after),
  });
  return after;
}
