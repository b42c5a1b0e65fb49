import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '../common/problem';

const WINDOW_SECONDS = 15 * 60;
export const LOGIN_LIMIT_PER_ACCOUNT = 5;
export const LOGIN_LIMIT_PER_ADDRESS = 20;
const PURGE_EVERY_MS = 10 * 60_000;

/** A claim on the limit taken before the password is checked; settle it with the outcome. */
export interface LoginAttempt {
  account: string;
  address: string;
}

/**
 * Counts login attempts per account and per client address over a 15-minute window, in
 * PostgreSQL so that every instance counts against the same limit. An attempt is counted
 * *before* its password is checked, in one atomic upsert: thirty guesses sent at once are
 * counted one by one, and those past the limit get 429 with Retry-After without a hash check
 * (and give their count back: only checked attempts count). A success clears the account's
 * count and gives the address its attempt back.
 */
@Injectable()
export class LoginLimiter {
  private readonly logger = new Logger('LoginLimiter');
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts the attempt; throws 429 when the account or the address is over its limit. */
  async begin(email: string, address: string): Promise<LoginAttempt> {
    this.purgeNowAndThen();
    const attempt = { account: `a:${email}`, address: `ip:${address}` };
    const rows: { key: string; attempts: number; retryAfter: number }[] = await this.dataSource.query(
      `INSERT INTO login_attempts AS l (key, attempts, reset_at)
       VALUES ($1, 1, now() + make_interval(secs => $3)), ($2, 1, now() + make_interval(secs => $3))
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN l.reset_at <= now() THEN 1 ELSE l.attempts + 1 END,
         reset_at = CASE WHEN l.reset_at <= now() THEN EXCLUDED.reset_at ELSE l.reset_at END
       RETURNING key, attempts, ceil(extract(epoch FROM reset_at - now()))::int AS "retryAfter"`,
      [attempt.account, attempt.address, WINDOW_SECONDS],
    );
    const over = rows.filter(
      (r) => r.attempts > (r.key === attempt.account ? LOGIN_LIMIT_PER_ACCOUNT : LOGIN_LIMIT_PER_ADDRESS),
    );
    if (over.length) {
      // Refused unchecked, so it does not count: guesses at one account do not block its address.
      await this.release(attempt.account, attempt.address);
      throw Problem.tooManyRequests(Math.max(1, ...over.map((r) => r.retryAfter)));
    }
    return attempt;
  }

  private async release(...keys: string[]): Promise<void> {
    await this.dataSource.query(
      'UPDATE login_attempts SET attempts = greatest(attempts - 1, 0) WHERE key = ANY($1::text[])',
      [keys],
    );
  }

  /** The password was right: the account starts afresh and the address gets its attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_attempts WHERE key = $1)
       UPDATE login_attempts SET attempts = greatest(attempts - 1, 0) WHERE key = $2`,
      [attempt.account, attempt.address],
    );
  }

  private purgeNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    this.dataSource
      .query('DELETE FROM login_attempts WHERE reset_at < now()')
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'could not purge login attempts'));
  }
}
