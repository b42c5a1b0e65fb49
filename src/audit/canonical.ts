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

/** The hashed content of an event: every column but seq, hash and prevHash (those frame it). */
export interface HashedContent {
  id: string;
  occurredAt: string;
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
}

export function eventContent(c: HashedContent): string {
  return canonicalJson(c);
}

/** hash = sha256(prevHash | seq | content); the database computes the same when appending. */
export function chainHash(prevHash: string, seq: string | number, content: string): string {
  return createHash('sha256').update(`${prevHash}|${seq}|${content}`, 'utf8').digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);
