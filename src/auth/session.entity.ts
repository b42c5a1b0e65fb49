import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A browser session (spec §16): one sign-in, kept alive by rotating refresh tokens until it
 * ends (logout, reuse of a rotated token, a change to the user) or runs out (`expiresAt`, or
 * idle since `lastUsedAt`).
 */
@Entity('auth_sessions')
@Index('IDX_auth_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastUsedAt: Date;

  /** The absolute end, fixed at sign-in. */
  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  /** logout, reuse, user-changed, expired, idle, disabled. */
  @Column('varchar', { length: 20, nullable: true })
  endReason: string | null;
}

/** Every refresh token a session was given; only its sha256 is kept. A used one is rotated out. */
@Entity('auth_refresh_tokens')
@Index('IDX_auth_refresh_tokens_session', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryColumn('char', { length: 64 })
  tokenHash: string;

  @Column('uuid')
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;

  /** When it was exchanged for the next one; presenting it again is reuse. */
  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}
