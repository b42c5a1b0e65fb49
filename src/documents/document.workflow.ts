import { Workflow } from '../common/workflow';

export const DOCUMENT_STATUSES = [
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
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_TYPES = [
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
] as const;

export const DOCUMENT_RELATIONS = ['amends', 'supplements', 'implements', 'supersedes'] as const;

/** The levels live with clearance (auth/clearance.ts); re-exported for the DTOs and entities. */

export const documentWorkflow = new Workflow<DocumentStatus>({
  statuses: DOCUMENT_STATUSES,
  transitions: {
    draft: ['negotiation', 'signed', 'abandoned'],
    negotiation: ['draft', 'signed', 'abandoned'],
    signed: ['pending_ratification', 'in_force', 'superseded'],
    pending_ratification: ['in_force', 'abandoned'],
    in_force: ['suspended', 'terminated', 'expired', 'superseded'],
    suspended: ['in_force', 'terminated', 'superseded'],
    terminated: [],
    expired: [],
    superseded: [],
    abandoned: [],
  },
  reasonRequired: ['abandoned', 'suspended', 'terminated'],
});
