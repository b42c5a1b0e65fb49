import { ListPageQuery } from '../../common/csv-export';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { PageOf, TrackedResponse } from '../../common/dto/tracked-response';
import { EnumListFilter, IsCountryCode } from '../../common/validation';
import { DOCUMENT_TYPES } from '../../documents/document.workflow';
import { DEADLINE_RULE_STATUSES, DEADLINE_TRIGGERS } from '../deadline-rule.workflow';

export class CreateDeadlineRuleDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'Submit the agreement to the Milli Majlis for ratification',
  })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'AZ',
    description:
      'Applies to documents with this party; its signatory institutions own the milestone. None: every document, no owner.',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;

  @ApiPropertyOptional({
    enum: DOCUMENT_TYPES,
    isArray: true,
    nullable: true,
    description: 'Applies to these types only; none: every type.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DOCUMENT_TYPES.length)
  @ArrayUnique()
  @IsIn(DOCUMENT_TYPES, { each: true })
  documentTypes?: string[] | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Applies only to binding (true) or non-binding (false) documents; none: both.',
  })
  @IsOptional()
  @IsBoolean()
  legallyBinding?: boolean | null;

  @ApiProperty({
    enum: DEADLINE_TRIGGERS,
    description:
      'signed: due offsetDays after signedOn, when the document is signed; in_force: after entryIntoForceOn, when it enters into force; expires: offsetDays from expiresOn (negative: before), when it enters into force with an expiresOn.',
  })
  @IsIn(DEADLINE_TRIGGERS)
  trigger: string;

  @ApiProperty({ minimum: -36500, maximum: 36500, example: 30 })
  @IsInt()
  @Min(-36500)
  @Max(36500)
  offsetDays: number;

  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Law on International Treaties, Article 12' })
  @IsString()
  @Length(1, 1000)
  source: string;
}

export class UpdateDeadlineRuleDto extends PartialType(CreateDeadlineRuleDto) {}

export class DeadlineRuleListQuery extends ListPageQuery {
  @EnumListFilter(DEADLINE_RULE_STATUSES)
  status?: string[];

  @EnumListFilter(DEADLINE_TRIGGERS)
  trigger?: string[];
}

export class DeadlineRuleResponse extends TrackedResponse(DEADLINE_RULE_STATUSES, CreateDeadlineRuleDto) {}

export class DeadlineRulePage extends PageOf(DeadlineRuleResponse) {}
