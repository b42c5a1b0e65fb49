import { Injectable } from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { FieldError, Problem } from '../common/problem';
import { Row } from '../registers/register';
import { SqlParams } from '../common/paging';
import { createValidationPipe } from '../common/validation';
import { Workflow } from '../common/workflow';
import { withinTransaction } from '../database/transaction';
import { documentWorkflow } from '../documents/document.workflow';
import { DocumentsService } from '../documents/documents.service';
import { CreateDocumentDto, UpdateDocumentDto } from '../documents/dto/document.dto';
import { CreateSignatoryDto } from '../documents/dto/signatory.dto';
import { SignatoriesService } from '../documents/signatories.service';
import { CreateInstitutionDto, UpdateInstitutionDto } from '../institutions/dto/institution.dto';
import { institutionWorkflow } from '../institutions/institution.workflow';
import { InstitutionsService } from '../institutions/institutions.service';
import { CreateMilestoneDto, UpdateMilestoneDto } from '../milestones/dto/milestone.dto';
import { CreateProgressDto } from '../milestones/dto/progress.dto';
import { milestoneWorkflow } from '../milestones/milestone.workflow';
import { MilestonesService } from '../milestones/milestones.service';
import { ProgressService } from '../milestones/progress.service';
import { REFRESH_MARKED_SQL } from '../search/search.sql';
import { CreateSummitDto, UpdateSummitDto } from '../summits/dto/summit.dto';
import { summitWorkflow } from '../summits/summit.workflow';
import { SummitsService } from '../summits/summits.service';
import { IMPORT_KINDS, IMPORT_TTL_HOURS, ImportKind } from './import.entity';
import { closest, ColumnSpec, headerKey, KINDS } from './kinds';
import { parseSpreadsheet, yieldToLoop } from './parse';
import { RowStore } from './row-store';

export interface RowError {
  row: number;
  field: string;
  message: string;
}

/**
 * The rows of a file with their columns resolved: `names[c]` is the canonical column of cell c
 * (null: skipped). Only the cells are kept, one array a row; each row's values object is made
 * when the row is looked at and dropped after, so a big file is held once, as its text.
 */
interface Table {
  names: (string | null)[];
  rows: RowStore;
  /** File row numbers, when they are not index + 2 (imports stored before files were kept). */
  numbers?: number[];
}

/** One row's values by canonical column name (empty cells left out). */
function valuesOf(table: Table, cells: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let c = 0; c < cells.length; c++) {
    const name = table.names[c];
    if (name && cells[c] !== '') values[name] = cells[c];
  }
  return values;
}

const rowNumber = (table: Table, i: number) => table.numbers?.[i] ?? i + 2;

/** An import stored before the upload itself was kept: its normalised rows. */
function legacyTable(records: { row: number; values: Record<string, string> }[]): Table {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.values)))];
  return {
    names,
    rows: RowStore.of(records.map((r) => names.map((n) => r.values[n] ?? ''))),
    numbers: records.map((r) => r.row),
  };
}

/** Rows written per batch (one savepoint, one INSERT per register, one audit statement). */
const APPLY_BATCH = 500;
/** The stored upload is read back this many bytes at a time. */
const FILE_SLICE = 4 * 1024 * 1024;
/** Validation gives the event loop back at least this often (ms). */
const SLICE_MS = 8;

/** What applying a row does. */
interface Plan {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  id?: string;
  dto?: Row;
  /** Statuses to move through, in order. */
  path: string[];
  reason?: string;
  /** For signatories and progress: the record they belong to. */
  parentId?: string;
}

const pipe = createValidationPipe();
const CREATE: Partial<Record<ImportKind, new () => object>> = {
  institutions: CreateInstitutionDto,
  summits: CreateSummitDto,
  documents: CreateDocumentDto,
  signatories: CreateSignatoryDto,
  milestones: CreateMilestoneDto,
  progress: CreateProgressDto,
};
const UPDATE: Partial<Record<ImportKind, new () => object>> = {
  institutions: UpdateInstitutionDto,
  summits: UpdateSummitDto,
  documents: UpdateDocumentDto,
  milestones: UpdateMilestoneDto,
};
const WORKFLOWS: Partial<Record<ImportKind, Workflow<string>>> = {
  institutions: institutionWorkflow,
  summits: summitWorkflow,
  documents: documentWorkflow,
  milestones: milestoneWorkflow,
};

/** Who may import what (§3's table): registers for editors, milestones and progress for managers. */
export function importPermission(kind: string): Permission {
  return kind === 'milestones' || kind === 'progress'
    ? Permission.WriteMilestones
    : Permission.WriteRegisters;
}

const list = (v: string | undefined) =>
  v === undefined
    ? undefined
    : [
        ...new Set(
          v
            .split(/[;,]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
const upper = (v: string | undefined) => v?.toUpperCase();
const key = (...parts: unknown[]) =>
  parts
    .map((p) =>
      String(p ?? '')
        .trim()
        .toLowerCase(),
    )
    .join('\u0001');
const today = () => new Date().toISOString().slice(0, 10);
/** A milestone owner as a cell names it: Name (CC). */
const OWNER = /^(.*)\(([A-Za-z]{2})\)\s*$/;

function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort() : (v ?? null));
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** The shortest walk along allowed transitions from `from` to `to` (empty when already there). */
function walk(workflow: Workflow<string>, from: string, to: string): string[] | null {
  if (from === to) return [];
  const previous = new Map<string, string>([[from, '']]);
  const queue = [from];
  while (queue.length) {
    const s = queue.shift() as string;
    for (const next of workflow.allowedFrom(s)) {
      if (previous.has(next)) continue;
      previous.set(next, s);
      if (next === to) {
        const path = [to];
        for (let p = s; p !== from; p = previous.get(p) as string) path.unshift(p);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}

/** Columns an export carries that no import sets (by headerKey): skipped, not refused. */
const EXPORT_ONLY_COLUMNS = new Set(
  [
    'id',
    'version',
    'createdAt',
    'updatedAt',
    'createdBy',
    'updatedBy',
    'allowedTransitions',
    'displayTitle',
    'displayName',
    'signatoryCount',
    'summitId',
    'parentId',
    'relation',
    'supersededById',
    'successorId',
    'documentId',
    'originRuleId',
    'ownerInstitutionIds',
    'expectedEntryIntoForceOn',
    'latestValue',
    'latestAsOf',
    'progressPercent',
    'overdue',
    // JSON columns of an export; translations import as `title.ru`, `name.kk` … columns.
    'translations',
    'participants',
    'entryIntoForceRule',
  ].map(headerKey),
);

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly institutions: InstitutionsService,
    private readonly summits: SummitsService,
    private readonly documents: DocumentsService,
    private readonly signatories: SignatoriesService,
    private readonly milestones: MilestonesService,
    private readonly progress: ProgressService,
  ) {}

  async create(actor: Actor, parts: AsyncIterableIterator<Multipart>): Promise<Row> {
    const fields: Record<string, string> = {};
    let file: Buffer | null = null;
    let fileName = 'import';
    try {
      for await (const part of parts) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file)
            throw Problem.invalidField(part.fieldname, 'is not a field of this upload');
          file = await part.toBuffer();
          fileName = (part.filename || 'import').slice(0, 255);
        } else {
          if (!['kind', 'sheet'].includes(part.fieldname) || part.fieldname in fields)
            throw Problem.invalidField(part.fieldname, 'is not a field of this upload (or is repeated)');
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if (error instanceof Problem) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE')
        throw new Problem(413, 'payload-too-large', 'The file is larger than PACTA_MAX_UPLOAD_BYTES allows.');
      throw Problem.badRequest('The multipart body cannot be read.');
    }
    const kind = fields.kind as ImportKind;
    if (!IMPORT_KINDS.includes(kind))
      throw Problem.invalidField('kind', `must be one of ${IMPORT_KINDS.join(', ')}`);
    if (!actor.can(importPermission(kind))) throw Problem.forbidden(`Your role may not import ${kind}.`);
    if (!file) throw Problem.invalidField('file', 'is required (a multipart part named file)');
    const sheet = fields.sheet?.trim() || undefined;
    await this.expire();
    const parsed = await parseSpreadsheet(file, sheet);
    const table = this.records(kind, parsed.headers, parsed.rows);
    const { errors, preview } = await this.validate(actor, kind, table);
    const status = errors.length ? 'invalid' : 'validated';
    // Kept for apply, which reads it again: the upload itself, not every parsed row as JSON.
    const [saved] = await this.dataSource.query(
      `INSERT INTO imports (kind, status, file_name, sheet, row_count, rows, file, errors, preview, created_by)
       VALUES ($1, $2, $3, $4, $5, '[]'::jsonb, $6, $7::jsonb, $8::jsonb, $9) RETURNING id`,
      [
        kind,
        status,
        fileName,
        sheet ?? null,
        table.rows.length,
        status === 'validated' ? file : null,
        JSON.stringify(errors),
        JSON.stringify(preview),
        actor.id,
      ],
    );
    return { id: saved.id, kind, status, rows: table.rows.length, errors, preview, result: null };
  }

  async get(actor: Actor, id: string): Promise<Row> {
    const [row] = await this.dataSource.query(
      `SELECT id, kind, status, row_count AS rows, errors, preview, result, created_by AS "createdBy" FROM imports WHERE id = $1`,
      [id],
    );
    // Imports are the team's: whoever may import that kind sees it (its rows were checked
    // against its importer's clearance, and it holds only counts and row errors).
    if (!row) throw Problem.notFound('Import', id);
    if (!actor.can(importPermission(row.kind)))
      throw Problem.forbidden(`Your role may not import ${row.kind}.`);
    delete row.createdBy;
    return row;
  }

  /**
   * Validated imports not applied within IMPORT_TTL_HOURS expire: their stored uploads are
   * dropped. Run on each upload and before each apply, so none is kept (or applied) longer.
   */
  async expire(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE imports SET status = 'expired', file = NULL
        WHERE status = 'validated' AND created_at < now() - make_interval(hours => $1)`,
      [IMPORT_TTL_HOURS],
    );
    return count as number;
  }

  async apply(actor: Actor, id: string): Promise<Row> {
    await this.expire();
    const imported = await this.get(actor, id);
    if (imported.status === 'expired') throw expired();
    if (imported.status === 'applied')
      throw Problem.conflict(
        'already-applied',
        'This import was already applied; applying it again changes nothing.',
      );
    if (imported.status === 'invalid')
      throw new Problem(
        422,
        'import-invalid',
        'This import has errors; correct the file and upload it again.',
        {
          errors: imported.errors,
        },
      );
    const kind = imported.kind as ImportKind;
    const [stored] = await this.dataSource.query(
      `SELECT CASE WHEN file IS NULL THEN rows END AS rows, octet_length(file) AS size, sheet FROM imports WHERE id = $1`,
      [id],
    );
    const table = stored.size
      ? await parseSpreadsheet(
          await this.storedFile(id, Number(stored.size)),
          stored.sheet ?? undefined,
        ).then((p) => this.records(kind, p.headers, p.rows))
      : legacyTable(stored.rows);
    // Re-validated as it is written (the registers may have changed since the preview), a batch
    // of plans at a time: neither the rows nor their plans are ever all on the heap.
    let result: Record<Plan['action'], number> | undefined;
    await withinTransaction(this.dataSource, { importId: id }, async (manager) => {
      const [locked] = await manager.query(`SELECT status FROM imports WHERE id = $1 FOR UPDATE`, [id]);
      if (locked.status === 'applied')
        throw Problem.conflict(
          'already-applied',
          'This import was already applied; applying it again changes nothing.',
        );
      if (locked.status === 'expired') throw expired();
      let batch: Plan[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const plans = batch;
        batch = [];
        await manager.query('SAVEPOINT import_batch');
        try {
          await this.applyBatch(actor, kind, plans);
        } catch (error) {
          // Which row? Row by row through the same services, to name it; the transaction
          // rolls back whatever happens (a 500 stays a 500).
          await manager.query('ROLLBACK TO SAVEPOINT import_batch');
          for (const plan of plans) {
            try {
              await this.applyRow(actor, kind, plan);
            } catch (rowError) {
              throw rowConflict(plan, rowError);
            }
          }
          throw rowConflict(plans[0], error);
        }
        await manager.query('RELEASE SAVEPOINT import_batch');
        await yieldToLoop();
      };
      const checked = await this.validate(actor, kind, table, async (plan) => {
        batch.push(plan);
        if (batch.length >= APPLY_BATCH) await flush();
      });
      // Nothing of it stays: the transaction rolls back.
      if (checked.errors.length) throw conflict(checked.errors, 'The data changed since the preview');
      await flush();
      result = checked.preview;
      // Every entry the rows touched, rebuilt together (one statement a type), not one by one at commit.
      await manager.query(REFRESH_MARKED_SQL);
      await manager.query(
        `UPDATE imports SET status = 'applied', result = $2::jsonb, applied_by = $3, applied_at = now(), file = NULL
          WHERE id = $1`,
        [id, JSON.stringify(result), actor.id],
      );
    });
    return { ...imported, status: 'applied', result };
  }

  /**
   * The stored upload, read a slice at a time into one Buffer: a bytea comes back as hex text,
   * and the whole of a 50 MiB file would be a 100 MiB string on the heap.
   */
  private async storedFile(id: string, size: number): Promise<Buffer> {
    const file = Buffer.allocUnsafe(size);
    for (let offset = 0; offset < size; offset += FILE_SLICE) {
      const [{ part }] = await this.dataSource.query(
        `SELECT substring(file FROM $2 FOR $3) AS part FROM imports WHERE id = $1`,
        [id, offset + 1, FILE_SLICE],
      );
      // Applied (or expired) meanwhile by another request: its file is gone.
      if (!part) throw Problem.conflict('already-applied', 'This import was applied meanwhile.');
      (part as Buffer).copy(file, offset);
    }
    return file;
  }

  private service(kind: ImportKind) {
    return {
      institutions: this.institutions,
      summits: this.summits,
      documents: this.documents,
      milestones: this.milestones,
    }[kind as 'institutions'];
  }

  /**
   * A batch of rows: the new institutions, summits or documents through their service's
   * createMany (the same rules as create, one INSERT and one audit statement), then each
   * row's update and status walk through the same services as the API's routes.
   */
  private async applyBatch(actor: Actor, kind: ImportKind, plans: Plan[]): Promise<void> {
    const created = new Map<Plan, string>();
    if (kind === 'institutions' || kind === 'summits' || kind === 'documents') {
      const creates = plans.filter((p) => p.action === 'create');
      const service = this.service(kind) as unknown as {
        createMany(actor: Actor, dtos: never[]): Promise<Row[]>;
      };
      if (creates.length) {
        const rows = await service.createMany(
          actor,
          creates.map((p) => p.dto as never),
        );
        creates.forEach((p, i) => created.set(p, rows[i].id as string));
      }
    }
    for (const plan of plans) await this.applyRow(actor, kind, plan, created.get(plan));
  }

  /** One row through the services; `createdId`: the row was created already (in its batch). */
  private async applyRow(actor: Actor, kind: ImportKind, plan: Plan, createdId?: string): Promise<void> {
    if (plan.action === 'unchanged') return;
    if (kind === 'signatories') {
      await this.signatories.add(actor, plan.parentId as string, plan.dto as CreateSignatoryDto);
      return;
    }
    if (kind === 'progress') {
      await this.progress.report(actor, plan.parentId as string, plan.dto as CreateProgressDto);
      return;
    }
    const service = this.service(kind);
    let id = createdId ?? plan.id;
    if (plan.action === 'create' && !createdId)
      id = (await service.create(actor, plan.dto as never)).id as string;
    else if (plan.action === 'update' && plan.dto && Object.keys(plan.dto).length)
      await service.update(actor, id as string, plan.dto as never);
    for (const to of plan.path) {
      await service.transition(actor, id as string, { to, reason: plan.reason, effectiveOn: undefined });
    }
  }

  /**
   * Headers to canonical names; an unknown header is a 400 naming the closest known one. The
   * read-only columns of Pacta's own exports (ids, versions, timestamps, computed fields) are
   * skipped, so an export re-imported unchanged answers "unchanged" (§15).
   */
  records(kind: ImportKind, headers: string[], rows: RowStore): Table {
    const columns = KINDS[kind].columns;
    const byKey = new Map(columns.map((c) => [headerKey(c.name), c]));
    if (kind === 'documents') byKey.set('parties', columns.find((c) => c.name === 'countries') as ColumnSpec);
    const names: (string | null)[] = [];
    const errors: FieldError[] = [];
    headers.forEach((h, i) => {
      if (h === '') return void names.push(null);
      const spec = byKey.get(headerKey(h));
      if (!spec && EXPORT_ONLY_COLUMNS.has(headerKey(h))) return void names.push(null);
      if (!spec)
        errors.push({
          field: h,
          message: `is not a column of ${kind}; did you mean “${closest(h, columns)}”?`,
        });
      else if (names.includes(spec.name)) errors.push({ field: h, message: 'appears twice' });
      names[i] = spec?.name ?? null;
    });
    if (errors.length)
      throw Problem.badRequest(
        `Unknown or repeated column: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        errors,
      );
    const missing = columns.filter((c) => c.required && !names.includes(c.name));
    if (missing.length)
      throw Problem.badRequest(
        `Missing column${missing.length > 1 ? 's' : ''}: ${missing.map((c) => c.name).join(', ')}.`,
        missing.map((c) => ({ field: c.name, message: 'is a required column' })),
      );
    return { names, rows };
  }

  /**
   * Every rule of the API, row by row; the preview keeps only the errors and the counts.
   * `write`, when given, gets each row's plan (not the unchanged ones) in file order while no
   * row has failed so far: apply writes as it validates, and throws the errors at the end.
   */
  async validate(
    actor: Actor,
    kind: ImportKind,
    table: Table,
    write?: (plan: Plan) => Promise<void>,
  ): Promise<{ errors: RowError[]; preview: Record<Plan['action'], number> }> {
    const ctx = await this.context(actor, kind, table);
    const errors: RowError[] = [];
    const preview = { create: 0, update: 0, unchanged: 0 };
    const seen = new Map<string, number>();
    let slice = performance.now();
    for (const [i, cells] of table.rows.entries()) {
      // Validation is CPU work: give the event loop back often, so other requests are served.
      if (performance.now() - slice > SLICE_MS) {
        await yieldToLoop();
        slice = performance.now();
      }
      const row = rowNumber(table, i);
      const rowErrors: RowError[] = [];
      const fail = (field: string, message: string) => rowErrors.push({ row, field, message });
      const plan = await this.planRow(actor, kind, row, valuesOf(table, cells), ctx, fail);
      if (plan && plan.naturalKey) {
        const earlier = seen.get(plan.naturalKey);
        if (earlier !== undefined) fail('row', `duplicates row ${earlier} (the same natural key)`);
        else seen.set(plan.naturalKey, row);
      }
      if (rowErrors.length || !plan) errors.push(...rowErrors);
      else {
        preview[plan.plan.action]++;
        if (write && !errors.length && plan.plan.action !== 'unchanged') {
          await write(plan.plan);
          slice = performance.now();
        }
      }
    }
    return { errors, preview };
  }

  /**
   * The records the file's rows may name, by natural key (visible to the actor only): one
   * SELECT a register for all the keys of the file, not a lookup a row, and not the whole
   * register. SQL narrows by lower(btrim(…)) on both sides; `key` then matches exactly.
   */
  private async context(actor: Actor, kind: ImportKind, table: Table): Promise<Context> {
    const ctx: Context = {
      institutions: new Map(),
      summits: new Map(),
      documents: new Map(),
      milestones: new Map(),
      existing: new Map(),
    };
    const want = {
      institutions: [[], []] as string[][],
      summits: [[], []] as string[][],
      documentRefs: [] as string[],
      documents: [[], []] as string[][],
      milestones: [] as string[],
    };
    const pair = (into: string[][], a: string | undefined, b: string | undefined) => {
      if (a === undefined) return;
      into[0].push(a);
      into[1].push(b ?? '');
    };
    const documentRef = (
      ref: string | undefined,
      title: string | undefined,
      signedOn: string | undefined,
    ) => {
      if (ref) want.documentRefs.push(ref);
      else pair(want.documents, title, signedOn);
    };
    let slice = performance.now();
    for (const [, cells] of table.rows.entries()) {
      if (performance.now() - slice > SLICE_MS) {
        await yieldToLoop();
        slice = performance.now();
      }
      const v = valuesOf(table, cells);
      switch (kind) {
        case 'institutions':
          pair(want.institutions, v.name, v.country);
          break;
        case 'summits':
          pair(want.summits, v.title, v.startsOn);
          break;
        case 'documents':
          documentRef(v.referenceNumber, v.title, v.signedOn);
          pair(want.summits, v.summitTitle, v.summitStartsOn);
          break;
        case 'signatories':
          documentRef(v.documentReferenceNumber, v.documentTitle, v.documentSignedOn);
          pair(want.institutions, v.institutionName, v.institutionCountry);
          break;
        case 'milestones':
        case 'progress':
          documentRef(v.documentReferenceNumber, v.documentTitle, v.documentSignedOn);
          pair(want.summits, v.summitTitle, v.summitStartsOn);
          if (kind === 'progress') {
            if (v.milestoneTitle) want.milestones.push(v.milestoneTitle);
            break;
          }
          if (v.title) want.milestones.push(v.title);
          for (const o of list(v.owners) ?? []) {
            const m = OWNER.exec(o);
            if (m) pair(want.institutions, m[1], m[2]);
          }
          break;
      }
    }
    const q = async (
      register: { selectList: string; table: string; visibility: (a: Actor, p: SqlParams) => string },
      where: (params: SqlParams) => string,
    ) => {
      const params = new SqlParams();
      return (await this.dataSource.query(
        `SELECT ${register.selectList} FROM ${register.table} WHERE ${register.visibility(actor, params)} AND (${where(params)})`,
        params.values,
      )) as Row[];
    };
    const norm = `lower(btrim(x))`;
    if (want.institutions[0].length)
      for (const r of await q(
        this.institutions.register,
        (p) =>
          `(lower(btrim(i.name)), lower(btrim(i.country))) IN (SELECT lower(btrim(n)), lower(btrim(c)) FROM unnest(${p.p(want.institutions[0])}::text[], ${p.p(want.institutions[1])}::text[]) AS k(n, c))`,
      ))
        ctx.institutions.set(key(r.name, r.country), r);
    if (want.summits[0].length)
      for (const r of await q(
        this.summits.register,
        (p) =>
          `(lower(btrim(s.title)), to_char(s.starts_on, 'YYYY-MM-DD')) IN (SELECT lower(btrim(t)), btrim(d) FROM unnest(${p.p(want.summits[0])}::text[], ${p.p(want.summits[1])}::text[]) AS k(t, d))`,
      ))
        ctx.summits.set(key(r.title, r.startsOn), r);
    if (want.documentRefs.length || want.documents[0].length)
      for (const r of await q(
        this.documents.register,
        (p) =>
          `lower(btrim(d.reference_number)) IN (SELECT ${norm} FROM unnest(${p.p(want.documentRefs)}::text[]) AS x)
           OR (lower(btrim(d.title)), coalesce(to_char(d.signed_on, 'YYYY-MM-DD'), '')) IN
              (SELECT lower(btrim(t)), btrim(s) FROM unnest(${p.p(want.documents[0])}::text[], ${p.p(want.documents[1])}::text[]) AS k(t, s))`,
      )) {
        if (r.referenceNumber) ctx.documents.set(key('ref', r.referenceNumber), r);
        ctx.documents.set(key(r.title, r.signedOn), r);
      }
    if (want.milestones.length) {
      const rows = await q(
        this.milestones.register,
        (p) => `lower(btrim(m.title)) IN (SELECT ${norm} FROM unnest(${p.p(want.milestones)}::text[]) AS x)`,
      );
      const owners: { milestoneId: string; institutionId: string }[] = rows.length
        ? await this.dataSource.query(
            `SELECT milestone_id AS "milestoneId", institution_id AS "institutionId" FROM milestone_owners
              WHERE milestone_id = ANY($1::uuid[])`,
            [rows.map((r) => r.id)],
          )
        : [];
      const byMilestone = new Map<string, string[]>();
      for (const o of owners)
        byMilestone.set(o.milestoneId, [...(byMilestone.get(o.milestoneId) ?? []), o.institutionId]);
      for (const r of rows) {
        r.ownerInstitutionIds = byMilestone.get(r.id) ?? [];
        ctx.milestones.set(key(r.title, r.documentId, r.summitId), r);
      }
    }
    if (kind === 'signatories' && ctx.documents.size) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT document_id AS "documentId", institution_id AS "institutionId", signer_name AS "signerName", signer_title AS "signerTitle", signed_on AS "signedOn"
           FROM signatories WHERE document_id = ANY($1::uuid[])`,
        [[...new Set([...ctx.documents.values()].map((d) => d.id))]],
      );
      for (const r of rows) ctx.existing.set(key(r.documentId, r.institutionId, r.signerName), r);
    }
    if (kind === 'progress' && ctx.milestones.size) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT milestone_id AS "milestoneId", as_of::text AS "asOf", value::text AS value, note
           FROM progress_reports WHERE milestone_id = ANY($1::uuid[])`,
        [[...ctx.milestones.values()].map((m) => m.id)],
      );
      for (const r of rows) ctx.existing.set(key(r.milestoneId, r.asOf, r.note), r);
    }
    return ctx;
  }

  private async dto(
    kind: ImportKind,
    action: 'create' | 'update',
    value: Row,
    fail: (f: string, m: string) => void,
  ): Promise<Row | null> {
    const metatype = (action === 'create' ? CREATE : UPDATE)[kind];
    try {
      return (await pipe.transform(value, { type: 'body', metatype, data: '' })) as Row;
    } catch (error) {
      if (error instanceof Problem) {
        for (const e of error.extras.errors ?? [{ field: 'row', message: error.message }])
          fail(e.field, e.message);
        return null;
      }
      throw error;
    }
  }

  private documentRef(
    ctx: Context,
    v: Record<string, string>,
    fail: (f: string, m: string) => void,
  ): Row | null | undefined {
    if (!v.documentReferenceNumber && !v.documentTitle) return undefined;
    const doc = v.documentReferenceNumber
      ? ctx.documents.get(key('ref', v.documentReferenceNumber))
      : ctx.documents.get(key(v.documentTitle, v.documentSignedOn));
    if (!doc)
      fail(v.documentReferenceNumber ? 'documentReferenceNumber' : 'documentTitle', 'no such document');
    return doc ?? null;
  }

  private summitRef(
    ctx: Context,
    v: Record<string, string>,
    fail: (f: string, m: string) => void,
  ): Row | null | undefined {
    if (!v.summitTitle) return undefined;
    const summit = ctx.summits.get(key(v.summitTitle, v.summitStartsOn));
    if (!summit)
      fail(
        'summitTitle',
        `no summit “${v.summitTitle}” starting on ${v.summitStartsOn ?? '(summitStartsOn missing)'}`,
      );
    return summit ?? null;
  }

  private async planRow(
    actor: Actor,
    kind: ImportKind,
    row: number,
    v: Record<string, string>,
    ctx: Context,
    fail: (f: string, m: string) => void,
  ): Promise<{ plan: Plan; naturalKey: string } | null> {
    const spec = KINDS[kind].columns;
    for (const c of spec) {
      const value = v[c.name];
      if (value === undefined) continue;
      if (c.type === 'enum' && !c.values?.includes(value))
        fail(c.name, `must be one of ${c.values?.join(', ')}`);
      if (c.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(c.name, 'must be a date YYYY-MM-DD');
      if (c.type === 'bool' && !['true', 'false'].includes(value.toLowerCase()))
        fail(c.name, 'must be true or false');
    }
    const translations = (fields: string[]): Row | undefined => {
      const out: Row = {};
      for (const [name, value] of Object.entries(v)) {
        const [field, lang] = name.split('.');
        if (!lang || !fields.includes(field)) continue;
        (out[lang] ??= {})[field] = value;
      }
      return Object.keys(out).length ? out : undefined;
    };
    let values: Row;
    let naturalKey: string;
    let existing: Row | undefined;
    let parentId: string | undefined;
    switch (kind) {
      case 'institutions':
        values = {
          name: v.name,
          shortName: v.shortName,
          country: upper(v.country),
          kind: v.kind,
          website: v.website,
          translations: translations(['name', 'shortName']),
        };
        naturalKey = key(v.name, upper(v.country));
        existing = ctx.institutions.get(naturalKey);
        break;
      case 'summits':
        values = {
          title: v.title,
          kind: v.kind,
          hostCountry: upper(v.hostCountry),
          location: v.location,
          countries: list(upper(v.countries)),
          startsOn: v.startsOn,
          endsOn: v.endsOn,
          summary: v.summary,
          translations: translations(['title', 'summary']),
        };
        naturalKey = key(v.title, v.startsOn);
        existing = ctx.summits.get(naturalKey);
        break;
      case 'documents': {
        const summit = this.summitRef(ctx, v, fail);
        values = {
          title: v.title,
          type: v.type,
          referenceNumber: v.referenceNumber,
          summitId: summit?.id,
          countries: list(upper(v.countries)),
          classification: v.classification,
          summary: v.summary,
          sectors: list(v.sectors),
          signedOn: v.signedOn,
          placeOfSigning: v.placeOfSigning,
          entryIntoForceOn: v.entryIntoForceOn,
          provisionalApplicationFrom: v.provisionalApplicationFrom,
          expiresOn: v.expiresOn,
          legallyBinding:
            v.legallyBinding === undefined ? undefined : v.legallyBinding.toLowerCase() === 'true',
          languages: list(v.languages),
          translations: translations(['title', 'summary']),
        };
        naturalKey = v.referenceNumber ? key('ref', v.referenceNumber) : key(v.title, v.signedOn);
        existing = ctx.documents.get(naturalKey);
        if (v.classification && !actor.mayRead(v.classification))
          fail('classification', `is above your clearance (${actor.clearance})`);
        break;
      }
      case 'signatories': {
        const doc = this.documentRef(ctx, v, fail);
        if (doc === undefined)
          fail(
            'documentReferenceNumber',
            'name the document (documentReferenceNumber, or documentTitle and documentSignedOn)',
          );
        const inst = ctx.institutions.get(key(v.institutionName, upper(v.institutionCountry)));
        if (!inst) fail('institutionName', `no institution “${v.institutionName}” (${v.institutionCountry})`);
        values = {
          institutionId: inst?.id,
          signerName: v.signerName,
          signerTitle: v.signerTitle,
          signedOn: v.signedOn,
          reason: v.reason,
        };
        parentId = doc?.id;
        naturalKey = key(doc?.id, inst?.id, v.signerName);
        const found = ctx.existing.get(naturalKey);
        if (found && !(found.signerTitle === v.signerTitle && (found.signedOn ?? undefined) === v.signedOn))
          fail(
            'signerTitle',
            'this signatory exists with other details; signatories cannot be edited by import',
          );
        existing = found;
        break;
      }
      case 'milestones': {
        const doc = this.documentRef(ctx, v, fail);
        const summit = this.summitRef(ctx, v, fail);
        const owners: string[] = [];
        for (const o of list(v.owners) ?? []) {
          const m = OWNER.exec(o);
          const inst = m ? ctx.institutions.get(key(m[1], m[2].toUpperCase())) : undefined;
          if (!inst) fail('owners', `no institution “${o}” (write it as Name (CC))`);
          else owners.push(inst.id);
        }
        const ind =
          v.indicatorName ||
          v.indicatorUnit ||
          v.indicatorBaseline ||
          v.indicatorBaselineOn ||
          v.indicatorTarget;
        values = {
          title: v.title,
          description: v.description,
          documentId: doc?.id,
          summitId: summit?.id,
          sector: v.sector,
          ownerInstitutionIds: v.owners === undefined ? undefined : owners,
          dueOn: v.dueOn,
          indicator: ind
            ? {
                name: v.indicatorName,
                unit: v.indicatorUnit,
                baseline: v.indicatorBaseline,
                baselineOn: v.indicatorBaselineOn,
                target: v.indicatorTarget,
              }
            : undefined,
        };
        naturalKey = key(v.title, doc?.id ?? null, summit?.id ?? null);
        existing = ctx.milestones.get(naturalKey);
        if (!existing && values.ownerInstitutionIds === undefined) values.ownerInstitutionIds = [];
        break;
      }
      case 'progress': {
        const doc = this.documentRef(ctx, v, fail);
        const summit = this.summitRef(ctx, v, fail);
        const milestone = ctx.milestones.get(key(v.milestoneTitle, doc?.id ?? null, summit?.id ?? null));
        if (!milestone)
          fail('milestoneTitle', 'no such milestone (named by title and its document or summit)');
        else if (!actor.mayRead(milestone.classification)) fail('milestoneTitle', 'no such milestone');
        parentId = milestone?.id;
        values = { asOf: v.asOf, value: v.value, note: v.note };
        naturalKey = key(milestone?.id, v.asOf, v.note);
        existing = ctx.existing.get(naturalKey);
        break;
      }
    }
    for (const k of Object.keys(values)) if (values[k] === undefined) delete values[k];

    // What changes on an existing record: the given cells that differ (an empty cell leaves a field as it is).
    let action: Plan['action'] = existing ? 'unchanged' : 'create';
    let patch: Row = values;
    if (existing && (kind === 'signatories' || kind === 'progress')) patch = {};
    else if (existing) {
      patch = {};
      for (const [field, value] of Object.entries(values)) {
        if (field === 'translations') {
          const merged = { ...(existing.translations ?? {}), ...value };
          if (!sameValue(JSON.stringify(existing.translations ?? {}), JSON.stringify(merged)))
            patch.translations = merged;
        } else if (field === 'indicator') {
          const same = ['name', 'unit', 'baseline', 'baselineOn', 'target'].every((f) =>
            sameValue(
              existing?.[`indicator${f[0].toUpperCase()}${f.slice(1)}`] == null
                ? null
                : String(existing?.[`indicator${f[0].toUpperCase()}${f.slice(1)}`]),
              value[f] ?? null,
            ),
          );
          if (!same) patch.indicator = value;
        } else if (!sameValue(existing[field], value)) patch[field] = value;
      }
      if (Object.keys(patch).length) action = 'update';
    }
    const dto =
      action === 'unchanged'
        ? {}
        : await this.dto(kind, action === 'create' ? 'create' : 'update', patch, fail);

    // A status column: the walk along allowed transitions, with its reasons and preconditions.
    const workflow = WORKFLOWS[kind];
    let path: string[] = [];
    if (workflow && v.status && workflow.isStatus(v.status)) {
      const from = existing?.status ?? workflow.initial;
      const found = walk(workflow, from, v.status);
      if (!found) fail('status', `cannot move from ${from} to ${v.status}`);
      else path = found;
      let prev = from;
      for (const to of path) {
        if (workflow.needsReason(prev, to) && !v.statusReason)
          fail('statusReason', `is required to move from ${prev} to ${to}`);
        prev = to;
      }
      const merged = { ...existing, ...values };
      if (path.includes('signed') && kind === 'documents') {
        if (!merged.signedOn) fail('signedOn', 'must be set before the document is signed');
        else if (!existing)
          fail(
            'status',
            'a new document cannot be signed by import: import it, then its signatories, then its status',
          );
      }
      if (
        path.includes('in_force') &&
        kind === 'documents' &&
        !merged.entryIntoForceOn &&
        !merged.entryIntoForceRule
      )
        fail('entryIntoForceOn', 'must be set before the document enters into force');
      if (path.includes('superseded'))
        fail('status', 'superseded needs the superseding document: set it in the application');
      if (path.includes('held') && kind === 'summits' && merged.startsOn > today())
        fail('status', 'a summit can be held only once it has started (startsOn ≤ today)');
    }
    if (!dto) return null;
    return {
      plan: {
        row,
        action: action === 'unchanged' && path.length ? 'update' : action,
        id: existing?.id,
        dto: action === 'unchanged' ? undefined : dto,
        path,
        reason: v.statusReason,
        parentId,
      },
      naturalKey,
    };
  }
}

interface Context {
  institutions: Map<string, Row>;
  summits: Map<string, Row>;
  documents: Map<string, Row>;
  milestones: Map<string, Row>;
  existing: Map<string, Row>;
}

/** A row's failure mid-apply as the 409 that names it (a Problem's fields, or a constraint). */
function rowConflict(plan: Plan, error: unknown): unknown {
  if (error instanceof Problem) {
    const errs = error.extras.errors?.length
      ? error.extras.errors
      : [{ field: 'row', message: error.message }];
    return conflict(
      errs.map((e) => ({ row: plan.row, field: e.field, message: e.message })),
      'A row could not be written',
    );
  }
  const code = (error as { code?: string }).code;
  if (code === '23505' || code === '23503' || code === '23514')
    return conflict(
      [{ row: plan.row, field: 'row', message: 'a unique value is taken or a reference is invalid' }],
      'A row could not be written',
    );
  return error;
}

function expired(): Problem {
  return new Problem(
    410,
    'import-expired',
    `This import was validated more than ${IMPORT_TTL_HOURS} hours ago and not applied; its file is no longer kept. Upload it again.`,
  );
}

function conflict(errors: RowError[], what: string): Problem {
  return Problem.conflict(
    'import-conflict',
    `${what}: nothing was written. ${errors
      .slice(0, 5)
      .map((e) => `row ${e.row}, ${e.field}: ${e.message}`)
      .join('; ')}`,
    { errors },
  );
}
