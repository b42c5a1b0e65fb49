import { exportColumns, ListPageQuery, listOrExport } from '../common/csv-export';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { AcceptHeader, API, ApiListResponse, ApiProblems, UuidParam } from '../common/http';
import { Problem } from '../common/problem';
import {
  CreateSignatoryDto,
  RemoveSignatoryQuery,
  SignatoryPage,
  SignatoryResponse,
} from './dto/signatory.dto';
import { SignatoriesService } from './signatories.service';

/** The columns of a signatories export. */
const SIGNATORY_EXPORT_COLUMNS = exportColumns(SignatoryResponse);

/** A signatory id that is not a UUID is a 400 naming signatoryId. */
export const SignatoryIdParam = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Problem.invalidField('signatoryId', 'must be a UUID'),
});

@ApiTags('documents')
@Controller(`${API}/documents/:id/signatories`)
export class SignatoriesController {
  constructor(private readonly signatories: SignatoriesService) {}

  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(SignatoryPage, { exports: true })
  @ApiProblems(400, 404)
  @ApiOperation({ operationId: 'listSignatories', summary: 'The signatories of a document' })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ListPageQuery,
    @AcceptHeader() accept?: string,
  ) {
    return listOrExport(query, accept, 'signatories', SIGNATORY_EXPORT_COLUMNS, (q) =>
      this.signatories.list(actor, id, q),
    );
  }

  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiCreatedResponse({ type: SignatoryResponse })
  @ApiProblems(400, 404, 422)
  @ApiOperation({ operationId: 'addSignatory', summary: 'Add a signatory to a document' })
  add(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Body() dto: CreateSignatoryDto) {
    return this.signatories.add(actor, id, dto);
  }

  @Delete(':signatoryId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; the audit log keeps it.' })
  @Authenticated(Permission.WriteRegisters)
  @ApiProblems(400, 404, 422)
  @ApiOperation({ operationId: 'removeSignatory', summary: 'Remove a signatory from a document' })
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('signatoryId', SignatoryIdParam) signatoryId: string,
    @Query() query: RemoveSignatoryQuery,
  ) {
    return this.signatories.remove(actor, id, signatoryId, query.reason);
  }
}
