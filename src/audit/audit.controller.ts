import { listOrExport } from '../common/csv-export';
import { Readable } from 'node:stream';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CSV_BOM, csvLine } from '../common/csv';
import { AcceptHeader, API, ApiListResponse, ApiProblems } from '../common/http';
import { AuditService, AuditEventView } from './audit.service';
import {
  AUDIT_EVENT_COLUMNS,
  AuditExportQuery,
  AuditListQuery,
  HistoryPage,
  VerifyResponse,
} from './dto/audit.dto';

const CSV_COLUMNS = [
  'id',
  'occurredAt',
  'actorId',
  'actorEmail',
  'action',
  'entityType',
  'entityId',
  'changes',
  'reason',
  'requestId',
  'hash',
  'prevHash',
];

function csvRow(e: AuditEventView): string {
  return csvLine([
    e.id,
    e.occurredAt,
    e.actor.id,
    e.actor.email,
    e.action,
    e.entityType,
    e.entityId,
    JSON.stringify(e.changes),
    e.reason,
    e.requestId,
    e.hash,
    e.prevHash,
  ]);
}

@ApiTags('audit')
@Controller(`${API}/audit-events`)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated(Permission.ReadAudit)
  @ApiListResponse(HistoryPage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listAuditEvents', summary: 'List audit events you may see, oldest first' })
  list(@CurrentActor() actor: Actor, @Query() query: AuditListQuery, @AcceptHeader() accept?: string) {
    return listOrExport(query, accept, 'audit-events', AUDIT_EVENT_COLUMNS, (q) => {
      const { limit, cursor, sort: _sort, format: _format, ...filter } = q;
      return this.audit.list(actor, filter, { limit, cursor });
    });
  }

  @Get('verify')
  @Authenticated(Permission.ReadAudit)
  @ApiOkResponse({ type: VerifyResponse })
  @ApiProblems()
  @ApiOperation({
    operationId: 'verifyAuditEvents',
    summary: 'Check the hash chain of the whole audit log',
    description:
      'Every event is checked, whoever asks; the answer speaks only of the events your clearance lets you see: `checked` counts them, and `firstInvalidId` is given only when the first broken event is one of them (`valid` still covers the whole chain).',
  })
  verify(@CurrentActor() actor: Actor) {
    return this.audit.verify(actor);
  }

  @Get('export')
  @Authenticated(Permission.ReadAudit)
  @ApiOkResponse({
    description:
      'The filtered events, streamed, oldest first: one JSON event per line (format=jsonl), or CSV (format=csv).',
    content: {
      'application/x-ndjson': { schema: { type: 'string' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'exportAuditEvents', summary: 'Download audit events as JSON lines or CSV' })
  async export(@CurrentActor() actor: Actor, @Query() query: AuditExportQuery, @Res() reply: FastifyReply) {
    const { limit: _l, cursor: _c, sort: _s, format = 'jsonl', ...filter } = query;
    const events = this.audit.stream(actor, filter)[Symbol.asyncIterator]();
    // The first batch is read before the answer starts, so that a query that fails is still a
    // problem answer rather than a 200 whose body breaks off.
    const first = await events.next();
    async function* lines(): AsyncGenerator<string> {
      if (format === 'csv') yield CSV_BOM + csvLine(CSV_COLUMNS);
      for (let next = first; !next.done; next = await events.next())
        yield format === 'csv' ? csvRow(next.value) : `${JSON.stringify(next.value)}\n`;
    }
    reply
      .header(
        'Content-Type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      )
      .header('Content-Disposition', `attachment; filename="audit-events.${format}"`)
      .send(Readable.from(lines()));
  }
}
