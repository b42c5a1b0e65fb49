import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';

export const ATTACHMENT_KINDS = [
  'signed_original',
  'certified_copy',
  'translation',
  'draft',
  'note_verbale',
  'ratification_instrument',
  'other',
] as const;

/** Whether the text of a version was extracted for search (by the extraction worker). */
export const TEXT_STATUSES = ['pending', 'extracted', 'none', 'failed'] as const;

/** A file attached to a document; its bytes are in versions. `version` is the latest version's `n`. */
@Entity('attachments')
@Check('CHK_attachments_kind', checkIn('kind', ATTACHMENT_KINDS))
@Index('IDX_attachments_document', ['documentId', 'createdAt', 'id'])
export class AttachmentEntity extends TrackedEntity {
  @Column('uuid')
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'document_id' })
  document?: unknown;

  @Column('varchar', { length: 40 })
  kind: string;

  @Column('varchar', { length: 35, nullable: true })
  language: string | null;

  @Column('varchar', { length: 300, nullable: true })
  title: string | null;
}

/** One uploaded file of an attachment; never changed once written (its sha256 is in the audit log). */
@Entity('attachment_versions')
@Check('CHK_attachment_versions_text_status', checkIn('text_status', TEXT_STATUSES))
export class AttachmentVersionEntity {
  @PrimaryColumn('uuid')
  attachmentId: string;

  @PrimaryColumn('integer')
  n: number;

  @ManyToOne('AttachmentEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: unknown;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('bigint')
  size: string;

  @Column('varchar', { length: 120 })
  contentType: string;

  @Column('varchar', { length: 255 })
  fileName: string;

  @Column('timestamptz', { default: () => 'now()' })
  uploadedAt: Date;

  @Column('uuid')
  uploadedBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'uploaded_by' })
  uploadedByUser?: unknown;

  @Column('varchar', { length: 20, default: 'pending' })
  textStatus: string;

  /** Extracted text (PDF, DOCX, plain text) for search; null when there is none. */
  @Column('text', { nullable: true })
  text: string | null;
}

/**
 * The bytes of a version in fixed-size chunks (bytea rows): measured against large objects for
 * a 50 MiB file (docs in the module README), equal in time, lower in memory, and they cascade
 * and back up with everything else. The version row is inserted after its bytes have streamed
 * in, so the foreign key is checked at commit.
 */
@Entity('attachment_chunks')
export class AttachmentChunkEntity {
  @PrimaryColumn('uuid')
  attachmentId: string;

  @PrimaryColumn('integer')
  n: number;

  @PrimaryColumn('integer')
  seq: number;

  @ManyToOne('AttachmentVersionEntity', {
    onDelete: 'CASCADE',
    nullable: false,
    deferrable: 'INITIALLY DEFERRED',
  })
  @JoinColumn([
    { name: 'attachment_id', referencedColumnName: 'attachmentId' },
    { name: 'n', referencedColumnName: 'n' },
  ])
  version?: unknown;

  @Column('bytea')
  data: Buffer;
}
