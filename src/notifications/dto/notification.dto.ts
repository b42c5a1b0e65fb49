import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiNullable } from '../../common/openapi';
import { PageQuery } from '../../common/paging';
import { QueryBoolean } from '../../common/validation';
import { NOTIFICATION_EVENT_TYPES } from '../channels/types';

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only the unread.' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

export class NotificationSubject {
  @ApiProperty({ enum: ['milestone', 'document', 'party', 'deadline_rule'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_EVENT_TYPES }) type: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: NotificationSubject }) subject: NotificationSubject;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Event-specific fields, e.g. { from, to, reason } or { dueOn, daysBefore }.',
  })
  data: Record<string, unknown>;
  @ApiProperty({ description: 'Absolute URL of the subject in the web application.' }) link: string;
  @ApiNullable(String, { format: 'date-time' }) readAt: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiNullable(String) nextCursor: string | null;
  @ApiProperty({ type: 'integer', description: 'All your unread notifications, whatever the page.' })
  unreadCount: number;
}

export class UnreadCountResponse {
  @ApiProperty({ type: 'integer' }) count: number;
}

export class ReadAllResponse {
  @ApiProperty({ type: 'integer', description: 'How many were unread and are now read.' })
  updated: number;
}
