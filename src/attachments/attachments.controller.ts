import { exportColumns, ListPageQuery, listOrExport } from '../common/csv-export';
import {
  applyDecorators,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIfMatch } from '../common/etag';
import {
  AcceptHeader,
  API,
  ApiIfMatch,
  ApiListResponse,
  ApiProblems,
  UuidParam,
  IfMatch,
} from '../common/http';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Problem } from '../common/problem';
import { AttachmentsService, Download, Parts } from './attachments.service';
import {
  AttachmentPage,
  AttachmentResponse,
  BINARY_CONTENT,
  CONTENT_HEADERS,
  ContentQuery,
  UPLOAD_BODY,
  VERSION_BODY,
} from './dto/attachment.dto';

/** The columns of an attachments export (versions as JSON). */
const ATTACHMENT_COLUMNS = exportColumns(AttachmentResponse);

export const AttachmentIdParam = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Problem.invalidField('attachmentId', 'must be a UUID'),
});

export const VersionParam = new ParseIntPipe({
  exceptionFactory: () => Problem.invalidField('n', 'must be a version number'),
});

/** The multipart parts of a request, or 415 when it is not multipart/form-data. */
function parts(request: FastifyRequest): Parts {
  if (!request.isMultipart())
    throw new Problem(415, 'unsupported-media-type', 'Send the file as multipart/form-data.');
  return request.parts();
}

function send(reply: FastifyReply, download: Download): StreamableFile {
  reply.status(download.status).headers(download.headers);
  return new StreamableFile(download.stream);
}

/** A binary download: Range and If-Range in, 200 or 206 with the file's headers out. */
function ApiDownload(what: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'range',
      required: false,
      description: 'One byte range, e.g. bytes=0-1023 (answered 206).',
    }),
    ApiHeader({
      name: 'if-range',
      required: false,
      description: 'The ETag; a Range applies only if it still matches.',
    }),
    ApiOkResponse({ description: what, content: BINARY_CONTENT, headers: CONTENT_HEADERS }),
    ApiResponse({
      status: 206,
      description: 'The requested range.',
      content: BINARY_CONTENT,
      headers: CONTENT_HEADERS,
    }),
    ApiProblems(400, 404, 409, 416),
  );
}

@ApiTags('attachments')
@Controller(`${API}/documents/:id/attachments`)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @ApiOperation({ operationId: 'listAttachments', summary: 'A document’s attachments' })
  @Get()
  @Authenticated(Permission.Read)
  @ApiListResponse(AttachmentPage, { exports: true })
  @ApiProblems(400, 404)
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ListPageQuery,
    @AcceptHeader() accept?: string,
  ) {
    return listOrExport(query, accept, 'attachments', ATTACHMENT_COLUMNS, (q) =>
      this.attachments.list(actor, id, q),
    );
  }

  @ApiOperation({ operationId: 'uploadAttachment', summary: 'Upload a file to a document (multipart)' })
  @IdempotentPost()
  @Authenticated(Permission.WriteRegisters)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({
    type: AttachmentResponse,
    description:
      'Stored with its first version. With Idempotency-Key, the file is not part of the fingerprint.',
  })
  @ApiProblems(400, 404, 413, 415)
  upload(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Req() request: FastifyRequest) {
    return this.attachments.upload(actor, id, parts(request));
  }

  @ApiOperation({ operationId: 'getAttachment', summary: 'An attachment’s metadata and versions' })
  @Get(':attachmentId')
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: AttachmentResponse })
  @ApiProblems(400, 404)
  get(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', AttachmentIdParam) attachmentId: string,
  ) {
    return this.attachments.get(actor, id, attachmentId);
  }

  @ApiOperation({ operationId: 'deleteAttachment', summary: 'Remove an attachment (document in draft only)' })
  @Delete(':attachmentId')
  @HttpCode(204)
  @Authenticated(Permission.WriteRegisters)
  @ApiIfMatch()
  @ApiNoContentResponse({
    description: 'Removed (only while the document is a draft); the audit log keeps it.',
  })
  @ApiProblems(400, 404, 409, 412)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', AttachmentIdParam) attachmentId: string,
    @IfMatch() ifMatch?: string,
  ) {
    return this.attachments.remove(actor, id, attachmentId, parseIfMatch(ifMatch));
  }

  @ApiOperation({
    operationId: 'downloadAttachment',
    summary: 'Download the latest version (Range supported)',
  })
  @Get(':attachmentId/content')
  @Authenticated(Permission.Read)
  @ApiDownload('The latest version’s bytes.')
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', AttachmentIdParam) attachmentId: string,
    @Query() query: ContentQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('range') range?: string,
    @Headers('if-range') ifRange?: string,
  ) {
    return send(
      reply,
      await this.attachments.content(actor, id, attachmentId, undefined, {
        range,
        ifRange,
        verify: query.verify,
      }),
    );
  }

  @ApiOperation({ operationId: 'addAttachmentVersion', summary: 'Upload a new version of an attachment' })
  @IdempotentPost(':attachmentId/versions')
  @Authenticated(Permission.WriteRegisters)
  @ApiConsumes('multipart/form-data')
  @ApiBody(VERSION_BODY)
  @ApiIfMatch()
  @ApiCreatedResponse({
    type: AttachmentResponse,
    description: 'The attachment with its new latest version.',
  })
  @ApiProblems(400, 404, 412, 413, 415)
  addVersion(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', AttachmentIdParam) attachmentId: string,
    @Req() request: FastifyRequest,
    @IfMatch() ifMatch?: string,
  ) {
    return this.attachments.addVersion(actor, id, attachmentId, parts(request), parseIfMatch(ifMatch));
  }

  @ApiOperation({
    operationId: 'downloadAttachmentVersion',
    summary: 'Download one version (Range supported)',
  })
  @Get(':attachmentId/versions/:n/content')
  @Authenticated(Permission.Read)
  @ApiDownload('That version’s bytes.')
  async versionContent(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('attachmentId', AttachmentIdParam) attachmentId: string,
    @Param('n', VersionParam) n: number,
    @Query() query: ContentQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('range') range?: string,
    @Headers('if-range') ifRange?: string,
  ) {
    return send(
      reply,
      await this.attachments.content(actor, id, attachmentId, n, { range, ifRange, verify: query.verify }),
    );
  }
}
