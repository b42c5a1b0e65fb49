import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { Problem } from '../common/problem';
import { inTransaction } from '../database/transaction';
import { emailKey } from '../users/email';
import { verifyPassword } from '../users/passwords';
import { Actor } from './actor';
import { LoginLimiter } from './login-limiter';
import { Permission } from './permissions';
import { TokenResponse } from './dto/login.dto';
import { SessionGrant, SessionService } from './session.service';
import { TokenService } from './token.service';
import type { AuditAction } from '../audit/audit-vocabulary';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    private readonly limiter: LoginLimiter,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The same 401 for an unknown email, a wrong password and a disabled user. The attempt is
   * counted before the password is checked (see LoginLimiter). With `session`, a browser session
   * starts too (its refresh token goes into the cookie, never the body).
   */
  async login(
    emailInput: string,
    password: string,
    address: string,
    requestId: string | null,
    session = false,
  ): Promise<{ token: TokenResponse; session: SessionGrant | null }> {
    const email = emailKey(emailInput);
    const legacy = emailInput.trim().toLowerCase();
    const attempt = await this.limiter.begin(email, address);
    // An account made before emails were normalised is found by the address as it was stored.
    const rows = await this.dataSource.query(
      `SELECT id, email, password_hash AS "passwordHash", disabled, token_version AS "tokenVersion"
         FROM users WHERE email = ANY($1::text[]) ORDER BY email = $2 DESC LIMIT 1`,
      [[email, legacy], legacy],
    );
    const user = rows[0];
    const ok = (await verifyPassword(user?.passwordHash, password)) && user && !user.disabled;
    const grant = await inTransaction(this.dataSource, async (manager) => {
      const started = ok && session ? await this.sessions.start(manager, user.id) : null;
      await this.audit.append(
        manager,
        { id: ok ? user.id : null, email, requestId },
        {
          action: ok ? 'login.success' : 'login.failure',
          entityType: 'session',
          entityId: user?.id ?? null,
          changes: started ? { session: [null, started.sessionId] } : {},
        },
      );
      return started;
    });
    if (!ok) throw Problem.unauthorized('The email or password is wrong.');
    await this.limiter.succeeded(attempt);
    return { token: this.accessToken(user.id, user.tokenVersion), session: grant };
  }

  /** The body of login and refresh: the access token only (valid until the user's password changes). */
  accessToken(userId: string, tokenVersion: number): TokenResponse {
    return {
      accessToken: this.tokens.issue(userId, tokenVersion),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtTtlSeconds,
    };
  }

  async me(actor: Actor) {
    const rows = await this.dataSource.query(
      `SELECT id, email, display_name AS "displayName", roles, clearance, disabled, version,
              created_at AS "createdAt", updated_at AS "updatedAt", created_by AS "createdBy", updated_by AS "updatedBy"
         FROM users WHERE id = $1`,
      [actor.id],
    );
    const permissions = Object.values(Permission).filter((p) => actor.can(p));
    return { ...rows[0], status: 'active', permissions };
  }

  /** A new calendar feed token (the previous one stops working); only its hash is kept. */
  async issueFeedToken(actor: Actor): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.setFeedToken(actor, createHash('sha256').update(token).digest('hex'), 'feed-token.issue');
    return token;
  }

  revokeFeedToken(actor: Actor): Promise<void> {
    return this.setFeedToken(actor, null, 'feed-token.revoke');
  }

  private setFeedToken(actor: Actor, hash: string | null, action: AuditAction): Promise<void> {
    return inTransaction(this.dataSource, async (manager) => {
      await manager.query('UPDATE users SET feed_token_hash = $1 WHERE id = $2', [hash, actor.id]);
      await this.audit.append(manager, actor, {
        action,
        entityType: 'user',
        entityId: actor.id,
        changes: {},
      });
    });
  }
}
