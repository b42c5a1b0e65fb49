import { ListPageQuery } from '../../common/csv-export';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { TranslationsField } from '../../common/translations';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { CountryListFilter, EnumListFilter, IsCountryCode, UuidListFilter } from '../../common/validation';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from '../institution.workflow';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';

export class CreateInstitutionDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 300,
    example: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
  })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiNullableOptional(String, { maxLength: 100, example: 'MFA AZ' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  shortName?: string | null;

  @ApiProperty({ example: 'AZ', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsCountryCode()
  country: string;

  @ApiProperty({ enum: INSTITUTION_KINDS })
  @IsIn(INSTITUTION_KINDS)
  kind: string;

  @ApiNullableOptional(String, { format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @ApiNullableOptional(String, { maxLength: 2048, example: 'https://mfa.gov.az' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(2048)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;

  @TranslationsField(
    { name: [1, 300], shortName: [1, 100] },
    { ru: { name: 'Министерство энергетики Республики Казахстан' } },
  )
  translations?: Record<string, { name: string; shortName?: string }>;
}

export class UpdateInstitutionDto extends PartialType(CreateInstitutionDto) {}

export class InstitutionListQuery extends ListPageQuery {
  @EnumListFilter(INSTITUTION_STATUSES)
  status?: string[];

  @EnumListFilter(INSTITUTION_KINDS)
  kind?: string[];

  @CountryListFilter()
  country?: string[];

  @UuidListFilter('Institutions under any of these.')
  parentId?: string[];

  @ApiPropertyOptional({ description: 'Case-insensitive substring of name or short name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class InstitutionResponse extends TrackedResponse(INSTITUTION_STATUSES, CreateInstitutionDto) {
  @ApiNullable(String, { format: 'uuid' }) successorId: string | null;
  @ApiProperty({ description: 'name in the language Accept-Language prefers, if translated; else name.' })
  displayName: string;
}

export class InstitutionPage extends PageOf(InstitutionResponse) {}
