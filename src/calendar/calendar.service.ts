import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { SqlParams } from '../common/paging';
import { itemUrl } from '../common/links';
import { Row } from '../registers/register';
import { documentVisibility, milestoneVisibility } from '../auth/clearance';
import { countrySql, progressSql } from '../milestones/milestone.sql';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { CalendarQuery } from './dto/calendar.dto';
import { contentLine, escapeText, icsDate, icsInstant } from './ical';

const BATCH = 500;

const SUMMIT_STATUS: Record<string, string> = {
  planned: 'TENTATIVE',
  postponed: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/**
 * The iCalendar feed (RFC 5545): one all-day event per summit and per milestone due date,
 * only what the actor may see, streamed in keyset batches so that a large register is never
 * held in memory.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  feed(actor: Actor, query: CalendarQuery): StreamableFile {
    return new StreamableFile(Readable.from(this.lines(actor, query)), {
      type: 'text/calendar; charset=utf-8',
      disposition: 'inline; filename="pacta.ics"',
    });
  }

  async *lines(actor: Actor, query: CalendarQuery): AsyncGenerator<string> {
    yield* [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Pacta//Pacta agreements register 1.0//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Pacta',
      'X-PUBLISHED-TTL:PT1H',
    ].map(contentLine);
    for await (const row of this.batches((p, after) => this.summitsSql(actor, query, p, after)))
      yield this.summitEvent(row);
    for await (const row of this.batches((p, after) => this.milestonesSql(actor, query, p, after))) {
      yield this.milestoneEvent(row);
    }
    yield contentLine('END:VCALENDAR');
  }

  private async *batches(build: (params: SqlParams, after: string | null) => string): AsyncGenerator<Row> {
    let after: string | null = null;
    for (;;) {
      const params = new SqlParams();
      const rows: Row[] = await this.dataSource.query(build(params, after), params.values);
      yield* rows;
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  private summitsSql(actor: Actor, query: CalendarQuery, params: SqlParams, after: string | null): string {
    const where: string[] = [];
    if (after) where.push(`s.id > ${params.p(after)}`);
    if (query.country?.length) where.push(`s.countries && ${params.p(query.country)}::text[]`);
    if (query.from) where.push(`s.ends_on >= ${params.p(query.from)}::date`);
    if (query.to) where.push(`s.starts_on <= ${params.p(query.to)}::date`);
    if (query.sector?.length) {
      // A summit is in a sector through what was agreed there: its documents and their milestones,
      // counting only those the actor may see.
      const sectors = params.p(query.sector);
      where.push(`(EXISTS (SELECT 1 FROM documents d WHERE d.summit_id = s.id AND ${documentVisibility(actor, params, 'd')} AND d.sectors && ${sectors}::text[])
        OR EXISTS (SELECT 1 FROM milestones sm LEFT JOIN documents sd ON sd.id = sm.document_id
                    WHERE (sm.summit_id = s.id OR sd.summit_id = s.id) AND ${milestoneVisibility(actor, params, 'sm')}
                      AND sm.sector = ANY(${sectors}::text[])))`);
    }
    return `SELECT s.id, s.title, s.location, s.summary, s.countries, s.status, s.version, s.updated_at AS "updatedAt",
        s.starts_on AS "startsOn", (s.ends_on + 1) AS "endsAfter"
      FROM summits s ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.id LIMIT ${BATCH}`;
  }

  private milestonesSql(actor: Actor, query: CalendarQuery, params: SqlParams, after: string | null): string {
    const where = [milestoneVisibility(actor, params, 'm')];
    if (after) where.push(`m.id > ${params.p(after)}`);
    if (query.country?.length) where.push(countrySql('m', params.p(query.country)));
    if (query.sector?.length) where.push(`m.sector = ANY(${params.p(query.sector)}::text[])`);
    if (query.from) where.push(`m.due_on >= ${params.p(query.from)}::date`);
    if (query.to) where.push(`m.due_on <= ${params.p(query.to)}::date`);
    return `SELECT m.id, m.title, m.description, m.status, m.sector, m.version, m.updated_at AS "updatedAt",
        m.due_on AS "dueOn", (m.due_on + 1) AS "dueAfter", (${progressSql('m')})::float8 AS "progressPercent"
      FROM milestones m WHERE ${where.join(' AND ')} ORDER BY m.id LIMIT ${BATCH}`;
  }

  private summitEvent(s: Row): string {
    const description = [s.summary, `Participants: ${s.countries.join(', ')}`, `Status: ${s.status}`]
      .filter(Boolean)
      .join('\n');
    return this.event([
      `UID:summit-${s.id}@pacta`,
      `DTSTAMP:${icsInstant(s.updatedAt)}`,
      `LAST-MODIFIED:${icsInstant(s.updatedAt)}`,
      `SEQUENCE:${s.version - 1}`,
      `DTSTART;VALUE=DATE:${icsDate(s.startsOn)}`,
      `DTEND;VALUE=DATE:${icsDate(s.endsAfter)}`,
      `SUMMARY:${escapeText(s.title)}`,
      `LOCATION:${escapeText(s.location)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${SUMMIT_STATUS[s.status] ?? 'CONFIRMED'}`,
      `URL:${itemUrl(this.config.publicUrl, 'summits', s.id)}`,
      'CATEGORIES:Summit',
      'TRANSP:TRANSPARENT',
    ]);
  }

  private milestoneEvent(m: Row): string {
    const description = [
      m.description,
      `Status: ${m.status}`,
      m.progressPercent === null ? null : `Progress: ${m.progressPercent}%`,
      m.sector ? `Sector: ${m.sector}` : null,
    ]
      .filter((x) => x !== null && x !== undefined && x !== '')
      .join('\n');
    return this.event([
      `UID:milestone-${m.id}@pacta`,
      `DTSTAMP:${icsInstant(m.updatedAt)}`,
      `LAST-MODIFIED:${icsInstant(m.updatedAt)}`,
      `SEQUENCE:${m.version - 1}`,
      `DTSTART;VALUE=DATE:${icsDate(m.dueOn)}`,
      `DTEND;VALUE=DATE:${icsDate(m.dueAfter)}`,
      `SUMMARY:${escapeText(`Milestone due: ${m.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      `URL:${itemUrl(this.config.publicUrl, 'milestones', m.id)}`,
      'CATEGORIES:Milestone',
      'TRANSP:TRANSPARENT',
    ]);
  }

  private event(lines: string[]): string {
    return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].map(contentLine).join('');
  }
}
