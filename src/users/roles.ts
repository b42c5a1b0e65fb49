import { CLASSIFICATIONS, Classification } from '../documents/document.workflow';

export const ROLES = ['admin', 'editor', 'manager', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = CLASSIFICATIONS;
export type Clearance = Classification;

/** The classifications a clearance may read. */
export function visibleClassifications(clearance: Clearance): Classification[] {
  return CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(clearance) + 1) as Classification[];
}
