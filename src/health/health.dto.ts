import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const CHECKS = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', example: 'up' } },
    additionalProperties: true,
  },
  example: { database: { status: 'up' } },
} as const;

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

/** What /health/ready answers: the Terminus health-check result. */
export class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: string;
  @ApiPropertyOptional({ ...CHECKS, description: 'The checks that passed.' }) info?: object;
  @ApiPropertyOptional({ ...CHECKS, description: 'The checks that failed.' }) error?: object;
  @ApiPropertyOptional({ ...CHECKS, description: 'Every check.' }) details?: object;
}
