import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hashed content of an event: every column but seq, occurredAt, hash and prevHash (those
 * frame it: the database stamps seq and the time under the chain head's lock).
 */
export interface HashedContent {
  id: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  reason: string | null;
  requestId: string | null;
  documentId: string | null;
  milestoneId: string | null;
  classification: string;
  /** Only when the event was written by an import's apply (omitted, not null, otherwise). */
  importId?: string;
}

export function eventContent(c: HashedContent): string {
  return canonicalJson(c);
}

/**
 * hash = sha256(prevHash | seq | occurredAt | content), occurredAt as ISO 8601 UTC with
 * milliseconds; the database computes the same when appending (AUDIT_APPEND_SQL).
 */
export function chainHash(
  prevHash: string,
  seq: string | number,
  occurredAt: string,
  content: string,
): string {
  return createHash('sha256').update(`${prevHash}|${seq}|${occurredAt}|${content}`, 'utf8').digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);
