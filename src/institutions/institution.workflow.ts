import { Workflow } from '../common/workflow';

export const INSTITUTION_STATUSES = ['active', 'defunct'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export const INSTITUTION_KINDS = [
  'head_of_state',
  'government',
  'ministry',
  'agency',
  'state_company',
  'company',
  'parliament',
  'international_organization',
  'other',
] as const;

export const institutionWorkflow = new Workflow<InstitutionStatus>({
  statuses: INSTITUTION_STATUSES,
  transitions: { active: ['defunct'], defunct: ['active'] },
  reasonRequired: ['defunct', 'active'],
});
