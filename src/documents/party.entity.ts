import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TrackedEntity } from '../database/base.entity';
import { checkIn } from '../database/sql';
import { PARTY_PROCEDURES, PARTY_STATUSES } from './party.workflow';

/** One party country's consent to be bound by a document (§11), kept in step with `countries`. */
@Entity('document_parties')
@Check('CHK_document_parties_status', checkIn('status', PARTY_STATUSES))
@Check('CHK_document_parties_procedure', checkIn('procedure', PARTY_PROCEDURES))
@Index('UQ_document_parties_document_country', ['documentId', 'country'], { unique: true })
export class DocumentPartyEntity extends TrackedEntity {
  @Column('uuid')
  documentId: string;

  @ManyToOne('DocumentEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'document_id' })
  document?: unknown;

  @Column('varchar', { length: 2 })
  country: string;

  @Column('varchar', { length: 20 })
  procedure: string;

  @Column('varchar', { length: 30, default: 'pending' })
  status: string;

  @Column('date', { nullable: true })
  internalProcedureOn: string | null;

  @Column('varchar', { length: 300, nullable: true })
  instrument: string | null;

  @Column('date', { nullable: true })
  notifiedOn: string | null;

  @Column('varchar', { length: 200, nullable: true })
  noteReference: string | null;

  @Column('date', { nullable: true })
  notificationReceivedOn: string | null;
}
