import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ApiListFormat, type ListFormat } from '../../common/csv-export';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { PageQuery } from '../../common/paging';
import {
  AliasOf,
  CommaList,
  CountryListFilter,
  EnumListFilter,
  IsCountryCode,
  IsDateOnly,
  QueryBoolean,
  TagListFilter,
  UuidListFilter,
} from '../../common/validation';
import { CLASSIFICATIONS } from '../../auth/clearance';
import { DOCUMENT_RELATIONS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../document.workflow';
import { TranslationsField } from '../../common/translations';
import { ENTRY_INTO_FORCE_KINDS } from '../entry-into-force';
import { PartyResponse } from './party.dto';
import { SignatoryResponse } from './signatory.dto';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';

/** ISO 639-1: two lower-case letters. */
const LANGUAGE = /^[a-z]{2}$/;

export class EntryIntoForceRuleDto {
  @ApiProperty({
    enum: ENTRY_INTO_FORCE_KINDS,
    description:
      'on_signature: signedOn; on_date: date; after_last_notification: days/months after the last required notification was received.',
  })
  @IsIn(ENTRY_INTO_FORCE_KINDS)
  kind: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650, description: 'after_last_notification only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  days?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 120, description: 'after_last_notification only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  months?: number;

  @ApiPropertyOptional({ format: 'date', description: 'on_date: the date (required there).' })
  @ValidateIf((o: EntryIntoForceRuleDto) => o.kind === 'on_date' || o.date !== undefined)
  @IsDateOnly()
  date?: string;
}

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

  @ApiNullableOptional(String, {
    maxLength: 100,
    description:
      'Unique across the register when present: a taken number is a 409 `unique-violation` whoever holds it, one answer for a holder you can see and one you cannot, naming nothing of the holder (README, "Security").',
  })
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

  @ApiPropertyOptional({
    description:
      'Whether it binds its parties. Default by type: true for agreement, treaty, protocol; false otherwise.',
  })
  @IsOptional()
  @IsBoolean()
  legallyBinding?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['az', 'kk', 'ru'],
    description: 'Authentic languages, ISO 639-1, unique.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(LANGUAGE, { each: true, message: 'each value must be an ISO 639-1 code in lower case' })
  languages?: string[];

  @ApiNullableOptional(String, { format: 'date', description: 'Applied provisionally from.' })
  @IsOptional()
  @IsDateOnly()
  provisionalApplicationFrom?: string | null;

  @ApiPropertyOptional({ type: EntryIntoForceRuleDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => EntryIntoForceRuleDto)
  entryIntoForceRule?: EntryIntoForceRuleDto | null;

  @TranslationsField(
    { title: [1, 500], summary: [0, 20000] },
    { ru: { title: 'Меморандум о взаимопонимании' }, kk: { title: 'Өзара түсіністік туралы меморандум' } },
  )
  translations?: Record<string, { title: string; summary?: string }>;
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

  @ApiPropertyOptional({ type: Boolean, description: 'Binding (true) or not (false).' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  legallyBinding?: boolean;

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    description: 'ISO 639-1 codes, comma-separated: documents authentic in any of them.',
  })
  @IsOptional()
  @CommaList()
  @Matches(LANGUAGE, { each: true, message: 'each value must be an ISO 639-1 code in lower case' })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the title or reference number.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiListFormat()
  format?: ListFormat;
}

export class DocumentResponse extends TrackedResponse(DOCUMENT_STATUSES, CreateDocumentDto) {
  @ApiNullable(String, { format: 'uuid', description: 'Set by the transition to superseded.' })
  supersededById: string | null;
  @ApiNullable(String, { description: 'Title of the summit, if any.' }) summitTitle: string | null;
  @ApiProperty({ type: 'integer', description: 'How many signatories it has.' }) signatoryCount: number;
  @ApiNullable(String, {
    format: 'date',
    description:
      'From entryIntoForceRule and the parties (§11): null while it cannot be known (no rule, or notifications awaited).',
  })
  expectedEntryIntoForceOn: string | null;
  @ApiProperty({ description: 'title in the language Accept-Language prefers, if translated; else title.' })
  displayTitle: string;
}

export class AwaitedParty {
  @ApiProperty({ example: 'KZ' }) country: string;
  @ApiProperty({ example: 'ratification' }) procedure: string;
  @ApiProperty({ example: 'pending' }) status: string;
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
  @ApiPropertyOptional({
    type: [PartyResponse],
    description: 'One per party country (§11); absent with asOf.',
  })
  parties?: PartyResponse[];
  @ApiPropertyOptional({
    type: [AwaitedParty],
    description: 'Parties whose notification the entry-into-force rule still waits for; absent with asOf.',
  })
  awaitingParties?: AwaitedParty[];
}

export class DocumentPage extends PageOf(DocumentResponse) {}
