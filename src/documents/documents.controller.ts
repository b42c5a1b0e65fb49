import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { HistoryPage } from '../audit/dto/audit.dto';
import { wantsCsv } from '../common/csv-export';
import { AsOfQuery } from '../common/dto/as-of.dto';
import { TransitionDto } from '../common/dto/transition.dto';
import { parseIfMatch } from '../common/etag';
import { API, ApiIfMatch, ApiProblems, UuidParam } from '../common/http';
import { TransitionHistoryItem } from '../common/openapi';
import { PageQuery } from '../common/paging';
import { DocumentsService } from './documents.service';
import {
  CreateDocumentDto,
  DocumentDetailResponse,
  DocumentListQuery,
  DocumentPage,
  DocumentResponse,
  UpdateDocumentDto,
} from './dto/document.dto';

@ApiTags('documents')
@Controller(`${API}/documents`)
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated(Permission.Read)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: DocumentPage,
    description: 'JSON page, or with ?format=csv / Accept: text/csv every matching row as CSV.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: DocumentListQuery, @Headers('accept') accept?: string) {
    return wantsCsv(query.format, accept)
      ? this.documents.exportCsv(actor, query)
      : this.documents.list(actor, query);
  }

  @Post()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiProblems(400, 409, 422)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateDocumentDto) {
    return this.documents.create(actor, dto);
  }

  @Get(':id')
  @Authenticated(Permission.Read)
  @ApiOkResponse({
    type: DocumentDetailResponse,
    description: 'With asOf: the document as it stood then (no signatories or summit).',
  })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: AsOfQuery) {
    return query.asOf ? this.documents.asOf(actor, id, query.asOf) : this.documents.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: DocumentResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateDocumentDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.documents.update(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.documents.remove(actor, id, parseIfMatch(ifMatch));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: DocumentResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.documents.transition(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Get(':id/transitions')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: [TransitionHistoryItem] })
  @ApiProblems(400, 404)
  transitions(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.documents.register.statusHistory(actor, id);
  }

  @Get(':id/history')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: HistoryPage })
  @ApiProblems(400, 404)
  async history(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() page: PageQuery) {
    await this.documents.register.findVisible(actor, id);
    return this.audit.history(id, page);
  }
}
