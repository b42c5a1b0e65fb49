import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One row per status change of any register entity; append-only (trigger). */
@Entity('status_changes')
@Index('IDX_status_changes_entity', ['entityId', 'id'])
export class StatusChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('varchar', { length: 40 })
  entityType: string;

  @Column('uuid')
  entityId: string;

  @Column('varchar', { length: 30 })
  fromStatus: string;

  @Column('varchar', { length: 30 })
  toStatus: string;

  @Column('timestamptz')
  at: Date;

  @Column('uuid')
  actorId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'actor_id' })
  actor?: unknown;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('date', { nullable: true })
  effectiveOn: string | null;

  /** The entity's classification when it changed (a trigger fills it; NULL on rows from before). */
  @Column('varchar', { length: 20, nullable: true })
  classification: string | null;

  /** The document whose classification also governs who sees it (a trigger fills it). */
  @Column('uuid', { nullable: true })
  documentId: string | null;
}
