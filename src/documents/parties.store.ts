import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { Problem } from '../common/problem';
import type { Row } from '../registers/register';
import { defaultProcedure, partyWorkflow } from './party.workflow';

/** A party row as responses show it (table alias `p`). */
export const PARTY_COLUMNS = `p.id, p.country, p.procedure, p.status, p.version,
  p.internal_procedure_on::text AS "internalProcedureOn", p.instrument, p.notified_on::text AS "notifiedOn",
  p.note_reference AS "noteReference", p.notification_received_on::text AS "notificationReceivedOn",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/** Adds `allowedTransitions` for this actor (editors and admins move parties). */
export function presentParty(row: Row, actor: Actor): Row {
  row.allowedTransitions = actor.can(Permission.WriteRegisters) ? partyWorkflow.allowedFrom(row.status) : [];
  return row;
}

/** One `pending` party per country not yet a party (a new document, or countries added). */
export async function addParties(
  manager: EntityManager,
  actor: Actor,
  documentId: string,
  countries: readonly string[],
  legallyBinding: boolean,
): Promise<number> {
  return addPartiesOf(manager, actor, [{ documentId, countries, legallyBinding }]);
}

/** addParties for several documents in one statement (a batch of new documents). */
export async function addPartiesOf(
  manager: EntityManager,
  actor: Actor,
  documents: readonly { documentId: string; countries: readonly string[]; legallyBinding: boolean }[],
): Promise<number> {
  const [ids, countries, procedures]: string[][] = [[], [], []];
  for (const d of documents)
    for (const country of d.countries) {
      ids.push(d.documentId);
      countries.push(country);
      procedures.push(defaultProcedure(d.legallyBinding));
    }
  if (!ids.length) return 0;
  const rows = await manager.query(
    `INSERT INTO document_parties (document_id, country, procedure, created_by, updated_by)
     SELECT d, c, p, $4, $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(d, c, p)
     ON CONFLICT (document_id, country) DO NOTHING RETURNING id`,
    [ids, countries, procedures, actor.id],
  );
  return rows.length;
}

/**
 * Keeps the parties in step with a new `countries` (under the document's row lock): new
 * countries become pending parties; a removed country's party goes if it is still pending, and
 * the change is refused (422) once it has left pending — its consent is on record.
 */
export async function syncParties(
  manager: EntityManager,
  actor: Actor,
  documentId: string,
  countries: readonly string[],
  legallyBinding: boolean,
): Promise<boolean> {
  const leaving: { country: string; status: string }[] = await manager.query(
    `SELECT country, status FROM document_parties WHERE document_id = $1 AND NOT (country = ANY($2::text[]))
      ORDER BY country FOR UPDATE`,
    [documentId, [...countries]],
  );
  const recorded = leaving.filter((p) => p.status !== 'pending');
  if (recorded.length) {
    const list = recorded.map((p) => `${p.country} (${p.status})`).join(', ');
    throw Problem.unprocessable(
      `A party whose consent is on record cannot be removed: ${list}. Withdraw it instead.`,
      [{ field: 'countries', message: `must keep ${list}: withdraw the party instead` }],
    );
  }
  if (leaving.length) {
    await manager.query(
      `DELETE FROM document_parties WHERE document_id = $1 AND NOT (country = ANY($2::text[]))`,
      [documentId, [...countries]],
    );
  }
  const added = await addParties(manager, actor, documentId, countries, legallyBinding);
  return leaving.length + added > 0;
}
