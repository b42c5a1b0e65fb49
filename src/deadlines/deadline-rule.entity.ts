import { Check, Column, Entity } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { DEADLINE_RULE_STATUSES, DEADLINE_TRIGGERS } from './deadline-rule.workflow';

/** A statutory deadline (§11): when a document reaches `trigger`, a milestone is due `offsetDays` later. */
@Entity('deadline_rules')
@Check('CHK_deadline_rules_status', checkIn('status', DEADLINE_RULE_STATUSES))
@Check('CHK_deadline_rules_trigger', checkIn('trigger', DEADLINE_TRIGGERS))
export class DeadlineRuleEntity extends TrackedEntity {
  @Column('varchar', { length: 500 })
  title: string;

  @Column('varchar', { length: 2, nullable: true })
  country: string | null;

  @Column('text', { array: true, nullable: true })
  documentTypes: string[] | null;

  @Column('boolean', { nullable: true })
  legallyBinding: boolean | null;

  @Column('varchar', { length: 20 })
  trigger: string;

  @Column('integer')
  offsetDays: number;

  @Column('varchar', { length: 1000 })
  source: string;

  @Column('varchar', { length: 20, default: 'active' })
  status: string;
}
