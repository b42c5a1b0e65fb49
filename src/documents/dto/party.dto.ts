import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ApiNullableOptional } from '../../common/openapi';
import { IsDateOnly } from '../../common/validation';
import { PARTY_PROCEDURES, PARTY_STATUSES } from '../party.workflow';

export class PartyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'KZ' }) country: string;
  @ApiProperty({ enum: PARTY_PROCEDURES }) procedure: string;
  @ApiProperty({ enum: PARTY_STATUSES }) status: string;
  @ApiProperty({ enum: PARTY_STATUSES, isArray: true }) allowedTransitions: string[];
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) internalProcedureOn: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Law No. 123-VIII' }) instrument: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) notifiedOn: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Note verbale No. 05-2/1234' })
  noteReference: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) notificationReceivedOn: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PartyList {
  @ApiProperty({ type: [PartyResponse] }) items: PartyResponse[];
}

export class UpdatePartyDto {
  @ApiPropertyOptional({ enum: PARTY_PROCEDURES })
  @IsOptional()
  @IsIn(PARTY_PROCEDURES)
  procedure?: string;

  @ApiNullableOptional(String, { maxLength: 300, description: 'The instrument of consent.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  instrument?: string | null;

  @ApiNullableOptional(String, { maxLength: 200, description: 'The diplomatic note.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  noteReference?: string | null;
}

export class PartyTransitionDto {
  @ApiProperty({ enum: PARTY_STATUSES })
  @IsIn(PARTY_STATUSES)
  to: string;

  @ApiProperty({
    format: 'date',
    description:
      'The day it happened: the procedure completed, or the note received by the other party (→ notificationReceivedOn).',
  })
  @IsDateOnly()
  effectiveOn: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Required for withdrawn and for withdrawn → pending.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  instrument?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  noteReference?: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day the note was sent; default effectiveOn.' })
  @IsOptional()
  @IsDateOnly()
  notifiedOn?: string;
}
