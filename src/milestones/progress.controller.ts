import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiProblems, UuidParam } from '../common/http';
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
  report(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Body() dto: CreateProgressDto) {
    return this.progress.report(actor, id, dto);
  }

  @Get()
  @Authenticated(Permission.Read)
  @ApiOkResponse({
    type: ProgressPage,
    description: 'Newest first: asOf descending, then the last reported.',
  })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: ProgressListQuery) {
    return this.progress.list(actor, id, query);
  }
}
