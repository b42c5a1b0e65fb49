import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsDateOnly } from '../validation';

/** `POST /{collection}/{id}/transitions`: the register checks `to` against its own workflow. */
export class TransitionDto {
  @ApiProperty({ description: 'The target status; see the entity’s status enum.' })
  @IsString()
  @Length(1, 40)
  to: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required for some moves (422 without).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'When the change took effect (default today).' })
  @IsOptional()
  @IsDateOnly()
  effectiveOn?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Documents moving to superseded: the superseding document.',
  })
  @IsOptional()
  @IsUUID('all')
  supersededById?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Institutions moving to defunct: the successor, if any.',
  })
  @IsOptional()
  @IsUUID('all')
  successorId?: string;
}
