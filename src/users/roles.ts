import { CLASSIFICATIONS, type Clearance } from '../auth/clearance';

export const ROLES = ['admin', 'editor', 'manager', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = CLASSIFICATIONS;
export type { Clearance };
