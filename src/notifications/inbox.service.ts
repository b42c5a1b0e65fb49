import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { classificationVisibility } from '../auth/clearance';
import { keyset, SqlParams, toPage } from '../common/paging';
import { Problem } from '../common/problem';
import { Row } from '../common/register';
import { NotificationListQuery } from './dto/notification.dto';

const COLUMNS = `n.id, n.type, n.occurred_at AS "occurredAt", n.subject, n.data, n.link, n.read_at AS "readAt"`;

/**
 * The in-app inbox: the caller's own notifications, newest first. What was delivered passed the
 * clearance check then; an item also stays hidden while the reader's clearance is now below the
 * classification it was delivered at (after a downgrade nothing already delivered is revealed).
 */
@Injectable()
export class InboxService {
  constructor(private readonly db: DataSource) {}

  private mine(actor: Actor, params: SqlParams): string {
    return `n.user_id = ${params.p(actor.id)} AND ${classificationVisibility(actor, params, 'n.classification')}`;
  }

  async list(actor: Actor, query: NotificationListQuery) {
    const params = new SqlParams();
    const where = [this.mine(actor, params)];
    if (query.unread) where.push('n.read_at IS NULL');
    const ks = keyset(
      query,
      { createdAt: { expr: 'n.seq', type: 'bigint' } },
      '-createdAt',
      'n.seq',
      params,
      'bigint',
    );
    if (ks.after) where.push(ks.after);
    const limit = query.limit ?? 50;
    const [rows, unreadCount] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS}, ${ks.select} FROM notifications n WHERE ${where.join(' AND ')}
          ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
        params.values,
      ),
      this.unreadCount(actor),
    ]);
    return { ...toPage(rows, limit, ks, (row: Row) => row), unreadCount };
  }

  async unreadCount(actor: Actor): Promise<number> {
    const params = new SqlParams();
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM notifications n WHERE ${this.mine(actor, params)} AND n.read_at IS NULL`,
      params.values,
    );
    return count;
  }

  /** Marks one read (a second call keeps the first readAt); 404 when it is not the caller's. */
  async read(actor: Actor, id: string): Promise<Row> {
    const params = new SqlParams();
    const [rows] = await this.db.query(
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now())
        WHERE n.id = ${params.p(id)} AND ${this.mine(actor, params)} RETURNING ${COLUMNS}`,
      params.values,
    );
    if (!rows[0]) throw Problem.notFound('Notification', id);
    return rows[0];
  }

  async readAll(actor: Actor): Promise<{ updated: number }> {
    const params = new SqlParams();
    const [, updated] = await this.db.query(
      `UPDATE notifications n SET read_at = now() WHERE ${this.mine(actor, params)} AND n.read_at IS NULL`,
      params.values,
    );
    return { updated };
  }
}
