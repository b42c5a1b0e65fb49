import { PROBLEM_TYPES } from './problem';
import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiSchema, type ApiPropertyOptions } from '@nestjs/swagger';

type Scalar = StringConstructor | NumberConstructor | BooleanConstructor | 'integer';

/**
 * A property that may be `null`, typed by `type`. TypeScript reflects `T | null` as `Object`,
 * which @nestjs/swagger prints as `type: object` (a generated client then types a uuid as an
 * object): every nullable property names its type through this decorator.
 */
export function ApiNullable(
  type: Scalar | Type | [Scalar | Type],
  options: Omit<ApiPropertyOptions, 'type' | 'nullable' | 'isArray'> = {},
): PropertyDecorator {
  return ApiProperty({ ...options, type, nullable: true } as ApiPropertyOptions);
}

/** ApiNullable for a request field that may also be left out. */
export function ApiNullableOptional(
  type: Scalar | Type | [Scalar | Type],
  options: Omit<ApiPropertyOptions, 'type' | 'nullable' | 'isArray' | 'required'> = {},
): PropertyDecorator {
  return ApiPropertyOptional({ ...options, type, nullable: true } as ApiPropertyOptions);
}

export class FieldErrorResponse {
  @ApiProperty({ example: 'countries[0]' })
  field: string;

  @ApiProperty({ example: 'must be an ISO 3166-1 alpha-2 country code in upper case' })
  message: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'For an import (§15): the row of the file (the header is row 1).',
  })
  row?: number;
}

/** RFC 9457 problem details, as every error is answered (`application/problem+json`). */
@ApiSchema({ name: 'Problem' })
export class ProblemResponse {
  @ApiProperty({
    description:
      'What went wrong, as one of a fixed list (`urn:pacta:problem:` and a slug of PROBLEM_TYPES).',
    enum: PROBLEM_TYPES.map((t) => `urn:pacta:problem:${t}`),
    example: 'urn:pacta:problem:invalid-request',
  })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status: number;

  @ApiProperty({ example: 'countries[0]: must be an ISO 3166-1 alpha-2 country code in upper case' })
  detail: string;

  @ApiProperty({ example: '/api/v1/documents' })
  instance: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ description: 'On 409 for a refused transition: the current status.' })
  from?: string;

  @ApiPropertyOptional({ description: 'On 409 for a refused transition: the status asked for.' })
  to?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'On 409 for a refused transition: the statuses reachable now.',
  })
  allowed?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'On 422 for a move to signed: the party countries without a signatory.',
  })
  missingCountries?: string[];

  @ApiPropertyOptional({ type: 'integer', description: 'On 412: the version the entity has now.' })
  currentVersion?: number;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'On 422 for a move to in_force under a rule: the date the rule gives, if known.',
  })
  expectedEntryIntoForceOn?: string | null;

  @ApiPropertyOptional({
    type: 'array',
    items: {
      type: 'object',
      properties: { country: { type: 'string' }, procedure: { type: 'string' }, status: { type: 'string' } },
    },
    description: 'On 422 for a move to in_force under a rule: the parties whose notification is awaited.',
  })
  awaitingParties?: { country: string; procedure: string; status: string }[];

  @ApiPropertyOptional({ description: 'On 409 from ?verify=true: the sha256 on record.' })
  expected?: string;

  @ApiPropertyOptional({ description: 'On 409 from ?verify=true: the sha256 of the stored bytes now.' })
  actual?: string;

  @ApiPropertyOptional({ description: 'On 415 for an upload: the type detected from the bytes, if any.' })
  detected?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'On 413 for an upload: the largest accepted size.' })
  maxBytes?: number;

  @ApiPropertyOptional({ example: '8f14e45f-ceea-467f-a0e4-5b5e3c1f0c1d' })
  requestId?: string;
}

export class ActorRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
}

export class TransitionHistoryItem {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: ActorRef, description: 'Who moved it.' }) actor: ActorRef;
  @ApiNullable(String) reason: string | null;
  @ApiNullable(String, { format: 'date' }) effectiveOn: string | null;
}
