import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ProblemResponse } from './openapi';
import { Problem } from './problem';

/** Base path of the API; every controller path starts with it. */
export const API = 'api/v1';

/** A path id that is not a UUID is a 400 naming the parameter. */
export const UuidParam = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => Problem.invalidField('id', 'must be a UUID'),
});

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the problem lists each field.',
  404: 'Not found, or not visible with your clearance.',
  409: 'Transition not allowed from the current status (lists `allowed`), or a unique value taken.',
  412: 'If-Match names a stale version; nothing changed.',
  413: 'Body too large.',
  415: 'The file type (detected from its bytes) is not accepted.',
  416: 'The Range cannot be satisfied (Content-Range names the size).',
  422: 'A precondition of the change is unmet.',
  429: 'Rate limited (see Retry-After).',
  503: 'The database is unavailable (see Retry-After).',
};

/** The problem answers a handler can give, documented once. */
export function ApiProblems(...statuses: number[]): MethodDecorator {
  return applyDecorators(
    ...[...statuses, 503].map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status], type: ProblemResponse, content: undefined }),
    ),
  );
}

export function ApiIfMatch(): MethodDecorator {
  return ApiHeader({
    name: 'if-match',
    required: false,
    description: 'The ETag ("<version>") you last read; a stale one gets 412 and changes nothing.',
  });
}
