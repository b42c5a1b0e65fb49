import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { exportFormat } from '../common/csv-export';
import { AcceptHeader, API, ApiListResponse, ApiProblems } from '../common/http';
import { RegisterRoutes } from '../registers/register-routes';
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
export class DocumentsController extends RegisterRoutes({
  permission: Permission.WriteRegisters,
  response: DocumentResponse,
  detail: {
    type: DocumentDetailResponse,
    description: 'With asOf: the document as it stood then (no signatories or summit).',
  },
  update: UpdateDocumentDto,
  updateProblems: [400, 404, 409, 412, 422],
}) {
  constructor(
    protected readonly service: DocumentsService,
    protected readonly audit: AuditService,
  ) {
    super();
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(DocumentPage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listDocuments', summary: 'List documents you may see, filtered and paged' })
  list(@CurrentActor() actor: Actor, @Query() query: DocumentListQuery, @AcceptHeader() accept?: string) {
    const format = exportFormat(query.format, accept);
    return format ? this.service.export(actor, query, format) : this.service.list(actor, query);
  }

  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiProblems(400, 409, 422)
  @ApiOperation({ operationId: 'createDocument', summary: 'Register a document' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateDocumentDto) {
    return this.service.create(actor, dto);
  }
}
