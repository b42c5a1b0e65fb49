import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ApiListFormat, type ListFormat } from '../../common/csv-export';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { PageQuery } from '../../common/paging';
import {
  AliasOf,
  CountryListFilter,
  EnumListFilter,
  IsDateOnly,
  QueryBoolean,
  TagListFilter,
  UuidListFilter,
} from '../../common/validation';
import { CLASSIFICATIONS } from '../../auth/clearance';
import { MILESTONE_STATUSES } from '../milestone.workflow';
import { IsDecimal } from './decimal';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';

const DECIMAL_DOC =
  'An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost.';

/** `target` must differ from `baseline`, or progress has no direction. */
function DiffersFromBaseline(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'differsFromBaseline',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must differ from baseline' },
      validator: {
        validate: (value: unknown, args) =>
          value !== (args?.object as { baseline?: unknown } | undefined)?.baseline,
      },
    });
}

export class IndicatorDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Bilateral trade turnover' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ minLength: 1, maxLength: 50, example: 'USD' })
  @IsString()
  @Length(1, 50)
  unit: string;

  @ApiProperty({ type: String, example: '500000000', description: DECIMAL_DOC })
  @IsDecimal()
  baseline: string;

  @ApiProperty({ format: 'date', example: '2022-01-01' })
  @IsDateOnly()
  baselineOn: string;

  @ApiProperty({
    type: String,
    example: '1000000000',
    description: `${DECIMAL_DOC} Must differ from baseline; may be below it (a falling target).`,
  })
  @IsDecimal()
  @DiffersFromBaseline()
  target: string;
}

export class CreateMilestoneDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Double bilateral trade turnover to $1 billion' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiNullableOptional(String, { maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiNullableOptional(String, {
    format: 'uuid',
    description: 'The document it implements. documentId, summitId or both must be set (400 otherwise).',
  })
  @IsOptional()
  @IsUUID('all')
  documentId?: string | null;

  @ApiNullableOptional(String, { format: 'uuid', description: 'The summit where it was agreed.' })
  @IsOptional()
  @IsUUID('all')
  summitId?: string | null;

  @ApiNullableOptional(String, { maxLength: 100, example: 'trade' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  sector?: string | null;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Responsible institutions (each must exist: 422 otherwise). May be empty.',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ownerInstitutionIds: string[];

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  @IsDateOnly()
  dueOn: string;

  @ApiNullableOptional(IndicatorDto, { description: 'Measures progress; null removes it.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => IndicatorDto)
  indicator?: IndicatorDto | null;
}

export class UpdateMilestoneDto extends PartialType(CreateMilestoneDto) {}

export class MilestoneListQuery extends PageQuery {
  @EnumListFilter(MILESTONE_STATUSES)
  status?: string[];

  @TagListFilter(100)
  sector?: string[];

  @UuidListFilter('Milestones any of these institutions is responsible for.')
  ownerInstitutionIds?: string[];

  @AliasOf('ownerInstitutionIds', UuidListFilter())
  ownerInstitutionId?: string[];

  @UuidListFilter()
  documentId?: string[];

  @UuidListFilter()
  summitId?: string[];

  @ApiPropertyOptional({
    type: Boolean,
    description: '`true`: only overdue ones; `false`: only those not overdue.',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Due on or before this date (inclusive, like every date filter).',
  })
  @IsOptional()
  @IsDateOnly()
  dueBefore?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Due on or after this date (inclusive, like every date filter).',
  })
  @IsOptional()
  @IsDateOnly()
  dueAfter?: string;

  @CountryListFilter('A party of the linked document or a participant of the linked summit.')
  country?: string[];

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the title.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiListFormat()
  format?: ListFormat;
}

export class IndicatorResponse {
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: String, description: DECIMAL_DOC }) baseline: string;
  @ApiProperty({ format: 'date' }) baselineOn: string;
  @ApiProperty({ type: String, description: DECIMAL_DOC }) target: string;
}

export class MilestoneOrigin {
  @ApiProperty({ format: 'uuid' }) ruleId: string;
}

export class MilestoneResponse extends TrackedResponse(MILESTONE_STATUSES) {
  @ApiProperty() title: string;
  @ApiNullable(String) description: string | null;
  @ApiNullable(String, { format: 'uuid' }) documentId: string | null;
  @ApiNullable(String, { format: 'uuid' }) summitId: string | null;
  @ApiNullable(String) sector: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) ownerInstitutionIds: string[];
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiNullable(IndicatorResponse) indicator: IndicatorResponse | null;
  @ApiNullable(String, {
    description: `Read-only: the value of the progress report with the latest asOf (same day: the last reported). ${DECIMAL_DOC}`,
  })
  latestValue: string | null;
  @ApiNullable(String, { format: 'date', description: 'Read-only: asOf of that report.' })
  latestAsOf: string | null;
  @ApiNullable(Number, {
    minimum: 0,
    maximum: 100,
    description:
      'Read-only: (latestValue − baseline) / (target − baseline) × 100, clamped to 0–100, rounded to 2 decimals; null without an indicator or a reported value.',
  })
  progressPercent: number | null;
  @ApiProperty({
    description: 'Read-only: dueOn is before today and the status is not completed or cancelled.',
  })
  overdue: boolean;
  @ApiNullable(String, { format: 'date', description: 'Read-only: set on completion.' })
  completedOn: string | null;
  @ApiProperty({ enum: CLASSIFICATIONS, description: 'Read-only: the linked document’s classification.' })
  classification: string;
  @ApiProperty({
    type: MilestoneOrigin,
    nullable: true,
    description: 'Read-only: the deadline rule that created it (§11), or null.',
  })
  origin: MilestoneOrigin | null;
}

export class MilestonePage extends PageOf(MilestoneResponse) {}
