import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Delete, Get, HttpCode, Param, Patch, Query, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import type { AuditService } from '../audit/audit.service';
import { AUDIT_EVENT_COLUMNS, HistoryPage } from '../audit/dto/audit.dto';
import { ListPageQuery, listOrExport } from '../common/csv-export';
import { AsOfQuery } from '../common/dto/as-of.dto';
import { TransitionDto } from '../common/dto/transition.dto';
import { parseIfMatch } from '../common/etag';
import { AcceptHeader, ApiIfMatch, ApiListResponse, ApiProblems, IfMatch, UuidParam } from '../common/http';
import { TransitionHistoryItem } from '../common/openapi';
import type { Register, Row } from './register';
import type { TransitionRequest } from '../common/workflow';

/** What a register's service offers the shared routes. */
export interface RegisterRoutesService {
  readonly register: Register;
  get(actor: Actor, id: string): Promise<Row>;
  /** Its own as-of read, when the row needs reshaping; otherwise the register's. */
  asOf?(actor: Actor, id: string, asOf: string): Promise<Row>;
  update(actor: Actor, id: string, dto: object, ifMatch?: number): Promise<Row>;
  transition(actor: Actor, id: string, request: TransitionRequest, ifMatch?: number): Promise<Row>;
  remove(actor: Actor, id: string, ifMatch?: number): Promise<void>;
}

export interface RegisterRoutesOptions {
  /** Needed to change the entity (PATCH, DELETE, transitions); reads need Read or ReadHistory. */
  permission: Permission;
  /** The entity as PATCH and transitions answer it (and GET :id, unless `detail`). */
  response: Type;
  /** GET :id's richer answer, if it has one. */
  detail?: { type: Type; description: string };
  /** PATCH's body: a class, so that the global ValidationPipe validates it. */
  update: Type;
  /** PATCH's problem answers (beside 401/403/503). */
  updateProblems: number[];
}

/**
 * The routes every register shares, on `:id`: read (with ?asOf), update and delete (with
 * If-Match), transitions and their history, the audit history. A controller extends the class
 * this returns, sets `service` and `audit` in its constructor and adds its own list and create.
 */
export function RegisterRoutes(options: RegisterRoutesOptions) {
  // Operation ids and summaries from the response's name: DocumentResponse → getDocument, "a document".
  const One = options.response.name.replace(/Response$/, '');
  const one = `${/^[AEIOU]/.test(One) ? 'an' : 'a'} ${One.toLowerCase()}`;
  const operation = (operationId: string, summary: string) => ApiOperation({ operationId, summary });

  abstract class RegisterController {
    protected abstract readonly service: RegisterRoutesService;
    protected abstract readonly audit: AuditService;

    @Get(':id')
    @Authenticated(Permission.Read)
    @ApiOkResponse(options.detail ?? { type: options.response })
    @ApiProblems(400, 404)
    @operation(`get${One}`, `Read ${one} (with asOf: as it stood then)`)
    get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: AsOfQuery) {
      if (!query.asOf) return this.service.get(actor, id);
      return this.service.asOf
        ? this.service.asOf(actor, id, query.asOf)
        : this.service.register.asOf(actor, id, query.asOf);
    }

    @Patch(':id')
    @Authenticated(options.permission)
    @ApiIfMatch()
    @ApiOkResponse({ type: options.response })
    @ApiProblems(...options.updateProblems)
    @operation(`update${One}`, `Change fields of ${one}`)
    update(
      @CurrentActor() actor: Actor,
      @Param('id', UuidParam) id: string,
      @Body() dto: object,
      @IfMatch() ifMatch?: string,
    ) {
      return this.service.update(actor, id, dto, parseIfMatch(ifMatch));
    }

    @Delete(':id')
    @HttpCode(204)
    @ApiNoContentResponse({ description: 'Deleted; the audit log keeps what it was.' })
    @Authenticated(options.permission)
    @ApiIfMatch()
    @ApiProblems(400, 404, 409, 412)
    @operation(`delete${One}`, `Delete ${one} (only in its first status)`)
    remove(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @IfMatch() ifMatch?: string) {
      return this.service.remove(actor, id, parseIfMatch(ifMatch));
    }

    @IdempotentPost(':id/transitions')
    @HttpCode(200)
    @Authenticated(options.permission)
    @ApiIfMatch()
    @ApiOkResponse({ type: options.response })
    @ApiProblems(400, 404, 409, 412, 422)
    @operation(`transition${One}`, `Move ${one} to another status`)
    transition(
      @CurrentActor() actor: Actor,
      @Param('id', UuidParam) id: string,
      @Body() dto: TransitionDto,
      @IfMatch() ifMatch?: string,
    ) {
      return this.service.transition(actor, id, dto, parseIfMatch(ifMatch));
    }

    @Get(':id/transitions')
    @Authenticated(Permission.ReadHistory)
    @ApiOkResponse({ type: [TransitionHistoryItem] })
    @ApiProblems(400, 404)
    @operation(`list${One}Transitions`, `The status history of ${one}, oldest first`)
    transitions(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
      return this.service.register.statusHistory(actor, id);
    }

    @Get(':id/history')
    @Authenticated(Permission.ReadHistory)
    @ApiListResponse(HistoryPage, { exports: true })
    @ApiProblems(400, 404)
    @operation(`list${One}History`, `The audit events of ${one}, oldest first`)
    async history(
      @CurrentActor() actor: Actor,
      @Param('id', UuidParam) id: string,
      @Query() query: ListPageQuery,
      @AcceptHeader() accept?: string,
    ) {
      const register = this.service.register;
      await register.findVisible(actor, id);
      return listOrExport(
        query,
        accept,
        `${register.config.entityType}-${id}-history`,
        AUDIT_EVENT_COLUMNS,
        (q) => this.audit.history(actor, register.config.entityType, id, q),
      );
    }
  }

  // The emitted type of `dto` is Object, which the ValidationPipe skips and OpenAPI cannot
  // describe: name the feature's update DTO instead.
  Reflect.defineMetadata(
    'design:paramtypes',
    [Actor, String, options.update, String],
    RegisterController.prototype,
    'update',
  );
  return RegisterController;
}
