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
import {
  CreateSummitDto,
  SummitListQuery,
  SummitPage,
  SummitResponse,
  UpdateSummitDto,
} from './dto/summit.dto';
import { SummitsService } from './summits.service';

@ApiTags('summits')
@Controller(`${API}/summits`)
export class SummitsController extends RegisterRoutes({
  permission: Permission.WriteRegisters,
  response: SummitResponse,
  update: UpdateSummitDto,
  updateProblems: [400, 404, 412],
}) {
  constructor(
    protected readonly service: SummitsService,
    protected readonly audit: AuditService,
  ) {
    super();
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(SummitPage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listSummits', summary: 'List summits you may see, filtered and paged' })
  list(@CurrentActor() actor: Actor, @Query() query: SummitListQuery, @AcceptHeader() accept?: string) {
    const format = exportFormat(query.format, accept);
    return format ? this.service.export(actor, query, format) : this.service.list(actor, query);
  }

  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: SummitResponse })
  @ApiProblems(400, 422)
  @ApiOperation({ operationId: 'createSummit', summary: 'Register a summit' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSummitDto) {
    return this.service.create(actor, dto);
  }
}
