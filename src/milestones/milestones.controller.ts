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
  CreateMilestoneDto,
  MilestoneListQuery,
  MilestonePage,
  MilestoneResponse,
  UpdateMilestoneDto,
} from './dto/milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller(`${API}/milestones`)
export class MilestonesController extends RegisterRoutes({
  permission: Permission.WriteMilestones,
  response: MilestoneResponse,
  update: UpdateMilestoneDto,
  updateProblems: [400, 404, 412, 422],
}) {
  constructor(
    protected readonly service: MilestonesService,
    protected readonly audit: AuditService,
  ) {
    super();
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(MilestonePage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listMilestones', summary: 'List milestones you may see, filtered and paged' })
  list(@CurrentActor() actor: Actor, @Query() query: MilestoneListQuery, @AcceptHeader() accept?: string) {
    return this.service.list(actor, query, accept);
  }

  @IdempotentPost()
  @Authenticated(Permission.WriteMilestones)
  @ApiCreatedResponse({ type: MilestoneResponse })
  @ApiProblems(400, 422)
  @ApiOperation({ operationId: 'createMilestone', summary: 'Create a milestone' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMilestoneDto) {
    return this.service.create(actor, dto);
  }
}
