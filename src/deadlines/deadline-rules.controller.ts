import { exportColumns, listOrExport } from '../common/csv-export';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { AcceptHeader, API, ApiListResponse, ApiProblems } from '../common/http';
import { RegisterRoutes } from '../registers/register-routes';
import { DeadlineRulesService } from './deadline-rules.service';
import {
  CreateDeadlineRuleDto,
  DeadlineRuleListQuery,
  DeadlineRulePage,
  DeadlineRuleResponse,
  UpdateDeadlineRuleDto,
} from './dto/deadline-rule.dto';

/** The columns of a deadline rules export. */
const DEADLINE_RULE_COLUMNS = exportColumns(DeadlineRuleResponse);

@ApiTags('deadline-rules')
@Controller(`${API}/deadline-rules`)
export class DeadlineRulesController extends RegisterRoutes({
  permission: Permission.WriteRegisters,
  response: DeadlineRuleResponse,
  update: UpdateDeadlineRuleDto,
  updateProblems: [400, 404, 412],
}) {
  constructor(
    protected readonly service: DeadlineRulesService,
    protected readonly audit: AuditService,
  ) {
    super();
  }

  @ApiOperation({ operationId: 'listDeadlineRules', summary: 'List statutory deadline rules' })
  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(DeadlineRulePage, { exports: true })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: DeadlineRuleListQuery, @AcceptHeader() accept?: string) {
    return listOrExport(query, accept, 'deadline-rules', DEADLINE_RULE_COLUMNS, (q) =>
      this.service.list(actor, q),
    );
  }

  @ApiOperation({ operationId: 'createDeadlineRule', summary: 'Create a statutory deadline rule' })
  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: DeadlineRuleResponse })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateDeadlineRuleDto) {
    return this.service.create(actor, dto);
  }
}
