/**
 * The seam between the notification core (outbox, subscriptions, inbox, scheduler, delivery
 * worker) and the outgoing channels (email, webhook). The core decides *what* is delivered to
 * *whom* and has already cut the payload down to what the recipient may see; a channel only
 * renders and sends it, and says whether a failure is worth retrying.
 */

export const NOTIFICATION_EVENT_TYPES = [
  'milestone.due_soon',
  'milestone.overdue',
  'milestone.transitioned',
  'progress.reported',
  'document.transitioned',
  'document.expiring',
  'party.transitioned',
  'deadline.created',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export type InterfaceLanguage = 'en' | 'ru' | 'az' | 'kk';

/** One event as a recipient may see it (already filtered to the recipient's clearance). */
export interface OutgoingEvent {
  /** Stable across retries: the webhook-id and the email Message-ID come from it. */
  deliveryId: string;
  eventId: string;
  type: NotificationEventType;
  /** ISO 8601 instant of the write (or of the threshold crossing, for time-based events). */
  occurredAt: string;
  subject: {
    kind: 'milestone' | 'document' | 'party' | 'deadline_rule';
    id: string;
    /** Display title in the recipient's language where a translation exists. */
    title: string;
  };
  /** Event-specific fields, e.g. { from, to, reason } or { dueOn, daysBefore }. JSON-safe. */
  data: Record<string, unknown>;
  /** Absolute URL into the web application (PACTA_PUBLIC_URL + route). */
  link: string;
}

export interface EmailRecipient {
  email: string;
  displayName: string;
  language: InterfaceLanguage;
}

/** A daily digest: one message per manager. */
export interface DigestMessage {
  recipient: EmailRecipient;
  /** The day the digest is for (YYYY-MM-DD). */
  day: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  /** Absolute URL of the filtered dashboard view. */
  dashboardLink: string;
}
export interface DigestItem {
  milestoneId: string;
  title: string;
  dueOn: string;
  status: string;
  documentTitle: string;
  link: string;
}

export interface DeliveryResult {
  ok: boolean;
  /** False for failures no retry can fix (a refused target, a 4xx other than 408/429). */
  retryable: boolean;
  /** HTTP status for webhooks, SMTP reply code for email, when there was one. */
  statusCode?: number;
  /** One line for the delivery log; never includes a secret. */
  detail: string;
  durationMs: number;
}

export interface EmailChannel {
  sendEvent(recipient: EmailRecipient, event: OutgoingEvent): Promise<DeliveryResult>;
  sendDigest(digest: DigestMessage): Promise<DeliveryResult>;
}

export interface WebhookTarget {
  url: string;
  /** `whsec_<base64>` as Standard Webhooks defines it. */
  secret: string;
}

export interface WebhookChannel {
  send(target: WebhookTarget, event: OutgoingEvent): Promise<DeliveryResult>;
}
