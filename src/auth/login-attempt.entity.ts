import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Login attempts counted per account (`a:<email>`) and per client address (`ip:<address>`) in
 * the current window, in the database so that every instance counts against the same limit.
 */
@Entity('login_attempts')
@Index('IDX_login_attempts_reset_at', ['resetAt'])
export class LoginAttemptEntity {
  @PrimaryColumn('varchar', { length: 400 })
  key: string;

  @Column('integer')
  attempts: number;

  @Column('timestamptz')
  resetAt: Date;
}
