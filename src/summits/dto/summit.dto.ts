import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ApiListFormat, type ListFormat } from '../../common/csv-export';
import { Type } from 'class-transformer';
import { TranslationsField } from '../../common/translations';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { PageQuery } from '../../common/paging';
import { CountryListFilter, EnumListFilter, IsCountryCode, IsDateOnly } from '../../common/validation';
import { SUMMIT_KINDS, SUMMIT_STATUSES } from '../summit.workflow';
import { ApiNullableOptional } from '../../common/openapi';

export class ParticipantDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Ilham Aliyev' })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'President of the Republic of Azerbaijan' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiProperty({ example: 'AZ', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsCountryCode()
  country: string;
}

export class CreateSummitDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'State visit of President Ilham Aliyev to Kazakhstan',
  })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ enum: SUMMIT_KINDS })
  @IsIn(SUMMIT_KINDS)
  kind: string;

  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsCountryCode()
  hostCountry: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Astana' })
  @IsString()
  @Length(1, 300)
  location: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    example: ['AZ', 'KZ'],
    description: 'Participating countries, unique ISO codes.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries: string[];

  @ApiProperty({ format: 'date', example: '2023-04-20' })
  @IsDateOnly()
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2023-04-21', description: 'On or after startsOn.' })
  @IsDateOnly()
  endsOn: string;

  @ApiPropertyOptional({ type: [ParticipantDto], maxItems: 500 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants?: ParticipantDto[];

  @ApiNullableOptional(String, { maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @TranslationsField(
    { title: [1, 500], summary: [0, 20000] },
    { ru: { title: 'Государственный визит Президента Ильхама Алиева в Казахстан' } },
  )
  translations?: Record<string, { title: string; summary?: string }>;
}

export class UpdateSummitDto extends PartialType(CreateSummitDto) {}

export class SummitListQuery extends PageQuery {
  @EnumListFilter(SUMMIT_STATUSES)
  status?: string[];

  @EnumListFilter(SUMMIT_KINDS)
  kind?: string[];

  @CountryListFilter('Summits with any of them among the participating countries.')
  countries?: string[];

  @CountryListFilter('Summits hosted by any of them.')
  hostCountry?: string[];

  @CountryListFilter('Summits hosted by or with the participation of any of them.')
  country?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Summits starting on or after this date.' })
  @IsOptional()
  @IsDateOnly()
  startsAfter?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Summits starting on or before this date.' })
  @IsOptional()
  @IsDateOnly()
  startsBefore?: string;

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the title.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiListFormat()
  format?: ListFormat;
}

export class SummitResponse extends TrackedResponse(SUMMIT_STATUSES, CreateSummitDto) {
  @ApiProperty({ description: 'title in the language Accept-Language prefers, if translated; else title.' })
  displayTitle: string;
}

export class SummitPage extends PageOf(SummitResponse) {}
