import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiProblems } from '../common/http';
import { DashboardQuery, DashboardResponse } from './dto/dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller(`${API}/dashboard`)
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('milestones')
  @Authenticated(Permission.Read)
  @ApiOkResponse({
    type: DashboardResponse,
    description:
      'Counts by status, the overdue and due-soon milestones, and views by document, summit, sector and owner — only what your clearance shows.',
  })
  @ApiProblems(400)
  @ApiOperation({
    operationId: 'getMilestoneDashboard',
    summary: 'Milestone counts, overdue and due-soon lists, and grouped views',
  })
  milestones(@CurrentActor() actor: Actor, @Query() query: DashboardQuery) {
    return this.dashboard.milestones(actor, query);
  }
}
