import { DynamicModule, Module, Provider } from '@nestjs/common';
import {
  EMAIL_CHANNEL,
  UnconfiguredEmailChannel,
  UnconfiguredWebhookChannel,
  WEBHOOK_CHANNEL,
} from './channels/tokens';
import type { EmailChannel, WebhookChannel } from './channels/types';
import { NotificationWorker } from './delivery.worker';
import { InboxService } from './inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationScheduler } from './scheduler';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

/** Channels given instead of the configured ones (tests: recording stubs). */
export interface NotificationChannels {
  email?: EmailChannel;
  webhook?: WebhookChannel;
}

/**
 * Notifications (§14): the outbox (recorded by the writes themselves, src/notifications/outbox.ts),
 * subscriptions, the inbox, the scheduler and the delivery worker. The email and webhook channels
 * are bound to EMAIL_CHANNEL and WEBHOOK_CHANNEL; without a real one, a placeholder answers every
 * send with a retryable "channel not configured", so nothing is lost while none is bound.
 */
@Module({})
export class NotificationsModule {
  static forRoot(channels: NotificationChannels = {}): DynamicModule {
    const email: Provider = channels.email
      ? { provide: EMAIL_CHANNEL, useValue: channels.email }
      : { provide: EMAIL_CHANNEL, useClass: UnconfiguredEmailChannel };
    const webhook: Provider = channels.webhook
      ? { provide: WEBHOOK_CHANNEL, useValue: channels.webhook }
      : { provide: WEBHOOK_CHANNEL, useClass: UnconfiguredWebhookChannel };
    return {
      module: NotificationsModule,
      controllers: [NotificationsController, SubscriptionsController],
      providers: [
        email,
        webhook,
        InboxService,
        SubscriptionsService,
        NotificationScheduler,
        NotificationWorker,
      ],
      exports: [NotificationWorker, NotificationScheduler],
    };
  }
}
