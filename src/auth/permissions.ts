import { Role } from '../users/roles';

/** What a handler needs; every handler declares exactly one (or is @Public). */
export enum Permission {
  /** Any signed-in user: read summits, documents, institutions, milestones. */
  Read = 'registers.read',
  /** Create/update/transition summits, documents, institutions, signatories. */
  WriteRegisters = 'registers.write',
  /** Create/update/transition milestones, report progress. */
  WriteMilestones = 'milestones.write',
  /** An entity's history and status changes. */
  ReadHistory = 'history.read',
  /** The audit log and its verification. */
  ReadAudit = 'audit.read',
  /** User management. */
  ManageUsers = 'users.manage',
  /** Upload and apply imports (§15); which kinds follows the write permissions (imports.service). */
  Import = 'imports.use',
  /** Whoever is signed in, about themselves. */
  Self = 'self',
}

/** The matrix of spec §3, in one place. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: Object.values(Permission),
  editor: [
    Permission.Read,
    Permission.WriteRegisters,
    Permission.Import,
    Permission.ReadHistory,
    Permission.Self,
  ],
  manager: [
    Permission.Read,
    Permission.WriteMilestones,
    Permission.Import,
    Permission.ReadHistory,
    Permission.Self,
  ],
  auditor: [Permission.Read, Permission.ReadHistory, Permission.ReadAudit, Permission.Self],
  viewer: [Permission.Read, Permission.Self],
};

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r as Role]?.includes(permission));
}
