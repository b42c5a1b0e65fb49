import { DynamicModule, Module, Provider } from '@nestjs/common';
import { channelProviders, HttpWebhookChannel, SmtpEmailChannel } from './channels/channel-providers';
import { EMAIL_CHANNEL, WEBHOOK_CHANNEL } from './channels/tokens';
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
 * subscriptions, the inbox, the scheduler and the delivery worker. EMAIL_CHANNEL is SMTP
 * (PACTA_SMTP_URL) or .eml files in the data dir, WEBHOOK_CHANNEL signed HTTPS posts behind the
 * SSRF guard (channels/); tests may give their own.
 */
@Module({})
export class NotificationsModule {
  static forRoot(channels: NotificationChannels = {}): DynamicModule {
    const email: Provider = channels.email
      ? { provide: EMAIL_CHANNEL, useValue: channels.email }
      : { provide: EMAIL_CHANNEL, useExisting: SmtpEmailChannel };
    const webhook: Provider = channels.webhook
      ? { provide: WEBHOOK_CHANNEL, useValue: channels.webhook }
      : { provide: WEBHOOK_CHANNEL, useExisting: HttpWebhookChannel };
    return {
      module: NotificationsModule,
      controllers: [NotificationsController, SubscriptionsController],
      providers: [
        ...channelProviders,
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
