import { ListPageQuery } from '../../common/csv-export';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageOf } from '../../common/dto/tracked-response';
import { IsDateOnly } from '../../common/validation';
import { IsDecimal } from './decimal';
import { ApiNullable } from '../../common/openapi';

export class CreateProgressDto {
  @ApiProperty({ format: 'date', example: '2023-06-30', description: 'The date the report describes.' })
  @IsDateOnly()
  asOf: string;

  @ApiPropertyOptional({
    type: String,
    example: '1500000',
    description:
      'The indicator’s value at asOf: a JSON number or a decimal string, returned as a decimal string. Only for a milestone with an indicator (422 otherwise).',
  })
  @IsOptional()
  @IsDecimal()
  value?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    example: 'First shipment of 1.5 million tonnes through BTC.',
  })
  @IsString()
  @Length(1, 5000)
  note: string;
}

/** Progress lists: newest first (asOf descending, then the last reported). */
export class ProgressListQuery extends ListPageQuery {}

export class ProgressResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiNullable(String, { description: 'An exact decimal, as a string.' }) value: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
}

export class ProgressPage extends PageOf(ProgressResponse) {}
