import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLASSIFICATIONS } from '../../auth/clearance';
import { PageOf, VersionedResponse } from '../../common/dto/tracked-response';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';
import { ListPageQuery } from '../../common/csv-export';
import { EnumListFilter, IsCountryCode, QueryBoolean } from '../../common/validation';
import { NOTIFICATION_EVENT_TYPES } from '../channels/types';

export const CHANNELS = ['inbox', 'email', 'webhook'] as const;
export const LANGUAGES = ['en', 'ru', 'az', 'kk'] as const;
export const DELIVERY_STATUSES = ['pending', 'delivered', 'retrying', 'failed', 'skipped'] as const;
/** A delivery is of an event, or (email digests) of a day's digest. */
export const DELIVERY_EVENT_TYPES = [...NOTIFICATION_EVENT_TYPES, 'digest'] as const;

/** Which events reach a subscription: all of the given facets must match (none given: all). */
export class SubscriptionFilterDto {
  @ApiPropertyOptional({ type: [String], example: ['AZ', 'KZ'], description: 'Any of these countries.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['trade'], description: 'Any of these sectors.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Events about this document, its parties and milestones.',
  })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Events about this milestone only (not the other milestones of its document).',
  })
  @IsOptional()
  @IsUUID()
  milestoneId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  summitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Milestones this institution owns.' })
  @IsOptional()
  @IsUUID()
  ownerInstitutionId?: string;
}

export class CreateSubscriptionDto {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: string;

  @ApiNullableOptional(String, {
    maxLength: 2000,
    description:
      'inbox: none. email: an address (your own unless you are an admin; default your own). webhook: an https URL (http only with PACTA_WEBHOOK_ALLOW_PRIVATE=true).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  target?: string | null;

  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(NOTIFICATION_EVENT_TYPES, { each: true })
  events: string[];

  @ApiPropertyOptional({ type: SubscriptionFilterDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SubscriptionFilterDto)
  filter?: SubscriptionFilterDto;

  @ApiPropertyOptional({ default: true, description: 'false pauses the subscription.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiNullableOptional('integer', {
    minimum: 1,
    maximum: 365,
    description: 'For milestone.due_soon (and digests): this many days before dueOn; none: 7.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  daysBefore?: number | null;

  @ApiPropertyOptional({
    default: false,
    description: 'Email only: one daily message of overdue and due-soon milestones instead of one per event.',
  })
  @IsOptional()
  @IsBoolean()
  digest?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Default: from Accept-Language.' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string;

  @ApiNullableOptional(String, {
    enum: CLASSIFICATIONS,
    description: 'Webhook only: the highest classification its payloads may carry (≤ yours; default yours).',
  })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  clearance?: string | null;
}

export class UpdateSubscriptionDto extends PartialType(
  OmitType(CreateSubscriptionDto, ['channel'] as const),
) {}

export class SubscriptionListQuery extends ListPageQuery {
  @EnumListFilter(CHANNELS)
  channel?: string[];

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

export class SubscriptionFilterResponse extends SubscriptionFilterDto {}

export class SubscriptionResponse extends VersionedResponse() {
  @ApiProperty({ enum: ['active', 'paused'] }) status: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiNullable(String) target: string | null;
  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES, isArray: true }) events: string[];
  @ApiProperty({ type: SubscriptionFilterResponse }) filter: SubscriptionFilterResponse;
  @ApiNullable('integer') daysBefore: number | null;
  @ApiProperty() digest: boolean;
  @ApiProperty({ enum: LANGUAGES }) language: string;
  @ApiNullable(String, { enum: CLASSIFICATIONS }) clearance: string | null;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
}

export class SubscriptionWithSecretResponse extends SubscriptionResponse {
  @ApiPropertyOptional({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Webhook only, and only in this answer: the signing secret (Standard Webhooks).',
  })
  secret?: string;
}

export class SubscriptionPage extends PageOf(SubscriptionResponse) {}

export class SecretResponse {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }) secret: string;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiNullable(String, { format: 'uuid', description: 'None for a digest.' }) eventId: string | null;
  @ApiProperty({ enum: DELIVERY_EVENT_TYPES }) eventType: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: string;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiNullable(String, { format: 'date-time' }) lastAttemptAt: string | null;
  @ApiNullable(String, {
    format: 'date-time',
    description: 'When the next attempt is due (pending, retrying).',
  })
  nextAttemptAt: string | null;
  @ApiNullable('integer') statusCode: number | null;
  @ApiNullable(String) detail: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DeliveryPage extends PageOf(DeliveryResponse) {}

export class DeliveryAttemptResponse {
  @ApiProperty({ type: 'integer' }) attempt: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() ok: boolean;
  @ApiNullable('integer') statusCode: number | null;
  @ApiProperty() detail: string;
  @ApiProperty({ type: 'integer' }) durationMs: number;
}

/** A delivery with each attempt: here `attempts` is the list (its length is the count). */
export class DeliveryDetailResponse extends OmitType(DeliveryResponse, ['attempts'] as const) {
  @ApiProperty({ type: [DeliveryAttemptResponse], description: 'Every attempt, oldest first.' })
  attempts: DeliveryAttemptResponse[];
}
