import { Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiProblems, UuidParam } from '../common/http';
import { IdempotentPost } from '../common/idempotency.interceptor';
import {
  NotificationListQuery,
  NotificationPage,
  NotificationResponse,
  ReadAllResponse,
  UnreadCountResponse,
} from './dto/notification.dto';
import { InboxService } from './inbox.service';

/** The in-app inbox (§14): every signed-in user's own notifications. */
@ApiTags('notifications')
@Controller(`${API}/notifications`)
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @ApiOperation({ operationId: 'listNotifications', summary: 'Your notifications, newest first' })
  @Get()
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: NotificationPage })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: NotificationListQuery) {
    return this.inbox.list(actor, query);
  }

  @ApiOperation({
    operationId: 'countUnreadNotifications',
    summary: 'How many of your notifications are unread',
  })
  @Get('unread-count')
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiProblems()
  async unreadCount(@CurrentActor() actor: Actor) {
    return { count: await this.inbox.unreadCount(actor) };
  }

  @ApiOperation({ operationId: 'readAllNotifications', summary: 'Mark all your notifications read' })
  @IdempotentPost('read-all')
  @HttpCode(200)
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: ReadAllResponse })
  @ApiProblems()
  readAll(@CurrentActor() actor: Actor) {
    return this.inbox.readAll(actor);
  }

  @ApiOperation({ operationId: 'readNotification', summary: 'Mark one of your notifications read' })
  @IdempotentPost(':id/read')
  @HttpCode(200)
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: NotificationResponse })
  @ApiProblems(400, 404)
  read(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.inbox.read(actor, id);
  }
}
