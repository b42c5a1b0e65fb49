import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiListResponse, ApiProblems, UuidParam } from '../common/http';
import { CreateProgressDto, ProgressListQuery, ProgressPage, ProgressResponse } from './dto/progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('milestones')
@Controller(`${API}/milestones/:id/progress`)
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @IdempotentPost()
  @Authenticated(Permission.WriteMilestones)
  @ApiCreatedResponse({
    type: ProgressResponse,
    description: 'The report; the milestone’s latestValue and version move on.',
  })
  @ApiProblems(400, 404, 409, 422)
  @ApiOperation({ operationId: 'reportProgress', summary: 'Report progress on a milestone' })
  report(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Body() dto: CreateProgressDto) {
    return this.progress.report(actor, id, dto);
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(ProgressPage, { description: 'Newest first: asOf descending, then the last reported.' })
  @ApiProblems(400, 404)
  @ApiOperation({ operationId: 'listProgress', summary: 'The progress reports of a milestone, newest first' })
  list(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: ProgressListQuery) {
    return this.progress.list(actor, id, query);
  }
}
