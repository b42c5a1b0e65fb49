import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';

/** A signature on a document. No workflow: signatories are added and removed. */
@Entity('signatories')
@Index('IDX_signatories_document', ['documentId', 'createdAt', 'id'])
export class SignatoryEntity extends TrackedEntity {
  @Column('uuid')
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'document_id' })
  document?: unknown;

  @Index('IDX_signatories_institution')
  @Column('uuid')
  institutionId: string;

  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: unknown;

  @Column('varchar', { length: 300 })
  signerName: string;

  @Column('varchar', { length: 300 })
  signerTitle: string;

  @Column('date', { nullable: true })
  signedOn: string | null;
}
