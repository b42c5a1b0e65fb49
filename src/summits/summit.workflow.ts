import { Workflow } from '../common/workflow';

export const SUMMIT_STATUSES = ['planned', 'confirmed', 'postponed', 'held', 'cancelled'] as const;
export type SummitStatus = (typeof SUMMIT_STATUSES)[number];

export const SUMMIT_KINDS = [
  'state_visit',
  'official_visit',
  'working_visit',
  'summit',
  'intergovernmental_commission',
  'ministerial_meeting',
  'business_forum',
  'other',
] as const;

export const summitWorkflow = new Workflow<SummitStatus>({
  statuses: SUMMIT_STATUSES,
  transitions: {
    planned: ['confirmed', 'postponed', 'cancelled'],
    confirmed: ['held', 'postponed', 'cancelled'],
    postponed: ['planned', 'confirmed', 'cancelled'],
    held: [],
    cancelled: [],
  },
  reasonRequired: ['postponed', 'cancelled'],
});
