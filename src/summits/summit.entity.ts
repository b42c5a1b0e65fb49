import { Check, Column, Entity, Index } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { SUMMIT_KINDS, SUMMIT_STATUSES } from './summit.workflow';

export interface Participant {
  name: string;
  title: string;
  country: string;
}

@Entity('summits')
@Check('CHK_summits_status', checkIn('status', SUMMIT_STATUSES))
@Check('CHK_summits_kind', checkIn('kind', SUMMIT_KINDS))
@Check('CHK_summits_dates', `"ends_on" >= "starts_on"`)
@Check('CHK_summits_countries', `cardinality("countries") >= 1`)
@Index('IDX_summits_created', ['createdAt', 'id'])
@Index('IDX_summits_starts', ['startsOn', 'id'])
@Index('IDX_summits_countries', { synchronize: false })
export class SummitEntity extends TrackedEntity {
  @Column('varchar', { length: 500 })
  title: string;

  @Column('varchar', { length: 40 })
  kind: string;

  @Column('char', { length: 2 })
  hostCountry: string;

  @Column('varchar', { length: 300 })
  location: string;

  @Column('text', { array: true })
  countries: string[];

  @Column('date')
  startsOn: string;

  @Column('date')
  endsOn: string;

  @Column('jsonb', { default: () => "'[]'" })
  participants: Participant[];

  @Column('text', { nullable: true })
  summary: string | null;

  @Index('IDX_summits_status')
  @Column('varchar', { length: 20, default: 'planned' })
  status: string;

  /** Names in other languages, by ISO 639-1 code (§11). */
  @Column('jsonb', { default: () => "'{}'" })
  translations: Record<string, Record<string, string>>;
}
