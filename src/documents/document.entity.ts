import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { CLASSIFICATIONS } from '../auth/clearance';
import { DOCUMENT_RELATIONS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from './document.workflow';

@Entity('documents')
@Check('CHK_documents_status', checkIn('status', DOCUMENT_STATUSES))
@Check('CHK_documents_type', checkIn('type', DOCUMENT_TYPES))
@Check('CHK_documents_classification', checkIn('classification', CLASSIFICATIONS))
@Check('CHK_documents_relation', `"relation" IS NULL OR ${checkIn('relation', DOCUMENT_RELATIONS)}`)
@Check('CHK_documents_parent_relation', `("parent_id" IS NULL) = ("relation" IS NULL)`)
@Check('CHK_documents_countries', `cardinality("countries") >= 1`)
@Check(
  'CHK_documents_entry_into_force_rule',
  `"entry_into_force_rule" IS NULL OR "entry_into_force_rule"->>'kind' IN ('on_signature', 'on_date', 'after_last_notification')`,
)
@Index('IDX_documents_created', ['createdAt', 'id'])
@Index('IDX_documents_class_created', ['classification', 'createdAt', 'id'])
@Index('IDX_documents_status_created', ['status', 'createdAt', 'id'])
@Index('IDX_documents_signed', ['signedOn', 'id'])
@Index('IDX_documents_countries', { synchronize: false })
@Index('IDX_documents_sectors', { synchronize: false })
@Index('IDX_documents_signed_sort', { synchronize: false })
export class DocumentEntity extends TrackedEntity {
  @Column('varchar', { length: 500 })
  title: string;

  @Index('IDX_documents_type')
  @Column('varchar', { length: 40 })
  type: string;

  @Index('UQ_documents_reference_number', { unique: true })
  @Column('varchar', { length: 100, nullable: true })
  referenceNumber: string | null;

  @Index('IDX_documents_summit')
  @Column('uuid', { nullable: true })
  summitId: string | null;

  @ManyToOne('SummitEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'summit_id' })
  summit?: unknown;

  @Index('IDX_documents_parent')
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: unknown;

  @Column('varchar', { length: 20, nullable: true })
  relation: string | null;

  @Column('text', { array: true })
  countries: string[];

  @Column('varchar', { length: 20, default: 'public' })
  classification: string;

  @Column('text', { nullable: true })
  summary: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  sectors: string[];

  @Column('date', { nullable: true })
  signedOn: string | null;

  @Column('varchar', { length: 300, nullable: true })
  placeOfSigning: string | null;

  @Column('date', { nullable: true })
  entryIntoForceOn: string | null;

  @Column('date', { nullable: true })
  expiresOn: string | null;

  @Column('uuid', { nullable: true })
  supersededById: string | null;

  @ManyToOne('DocumentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: unknown;

  @Column('varchar', { length: 30, default: 'draft' })
  status: string;

  @Column('boolean', { default: false })
  legallyBinding: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  @Column('date', { nullable: true })
  provisionalApplicationFrom: string | null;

  /** `{ kind, days?, months?, date? }` (§11); see entry-into-force.ts. */
  @Column('jsonb', { nullable: true })
  entryIntoForceRule: Record<string, unknown> | null;

  /** Names in other languages, by ISO 639-1 code (§11). */
  @Column('jsonb', { default: () => "'{}'" })
  translations: Record<string, Record<string, string>>;
}
