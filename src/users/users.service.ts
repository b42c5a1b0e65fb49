import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { SessionService } from '../auth/session.service';
import { TokenService } from '../auth/token.service';
import { AuditService, Changes } from '../audit/audit.service';
import { keysetPage, PageQuery, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { type FieldSpec, patchSets, Row, writeRow, type WriteTarget } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { normalizeEmail } from './email';
import { hashPassword } from './passwords';

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.roles, u.clearance, u.disabled, u.version,
  u.created_at AS "createdAt", u.updated_at AS "updatedAt", u.created_by AS "createdBy", u.updated_by AS "updatedBy"`;

/** The fields an admin changes, by response name (the password is handled apart: it is never read back). */
const FIELDS: Record<string, FieldSpec> = {
  displayName: { column: 'display_name' },
  roles: { column: 'roles' },
  clearance: { column: 'clearance' },
  disabled: { column: 'disabled' },
};

/** Users are written through the registers' write path (registers/register.ts writeRow). */
const USERS: WriteTarget = {
  table: 'users u',
  selectList: USER_COLUMNS,
  config: { alias: 'u', entityType: 'user' },
};

/** Changes that end the user's browser sessions (disabled only when it becomes true). */
const SESSION_ENDING = ['disabled', 'roles', 'clearance', 'password'];

function present(row: Row): Row {
  return { ...row, status: row.disabled ? 'disabled' : 'active' };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
  ) {}

  async get(id: string): Promise<Row> {
    const rows = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.id <> $2`,
      [id, Actor.SYSTEM_ID],
    );
    if (!rows[0]) throw Problem.notFound('User', id);
    return present(rows[0]);
  }

  async list(query: PageQuery) {
    const params = new SqlParams();
    const where = [`u.id <> ${params.p(Actor.SYSTEM_ID)}`];
    return keysetPage(
      this.dataSource,
      {
        select: USER_COLUMNS,
        from: 'users u',
        where,
        params,
        page: query,
        sortable: {
          email: { expr: 'u.email', type: 'text' },
          createdAt: { expr: 'u.created_at', type: 'timestamptz' },
        },
        defaultSort: 'email',
        idExpr: 'u.id',
      },
      present,
    );
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<Row> {
    // Also for the configured first admin and the seed, which do not pass through the DTO.
    const email = normalizeEmail(dto.email);
    if ('error' in email) throw Problem.invalidField('email', email.error);
    const passwordHash = await hashPassword(dto.password);
    return inTransaction(this.dataSource, async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO users AS u (email, display_name, password_hash, roles, clearance, disabled, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${USER_COLUMNS}`,
        [
          email.email,
          dto.displayName,
          passwordHash,
          dto.roles,
          dto.clearance ?? 'public',
          dto.disabled ?? false,
          actor.id,
        ],
      );
      const changes: Changes = { password: [null, '(set)'] };
      for (const [field, value] of Object.entries(row))
        changes[field] = [null, value instanceof Date ? value.toISOString() : value];
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'user',
        entityId: row.id,
        changes,
      });
      return present(row);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto, ifMatch?: number): Promise<Row> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const result = await inTransaction(this.dataSource, async (manager) => {
      const dropsAdmin = dto.disabled === true || (dto.roles !== undefined && !dto.roles.includes('admin'));
      // Changes that can remove an admin take turns (one lock for all of them), so that two admins
      // demoting each other at once cannot both see the other one still standing.
      if (dropsAdmin) await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pacta.users.admins'))`);
      const [before] = await manager.query(
        `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.id <> $2 FOR UPDATE`,
        [id, Actor.SYSTEM_ID],
      );
      if (!before) throw Problem.notFound('User', id);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      if (id === actor.id && (dto.disabled === true || (dto.roles && !dto.roles.includes('admin')))) {
        throw Problem.unprocessable('Admins cannot disable themselves or drop their own admin role.');
      }
      if (dropsAdmin && before.roles.includes('admin') && !before.disabled) {
        const [{ actorIsAdmin, othersLeft }] = await manager.query(
          `SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND 'admin' = ANY(roles) AND NOT disabled) AS "actorIsAdmin",
                  (SELECT count(*)::int FROM users WHERE id <> $2 AND id <> $3 AND 'admin' = ANY(roles) AND NOT disabled) AS "othersLeft"`,
          [actor.id, id, Actor.SYSTEM_ID],
        );
        // Demoted meanwhile by another admin: the guard let this request in, the register does not.
        if (!actorIsAdmin && actor.id !== Actor.SYSTEM_ID) throw Problem.forbidden();
        if (othersLeft === 0)
          throw Problem.unprocessable('At least one enabled admin must remain.', [
            { field: dto.disabled === true ? 'disabled' : 'roles', message: 'would leave no enabled admin' },
          ]);
      }
      const params = new SqlParams();
      const { sets, changes } = patchSets(FIELDS, before, { ...dto, password: undefined }, params);
      if (passwordHash) {
        // Access tokens carry the token version: those issued before the change stop working. The
        // calendar feed token is a credential too (a password is changed because it leaked): revoked.
        sets.push(
          `password_hash = ${params.p(passwordHash)}`,
          'token_version = token_version + 1',
          'feed_token_hash = NULL',
        );
        changes.password = ['(set)', '(changed)'];
      }
      if (sets.length === 0) return before;
      const after = await writeRow(manager, this.audit, actor, USERS, before, sets, params, changes, {
        action: 'update',
      });
      const revoking = SESSION_ENDING.filter((f) => f in changes && (f !== 'disabled' || after.disabled));
      if (revoking.length) await this.sessions.endAllOf(manager, actor, id, `${revoking.join(', ')} changed`);
      return after;
    });
    this.tokens.forget(id);
    return present(result);
  }

  /**
   * On a start with no users but the system actor, creates the configured admin. Returns the
   * generated password when none was configured, for main to print once.
   */
  async ensureAdmin(
    email: string | null,
    password: string | null,
  ): Promise<{ email: string; password?: string } | null> {
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM users WHERE id <> $1',
      [Actor.SYSTEM_ID],
    );
    if (count > 0 || !email) return null;
    const generated = password ? undefined : randomBytes(18).toString('base64url');
    await this.create(Actor.system(), {
      email,
      displayName: 'Administrator',
      password: password ?? generated!,
      roles: ['admin'],
      clearance: 'confidential',
    }).catch((error) => {
      if (error instanceof Problem && error.status === 409) return null;
      throw error;
    });
    this.logger.log(`created the first admin ${email}`);
    return { email, password: generated };
  }
}
