import { Workflow } from '../common/workflow';

export const DEADLINE_RULE_STATUSES = ['active', 'retired'] as const;
export const DEADLINE_TRIGGERS = ['signed', 'in_force', 'expires'] as const;

/** A rule applies while active; retiring it (with a reason) stops later triggers, never past ones. */
export const deadlineRuleWorkflow = new Workflow<(typeof DEADLINE_RULE_STATUSES)[number]>({
  statuses: DEADLINE_RULE_STATUSES,
  transitions: { active: ['retired'], retired: ['active'] },
  reasonRequired: ['retired', 'active'],
});
