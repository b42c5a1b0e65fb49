/**
 * What an audit event can say: every action and entity type a writer appends, named once. The
 * OpenAPI document carries both as enums, so the web application's filters and labels are checked
 * against them (web/src/lib/enums.ts): a new action fails the web's typecheck until it has a label.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'transition',
  'delete',
  'signatory.add',
  'signatory.remove',
  'party.update',
  'party.transition',
  'attachment.add',
  'attachment.version',
  'attachment.remove',
  'attachment.download',
  'progress.report',
  'login.success',
  'login.failure',
  'session.logout',
  'session.revoke',
  'session.refresh-reuse',
  'feed-token.issue',
  'feed-token.revoke',
  'subscription.rotate-secret',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'institution',
  'summit',
  'document',
  'milestone',
  'deadline_rule',
  'user',
  'session',
  'subscription',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
