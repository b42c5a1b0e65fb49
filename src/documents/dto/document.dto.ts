import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { PageQuery } from '../../common/paging';
import {
  AliasOf,
  CountryListFilter,
  EnumListFilter,
  IsCountryCode,
  IsDateOnly,
  TagListFilter,
  UuidListFilter,
} from '../../common/validation';
import { CLASSIFICATIONS, DOCUMENT_RELATIONS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../document.workflow';
import { SignatoryResponse } from './signatory.dto';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';

export class CreateDocumentDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'Declaration on strengthening strategic partnership and alliance relations',
  })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  type: string;

  @ApiNullableOptional(String, { maxLength: 100, description: 'Unique when present (409 when taken).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  referenceNumber?: string | null;

  @ApiNullableOptional(String, {
    format: 'uuid',
    description: 'The summit where it was signed (422 if none).',
  })
  @IsOptional()
  @IsUUID('all')
  summitId?: string | null;

  @ApiNullableOptional(String, {
    format: 'uuid',
    description: 'A related document; given together with relation.',
  })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @ApiNullableOptional(String, {
    enum: DOCUMENT_RELATIONS,
    description: 'How it relates to parentId; given together with it.',
  })
  @IsOptional()
  @IsIn(DOCUMENT_RELATIONS)
  relation?: string | null;

  @ApiProperty({
    type: [String],
    minItems: 1,
    example: ['AZ', 'KZ'],
    description: 'The parties, unique ISO codes.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries: string[];

  @ApiPropertyOptional({
    enum: CLASSIFICATIONS,
    default: 'public',
    description: 'Not above your own clearance (422).',
  })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: string;

  @ApiNullableOptional(String, { maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['energy', 'transport'],
    description: 'Free tags, unique.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  sectors?: string[];

  @ApiNullableOptional(String, { format: 'date' })
  @IsOptional()
  @IsDateOnly()
  signedOn?: string | null;

  @ApiNullableOptional(String, { maxLength: 300, example: 'Astana' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  placeOfSigning?: string | null;

  @ApiNullableOptional(String, { format: 'date' })
  @IsOptional()
  @IsDateOnly()
  entryIntoForceOn?: string | null;

  @ApiNullableOptional(String, { format: 'date' })
  @IsOptional()
  @IsDateOnly()
  expiresOn?: string | null;
}

export class UpdateDocumentDto extends PartialType(CreateDocumentDto) {}

export class DocumentListQuery extends PageQuery {
  @EnumListFilter(DOCUMENT_STATUSES)
  status?: string[];

  @EnumListFilter(DOCUMENT_TYPES)
  type?: string[];

  @EnumListFilter(CLASSIFICATIONS)
  classification?: string[];

  @CountryListFilter('Documents with any of them as a party.')
  countries?: string[];

  @AliasOf('countries', CountryListFilter())
  country?: string[];

  @UuidListFilter()
  summitId?: string[];

  @UuidListFilter()
  parentId?: string[];

  @TagListFilter(60, 'Documents tagged with any of them.')
  sectors?: string[];

  @AliasOf('sectors', TagListFilter(60))
  sector?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Signed on or after this date.' })
  @IsOptional()
  @IsDateOnly()
  signedAfter?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Signed on or before this date.' })
  @IsOptional()
  @IsDateOnly()
  signedBefore?: string;

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the title or reference number.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv (or Accept: text/csv) downloads every matching row.',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class DocumentResponse extends TrackedResponse(DOCUMENT_STATUSES, CreateDocumentDto) {
  @ApiNullable(String, { format: 'uuid', description: 'Set by the transition to superseded.' })
  supersededById: string | null;
  @ApiNullable(String, { description: 'Title of the summit, if any.' }) summitTitle: string | null;
  @ApiProperty({ type: 'integer', description: 'How many signatories it has.' }) signatoryCount: number;
}

export class SummitRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

/** GET /documents/{id}: with its signatories and summit, except as of a past instant (?asOf). */
export class DocumentDetailResponse extends DocumentResponse {
  @ApiPropertyOptional({ type: [SignatoryResponse], description: 'Absent with asOf.' })
  signatories?: SignatoryResponse[];
  @ApiNullableOptional(SummitRef, { description: 'Absent with asOf.' }) summit?: SummitRef | null;
}

export class DocumentPage extends PageOf(DocumentResponse) {}
