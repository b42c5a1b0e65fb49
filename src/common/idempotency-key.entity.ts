import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A remembered POST: the first response to (user, Idempotency-Key) is replayed for retries. */
@Entity('idempotency_keys')
@Index('IDX_idempotency_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('varchar', { length: 200 })
  key: string;

  @Column('varchar', { length: 300 })
  path: string;

  @Column('char', { length: 64 })
  requestHash: string;

  @Column('integer', { nullable: true })
  statusCode: number | null;

  @Column('jsonb', { nullable: true })
  responseBody: unknown;

  @Column('jsonb', { nullable: true })
  responseHeaders: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
