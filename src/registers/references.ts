import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { documentVisibility } from '../auth/clearance';
import { SqlParams } from '../common/paging';
import { Problem } from '../common/problem';

/** What a reference points at: a register's table, how messages name it, and who may see its rows. */
export interface ReferenceTarget {
  table: string;
  alias: string;
  /** "Institution", as in "parentId: no institution …". */
  label: string;
  visibility?: (actor: Actor, params: SqlParams, alias: string) => string;
}

/** The targets a register can name without depending on the module that owns them. */
export const REFERENCES = {
  institution: { table: 'institutions', alias: 'i', label: 'Institution' },
  summit: { table: 'summits', alias: 's', label: 'Summit' },
  document: { table: 'documents', alias: 'd', label: 'Document', visibility: documentVisibility },
} satisfies Record<string, ReferenceTarget>;

/**
 * The one check behind "a referenced entity must exist, else 422": every id must name a row of
 * `target` the actor may see (a hidden row answers exactly as a missing one). `share` takes
 * FOR SHARE locks, for a reference whose target must not change under the write. A single id is
 * named by `field`; a list's missing ids by `field[i]`.
 */
export async function requireExisting(
  manager: EntityManager,
  actor: Actor,
  target: ReferenceTarget,
  field: string,
  ids: string | readonly string[],
  options: { share?: boolean } = {},
): Promise<void> {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!list.length) return;
  const params = new SqlParams();
  const a = target.alias;
  const visible = target.visibility ? target.visibility(actor, params, a) : 'TRUE';
  const found: { id: string }[] = await manager.query(
    `SELECT ${a}.id::text AS id FROM ${target.table} ${a}
      WHERE ${a}.id = ANY(${params.p(list)}::uuid[]) AND ${visible}
      ${options.share ? `FOR SHARE OF ${a}` : ''}`,
    params.values,
  );
  const known = new Set(found.map((r) => r.id.toLowerCase()));
  const missing = list.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id.toLowerCase()));
  if (!missing.length) return;
  const noun = target.label.toLowerCase();
  if (typeof ids === 'string') {
    throw Problem.unprocessable(`${field}: no ${noun} ${ids}.`, [{ field, message: `no such ${noun}` }]);
  }
  throw Problem.unprocessable(
    `${field}: ${missing.length} unknown ${noun}(s).`,
    missing.map(({ i }) => ({ field: `${field}[${i}]`, message: `no such ${noun}` })),
  );
}
