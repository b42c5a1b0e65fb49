import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The audit log. Rows are appended through AuditService only (one INSERT fed by the chain
 * head's UPDATE); the database refuses UPDATE, DELETE and TRUNCATE (migration AuditGuards).
 * `documentId`/`milestoneId`/`classification` scope an event for clearance filtering.
 */
@Entity('audit_events')
@Index('IDX_audit_entity', ['entityId', 'seq'])
@Index('IDX_audit_actor', ['actorId', 'seq'])
@Index('IDX_audit_type', ['entityType', 'seq'])
@Index('IDX_audit_action', ['action', 'seq'])
@Index('IDX_audit_occurred', ['occurredAt', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn('bigint')
  seq: string;

  @Index('UQ_audit_id', { unique: true })
  @Column('uuid')
  id: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('varchar', { length: 320, nullable: true })
  actorEmail: string | null;

  @Column('varchar', { length: 40 })
  action: string;

  @Column('varchar', { length: 40 })
  entityType: string;

  @Column('uuid', { nullable: true })
  entityId: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  changes: Record<string, [unknown, unknown]>;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('varchar', { length: 100, nullable: true })
  requestId: string | null;

  @Column('uuid', { nullable: true })
  documentId: string | null;

  @Column('uuid', { nullable: true })
  milestoneId: string | null;

  @Column('varchar', { length: 20, default: 'public' })
  classification: string;

  /** The import whose apply wrote this event (§15). */
  @Column('uuid', { nullable: true })
  importId: string | null;

  @Column('char', { length: 64 })
  hash: string;

  @Column('char', { length: 64 })
  prevHash: string;
}
