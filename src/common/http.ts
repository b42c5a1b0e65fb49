import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  ParseUUIDPipe,
  type Type,
} from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ProblemResponse } from './openapi';
import { Problem } from './problem';
import { XLSX_TYPE } from './xlsx';

/** Base path of the API; every controller path starts with it. */
export const API = 'api/v1';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_JSON = 'application/problem+json';

/** A path id that is not a UUID is a 400 naming the parameter. */
export const UuidParam = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Problem.invalidField('id', 'must be a UUID'),
});

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the problem lists each field.',
  401: 'No token, or an invalid, expired or revoked one.',
  404: 'Not found, or not visible with your clearance.',
  409: 'Transition not allowed from the current status (lists `allowed`), or a unique value taken.',
  412: 'If-Match names a stale version; nothing changed.',
  413: 'Body too large.',
  415: 'Unsupported media type: a body that is not JSON, or a file whose type (detected from its bytes) is not accepted.',
  416: 'The Range cannot be satisfied (Content-Range names the size).',
  422: 'A precondition of the change is unmet.',
  429: 'Rate limited (see Retry-After).',
  503: 'The database is unavailable (see Retry-After).',
};

/** One problem answer, documented as application/problem+json. */
export function ApiProblem(
  status: number,
  description = DESCRIPTIONS[status] ?? 'An error.',
): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ApiResponse({
      status,
      description,
      content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
    }),
  );
}

/** The problem answers a handler can give (beside 401/403 from @Authenticated), with 503. */
export function ApiProblems(...statuses: (number | [number, string])[]): MethodDecorator {
  return applyDecorators(
    ...[...statuses, 503].map((s) => (Array.isArray(s) ? ApiProblem(s[0], s[1]) : ApiProblem(s))),
  );
}

/**
 * The 200 of a list: its JSON page, and with `exports` also `text/csv` and XLSX (`?format=csv|xlsx`
 * or the Accept header: every matching row).
 */
export function ApiListResponse(page: Type, options: { exports?: boolean; description?: string } = {}) {
  return applyDecorators(
    ApiExtraModels(page),
    ApiResponse({
      status: 200,
      description:
        options.description ?? (options.exports ? `A page of JSON; ${EXPORTS_DESCRIPTION}` : 'A page.'),
      content: {
        'application/json': { schema: { $ref: getSchemaPath(page) } },
        ...(options.exports ? EXPORT_CONTENT : {}),
      },
    }),
  );
}

/** The media types of a list's exports, for an ApiResponse's content. */
export const EXPORT_CONTENT = {
  'text/csv': { schema: { type: 'string' } },
  [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
} as const;

export const EXPORTS_DESCRIPTION =
  'with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: ' +
  `${XLSX_TYPE} as XLSX (typed cells, frozen header), with the same filters, sort and clearance. ` +
  'Content-Disposition names the file.';

export function ApiIfMatch(): MethodDecorator {
  return ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag ("<version>") you last read; a stale one gets 412 and changes nothing.',
    schema: { type: 'string', example: '"3"' },
  });
}

function header(name: string) {
  return createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
    const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers[name];
    return Array.isArray(value) ? value[0] : value;
  })();
}

/**
 * The raw If-Match header. Not `@Headers('if-match')`: OpenAPI would list that parameter a
 * second time, beside ApiIfMatch's.
 */
export const IfMatch = (): ParameterDecorator => header('if-match');

/**
 * The Accept header, for lists that also answer CSV. Not `@Headers('accept')`: OpenAPI would
 * make it a required parameter, which a generated client cannot do without.
 */
export const AcceptHeader = (): ParameterDecorator => header('accept');
