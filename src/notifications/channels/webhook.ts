import { Inject, Injectable } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { AppConfig } from '../../config/app-config';
import { checkTarget, type ResolveAll, type ResolvedAddress } from './ssrf';
import type { DeliveryResult, OutgoingEvent, WebhookChannel, WebhookTarget } from './types';
import { signWebhook } from './webhook-secret';

export interface WebhookChannelOptions {
  allowPrivate: boolean;
  connectTimeoutMs: number;
  /** For the whole delivery: DNS, connect, request, response and every redirect. */
  timeoutMs: number;
  /** The response body is read up to this many bytes, then the connection is dropped. */
  maxResponseBytes: number;
  /** Redirects followed (each target checked again); one more is a failure. */
  maxRedirects: number;
  allowedNetworks?: string[];
  resolveAll?: ResolveAll;
}

export const WEBHOOK_CHANNEL_OPTIONS = 'WEBHOOK_CHANNEL_OPTIONS';
export const WEBHOOK_MAX_RESPONSE_BYTES = 64 * 1024;
export const WEBHOOK_MAX_REDIRECTS = 3;

export function webhookOptionsFrom(config: AppConfig): WebhookChannelOptions {
  return {
    allowPrivate: config.webhookAllowPrivate,
    connectTimeoutMs: config.webhookConnectTimeoutMs,
    timeoutMs: config.webhookTimeoutMs,
    maxResponseBytes: WEBHOOK_MAX_RESPONSE_BYTES,
    maxRedirects: WEBHOOK_MAX_REDIRECTS,
  };
}

/** The JSON body: Standard Webhooks' { type, timestamp, data }. */
export function webhookBody(event: OutgoingEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: { ...event } });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Hop {
  statusCode: number;
  location: string | null;
  bodyBytes: number;
  capped: boolean;
  snippet: string;
}

class Refused extends Error {}
class Timeout extends Error {}

/**
 * Posts signed events. A refused target, a 4xx other than 408/429 and too many redirects are
 * final; a network error, a timeout, 408, 429 and 5xx are worth retrying. Redirects (301, 302,
 * 303, 307, 308) are followed up to `maxRedirects`, re-posting the same signed body, and each
 * new target passes the SSRF guard again; https never follows a redirect down to plain http.
 */
@Injectable()
export class HttpWebhookChannel implements WebhookChannel {
  constructor(@Inject(WEBHOOK_CHANNEL_OPTIONS) private readonly options: WebhookChannelOptions) {}

  async send(target: WebhookTarget, event: OutgoingEvent): Promise<DeliveryResult> {
    const started = performance.now();
    const finish = (
      r: Omit<DeliveryResult, 'durationMs' | 'detail'> & { detail: string },
    ): DeliveryResult => ({
      ...r,
      detail: scrub(r.detail, target.secret),
      durationMs: Math.round(performance.now() - started),
    });
    const body = webhookBody(event);
    let headers: Record<string, string>;
    try {
      headers = {
        ...signWebhook(target.secret, event.deliveryId, Math.floor(Date.now() / 1000), body),
        'content-type': 'application/json',
        'user-agent': 'Pacta-Webhooks/1',
      };
    } catch (error) {
      return finish({
        ok: false,
        retryable: false,
        detail: `bad webhook secret: ${(error as Error).message}`,
      });
    }
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    let url = target.url;
    let previous: URL | null = null;
    try {
      for (let hop = 0; ; hop++) {
        const checked = await race(
          checkTarget(url, {
            allowPrivate: this.options.allowPrivate,
            allowedNetworks: this.options.allowedNetworks,
            resolveAll: this.options.resolveAll,
          }),
          deadline,
        );
        if (!checked.ok) throw new Refused(checked.reason);
        if (previous?.protocol === 'https:' && checked.url.protocol === 'http:') {
          throw new Refused('redirect from https to plain http refused');
        }
        const answer = await this.post(
          checked.url,
          checked.hostname,
          checked.address,
          headers,
          body,
          deadline,
        );
        if (REDIRECTS.has(answer.statusCode)) {
          if (hop >= this.options.maxRedirects) {
            return finish({
              ok: false,
              retryable: false,
              statusCode: answer.statusCode,
              detail: `more than ${this.options.maxRedirects} redirects`,
            });
          }
          if (!answer.location) {
            return finish({
              ok: false,
              retryable: false,
              statusCode: answer.statusCode,
              detail: `${answer.statusCode} without a Location`,
            });
          }
          previous = checked.url;
          url = new URL(answer.location, checked.url).toString();
          continue;
        }
        const status = answer.statusCode;
        const ok = status >= 200 && status < 300;
        const retryable = !ok && (status === 408 || status === 429 || status >= 500);
        const via = hop > 0 ? ` after ${hop} redirect${hop > 1 ? 's' : ''}` : '';
        const cap = answer.capped ? `; response cut at ${this.options.maxResponseBytes} bytes` : '';
        const said = !ok && answer.snippet ? `: ${answer.snippet}` : '';
        return finish({ ok, retryable, statusCode: status, detail: `HTTP ${status}${via}${cap}${said}` });
      }
    } catch (error) {
      if (error instanceof Refused)
        return finish({ ok: false, retryable: false, detail: `refused: ${error.message}` });
      if (error instanceof Timeout || deadline.aborted) {
        return finish({ ok: false, retryable: true, detail: (error as Error).message || 'timed out' });
      }
      const code = (error as NodeJS.ErrnoException).code;
      return finish({
        ok: false,
        retryable: true,
        detail: `network error: ${code ?? (error as Error).message}`,
      });
    }
  }

  private post(
    url: URL,
    hostname: string,
    address: ResolvedAddress,
    headers: Record<string, string>,
    body: string,
    deadline: AbortSignal,
  ): Promise<Hop> {
    // The connection goes to the address the guard checked, whatever DNS says by now.
    const lookup: LookupFunction = (_name, opts, callback) => {
      if (opts.all) callback(null, [{ address: address.address, family: address.family }]);
      else callback(null, address.address, address.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Hop>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        request.destroy();
        reject(error);
      };
      const onAbort = () => fail(new Timeout(`timed out after ${this.options.timeoutMs} ms`));
      if (deadline.aborted) return onAbort();
      deadline.addEventListener('abort', onAbort, { once: true });
      const request = client.request({
        method: 'POST',
        host: hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        agent: false,
        servername: isIP(hostname) ? undefined : hostname,
      });
      request.on('socket', (socket) => {
        const timer = setTimeout(
          () => fail(new Timeout(`connect timed out after ${this.options.connectTimeoutMs} ms`)),
          this.options.connectTimeoutMs,
        );
        const connected = url.protocol === 'https:' ? 'secureConnect' : 'connect';
        socket.once(connected, () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      request.on('error', (error) => fail(error));
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        let capped = false;
        const done = () => {
          if (settled) return;
          settled = true;
          deadline.removeEventListener('abort', onAbort);
          const text = Buffer.concat(chunks).subarray(0, 200).toString('utf8');
          resolve({
            statusCode: response.statusCode ?? 0,
            location: typeof response.headers.location === 'string' ? response.headers.location : null,
            bodyBytes: bytes,
            capped,
            snippet: text.replace(/[\p{Cc}\s]+/gu, ' ').trim(),
          });
        };
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > this.options.maxResponseBytes) {
            capped = true;
            done();
            request.destroy();
            return;
          }
          if (Buffer.concat(chunks).length < 200) chunks.push(chunk);
        });
        response.on('end', done);
        response.on('aborted', () => fail(new Error('response aborted')));
        response.on('error', (error) => fail(error));
      });
      request.end(body);
    });
  }
}

function race<T>(promise: Promise<T>, deadline: AbortSignal): Promise<T> {
  if (deadline.aborted) return Promise.reject(new Timeout('timed out'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Timeout('timed out while resolving the target'));
    deadline.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        deadline.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        deadline.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** A secret (or its key part) never reaches the delivery log, whatever a receiver echoes. */
function scrub(detail: string, secret: string): string {
  let out = detail.slice(0, 500);
  for (const s of [secret, secret.replace(/^whsec_/, '')])
    if (s.length >= 8) out = out.split(s).join('[secret]');
  return out;
}
