import type { Schemas } from './api/client';
import type { MessageKey } from './i18n/messages/en';

/** The contract's enums as values for pickers; `satisfies` keeps them in step with the generated types. */
type Exhaustive<T, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const list =
  <T>() =>
  <const L extends readonly T[]>(values: L & Exhaustive<T, L>) =>
    values;

export const DOCUMENT_TYPES = list<Schemas['DocumentResponse']['type']>()([
  'memorandum_of_understanding',
  'declaration',
  'agreement',
  'treaty',
  'protocol',
  'roadmap',
  'action_plan',
  'joint_statement',
  'program',
  'other',
]);
export const DOCUMENT_STATUSES = list<Schemas['DocumentResponse']['status']>()([
  'draft',
  'negotiation',
  'signed',
  'pending_ratification',
  'in_force',
  'suspended',
  'terminated',
  'expired',
  'superseded',
  'abandoned',
]);
export const CLASSIFICATIONS = list<Schemas['DocumentResponse']['classification']>()([
  'public',
  'restricted',
  'confidential',
]);
export const RELATIONS = list<NonNullable<Schemas['DocumentResponse']['relation']>>()([
  'amends',
  'supplements',
  'implements',
  'supersedes',
]);
export const SUMMIT_KINDS = list<Schemas['SummitResponse']['kind']>()([
  'state_visit',
  'official_visit',
  'working_visit',
  'summit',
  'intergovernmental_commission',
  'ministerial_meeting',
  'business_forum',
  'other',
]);
export const INSTITUTION_KINDS = list<Schemas['InstitutionResponse']['kind']>()([
  'head_of_state',
  'government',
  'ministry',
  'agency',
  'state_company',
  'company',
  'parliament',
  'international_organization',
  'other',
]);
export const MILESTONE_STATUSES = list<Schemas['MilestoneResponse']['status']>()([
  'planned',
  'in_progress',
  'at_risk',
  'blocked',
  'completed',
  'cancelled',
]);
export const ROLES = list<Schemas['UserResponse']['roles'][number]>()([
  'admin',
  'editor',
  'manager',
  'auditor',
  'viewer',
]);
export const PARTY_PROCEDURES = list<Schemas['PartyResponse']['procedure']>()([
  'ratification',
  'approval',
  'acceptance',
  'accession',
  'signature_only',
]);
export const ENTRY_INTO_FORCE_KINDS = list<Schemas['EntryIntoForceRuleDto']['kind']>()([
  'on_signature',
  'on_date',
  'after_last_notification',
]);
export const ATTACHMENT_KINDS = list<Schemas['AttachmentResponse']['kind']>()([
  'signed_original',
  'certified_copy',
  'translation',
  'draft',
  'note_verbale',
  'ratification_instrument',
  'other',
]);
export const DEADLINE_TRIGGERS = list<Schemas['DeadlineRuleResponse']['trigger']>()([
  'signed',
  'in_force',
  'expires',
]);
export const SEARCH_TYPES = list<Schemas['SearchHitResponse']['type']>()([
  'document',
  'summit',
  'institution',
  'milestone',
]);
export type AuditAction = Schemas['AuditAction'];
export type AuditEntityType = Schemas['AuditEntityType'];
export type NotificationEvent = Schemas['CreateSubscriptionDto']['events'][number];
/** Audit filters, from the server's vocabulary (src/audit/audit-vocabulary.ts, through OpenAPI). */
export const AUDIT_ACTIONS = list<AuditAction>()([
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
]);
export const AUDIT_ENTITY_TYPES = list<AuditEntityType>()([
  'document',
  'summit',
  'institution',
  'milestone',
  'deadline_rule',
  'user',
  'session',
  'subscription',
]);
/** What a subscription or webhook can listen to (§14). */
export const NOTIFICATION_EVENTS = list<NotificationEvent>()([
  'milestone.due_soon',
  'milestone.overdue',
  'milestone.transitioned',
  'progress.reported',
  'document.transitioned',
  'document.expiring',
  'party.transitioned',
  'deadline.created',
]);

/** Every value of a server enum has its label in the catalogue: a new one fails the typecheck here. */
type Labelled<Prefix extends string, T extends string> = [Exclude<`${Prefix}.${T}`, MessageKey>] extends [
  never,
]
  ? true
  : { missingLabels: Exclude<`${Prefix}.${T}`, MessageKey> };
const labelled = <_ extends true>() => undefined;
labelled<Labelled<'action', AuditAction>>();
labelled<Labelled<'entity', AuditEntityType>>();
labelled<Labelled<'notif.event', NotificationEvent>>();

/** Languages offered for translations and authentic texts (ISO 639-1); names from Intl.DisplayNames. */
export const CONTENT_LANGUAGES = [
  'az',
  'kk',
  'ru',
  'en',
  'tr',
  'ka',
  'uz',
  'ky',
  'tk',
  'tg',
  'fa',
  'zh',
  'ar',
  'fr',
  'de',
  'es',
];
