import { EVENT_COLUMNS, toView } from '../src/audit/audit.service';
import { eventVisibility } from '../src/auth/clearance';
import { SqlParams } from '../src/common/paging';
import type { IncomingHttpHeaders } from 'node:http';
import { documentWorkflow } from '../src/documents/document.workflow';
import { concealHiddenReferences, REFERENCE_CLASSIFICATIONS_SQL } from '../src/documents/hidden-references';
import { AWAITED_PARTIES_SQL, expectedEntryIntoForceSql } from '../src/documents/entry-into-force';
import { PARTY_COLUMNS } from '../src/documents/parties.store';
import { partyWorkflow } from '../src/documents/party.workflow';
import { institutionWorkflow } from '../src/institutions/institution.workflow';
import { DOCUMENT_EVENT_SQL } from '../src/notifications/outbox';
import { dashboard } from './raw-dashboard';
import { documentsExport, exportFormat, FILE_ROUTES } from './raw-files';
export { RawReply } from './raw-files';
import { SEARCH_ROUTES } from './raw-search';

/**
 * The raw server's routes: hand-written SQL, the same statements Pacta sends (copied from its
 * services and Register), so that the two servers do the same database work. `QUERIES` names
 * each hot statement with sample parameters for EXPLAIN (ANALYZE, BUFFERS).
 */
export interface RawActor {
  id: string;
  email: string;
  roles: string[];
  clearance: string;
  visible: string[];
}

export type Query = (sql: string, params: unknown[]) => Promise<any[]>;

export interface RawContext {
  query: Query;
  transaction<T>(
    work: (tx: {
      query: Query;
      audit(actor: RawActor, input: Record<string, any>): Promise<void>;
    }) => Promise<T>,
    isolation?: 'READ COMMITTED' | 'REPEATABLE READ',
  ): Promise<T>;
}

export class RawError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RawRoute {
  method: string;
  path: RegExp;
  handle(
    ctx: RawContext,
    actor: RawActor,
    ids: string[],
    query: URLSearchParams,
    body: any,
    headers: IncomingHttpHeaders,
  ): Promise<unknown>;
}

const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

function cursorOf(sort: string, row: any): string {
  return Buffer.from(JSON.stringify([sort, row.__sort, row.__id])).toString('base64url');
}

function decodeCursor(cursor: string | null): [unknown, string] | null {
  if (!cursor) return null;
  const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  return [parsed[1], parsed[2]];
}

function page(rows: any[], limit: number, sort: string, map: (row: any) => unknown) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const nextCursor = more ? cursorOf(sort, items[items.length - 1]) : null;
  // As the app's toPage: undefined, not delete (JSON leaves them out, the row keeps its shape).
  for (const row of items) {
    row.__sort = undefined;
    row.__id = undefined;
  }
  return { items: items.map(map), nextCursor };
}

function list(value: string | null): string[] | null {
  return value ? value.split(',') : null;
}

function ifMatch(headers: IncomingHttpHeaders): number | undefined {
  const value = headers['if-match'];
  if (typeof value !== 'string') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------- institutions (Register)

const INSTITUTION_COLUMNS = `i.id AS "id", i.status AS "status", i.version AS "version", i.created_at AS "createdAt",
  i.updated_at AS "updatedAt", i.created_by AS "createdBy", i.updated_by AS "updatedBy", i.name AS "name",
  i.short_name AS "shortName", i.country AS "country", i.kind AS "kind", i.parent_id AS "parentId",
  i.website AS "website", i.successor_id AS "successorId"`;

/** As Register.present: `allowedTransitions` set on the fresh row, in place. */
const presentInstitution = (actor: RawActor) => (row: any) => {
  row.allowedTransitions = mayWrite(actor) ? institutionWorkflow.allowedFrom(row.status) : [];
  return row;
};

function mayWrite(actor: RawActor): boolean {
  return actor.roles.some((r) => r === 'admin' || r === 'editor');
}

// ---------------------------------------------------------------- documents

const DOCUMENT_COLUMNS = `d.id AS "id", d.status AS "status", d.version AS "version", d.created_at AS "createdAt",
  d.updated_at AS "updatedAt", d.created_by AS "createdBy", d.updated_by AS "updatedBy", d.title AS "title", d.type AS "type",
  d.reference_number AS "referenceNumber", d.summit_id AS "summitId", d.parent_id AS "parentId", d.relation AS "relation",
  d.countries AS "countries", d.classification AS "classification", d.summary AS "summary", d.sectors AS "sectors",
  d.signed_on AS "signedOn", d.place_of_signing AS "placeOfSigning", d.entry_into_force_on AS "entryIntoForceOn",
  d.expires_on AS "expiresOn", d.superseded_by_id AS "supersededById",
  d.legally_binding AS "legallyBinding", d.languages AS "languages",
  d.provisional_application_from AS "provisionalApplicationFrom", d.entry_into_force_rule AS "entryIntoForceRule",
  d.translations AS "translations",
  (SELECT sm.title FROM summits sm WHERE sm.id = d.summit_id) AS "summitTitle",
  (SELECT count(*)::int FROM signatories sg WHERE sg.document_id = d.id) AS "signatoryCount",
  ${expectedEntryIntoForceSql('d')}::text AS "expectedEntryIntoForceOn",
  ${REFERENCE_CLASSIFICATIONS_SQL}`;

const SIGNATORY_COLUMNS = `g.id, g.document_id AS "documentId", g.institution_id AS "institutionId",
  i.name AS "institutionName", i.country AS "institutionCountry", g.signer_name AS "signerName",
  g.signer_title AS "signerTitle", g.signed_on AS "signedOn", g.version, g.created_at AS "createdAt",
  g.updated_at AS "updatedAt", g.created_by AS "createdBy", g.updated_by AS "updatedBy"`;

const DOCUMENT_SORTS: Record<string, { expr: string; type: string }> = {
  createdAt: { expr: 'd.created_at', type: 'timestamptz' },
  signedOn: { expr: `COALESCE(d.signed_on, '-infinity'::date)`, type: 'date' },
};

/** The list statement Register.list builds for the filters the load uses, in the same order. */
export function documentListSql(
  query: URLSearchParams,
  visible: string[],
): { sql: string; params: unknown[]; sort: string } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (query.get('status')) where.push(`d.status = ANY(${p(list(query.get('status')))})`);
  if (query.get('type')) where.push(`d.type = ANY(${p(list(query.get('type')))})`);
  if (query.get('country')) where.push(`d.countries && ${p(list(query.get('country')))}::text[]`);
  if (query.get('sector')) where.push(`d.sectors && ${p(list(query.get('sector')))}::text[]`);
  where.push(`d.classification = ANY(${p(visible)})`);
  const sort = query.get('sort') ?? '-createdAt';
  const desc = sort.startsWith('-');
  const key = DOCUMENT_SORTS[desc ? sort.slice(1) : sort];
  const dir = desc ? 'DESC' : 'ASC';
  const after = decodeCursor(query.get('cursor'));
  if (after)
    where.push(`(${key.expr}, d.id) ${desc ? '<' : '>'} (${p(after[0])}::${key.type}, ${p(after[1])}::uuid)`);
  const limit = Number(query.get('limit') ?? 50);
  const sql = `SELECT ${DOCUMENT_COLUMNS}, ${key.expr}::text AS "__sort", d.id::text AS "__id" FROM documents d WHERE ${where.join(' AND ')}
        ORDER BY ${key.expr} ${dir}, d.id ${dir} LIMIT ${p(limit + 1)}`;
  return { sql, params, sort };
}

const presentDocument = (actor: RawActor) => (row: any) => {
  concealHiddenReferences(row, {
    visible: actor.visible,
    seesEverything: actor.clearance === 'confidential',
  });
  row.allowedTransitions = mayWrite(actor) ? documentWorkflow.allowedFrom(row.status) : [];
  // The load sends no Accept-Language: the display title is the title, as the app shows it.
  row.displayTitle = row.title;
  return row;
};

// ---------------------------------------------------------------- audit history

/** Pacta's event predicate for a reader below confidential, on placeholder $3. */
const HISTORY_VISIBILITY = (() => {
  const params = new SqlParams();
  params.p('entity id');
  params.p('entity type');
  return eventVisibility({ visible: [], seesEverything: false }, params, 'e');
})();

export const SQL = {
  institutionList: `SELECT ${INSTITUTION_COLUMNS}, i.name::text AS "__sort", i.id::text AS "__id" FROM institutions i
     WHERE i.country = ANY($1) AND TRUE ORDER BY i.name ASC, i.id ASC LIMIT $2`,
  institutionGet: `SELECT ${INSTITUTION_COLUMNS} FROM institutions i WHERE i.id = $1 AND TRUE `,
  institutionLock: `SELECT ${INSTITUTION_COLUMNS} FROM institutions i WHERE i.id = $1 AND TRUE FOR UPDATE OF i`,
  institutionUpdate: `UPDATE institutions i SET status = $1, version = version + 1, updated_at = now(), updated_by = $2 WHERE i.id = $3
     RETURNING ${INSTITUTION_COLUMNS}`,
  statusChange: `INSERT INTO status_changes (entity_type, entity_id, from_status, to_status, at, actor_id, reason, effective_on)
     VALUES ($1, $2, $3, $4, now(), $5, $6, $7)`,
  // $1 entity id, $2 entity type, $3 the reader's visible classifications (auth/clearance.ts)
  history: `SELECT ${EVENT_COLUMNS}, e.seq::text AS "__sort", e.seq::text AS "__id" FROM audit_events e
     WHERE e.entity_id = $1 AND e.entity_type = $2 AND ${HISTORY_VISIBILITY}
     ORDER BY e.seq ASC, e.seq ASC LIMIT $4`,
  historyAfter: `SELECT ${EVENT_COLUMNS}, e.seq::text AS "__sort", e.seq::text AS "__id" FROM audit_events e
     WHERE e.entity_id = $1 AND e.entity_type = $2 AND ${HISTORY_VISIBILITY}
     AND (e.seq, e.seq) > ($4::bigint, $5::bigint) ORDER BY e.seq ASC, e.seq ASC LIMIT $6`,
  documentList: documentListSql(new URLSearchParams('status=in_force'), ['public', 'restricted']).sql,
  documentListSigned: documentListSql(new URLSearchParams('status=in_force&sort=-signedOn'), [
    'public',
    'restricted',
  ]).sql,
  documentListCountry: documentListSql(new URLSearchParams('status=in_force,signed&country=AZ'), [
    'public',
    'restricted',
  ]).sql,
  documentListSector: documentListSql(new URLSearchParams('sector=energy'), ['public', 'restricted']).sql,
  documentGet: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1 AND d.classification = ANY($2)`,
  documentLock: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1 AND d.classification = ANY($2) FOR UPDATE OF d`,
  documentSignatories: `SELECT ${SIGNATORY_COLUMNS} FROM signatories g JOIN institutions i ON i.id = g.institution_id WHERE g.document_id = $1 ORDER BY g.created_at, g.id`,
  documentParties: `SELECT ${PARTY_COLUMNS} FROM document_parties p WHERE p.document_id = $1 ORDER BY p.country`,
  documentAwaited: AWAITED_PARTIES_SQL,
  // What the app's deadline rules ask when a document reaches in_force (signed / expires likewise).
  deadlineRules: `SELECT r.id, r.title, r.country, r.trigger, r.offset_days AS "offsetDays" FROM deadline_rules r
        WHERE r.status = 'active' AND r.trigger = ANY($1)
          AND (r.country IS NULL OR r.country = ANY($2::text[]))
          AND (r.document_types IS NULL OR cardinality(r.document_types) = 0 OR $3 = ANY(r.document_types))
          AND (r.legally_binding IS NULL OR r.legally_binding = $4)
          AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.document_id = $5 AND m.origin_rule_id = r.id)
        ORDER BY r.title, r.id`,
  documentUpdate: `UPDATE documents d SET status = $1, version = version + 1, updated_at = now(), updated_by = $2 WHERE d.id = $3
     RETURNING ${DOCUMENT_COLUMNS}`,
};

export const ROUTES: RawRoute[] = [
  ...FILE_ROUTES,
  ...SEARCH_ROUTES,
  {
    method: 'GET',
    path: /^\/api\/v1\/documents$/,
    async handle(ctx, actor, _ids, query) {
      if (exportFormat(query)) return documentsExport(ctx, actor, query);
      const { sql, params, sort } = documentListSql(query, actor.visible);
      const rows = await ctx.query(sql, params);
      return page(rows, Number(query.get('limit') ?? 50), sort, presentDocument(actor));
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/api/v1/documents/${UUID}$`),
    async handle(ctx, actor, [id]) {
      const [row] = await ctx.query(SQL.documentGet, [id, actor.visible]);
      if (!row) throw new RawError(404, 'Not Found');
      const [signatories, parties, awaiting] = await Promise.all([
        ctx.query(SQL.documentSignatories, [id]),
        ctx.query(SQL.documentParties, [id]),
        row.entryIntoForceRule?.kind === 'after_last_notification'
          ? ctx.query(SQL.documentAwaited, [id])
          : [],
      ]);
      const document = presentDocument(actor)(row);
      document.signatories = signatories;
      document.summit = row.summitId ? { id: row.summitId, title: row.summitTitle } : null;
      for (const party of parties) {
        party.allowedTransitions = mayWrite(actor) ? partyWorkflow.allowedFrom(party.status) : [];
      }
      document.parties = parties;
      document.awaitingParties = awaiting;
      return document;
    },
  },
  {
    method: 'POST',
    path: new RegExp(`^/api/v1/documents/${UUID}/transitions$`),
    async handle(ctx, actor, [id], _query, body, headers) {
      const expected = ifMatch(headers);
      return ctx.transaction(async (tx) => {
        const [before] = await tx.query(SQL.documentLock, [id, actor.visible]);
        if (!before) throw new RawError(404, 'Not Found');
        if (expected !== undefined && expected !== before.version)
          throw new RawError(412, 'Precondition Failed');
        if (!documentWorkflow.canMove(before.status, body.to)) throw new RawError(409, 'Conflict');
        const reason = body.reason?.trim() || null;
        if (documentWorkflow.needsReason(before.status, body.to) && !reason)
          throw new RawError(422, 'Reason required');
        if (body.to === 'in_force' && !before.entryIntoForceOn) throw new RawError(422, 'entryIntoForceOn');
        await tx.query(SQL.statusChange, ['document', id, before.status, body.to, actor.id, reason, null]);
        const [after] = await tx.query(SQL.documentUpdate, [body.to, actor.id, id]);
        const triggers = [
          ...(after.status === 'signed' && after.signedOn ? ['signed'] : []),
          ...(after.status === 'in_force' && after.entryIntoForceOn ? ['in_force'] : []),
          ...(after.status === 'in_force' && after.expiresOn ? ['expires'] : []),
        ];
        if (triggers.length) {
          await tx.query(SQL.deadlineRules, [
            triggers,
            after.countries,
            after.type,
            after.legallyBinding,
            id,
          ]);
        }
        // The app's transactional outbox (spec §14): one notification event per transition.
        await tx.query(DOCUMENT_EVENT_SQL, [
          id,
          'document.transitioned',
          JSON.stringify({ from: before.status, to: body.to, reason }),
          actor.id,
          'document',
          null,
          null,
        ]);
        await tx.audit(actor, {
          action: 'transition',
          entityType: 'document',
          entityId: id,
          changes: { status: [before.status, body.to], version: [before.version, after.version] },
          reason,
          documentId: id,
          classification: after.classification,
        });
        return presentDocument(actor)(after);
      });
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/api/v1/documents/${UUID}/history$`),
    async handle(ctx, actor, [id], query) {
      const [visible] = await ctx.query(SQL.documentGet, [id, actor.visible]);
      if (!visible) throw new RawError(404, 'Not Found');
      return history(ctx, actor, 'document', id, query);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/dashboard\/milestones$/,
    handle: (ctx, actor, _ids, query) => dashboard(ctx, actor, query),
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/institutions$/,
    async handle(ctx, actor, _ids, query) {
      const limit = Number(query.get('limit') ?? 50);
      const rows = await ctx.query(SQL.institutionList, [list(query.get('country')), limit + 1]);
      return page(rows, limit, 'name', presentInstitution(actor));
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/api/v1/institutions/${UUID}$`),
    async handle(ctx, actor, [id]) {
      const rows = await ctx.query(SQL.institutionGet, [id]);
      if (!rows[0]) throw new RawError(404, 'Not Found');
      return presentInstitution(actor)(rows[0]);
    },
  },
  {
    method: 'POST',
    path: new RegExp(`^/api/v1/institutions/${UUID}/transitions$`),
    async handle(ctx, actor, [id], _query, body, headers) {
      const expected = ifMatch(headers);
      return ctx.transaction(async (tx) => {
        const [before] = await tx.query(SQL.institutionLock, [id]);
        if (!before) throw new RawError(404, 'Not Found');
        if (expected !== undefined && expected !== before.version)
          throw new RawError(412, 'Precondition Failed');
        if (!institutionWorkflow.canMove(before.status, body.to)) throw new RawError(409, 'Conflict');
        const reason = body.reason?.trim() || null;
        if (institutionWorkflow.needsReason(before.status, body.to) && !reason)
          throw new RawError(422, 'Reason required');
        await tx.query(SQL.statusChange, ['institution', id, before.status, body.to, actor.id, reason, null]);
        const [after] = await tx.query(SQL.institutionUpdate, [body.to, actor.id, id]);
        await tx.audit(actor, {
          action: 'transition',
          entityType: 'institution',
          entityId: id,
          changes: { status: [before.status, body.to], version: [before.version, after.version] },
          reason,
        });
        return presentInstitution(actor)(after);
      });
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/api/v1/institutions/${UUID}/history$`),
    async handle(ctx, actor, [id], query) {
      const [visible] = await ctx.query(SQL.institutionGet, [id]);
      if (!visible) throw new RawError(404, 'Not Found');
      return history(ctx, actor, 'institution', id, query);
    },
  },
];

async function history(
  ctx: RawContext,
  actor: RawActor,
  entityType: string,
  id: string,
  query: URLSearchParams,
) {
  const limit = Number(query.get('limit') ?? 50);
  const after = decodeCursor(query.get('cursor'));
  const rows = after
    ? await ctx.query(SQL.historyAfter, [id, entityType, actor.visible, after[0], after[1], limit + 1])
    : await ctx.query(SQL.history, [id, entityType, actor.visible, limit + 1]);
  return page(rows, limit, 'seq', toView);
}
