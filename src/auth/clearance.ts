/**
 * Clearance, decided once (spec §3): a user whose clearance is below a document's classification
 * cannot tell that the document exists. Every read path composes the SQL predicates below (lists,
 * by id, counts, dashboard, history, status history, progress, signatories, audit list and export,
 * calendar, as-of, CSV); in-memory checks use `mayRead`. A read path that needs something this
 * module does not offer extends the module, it does not write its own filter.
 *
 * What each thing takes its classification from:
 * - a document: its own `classification`;
 * - a milestone: its document's (`milestones.classification`, a copy the database keeps equal
 *   to the document's under a lock, see migration ClearanceRecords); `public` without a document;
 * - a recorded fact about the past (an audit event, a status change, a progress report): the
 *   **stricter-of rule** — it is visible only when the reader's clearance covers the
 *   classification recorded with it (the stricter of its entity's classification before and after
 *   the change it records) AND the current classification of the document and the milestone it
 *   names, where they still exist. So a downgrade or a move never reveals what was written while
 *   the entity was above the reader, and a reclassification upwards hides the whole past;
 * - an as-of state: visible only when the reader's clearance covers the classification the
 *   entity had at that instant (a milestone: the stricter of its own and its document's then)
 *   and its classification now (for a deleted entity: its deletion event). A state from after a
 *   downgrade is what readers saw then; one from before stays hidden.
 */
import type { SqlParams } from '../common/paging';

/** The rule as the OpenAPI document and the README state it. */
export const CLEARANCE_RULE =
  'Clearance: a user whose clearance is below a document’s classification cannot tell that it exists (404, absent from lists, counts and exports); its milestones carry its classification. ' +
  'A recorded fact (an audit event, a status change, a progress report) is visible when your clearance covers both the classification recorded with it (the stricter of before and after its change) and the current classification of the document and milestone it names; ' +
  'so after a downgrade or a move, /history, /transitions and /progress show only what was written at or below your clearance, exactly as /audit-events does. ' +
  '?asOf= answers a state only for the route’s own entity type, and only when your clearance covers the entity’s classification then and now.';

/** The levels, lowest first: the order is the rule. */
export const CLASSIFICATIONS = ['public', 'restricted', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export type Clearance = Classification;

/** Who reads, as clearance sees them (an Actor is one; so is the dashboard's scope). */
export interface Reader {
  /** The classifications the reader's clearance covers (see visibleClassifications). */
  readonly visible: readonly string[];
  /** True when nothing is above the reader, so queries can skip the filter. */
  readonly seesEverything: boolean;
}

/** The level's position (0 = public); an unknown level ranks above everything. */
export function rank(level: string | null | undefined): number {
  const i = CLASSIFICATIONS.indexOf((level ?? 'public') as Classification);
  return i < 0 ? CLASSIFICATIONS.length : i;
}

/** The classifications a clearance may read. */
export function visibleClassifications(clearance: Clearance): Classification[] {
  return CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(clearance) + 1) as Classification[];
}

export function coversEverything(clearance: Clearance): boolean {
  return rank(clearance) >= CLASSIFICATIONS.length - 1;
}

/**
 * The highest level the reader sees: since clearance is a prefix of the levels, it names the set
 * (the dashboard's kept counts are kept per such level).
 */
export function readerLevel(reader: Reader): Classification {
  if (reader.seesEverything) return CLASSIFICATIONS[CLASSIFICATIONS.length - 1];
  const highest = Math.max(...reader.visible.map(rank));
  return CLASSIFICATIONS[Math.max(0, Math.min(highest, CLASSIFICATIONS.length - 1))];
}

/** A reader with this clearance (e.g. a notification's recipient or a webhook, not the caller). */
export function readerFor(clearance: Clearance): Reader {
  return { visible: visibleClassifications(clearance), seesEverything: coversEverything(clearance) };
}

/** The stricter of two classifications (absent counts as public). */
export function stricter(a: string | null | undefined, b: string | null | undefined): Classification {
  return CLASSIFICATIONS[Math.min(Math.max(rank(a), rank(b)), CLASSIFICATIONS.length - 1)];
}

/** In memory: may this reader see something classified so (absent counts as public)? */
export function mayRead(reader: Reader, classification: string | null | undefined): boolean {
  return reader.seesEverything || reader.visible.includes(classification ?? 'public');
}

/** SQL: `expr` (a classification column) is covered by the reader's clearance. */
export function classificationVisibility(reader: Reader, params: SqlParams, expr: string): string {
  return reader.seesEverything ? 'TRUE' : `${expr} = ANY(${params.p(reader.visible)}::text[])`;
}

/** SQL: the document row `alias` is visible. */
export function documentVisibility(reader: Reader, params: SqlParams, alias: string): string {
  return classificationVisibility(reader, params, `${alias}.classification`);
}

/** SQL: the milestone row `alias` is visible (its document's classification, kept in its row). */
export function milestoneVisibility(reader: Reader, params: SqlParams, alias: string): string {
  return classificationVisibility(reader, params, `${alias}.classification`);
}

/** SQL: `documentId` (an expression) names no existing document, or a visible one. */
export function documentRefVisibility(reader: Reader, params: SqlParams, documentId: string): string {
  return reader.seesEverything ? 'TRUE' : refVisible('documents', documentId, params.p(reader.visible));
}

/** SQL: `milestoneId` (an expression) names no existing milestone, or a visible one. */
export function milestoneRefVisibility(reader: Reader, params: SqlParams, milestoneId: string): string {
  return reader.seesEverything ? 'TRUE' : refVisible('milestones', milestoneId, params.p(reader.visible));
}

/** Both tables keep the classification that governs their rows in `classification`. */
function refVisible(table: 'documents' | 'milestones', id: string, visible: string): string {
  return `NOT EXISTS (SELECT 1 FROM ${table} clearance_ref WHERE clearance_ref.id = ${id} AND NOT clearance_ref.classification = ANY(${visible}::text[]))`;
}

/** The columns of a recorded fact that the stricter-of rule reads. */
export interface RecordColumns {
  /** The classification recorded with it. */
  classification: string;
  /** The document it names, if any. */
  documentId?: string;
  /** The milestone it names, if any. */
  milestoneId?: string;
}

/** SQL: the stricter-of rule for a recorded fact (see the module comment). */
export function recordVisibility(reader: Reader, params: SqlParams, columns: RecordColumns): string {
  if (reader.seesEverything) return 'TRUE';
  const visible = params.p(reader.visible);
  const parts = [`${columns.classification} = ANY(${visible}::text[])`];
  if (columns.documentId) parts.push(refVisible('documents', columns.documentId, visible));
  if (columns.milestoneId) parts.push(refVisible('milestones', columns.milestoneId, visible));
  return `(${parts.join(' AND ')})`;
}

/** SQL: the audit event row `alias` is visible. */
export function eventVisibility(reader: Reader, params: SqlParams, alias = 'e'): string {
  return recordVisibility(reader, params, {
    classification: `${alias}.classification`,
    documentId: `${alias}.document_id`,
    milestoneId: `${alias}.milestone_id`,
  });
}

/**
 * SQL: the status change row `alias` is visible. Rows written before status changes carried their
 * classification count as the strictest classification any event of their entity carries.
 */
export function statusChangeVisibility(reader: Reader, params: SqlParams, alias = 's'): string {
  if (reader.seesEverything) return 'TRUE';
  const legacy = `(SELECT clearance_le.classification FROM audit_events clearance_le WHERE clearance_le.entity_id = ${alias}.entity_id
    ORDER BY ${rankSql('clearance_le.classification')} DESC LIMIT 1)`;
  return recordVisibility(reader, params, {
    classification: `COALESCE(${alias}.classification, ${legacy}, 'confidential')`,
    documentId: `${alias}.document_id`,
    milestoneId: `(CASE WHEN ${alias}.entity_type = 'milestone' THEN ${alias}.entity_id END)`,
  });
}

/** SQL: the progress report row `alias` is visible. */
export function progressReportVisibility(reader: Reader, params: SqlParams, alias = 'p'): string {
  return recordVisibility(reader, params, {
    classification: `${alias}.classification`,
    documentId: `${alias}.document_id`,
    milestoneId: `${alias}.milestone_id`,
  });
}

/** SQL: the rank of a classification expression (0 = public), for ordering by strictness. */
export function rankSql(expr: string): string {
  return `array_position(ARRAY[${CLASSIFICATIONS.map((c) => `'${c}'`).join(', ')}]::text[], ${expr}::text)`;
}
