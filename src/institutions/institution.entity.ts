import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from './institution.workflow';

@Entity('institutions')
@Check('CHK_institutions_status', checkIn('status', INSTITUTION_STATUSES))
@Check('CHK_institutions_kind', checkIn('kind', INSTITUTION_KINDS))
@Check('CHK_institutions_country', `"country" ~ '^[A-Z]{2}$'`)
@Index('IDX_institutions_created', ['createdAt', 'id'])
@Index('IDX_institutions_name', ['name', 'id'])
export class InstitutionEntity extends TrackedEntity {
  @Column('varchar', { length: 300 })
  name: string;

  @Column('varchar', { length: 100, nullable: true })
  shortName: string | null;

  @Index('IDX_institutions_country')
  @Column('char', { length: 2 })
  country: string;

  @Column('varchar', { length: 40 })
  kind: string;

  @Index('IDX_institutions_parent')
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: unknown;

  @Column('varchar', { length: 2048, nullable: true })
  website: string | null;

  @Column('uuid', { nullable: true })
  successorId: string | null;

  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor?: unknown;

  @Column('varchar', { length: 20, default: 'active' })
  status: string;

  /** Names in other languages, by ISO 639-1 code (§11). */
  @Column('jsonb', { default: () => "'{}'" })
  translations: Record<string, Record<string, string>>;
}
