import { Workflow } from '../common/workflow';

export const PARTY_STATUSES = ['pending', 'procedure_completed', 'notified', 'withdrawn'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

export const PARTY_PROCEDURES = [
  'ratification',
  'approval',
  'acceptance',
  'accession',
  'signature_only',
] as const;

/** §11: each party's internal procedure and its notification through diplomatic channels. */
export const partyWorkflow = new Workflow<PartyStatus>({
  statuses: PARTY_STATUSES,
  transitions: {
    pending: ['procedure_completed', 'notified', 'withdrawn'],
    procedure_completed: ['notified', 'withdrawn'],
    notified: ['withdrawn'],
    withdrawn: ['pending'],
  },
  reasonRequired: ['withdrawn', 'withdrawn>pending'],
});

/** Moves that record consent need the document signed or later (422 before that). */
export const CONSENT_STATUSES: readonly PartyStatus[] = ['procedure_completed', 'notified'];

/** Document statuses from `signed` on: consent can be recorded. */
export const SIGNED_OR_LATER: readonly string[] = [
  'signed',
  'pending_ratification',
  'in_force',
  'suspended',
  'terminated',
  'expired',
  'superseded',
];

/** Types that bind their parties by default (§11); the others default to `legallyBinding: false`. */
export const BINDING_TYPES: readonly string[] = ['agreement', 'treaty', 'protocol'];

export function defaultProcedure(legallyBinding: boolean): string {
  return legallyBinding ? 'ratification' : 'signature_only';
}
