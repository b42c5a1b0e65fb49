import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { CLASSIFICATIONS } from '../auth/clearance';
import { MILESTONE_STATUSES } from './milestone.workflow';

@Entity('milestones')
@Check('CHK_milestones_status', checkIn('status', MILESTONE_STATUSES))
@Check('CHK_milestones_classification', checkIn('classification', CLASSIFICATIONS))
@Check('CHK_milestones_anchor', `"document_id" IS NOT NULL OR "summit_id" IS NOT NULL`)
@Check(
  'CHK_milestones_indicator',
  `("indicator_name" IS NULL AND "indicator_unit" IS NULL AND "indicator_baseline" IS NULL AND "indicator_baseline_on" IS NULL AND "indicator_target" IS NULL) OR ("indicator_name" IS NOT NULL AND "indicator_unit" IS NOT NULL AND "indicator_baseline" IS NOT NULL AND "indicator_baseline_on" IS NOT NULL AND "indicator_target" IS NOT NULL AND "indicator_target" <> "indicator_baseline")`,
)
@Index('IDX_milestones_created', ['createdAt', 'id'])
@Index('IDX_milestones_due', ['dueOn', 'id'])
@Index('IDX_milestones_class_due', ['classification', 'dueOn', 'id'])
@Index('IDX_milestones_status_due', ['status', 'dueOn', 'id'])
@Index('UQ_milestones_document_origin_rule', ['documentId', 'originRuleId'], {
  unique: true,
  where: '"origin_rule_id" IS NOT NULL',
})
export class MilestoneEntity extends TrackedEntity {
  @Column('varchar', { length: 500 })
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Index('IDX_milestones_document')
  @Column('uuid', { nullable: true })
  documentId: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: unknown;

  @Index('IDX_milestones_summit')
  @Column('uuid', { nullable: true })
  summitId: string | null;

  @ManyToOne('SummitEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'summit_id' })
  summit?: unknown;

  @Index('IDX_milestones_sector')
  @Column('varchar', { length: 100, nullable: true })
  sector: string | null;

  @Column('date')
  dueOn: string;

  @Column('varchar', { length: 200, nullable: true })
  indicatorName: string | null;

  @Column('varchar', { length: 50, nullable: true })
  indicatorUnit: string | null;

  @Column('numeric', { nullable: true })
  indicatorBaseline: string | null;

  @Column('date', { nullable: true })
  indicatorBaselineOn: string | null;

  @Column('numeric', { nullable: true })
  indicatorTarget: string | null;

  /** Value of the progress report with the latest `asOf` (ties: the last reported). */
  @Column('numeric', { nullable: true })
  latestValue: string | null;

  @Column('date', { nullable: true })
  latestAsOf: string | null;

  @Column('date', { nullable: true })
  completedOn: string | null;

  /** The deadline rule that created it (§11), if any; one milestone per rule and document. */
  @Column('uuid', { nullable: true })
  originRuleId: string | null;

  @ManyToOne('DeadlineRuleEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_rule_id' })
  originRule?: unknown;

  /** The linked document's classification, kept in step by a trigger; `public` without one. */
  @Column('varchar', { length: 20, default: 'public' })
  classification: string;

  @Column('varchar', { length: 20, default: 'planned' })
  status: string;
}
