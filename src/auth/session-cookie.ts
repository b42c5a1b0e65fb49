import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiCookieAuth, ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { API, ApiProblem } from '../common/http';
import { Problem } from '../common/problem';
import { PUBLIC_KEY } from './auth.decorators';

/** The refresh cookie (spec §16). No `__Host-` prefix: that needs Path=/, and this one is scoped to the auth routes. */
export const REFRESH_COOKIE = 'pacta_refresh';
export const REFRESH_COOKIE_PATH = `/${API}/auth`;
/** The header a session request must carry: a cross-site form cannot send it, a cross-origin script needs CORS, which Pacta does not grant. */
export const CSRF_HEADER = 'x-pacta-csrf';
export const COOKIE_SECURITY = 'refreshCookie';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Secure unless Pacta is reached over plain HTTP on loopback (where browsers would drop a Secure cookie's use). */
export function cookieIsSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}

/** The Set-Cookie value: the token for `maxAgeSeconds`, or (token null) one that deletes it. */
export function refreshCookie(token: string | null, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${REFRESH_COOKIE}=${token ?? ''}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${token ? Math.max(0, Math.floor(maxAgeSeconds)) : 0}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The refresh token from the Cookie header, when one of the right shape is there. */
export function refreshTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== REFRESH_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return null;
}

/**
 * CSRF defence for requests that set or use the refresh cookie: besides SameSite=Strict, the
 * request must carry `X-Pacta-CSRF: 1`, and what the browser says of its origin (`Origin`,
 * `Sec-Fetch-Site`) must be Pacta itself: PACTA_PUBLIC_URL or the Host the request was sent to.
 */
export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  const refuse = (why: string) =>
    Problem.forbidden(`Session requests must come from Pacta's own pages (${why}).`);
  if (request.headers[CSRF_HEADER] !== '1') throw refuse('send the header X-Pacta-CSRF: 1');
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw refuse(`Sec-Fetch-Site is ${String(site)}`);
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  const own = new URL(publicUrl);
  const sameAsPublic = origin === own.origin;
  const sameAsHost = host !== null && host === request.headers.host;
  if (!sameAsPublic && !sameAsHost) throw refuse(`Origin ${origin} is another site`);
}

@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    assertSameOrigin(context.switchToHttp().getRequest<FastifyRequest>(), this.config.publicUrl);
    return true;
  }
}

export const CSRF_HEADER_DOC = {
  name: 'X-Pacta-CSRF',
  // Required by the server (403 without it), declared optional so that a generated client need
  // not invent a header for every other call: the description says so.
  required: false,
  description:
    'Required on these session routes: must be `1` (403 without it). With SameSite=Strict this keeps other sites from riding the cookie: a cross-site form cannot send a custom header, and a cross-origin script would need CORS, which is not granted. `Origin` and `Sec-Fetch-Site`, when the browser sends them, must name Pacta itself (403 otherwise).',
  schema: { type: 'string', enum: ['1'] },
};

/**
 * A handler authenticated by the refresh cookie rather than a bearer token: open to the bearer
 * guard, closed to other sites (SameOriginGuard), documented with the cookie security scheme.
 */
export function SessionCookie(): MethodDecorator {
  return applyDecorators(
    SetMetadata(PUBLIC_KEY, true),
    UseGuards(SameOriginGuard),
    ApiCookieAuth(COOKIE_SECURITY),
    ApiHeader(CSRF_HEADER_DOC),
    ApiProblem(401, 'No refresh cookie, or one that is unknown, rotated, expired or of an ended session.'),
    ApiProblem(403, 'The request does not come from Pacta itself (X-Pacta-CSRF, Origin, Sec-Fetch-Site).'),
  );
}
