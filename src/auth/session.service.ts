import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { Problem } from '../common/problem';
import { inTransaction } from '../database/transaction';
import { Actor } from './actor';
import { assertSameOrigin, cookieIsSecure, refreshCookie } from './session-cookie';
import { TokenService } from './token.service';

export interface SessionGrant {
  /** Goes only into the HttpOnly cookie, never into a body or a log. */
  refreshToken: string;
  /** Seconds until the session's absolute end: the cookie's Max-Age. */
  maxAgeSeconds: number;
}

export interface Refreshed extends SessionGrant {
  userId: string;
  /** The user's token version (a password change bumps it), for the new access token. */
  tokenVersion: number;
}

/** Why a session ended (auth_sessions.end_reason). */
export type EndReason = 'logout' | 'reuse' | 'user-changed' | 'expired' | 'idle' | 'disabled';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Browser sessions (spec §16). A session lives from sign-in until its absolute end or until it
 * has not been refreshed for the idle lifetime. Each refresh exchanges the presented token for a
 * new one; presenting an exchanged token again means two parties hold the session, so the whole
 * session ends. Only sha256 of a token is stored.
 */
@Injectable()
export class SessionService {
  readonly secureCookie: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secureCookie = cookieIsSecure(config.publicUrl);
  }

  /** 403 unless the request comes from Pacta's own pages (see assertSameOrigin). */
  checkOrigin(request: FastifyRequest): void {
    assertSameOrigin(request, this.config.publicUrl);
  }

  /** The Set-Cookie value carrying the grant's token, or deleting the cookie. */
  cookie(grant: SessionGrant | null): string {
    return refreshCookie(grant?.refreshToken ?? null, grant?.maxAgeSeconds ?? 0, this.secureCookie);
  }

  /** Starts a session in the sign-in's transaction; the user's ended or expired sessions are dropped. */
  async start(manager: EntityManager, userId: string): Promise<SessionGrant & { sessionId: string }> {
    await manager.query(
      'DELETE FROM auth_sessions WHERE user_id = $1 AND (ended_at IS NOT NULL OR expires_at <= now())',
      [userId],
    );
    const [session] = await manager.query(
      `INSERT INTO auth_sessions (user_id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
       RETURNING id`,
      [userId, this.config.sessionMaxSeconds],
    );
    return {
      sessionId: session.id,
      refreshToken: await this.issue(manager, session.id),
      maxAgeSeconds: this.config.sessionMaxSeconds,
    };
  }

  /** The next refresh token of a live session and a new access token; 401 otherwise (reuse ends the session). */
  async refresh(token: string | null, requestId: string | null): Promise<Refreshed> {
    const outcome = token
      ? await inTransaction(this.dataSource, async (manager) => {
          const [row] = await manager.query(
            `SELECT t.session_id AS "sessionId", t.used_at IS NOT NULL AS used, s.user_id AS "userId",
                    u.email, u.disabled, u.token_version AS "tokenVersion", s.ended_at IS NOT NULL AS ended, s.expires_at <= now() AS expired,
                    s.last_used_at <= now() - make_interval(secs => $2) AS idle,
                    extract(epoch FROM s.expires_at - now())::float8 AS remaining
               FROM auth_refresh_tokens t
               JOIN auth_sessions s ON s.id = t.session_id
               JOIN users u ON u.id = s.user_id
              WHERE t.token_hash = $1
                FOR UPDATE OF t, s`,
            [hash(token), this.config.sessionIdleSeconds],
          );
          if (!row || row.ended) return null;
          const reason: EndReason | null = row.used
            ? 'reuse'
            : row.disabled
              ? 'disabled'
              : row.expired
                ? 'expired'
                : row.idle
                  ? 'idle'
                  : null;
          if (reason) {
            await this.end(manager, row.sessionId, reason);
            if (reason === 'reuse') {
              // Whoever presents it is not known to be the user: the event names the account only.
              await this.audit.append(
                manager,
                { id: null, email: row.email, requestId },
                {
                  action: 'session.refresh-reuse',
                  entityType: 'session',
                  entityId: row.userId,
                  changes: { session: [row.sessionId, null] },
                  reason: 'A rotated refresh token was presented again; the session was ended.',
                },
              );
            }
            return null;
          }
          await manager.query('UPDATE auth_refresh_tokens SET used_at = now() WHERE token_hash = $1', [
            hash(token),
          ]);
          await manager.query('UPDATE auth_sessions SET last_used_at = now() WHERE id = $1', [row.sessionId]);
          return {
            userId: row.userId as string,
            tokenVersion: row.tokenVersion as number,
            refreshToken: await this.issue(manager, row.sessionId),
            maxAgeSeconds: row.remaining as number,
          };
        })
      : null;
    if (!outcome) {
      throw new Problem(
        401,
        'unauthorized',
        'The session has ended or expired. Sign in again.',
        {},
        { 'WWW-Authenticate': 'Bearer', 'Set-Cookie': this.cookie(null), 'Cache-Control': 'no-store' },
      );
    }
    return outcome;
  }

  /** Ends the session the token belongs to (any token it was given); nothing to do without one. */
  async logout(token: string | null, requestId: string | null): Promise<void> {
    if (!token) return;
    await inTransaction(this.dataSource, async (manager) => {
      const [row] = await manager.query(
        `SELECT s.id, s.user_id AS "userId", u.email
           FROM auth_refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1 AND s.ended_at IS NULL
            FOR UPDATE OF s`,
        [hash(token)],
      );
      if (!row) return;
      await this.end(manager, row.id, 'logout');
      const actor: AuditActor = { id: row.userId, email: row.email, requestId };
      await this.audit.append(manager, actor, {
        action: 'session.logout',
        entityType: 'session',
        entityId: row.userId,
        changes: { session: [row.id, null] },
      });
    });
  }

  /**
   * Ends every live session of a user whose access changed (disabled, roles, clearance,
   * password), in the change's transaction; the event says how many and why.
   */
  async endAllOf(manager: EntityManager, actor: Actor, userId: string, why: string): Promise<void> {
    const ended: { id: string }[] = await manager
      .query(
        `UPDATE auth_sessions SET ended_at = now(), end_reason = 'user-changed'
          WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() RETURNING id`,
        [userId],
      )
      .then(([rows]: [{ id: string }[]]) => rows);
    if (ended.length === 0) return;
    await this.audit.append(manager, actor, {
      action: 'session.revoke',
      entityType: 'session',
      entityId: userId,
      changes: { sessions: [ended.length, 0] },
      reason: why,
    });
  }

  private async issue(manager: EntityManager, sessionId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query('INSERT INTO auth_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [
      hash(token),
      sessionId,
    ]);
    return token;
  }

  private async end(manager: EntityManager, sessionId: string, reason: EndReason): Promise<void> {
    await manager.query(
      'UPDATE auth_sessions SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL',
      [sessionId, reason],
    );
  }
}
