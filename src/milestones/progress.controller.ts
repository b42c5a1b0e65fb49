import { exportColumns, listOrExport } from '../common/csv-export';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import {
  AcceptHeader,
  API,
  ApiListResponse,
  ApiProblems,
  EXPORTS_DESCRIPTION,
  UuidParam,
} from '../common/http';
import { CreateProgressDto, ProgressListQuery, ProgressPage, ProgressResponse } from './dto/progress.dto';
import { ProgressService } from './progress.service';

/** The columns of a progress export; `value` is a decimal (a string in JSON), a number in XLSX. */
const PROGRESS_COLUMNS = exportColumns(ProgressResponse, { value: 'number' });

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
  @ApiListResponse(ProgressPage, {
    exports: true,
    description: `Newest first: asOf descending, then the last reported. A page of JSON; ${EXPORTS_DESCRIPTION}`,
  })
  @ApiProblems(400, 404)
  @ApiOperation({ operationId: 'listProgress', summary: 'The progress reports of a milestone, newest first' })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ProgressListQuery,
    @AcceptHeader() accept?: string,
  ) {
    return listOrExport(query, accept, 'progress', PROGRESS_COLUMNS, (q) => this.progress.list(actor, id, q));
  }
}
