import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A progress report: appended, never changed. `seq` orders reports of the same day. */
@Entity('progress_reports')
@Index('IDX_progress_milestone', ['milestoneId', 'asOf', 'seq'])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('bigint')
  @Generated('increment')
  seq: string;

  @Column('uuid')
  milestoneId: string;

  @ManyToOne('MilestoneEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: unknown;

  @Column('date')
  asOf: string;

  @Column('numeric', { nullable: true })
  value: string | null;

  @Column('text')
  note: string;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column('uuid')
  createdBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'created_by' })
  createdByUser?: unknown;

  /** Its milestone's classification when reported (a trigger fills it): see auth/clearance.ts. */
  @Column('varchar', { length: 20 })
  classification: string;

  /** Its milestone's document when reported (a trigger fills it). */
  @Column('uuid', { nullable: true })
  documentId: string | null;
}
