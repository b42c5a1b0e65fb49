import { Workflow } from '../common/workflow';

export const MILESTONE_STATUSES = [
  'planned',
  'in_progress',
  'at_risk',
  'blocked',
  'completed',
  'cancelled',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const milestoneWorkflow = new Workflow<MilestoneStatus>({
  statuses: MILESTONE_STATUSES,
  transitions: {
    planned: ['in_progress', 'cancelled'],
    in_progress: ['at_risk', 'blocked', 'completed', 'cancelled'],
    at_risk: ['in_progress', 'blocked', 'completed', 'cancelled'],
    blocked: ['in_progress', 'at_risk', 'cancelled'],
    completed: ['in_progress'],
    cancelled: [],
  },
  reasonRequired: ['at_risk', 'blocked', 'cancelled', 'completed>in_progress'],
});
