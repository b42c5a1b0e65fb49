import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The single row whose lock orders appends to the audit chain: one writer at a time. */
@Entity('audit_chain_head')
@Check('CHK_audit_chain_head_single', `"id" = 1`)
export class AuditChainHeadEntity {
  @PrimaryColumn('smallint')
  id: number;

  @Column('bigint')
  seq: string;

  @Column('char', { length: 64 })
  hash: string;

  @Column('char', { length: 64 })
  prevHash: string;

  /** occurredAt of the last event: the next one is never earlier, so time follows seq. */
  @Column('timestamptz', { default: () => "'-infinity'" })
  at: Date;
}
