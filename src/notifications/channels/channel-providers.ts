import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.token';
import { EMAIL_CHANNEL_OPTIONS, emailOptionsFrom, SmtpEmailChannel } from './email';
import { HttpWebhookChannel, WEBHOOK_CHANNEL_OPTIONS, webhookOptionsFrom } from './webhook';

/**
 * The outgoing channels with their options read from AppConfig. The notification module adds
 * these and binds its own tokens to the classes, e.g.
 * `{ provide: EMAIL_CHANNEL, useExisting: SmtpEmailChannel }`.
 */
export const channelProviders: Provider[] = [
  { provide: EMAIL_CHANNEL_OPTIONS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => emailOptionsFrom(c) },
  {
    provide: WEBHOOK_CHANNEL_OPTIONS,
    inject: [APP_CONFIG],
    useFactory: (c: AppConfig) => webhookOptionsFrom(c),
  },
  SmtpEmailChannel,
  HttpWebhookChannel,
];

export { SmtpEmailChannel, HttpWebhookChannel };
