import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { rank } from '../auth/clearance';
import { AuditService } from '../audit/audit.service';
import { keyset, Page, SqlParams, toPage } from '../common/paging';
import { FieldError, Problem } from '../common/problem';
import { inTransaction, Row } from '../common/register';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { normalizeEmail } from '../users/email';
import {
  CreateSubscriptionDto,
  LANGUAGES,
  SubscriptionListQuery,
  UpdateSubscriptionDto,
} from './dto/subscription.dto';

const COLUMNS = `s.id, CASE WHEN s.active THEN 'active' ELSE 'paused' END AS status, s.active, s.channel, s.target,
  s.events, s.filter, s.days_before AS "daysBefore", s.digest, s.language, s.clearance, s.owner_id AS "ownerId",
  s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.created_by AS "createdBy", s.updated_by AS "updatedBy"`;

const DELIVERY_COLUMNS = `d.id, d.event_id AS "eventId", COALESCE(e.type, 'digest') AS "eventType", d.status, d.attempts,
  d.last_attempt_at AS "lastAttemptAt",
  CASE WHEN d.status IN ('pending', 'retrying') THEN d.next_attempt_at END AS "nextAttemptAt",
  d.status_code AS "statusCode", d.detail, d.created_at AS "createdAt"`;

/** The state a subscription must be in, whether created or changed (one rule set for both). */
interface SubscriptionState {
  channel: string;
  target: string | null;
  digest: boolean;
  clearance: string | null;
}

/** A new signing secret as Standard Webhooks writes it: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Subscriptions (§14): who hears of which events, on which channel. A user sees and changes their
 * own; an admin sees all. Webhooks are for admins, carry a clearance no higher than their
 * creator's, and a secret shown once (at creation and rotation). Changes are versioned (If-Match)
 * and audited; the secret never reaches the audit log.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private ownership(actor: Actor, params: SqlParams): string {
    return actor.roles.includes('admin') ? 'TRUE' : `s.owner_id = ${params.p(actor.id)}`;
  }

  async list(actor: Actor, query: SubscriptionListQuery): Promise<Page<Row>> {
    const params = new SqlParams();
    const where = [this.ownership(actor, params)];
    if (query.channel?.length) where.push(`s.channel = ANY(${params.p(query.channel)}::text[])`);
    if (query.active !== undefined) where.push(`s.active = ${params.p(query.active)}`);
    const ks = keyset(
      query,
      { createdAt: { expr: 's.created_at', type: 'timestamptz' } },
      'createdAt',
      's.id',
      params,
    );
    if (ks.after) where.push(ks.after);
    const limit = query.limit ?? 50;
    const rows = await this.db.query(
      `SELECT ${COLUMNS}, ${ks.select} FROM subscriptions s WHERE ${where.join(' AND ')}
        ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, ks, (row) => row);
  }

  /** One of the caller's subscriptions (any, for an admin), or a 404. */
  async find(actor: Actor, id: string, manager?: EntityManager, lock = false): Promise<Row> {
    const params = new SqlParams();
    const rows = await (manager ?? this.db).query(
      `SELECT ${COLUMNS}, s.secret FROM subscriptions s WHERE s.id = ${params.p(id)} AND ${this.ownership(actor, params)}
        ${lock ? 'FOR UPDATE' : ''}`,
      params.values,
    );
    if (!rows[0]) throw Problem.notFound('Subscription', id);
    return rows[0];
  }

  async get(actor: Actor, id: string): Promise<Row> {
    const { secret: _secret, ...row } = await this.find(actor, id);
    return row;
  }

  create(actor: Actor, dto: CreateSubscriptionDto): Promise<Row> {
    if (dto.channel === 'webhook' && !actor.roles.includes('admin')) {
      throw Problem.forbidden('Only an admin may create a webhook subscription.');
    }
    const state = this.check(actor, {
      channel: dto.channel,
      target: dto.channel === 'email' ? (dto.target ?? actor.email) : (dto.target ?? null),
      digest: dto.digest ?? false,
      clearance: dto.channel === 'webhook' ? (dto.clearance ?? actor.clearance) : (dto.clearance ?? null),
    });
    const secret = dto.channel === 'webhook' ? newWebhookSecret() : null;
    const language =
      dto.language ?? actor.languages.find((l) => (LANGUAGES as readonly string[]).includes(l)) ?? 'en';
    return inTransaction(this.db, async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO subscriptions AS s (owner_id, active, channel, target, events, filter, days_before, digest, language,
                                    clearance, secret, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $1, $1) RETURNING ${COLUMNS}`,
        [
          actor.id,
          dto.active ?? true,
          state.channel,
          state.target,
          dto.events,
          JSON.stringify(cleanFilter(dto.filter)),
          dto.daysBefore ?? null,
          state.digest,
          language,
          state.clearance,
          secret,
        ],
      );
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'subscription',
        entityId: row.id,
        changes: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [null, plain(v)]])),
      });
      return secret ? { ...row, secret } : row;
    });
  }

  update(actor: Actor, id: string, dto: UpdateSubscriptionDto, ifMatch?: number): Promise<Row> {
    return inTransaction(this.db, async (manager) => {
      const { secret: _secret, ...before } = await this.find(actor, id, manager, true);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      const state = this.check(actor, {
        channel: before.channel,
        target:
          dto.target !== undefined
            ? before.channel === 'email'
              ? (dto.target ?? actor.email)
              : dto.target
            : before.target,
        digest: dto.digest ?? before.digest,
        clearance: dto.clearance !== undefined ? dto.clearance : before.clearance,
        // A webhook's clearance may only be raised up to the clearance of whoever changes it.
      });
      const next: Row = {
        active: dto.active ?? before.active,
        target: state.target,
        events: dto.events ?? before.events,
        filter: dto.filter !== undefined ? cleanFilter(dto.filter) : before.filter,
        daysBefore: dto.daysBefore !== undefined ? dto.daysBefore : before.daysBefore,
        digest: state.digest,
        language: dto.language ?? before.language,
        clearance: state.clearance,
      };
      const changes: Record<string, [unknown, unknown]> = {};
      for (const [k, v] of Object.entries(next)) {
        if (JSON.stringify(v) !== JSON.stringify(before[k])) changes[k] = [before[k], v];
      }
      if (Object.keys(changes).length === 0) return before;
      const [[row]] = await manager.query(
        `UPDATE subscriptions s SET active = $2, target = $3, events = $4, filter = $5::jsonb, days_before = $6, digest = $7,
                language = $8, clearance = $9, version = version + 1, updated_at = now(), updated_by = $10
          WHERE s.id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          next.active,
          next.target,
          next.events,
          JSON.stringify(next.filter),
          next.daysBefore,
          next.digest,
          next.language,
          next.clearance,
          actor.id,
        ],
      );
      changes.version = [before.version, row.version];
      if (changes.active) changes.status = [before.status, row.status];
      await this.audit.append(manager, actor, {
        action: 'update',
        entityType: 'subscription',
        entityId: id,
        changes,
      });
      return row;
    });
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.db, async (manager) => {
      const { secret: _secret, ...before } = await this.find(actor, id, manager, true);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      await manager.query('DELETE FROM subscriptions WHERE id = $1', [id]);
      await this.audit.append(manager, actor, {
        action: 'delete',
        entityType: 'subscription',
        entityId: id,
        changes: Object.fromEntries(Object.entries(before).map(([k, v]) => [k, [plain(v), null]])),
      });
    });
  }

  /** A new webhook secret, returned once; the old one stops signing at once. */
  rotateSecret(actor: Actor, id: string, ifMatch?: number): Promise<{ secret: string }> {
    return inTransaction(this.db, async (manager) => {
      const before = await this.find(actor, id, manager, true);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      if (before.channel !== 'webhook') {
        throw Problem.conflict('not-a-webhook', 'Only a webhook subscription has a secret.');
      }
      const secret = newWebhookSecret();
      await manager.query(
        `UPDATE subscriptions SET secret = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1`,
        [id, secret, actor.id],
      );
      await this.audit.append(manager, actor, {
        action: 'subscription.rotate-secret',
        entityType: 'subscription',
        entityId: id,
        changes: { version: [before.version, before.version + 1], secret: ['***', '***'] },
      });
      return { secret };
    });
  }

  async deliveries(actor: Actor, id: string, query: { limit?: number; cursor?: string; sort?: string }) {
    await this.find(actor, id);
    const params = new SqlParams();
    const where = [`d.subscription_id = ${params.p(id)}`];
    const ks = keyset(
      query,
      { createdAt: { expr: 'd.created_at', type: 'timestamptz' } },
      '-createdAt',
      'd.id',
      params,
    );
    if (ks.after) where.push(ks.after);
    const limit = query.limit ?? 50;
    const rows = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS}, ${ks.select} FROM deliveries d LEFT JOIN notification_events e ON e.id = d.event_id
        WHERE ${where.join(' AND ')} ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, ks, (row) => row);
  }

  async delivery(actor: Actor, id: string, deliveryId: string): Promise<Row> {
    await this.find(actor, id);
    const [row] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries d LEFT JOIN notification_events e ON e.id = d.event_id
        WHERE d.id = $1 AND d.subscription_id = $2`,
      [deliveryId, id],
    );
    if (!row) throw Problem.notFound('Delivery', deliveryId);
    row.attempts = await this.db.query(
      `SELECT a.attempt, a.at, a.ok, a.status_code AS "statusCode", a.detail, a.duration_ms AS "durationMs"
         FROM delivery_attempts a WHERE a.delivery_id = $1 ORDER BY a.attempt`,
      [deliveryId],
    );
    return row;
  }

  /** The channel's rules for target, digest and clearance: a 400 listing each broken one. */
  private check(actor: Actor, state: SubscriptionState): SubscriptionState {
    const errors: FieldError[] = [];
    const isAdmin = actor.roles.includes('admin');
    let target = state.target;
    if (state.channel === 'inbox' && target !== null)
      errors.push({ field: 'target', message: 'must be absent for the inbox' });
    if (state.channel === 'email') {
      const normalized = normalizeEmail(target ?? '');
      if ('error' in normalized)
        errors.push({ field: 'target', message: `must be an email address (${normalized.error})` });
      else {
        target = normalized.email;
        if (!isAdmin && target !== normalizeEmailOrSelf(actor.email)) {
          errors.push({ field: 'target', message: 'must be your own email address' });
        }
      }
    }
    if (state.channel === 'webhook') {
      const problem = webhookUrlProblem(target, this.config.webhookAllowPrivate);
      if (problem) errors.push({ field: 'target', message: problem });
      if (rank(state.clearance) > rank(actor.clearance)) {
        errors.push({ field: 'clearance', message: `must not exceed your clearance (${actor.clearance})` });
      }
    } else if (state.clearance !== null) {
      errors.push({ field: 'clearance', message: 'applies to webhooks only' });
    }
    if (state.digest && state.channel !== 'email')
      errors.push({ field: 'digest', message: 'applies to email only' });
    if (errors.length)
      throw Problem.badRequest(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    return { ...state, target };
  }
}

function normalizeEmailOrSelf(email: string): string {
  const n = normalizeEmail(email);
  return 'email' in n ? n.email : email;
}

/** Why a webhook URL is refused, or null (the channel checks the address it resolves to). */
export function webhookUrlProblem(target: string | null, allowPrivate: boolean): string | null {
  if (!target) return 'is required for a webhook (an https URL)';
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'must be an absolute https URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    return allowPrivate ? 'must be an http(s) URL' : 'must be an https URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (url.hash) return 'must not have a fragment';
  return null;
}

/** The filter as stored: facets given, an empty list counting as not given. */
function cleanFilter(filter: object | undefined | null): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter ?? {}).filter(
      ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length),
    ),
  );
}

function plain(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : (v ?? null);
}
