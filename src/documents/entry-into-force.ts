/**
 * When a document enters into force, from its final clause (§11).
 *
 * The date is computed in one place, the SQL function `expected_entry_into_force(rule,
 * signed_on, document_id)` (migration Consent1796500000000): lists, the document page, and the
 * `→ in_force` precondition and the date it sets all read it, so that they cannot disagree.
 * Month arithmetic is PostgreSQL's: months first, clamped to the end of the target month
 * (31 January + 1 month = 28 or 29 February), then days.
 */
export const ENTRY_INTO_FORCE_KINDS = ['on_signature', 'on_date', 'after_last_notification'] as const;
export type EntryIntoForceKind = (typeof ENTRY_INTO_FORCE_KINDS)[number];

export interface EntryIntoForceRule {
  kind: EntryIntoForceKind;
  days?: number;
  months?: number;
  date?: string;
}

/** The SQL expression for a document row aliased `alias`. */
export function expectedEntryIntoForceSql(alias: string): string {
  return `expected_entry_into_force(${alias}.entry_into_force_rule, ${alias}.signed_on, ${alias}.id)`;
}

/** Parties whose notification the rule waits for: required (not signature-only, not withdrawn) and not yet notified. */
export const AWAITED_PARTIES_SQL = `SELECT p.country, p.procedure, p.status FROM document_parties p
  WHERE p.document_id = $1 AND p.procedure <> 'signature_only' AND p.status NOT IN ('withdrawn', 'notified')
  ORDER BY p.country`;
