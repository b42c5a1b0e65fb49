import { createHash, createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { directReads } from '../database/direct-reads';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { Clearance } from '../users/roles';
import { Actor } from './actor';

interface CachedUser {
  id: string;
  email: string;
  roles: string[];
  clearance: Clearance;
  disabled: boolean;
  tokenVersion: number;
  at: number;
}

/** How long a looked-up user is trusted before it is read again (other instances' changes). */
const USER_TTL_MS = 1000;

/** At most this many verified tokens are remembered; the map is emptied when it is full. */
const VERIFIED_TOKENS_MAX = 10_000;

interface VerifiedToken {
  sub?: unknown;
  tv?: unknown;
  exp?: unknown;
}

/**
 * Issues and checks access tokens (HS256 only, so `alg: none` and key confusion fail), and
 * resolves a token or a calendar feed token to an Actor, re-reading the user so that a
 * disabled user or a changed role takes effect at once on this instance.
 */
@Injectable()
export class TokenService {
  private readonly users = new Map<string, CachedUser>();
  /**
   * The HS256 key, made once: given a string, jsonwebtoken first tries it as a public key
   * (createPublicKey throws) and then wraps it, on every call, which cost a quarter of the CPU
   * of a read request (bench/, docs/SCALING.md).
   */
  private readonly key: KeyObject;
  /**
   * Tokens whose signature has been checked, by their exact text, until they expire. A client
   * sends the same token with every request; jsonwebtoken's verify (decode, two JSON parses,
   * the HMAC, the claim checks) was 6–7 % of a request's CPU (bench profile of the transition
   * row). Only the signature's result is remembered: expiry is checked on every request, and the
   * user (disabled, token version, roles) is read as before.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
  }

  /** `tokenVersion` is the user's current one: a password change bumps it and ends older tokens. */
  issue(userId: string, tokenVersion: number): string {
    return this.jwt.sign(
      { sub: userId, tv: tokenVersion },
      { algorithm: 'HS256', secret: this.key as unknown as string },
    );
  }

  /** The actor for a bearer token, or null when the token or its user is not acceptable. */
  async actorForToken(token: string, requestId: string | null): Promise<Actor | null> {
    const payload = this.verify(token);
    if (!payload) return null;
    if (typeof payload.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.sub)) return null;
    const user = await this.user(payload.sub);
    // Tokens from before token versions carry none: they count as version 0.
    return user && !user.disabled && (payload.tv ?? 0) === user.tokenVersion
      ? new Actor(user.id, user.email, user.roles, user.clearance, requestId)
      : null;
  }

  async actorForFeedToken(feedToken: string, requestId: string | null): Promise<Actor | null> {
    const hash = createHash('sha256').update(feedToken).digest('hex');
    const rows: CachedUser[] = await this.dataSource.query(
      'SELECT id, email, roles, clearance, disabled FROM users WHERE feed_token_hash = $1',
      [hash],
    );
    const user = rows[0];
    return user && !user.disabled
      ? new Actor(user.id, user.email, user.roles, user.clearance, requestId)
      : null;
  }

  /** The token's claims when its signature is ours and it has not expired, else null. */
  private verify(token: string): VerifiedToken | null {
    const known = this.verified.get(token);
    // jsonwebtoken's rule: expired once the clock in whole seconds reaches `exp`.
    if (known) {
      if (typeof known.exp !== 'number' || Math.floor(Date.now() / 1000) < known.exp) return known;
      this.verified.delete(token);
      return null;
    }
    let payload: VerifiedToken;
    try {
      payload = this.jwt.verify(token, { algorithms: ['HS256'], secret: this.key as unknown as string });
    } catch {
      return null;
    }
    // A token that is not yet valid (nbf) is checked again on its next use rather than remembered.
    if ((payload as { nbf?: unknown }).nbf !== undefined) return payload;
    if (this.verified.size >= VERIFIED_TOKENS_MAX) this.verified.clear();
    this.verified.set(token, payload);
    return payload;
  }

  /** Called when a user changes, so that this instance stops trusting the cached copy. */
  forget(userId: string): void {
    this.users.delete(userId);
  }

  private async user(id: string): Promise<CachedUser | null> {
    const cached = this.users.get(id);
    if (cached && Date.now() - cached.at < USER_TTL_MS) return cached;
    const rows = await directReads(this.dataSource).query<Omit<CachedUser, 'at'>>(
      'SELECT id, email, roles, clearance, disabled, token_version AS "tokenVersion" FROM users WHERE id = $1',
      [id],
    );
    if (!rows[0]) {
      this.users.delete(id);
      return null;
    }
    const user = { ...rows[0], at: Date.now() };
    if (this.users.size > 10000) this.users.clear();
    this.users.set(id, user);
    return user;
  }
}
