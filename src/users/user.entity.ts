import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { checkIn } from '../database/sql';
import { CLEARANCES } from './roles';

@Entity('users')
@Check('CHK_users_clearance', checkIn('clearance', CLEARANCES))
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_users_email', { unique: true })
  @Column('varchar', { length: 320 })
  email: string;

  @Column('varchar', { length: 200 })
  displayName: string;

  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  roles: string[];

  @Column('varchar', { length: 20, default: 'public' })
  clearance: string;

  @Column('boolean', { default: false })
  disabled: boolean;

  /** sha256 of the calendar feed token; null when none is issued. */
  @Index('UQ_users_feed_token_hash', { unique: true })
  @Column('varchar', { length: 64, nullable: true })
  feedTokenHash: string | null;

  /** Bumped when the password changes: access tokens carry it, and older ones stop working. */
  @Column('integer', { default: 0 })
  tokenVersion: number;

  @Column('integer', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;
}
