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
export class SummitsController {
  constructor(
    private readonly summits: SummitsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated(Permission.Read)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: SummitPage,
    description: 'JSON page, or with ?format=csv / Accept: text/csv every matching row as CSV.',
  })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: SummitListQuery, @Headers('accept') accept?: string) {
    return wantsCsv(query.format, accept)
      ? this.summits.exportCsv(actor, query)
      : this.summits.list(actor, query);
  }

  @Post()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: SummitResponse })
  @ApiProblems(400, 422)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSummitDto) {
    return this.summits.create(actor, dto);
  }

  @Get(':id')
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: SummitResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: AsOfQuery) {
    return query.asOf ? this.summits.register.asOf(actor, id, query.asOf) : this.summits.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: SummitResponse })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateSummitDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.summits.update(actor, id, dto, parseIfMatch(ifMatch));
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
    return this.summits.remove(actor, id, parseIfMatch(ifMatch));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: SummitResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.summits.transition(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Get(':id/transitions')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: [TransitionHistoryItem] })
  @ApiProblems(400, 404)
  transitions(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.summits.register.statusHistory(actor, id);
  }

  @Get(':id/history')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: HistoryPage })
  @ApiProblems(400, 404)
  async history(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() page: PageQuery) {
    await this.summits.register.findVisible(actor, id);
    return this.audit.history(id, page);
  }
}
