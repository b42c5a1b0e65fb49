import {
  Column,
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Columns every register row carries. `version` is managed by the services (not TypeORM's
 * @VersionColumn) because every change goes through one UPDATE … WHERE version = $n.
 */
export abstract class TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('integer', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column('uuid')
  createdBy: string;

  @Column('uuid')
  updatedBy: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'created_by' })
  createdByUser?: unknown;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'updated_by' })
  updatedByUser?: unknown;
}
