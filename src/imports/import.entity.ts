import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '../database/sql';

export const IMPORT_KINDS = [
  'institutions',
  'summits',
  'documents',
  'signatories',
  'milestones',
  'progress',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['validated', 'invalid', 'applied', 'expired'] as const;
/** A validated import not applied within this many hours expires, and its stored upload with it. */
export const IMPORT_TTL_HOURS = 24;

/**
 * One uploaded spreadsheet (§15): the file itself while it awaits apply (so apply needs no
 * re-upload and the preview holds no parsed rows), the errors and preview of its validation,
 * and, once applied, the counts it wrote.
 */
@Entity('imports')
@Check('CHK_imports_status', checkIn('status', IMPORT_STATUSES))
@Index('IDX_imports_created_by', ['createdBy', 'createdAt'])
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_imports' })
  id: string;

  @Column('varchar', { length: 20 })
  kind: string;

  @Column('varchar', { length: 20 })
  status: string;

  @Column('varchar', { length: 255 })
  fileName: string;

  @Column('varchar', { length: 100, nullable: true })
  sheet: string | null;

  @Column('integer')
  rowCount: number;

  /** Parsed rows, kept by imports validated before uploads were stored (`file`); [] otherwise. */
  @Column('jsonb')
  rows: unknown;

  /** The upload of a validated import, read again by apply; cleared once applied. */
  @Column('bytea', { nullable: true })
  file: Buffer | null;

  @Column('jsonb')
  errors: unknown;

  @Column('jsonb')
  preview: unknown;

  @Column('jsonb', { nullable: true })
  result: unknown;

  @Column('uuid')
  createdBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('uuid', { nullable: true })
  appliedBy: string | null;

  @Column('timestamptz', { nullable: true })
  appliedAt: Date | null;
}
