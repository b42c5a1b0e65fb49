import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

@Entity('milestone_owners')
export class MilestoneOwnerEntity {
  @PrimaryColumn('uuid')
  milestoneId: string;

  @Index('IDX_milestone_owners_institution')
  @PrimaryColumn('uuid')
  institutionId: string;

  @ManyToOne('MilestoneEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: unknown;

  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: unknown;
}
