import type { DeliveryResult, EmailChannel, WebhookChannel } from './types';

/** Nest injection tokens of the outgoing channels (their classes live beside this file). */
export const EMAIL_CHANNEL = Symbol('EMAIL_CHANNEL');
export const WEBHOOK_CHANNEL = Symbol('WEBHOOK_CHANNEL');

const NOT_CONFIGURED: DeliveryResult = {
  ok: false,
  retryable: true,
  detail: 'channel not configured',
  durationMs: 0,
};

/**
 * What the core binds when no real channel is given: every send is a retryable failure, so
 * deliveries wait (and are retried with backoff) instead of being lost or pretended sent.
 */
export class UnconfiguredEmailChannel implements EmailChannel {
  sendEvent(): Promise<DeliveryResult> {
    return Promise.resolve({ ...NOT_CONFIGURED });
  }
  sendDigest(): Promise<DeliveryResult> {
    return Promise.resolve({ ...NOT_CONFIGURED });
  }
}

export class UnconfiguredWebhookChannel implements WebhookChannel {
  send(): Promise<DeliveryResult> {
    return Promise.resolve({ ...NOT_CONFIGURED });
  }
}
