import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  CreateInstitutionDto,
  InstitutionListQuery,
  InstitutionPage,
  InstitutionResponse,
  UpdateInstitutionDto,
} from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

@ApiTags('institutions')
@Controller(`${API}/institutions`)
export class InstitutionsController {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: InstitutionPage })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: InstitutionListQuery) {
    return this.institutions.list(actor, query);
  }

  @Post()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: InstitutionResponse })
  @ApiProblems(400, 409, 422)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInstitutionDto) {
    return this.institutions.create(actor, dto);
  }

  @Get(':id')
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: InstitutionResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: AsOfQuery) {
    return query.asOf
      ? this.institutions.register.asOf(actor, id, query.asOf)
      : this.institutions.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: InstitutionResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateInstitutionDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.institutions.update(actor, id, dto, parseIfMatch(ifMatch));
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
    return this.institutions.remove(actor, id, parseIfMatch(ifMatch));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiOkResponse({ type: InstitutionResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.institutions.transition(actor, id, dto, parseIfMatch(ifMatch));
  }

  @Get(':id/transitions')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: [TransitionHistoryItem] })
  @ApiProblems(400, 404)
  transitions(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.institutions.register.statusHistory(actor, id);
  }

  @Get(':id/history')
  @Authenticated(Permission.ReadHistory)
  @ApiOkResponse({ type: HistoryPage })
  @ApiProblems(400, 404)
  async history(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() page: PageQuery) {
    await this.institutions.register.findVisible(actor, id);
    return this.audit.history(id, page);
  }
}
