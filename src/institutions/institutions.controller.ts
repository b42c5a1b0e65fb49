import { exportColumns, listOrExport } from '../common/csv-export';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { AcceptHeader, API, ApiListResponse, ApiProblems } from '../common/http';
import { RegisterRoutes } from '../registers/register-routes';
import {
  CreateInstitutionDto,
  InstitutionListQuery,
  InstitutionPage,
  InstitutionResponse,
  UpdateInstitutionDto,
} from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

/** The columns of an institutions export. */
const INSTITUTION_COLUMNS = exportColumns(InstitutionResponse);

@ApiTags('institutions')
@Controller(`${API}/institutions`)
export class InstitutionsController extends RegisterRoutes({
  permission: Permission.WriteRegisters,
  response: InstitutionResponse,
  update: UpdateInstitutionDto,
  updateProblems: [400, 404, 409, 412, 422],
}) {
  constructor(
    protected readonly service: InstitutionsService,
    protected readonly audit: AuditService,
  ) {
    super();
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(InstitutionPage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listInstitutions', summary: 'List institutions, filtered and paged' })
  list(@CurrentActor() actor: Actor, @Query() query: InstitutionListQuery, @AcceptHeader() accept?: string) {
    return listOrExport(query, accept, 'institutions', INSTITUTION_COLUMNS, (q) =>
      this.service.list(actor, q),
    );
  }

  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: InstitutionResponse })
  @ApiProblems(400, 409, 422)
  @ApiOperation({ operationId: 'createInstitution', summary: 'Register an institution' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInstitutionDto) {
    return this.service.create(actor, dto);
  }
}
