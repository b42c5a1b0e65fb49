import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { HistoryPage } from '../audit/dto/audit.dto';
import { AsOfQuery } from '../common/dto/as-of.dto';
import { TransitionDto } from '../common/dto/transition.dto';
import { parseIfMatch } from '../common/etag';
import { API, ApiIfMatch, ApiProblems, UuidParam } from '../common/http';
import { TransitionHistoryItem } from '../common/openapi';
import { PageQuery } from '../common/paging';
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
export class MilestonesController {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated(Permission.Read)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: MilestonePage,
    description: 'A page; with ?format=csv or Accept: text/csv, every match as CSV.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: MilestoneListQuery, @Headers('accept') accept?: string) {
    return this.milestones.list(actor, query, accept);
  }

  @Post()
  @Authenticated(Permission.WriteMilestones)
  @ApiCreatedResponse({ type: MilestoneResponse })
  @ApiProblems(400, 422)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMilestoneDto) {
    return this.milestones.create(actor, dto);
  }

  @Get(':id')
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: MilestoneResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: AsOfQuery) {
    return query.asOf ? this.milestones.asOf(actor, id, query.asOf) : this.milestones.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(Permission.WriteMilestones)
  @ApiIfMatch()
  @ApiOkResponse({ type: MilestoneResponse })
  @ApiProblems(400, 404, 412, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateMilestoneDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.milestones.update(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated(Permission.WriteMilestones)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.milestones.remove(actor, id, parseIfMatch(ifMatch));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated(Permission.WriteMilestones)
  @ApiIfMatch()
  @ApiOkResponse({ type: MilestoneResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.milestones.transition(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Get(':id/transitions')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: [TransitionHistoryItem] })
  @ApiProblems(400, 404)
  transitions(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.milestones.register.statusHistory(actor, id);
  }

  @Get(':id/history')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: HistoryPage })
  @ApiProblems(400, 404)
  async history(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() page: PageQuery) {
    await this.milestones.register.findVisible(actor, id);
    return this.audit.history(id, page);
  }
}
