import { ApiListFormat, exportColumns, type ListFormat } from '../../common/csv-export';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../common/paging';
import { CommaList, EnumListFilter, IsInstant, UuidListFilter } from '../../common/validation';
import { ApiNullable } from '../../common/openapi';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from '../audit-vocabulary';

export { AUDIT_ENTITY_TYPES } from '../audit-vocabulary';

export class AuditQuery extends PageQuery {
  @EnumListFilter(AUDIT_ENTITY_TYPES)
  entityType?: string[];

  @UuidListFilter()
  entityId?: string[];

  @UuidListFilter('Events by any of these users (the actor.id of an event).')
  actorId?: string[];

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    description:
      'Actions, comma-separated (AuditEventResponse.action lists those written now; an older event may carry another).',
  })
  @IsOptional()
  @CommaList()
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  action?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Events at or after this instant.' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events before this instant.' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

/** The list's query: the filters, paging and `format` (json, csv, xlsx). */
export class AuditListQuery extends AuditQuery {
  @ApiListFormat()
  format?: ListFormat;
}

export class AuditExportQuery extends AuditQuery {
  @ApiPropertyOptional({ enum: ['csv', 'jsonl'], default: 'jsonl' })
  @IsOptional()
  @IsIn(['csv', 'jsonl'])
  format?: 'csv' | 'jsonl';
}

export class AuditActorView {
  @ApiNullable(String, { format: 'uuid' }) id: string | null;
  @ApiNullable(String) email: string | null;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: AuditActorView }) actor: AuditActorView;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction', example: 'transition' }) action: AuditAction;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES, enumName: 'AuditEntityType', example: 'document' })
  entityType: AuditEntityType;
  @ApiNullable(String, { format: 'uuid' }) entityId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: {} },
    example: { status: ['draft', 'signed'] },
    description: 'Each changed field → [before, after].',
  })
  changes: Record<string, [unknown, unknown]>;
  @ApiNullable(String) reason: string | null;
  @ApiNullable(String) requestId: string | null;
  @ApiProperty({ description: 'sha256(prevHash | seq | canonical content), hex' }) hash: string;
  @ApiProperty() prevHash: string;
}

/** The columns of an export of audit events (the actor as actorId, actorEmail; changes as JSON). */
export const AUDIT_EVENT_COLUMNS = exportColumns(AuditEventResponse);

export class HistoryPage {
  @ApiProperty({ type: [AuditEventResponse] }) items: AuditEventResponse[];
  @ApiNullable(String) nextCursor: string | null;
}

export class VerifyResponse {
  @ApiProperty() valid: boolean;
  @ApiProperty({ type: 'integer', description: 'Events checked before the first invalid one (or all).' })
  checked: number;
  @ApiPropertyOptional({ format: 'uuid' }) firstInvalidId?: string;
}
