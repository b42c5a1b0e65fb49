import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'countries[0]' })
  field: string;

  @ApiProperty({ example: 'must be an ISO 3166-1 alpha-2 country code in upper case' })
  message: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:pacta:problem:invalid-request' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'countries[0]: must be an ISO 3166-1 alpha-2 country code in upper case' })
  detail: string;

  @ApiProperty({ example: '/api/v1/documents' })
  instance: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({
    type: [String],
    description: 'On 409 for a refused transition: the statuses reachable now.',
  })
  allowed?: string[];

  @ApiPropertyOptional({ example: '8f14e45f-ceea-467f-a0e4-5b5e3c1f0c1d' })
  requestId?: string;
}

export class TransitionHistoryItem {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: '{ id, email } of who moved it' }) actor: { id: string; email: string };
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) effectiveOn: string | null;
}
