import { Controller, Get, HttpCode, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../auth/actor';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiProblems, UuidParam } from '../common/http';
import { Problem } from '../common/problem';
import { IMPORT_BODY, ImportResponse, TemplateQuery } from './dto/import.dto';
import { IMPORT_KINDS, ImportKind } from './import.entity';
import { importPermission, ImportsService } from './imports.service';
import { csvTemplate, xlsxTemplate } from './templates';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports')
@Controller(`${API}/imports`)
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @ApiOperation({
    operationId: 'createImport',
    summary: 'Upload a spreadsheet: every row validated, a preview answered, nothing written but the import',
    description:
      'Editors and admins import institutions, summits, documents and signatories; managers and admins milestones and progress. ' +
      'Rows match existing records by natural key (§15); an empty cell leaves a field as it is. A file that is not CSV or XLSX, ' +
      'a zip bomb, more than 100 000 rows, a formula cell, invalid UTF-8 or an unknown column is a 4xx naming what is wrong.',
  })
  @IdempotentPost()
  @Authenticated(Permission.Import)
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_BODY)
  @ApiCreatedResponse({ type: ImportResponse })
  @ApiProblems(400, 413, 415)
  create(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    if (!request.isMultipart())
      throw new Problem(415, 'unsupported-media-type', 'Send the file as multipart/form-data.');
    return this.imports.create(actor, request.parts());
  }

  @ApiOperation({ operationId: 'getImportTemplate', summary: 'A template: header row and one example row' })
  @Get('templates/:kind')
  @Authenticated(Permission.Import)
  @ApiParam({ name: 'kind', enum: IMPORT_KINDS })
  @ApiOkResponse({
    description:
      'XLSX (drop-down lists for enums, a second sheet explaining each column in en, ru, az, kk) or CSV.',
    content: {
      [XLSX]: { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  async template(
    @Param('kind') kind: string,
    @Query() query: TemplateQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!IMPORT_KINDS.includes(kind as ImportKind))
      throw Problem.invalidField('kind', `must be one of ${IMPORT_KINDS.join(', ')}`);
    const csv = query.format === 'csv';
    reply.header('Content-Type', csv ? 'text/csv; charset=utf-8' : XLSX);
    reply.header('Content-Disposition', `attachment; filename="pacta-${kind}.${csv ? 'csv' : 'xlsx'}"`);
    return new StreamableFile(csv ? csvTemplate(kind as ImportKind) : await xlsxTemplate(kind as ImportKind));
  }

  @ApiOperation({ operationId: 'getImport', summary: 'An import: its status, errors, preview and result' })
  @Get(':id')
  @Authenticated(Permission.Import)
  @ApiOkResponse({ type: ImportResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.imports.get(actor, id);
  }

  @ApiOperation({
    operationId: 'applyImport',
    summary: 'Write every row in one transaction, through the API’s own services',
    description:
      'Re-validates first (409 with the new errors, nothing written, when the data changed since the preview); ' +
      'each record’s audit event carries the import id. Applying an applied import → 409 already-applied; an invalid one → 422; ' +
      'one validated more than 24 hours ago → 410 import-expired (a validated import keeps its uploaded file for 24 hours; upload it again).',
  })
  @IdempotentPost(':id/apply')
  @HttpCode(200)
  @Authenticated(Permission.Import)
  @ApiOkResponse({ type: ImportResponse })
  @ApiProblems(
    400,
    404,
    409,
    [410, 'Validated more than 24 hours ago and not applied: its file is gone; upload it again.'],
    422,
  )
  apply(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.imports.apply(actor, id);
  }
}

export { importPermission };
