import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config';
import { renderDigestMail, renderEventMail, type RenderedMail } from './mail-templates';
import type { DeliveryResult, DigestMessage, EmailChannel, EmailRecipient, OutgoingEvent } from './types';

export interface EmailChannelOptions {
  /** null: messages are written as `.eml` files in mailDir instead of sent. */
  smtpUrl: string | null;
  from: string;
  mailDir: string;
  /** Connect, greeting and socket inactivity limit for SMTP. */
  timeoutMs: number;
}

export const EMAIL_CHANNEL_OPTIONS = 'EMAIL_CHANNEL_OPTIONS';

export function emailOptionsFrom(config: AppConfig): EmailChannelOptions {
  return {
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    mailDir: resolve(config.dataDir, 'mail'),
    timeoutMs: 15_000,
  };
}

/** Message-IDs and file names from ids: nothing but a safe alphabet. */
function token(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'x';
}

interface Envelope {
  to: EmailRecipient;
  /** Unique per message and stable across retries (a retry is the same message). */
  key: string;
  mail: RenderedMail;
  headers: Record<string, string>;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
}

/**
 * Email through nodemailer: SMTP when PACTA_SMTP_URL is set, else one `.eml` file per message
 * in `<dataDir>/mail`, named after the delivery, written to a temporary name and renamed (a
 * reader never sees half a file; a retry rewrites the same file instead of adding one).
 * A 5xx answer about the envelope or the message is final; the rest (connection refused, a
 * timeout, 4xx, authentication) may be fixed by waiting or by an operator, so it is retried.
 */
@Injectable()
export class SmtpEmailChannel implements EmailChannel, OnModuleDestroy {
  /** Made on the first message: nodemailer is loaded then, not at start-up (it took ~10 % of it). */
  private transport?: Promise<Transporter>;
  private readonly domain: string;

  constructor(@Inject(EMAIL_CHANNEL_OPTIONS) private readonly options: EmailChannelOptions) {
    this.domain = /@([^\s<>@]+)>?\s*$/.exec(options.from)?.[1] ?? 'pacta.local';
  }

  private transporter(): Promise<Transporter> {
    const options = this.options;
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      options.smtpUrl === null
        ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
        : nodemailer.createTransport({
            url: options.smtpUrl,
            pool: true,
            maxConnections: 3,
            connectionTimeout: options.timeoutMs,
            greetingTimeout: options.timeoutMs,
            socketTimeout: options.timeoutMs,
          }),
    );
    return this.transport;
  }

  onModuleDestroy(): void {
    void this.transport?.then((t) => t.close());
  }

  sendEvent(recipient: EmailRecipient, event: OutgoingEvent): Promise<DeliveryResult> {
    return this.deliver({
      to: recipient,
      key: event.deliveryId,
      mail: renderEventMail(event, recipient.language, recipient.displayName),
      headers: { 'X-Pacta-Event': event.type },
    });
  }

  sendDigest(digest: DigestMessage): Promise<DeliveryResult> {
    const who = createHash('sha256').update(digest.recipient.email).digest('hex').slice(0, 16);
    return this.deliver({
      to: digest.recipient,
      key: `digest-${digest.day}-${who}`,
      mail: renderDigestMail(digest),
      headers: { 'X-Pacta-Event': 'digest' },
    });
  }

  private async deliver(envelope: Envelope): Promise<DeliveryResult> {
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    const message = {
      from: this.options.from,
      to: { name: envelope.to.displayName, address: envelope.to.email },
      subject: envelope.mail.subject,
      text: envelope.mail.text,
      html: envelope.mail.html,
      messageId: `<${token(envelope.key)}@${this.domain}>`,
      headers: {
        'Content-Language': envelope.to.language,
        'Auto-Submitted': 'auto-generated',
        ...envelope.headers,
      },
    };
    try {
      const info = await (await this.transporter()).sendMail(message);
      if (this.options.smtpUrl === null) {
        const file = await this.writeEml(envelope.key, info.message as Buffer);
        return { ok: true, retryable: false, detail: `written to ${file}`, durationMs: took() };
      }
      const response = String(info.response ?? '');
      const code = Number(/^(\d{3})/.exec(response)?.[1]);
      return {
        ok: true,
        retryable: false,
        statusCode: Number.isInteger(code) ? code : undefined,
        detail: `accepted: ${oneLine(response)}`,
        durationMs: took(),
      };
    } catch (error) {
      const e = error as SmtpError;
      const final = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.code !== 'EAUTH';
      return {
        ok: false,
        retryable: !final,
        statusCode: e.responseCode,
        detail: this.scrub(`${e.code ?? 'error'}: ${oneLine(e.message)}`),
        durationMs: took(),
      };
    }
  }

  private async writeEml(key: string, content: Buffer): Promise<string> {
    const dir = this.options.mailDir;
    await mkdir(dir, { recursive: true });
    const name = `${token(key)}.eml`;
    const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, content, { flag: 'wx', mode: 0o640 });
      await rename(temporary, join(dir, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return `mail/${name}`;
  }

  /** The SMTP URL's password never reaches the delivery log. */
  private scrub(detail: string): string {
    let out = detail.slice(0, 500);
    if (this.options.smtpUrl) {
      try {
        const password = decodeURIComponent(new URL(this.options.smtpUrl).password);
        if (password) out = out.split(password).join('[secret]');
      } catch {
        /* a URL that parsed at start-up parses now */
      }
    }
    return out;
  }
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, 300);
}
