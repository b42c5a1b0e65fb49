import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Delete, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API, ApiProblems } from '../common/http';
import { Actor } from './actor';
import { Authenticated, CurrentActor, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { FeedTokenResponse, LoginDto, TokenResponse } from './dto/login.dto';
import { MeResponse } from './dto/me.dto';
import { Permission } from './permissions';
import { CSRF_HEADER_DOC, refreshTokenOf, SessionCookie } from './session-cookie';
import { SessionService } from './session.service';

const SET_COOKIE = (what: string) => ({
  'Set-Cookie': {
    description: `${what} Attributes: Path=/api/v1/auth; HttpOnly; SameSite=Strict; Max-Age=<seconds>; Secure unless Pacta is on loopback HTTP.`,
    schema: {
      type: 'string',
      example: 'pacta_refresh=…; Path=/api/v1/auth; Max-Age=43200; HttpOnly; SameSite=Strict; Secure',
    },
  },
  'Cache-Control': { description: 'no-store', schema: { type: 'string' } },
});

@ApiTags('auth')
@Controller(`${API}/auth`)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'login',
    summary: 'Sign in: an access token, and with `session: true` a browser session (refresh cookie).',
  })
  @ApiHeader({
    ...CSRF_HEADER_DOC,
    required: false,
    description: `With session: true only. ${CSRF_HEADER_DOC.description}`,
  })
  @ApiOkResponse({
    type: TokenResponse,
    headers: SET_COOKIE(
      'With session: true only: the refresh cookie `pacta_refresh` (a random token; only its hash is stored).',
    ),
  })
  @ApiProblems(
    400,
    [401, 'The email or password is wrong, or the user is disabled: one answer for all.'],
    [403, 'With session: true, from another site (X-Pacta-CSRF, Origin, Sec-Fetch-Site).'],
    429,
  )
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    if (dto.session) this.sessions.checkOrigin(request);
    const { token, session } = await this.auth.login(
      dto.email,
      dto.password,
      request.ip,
      request.id,
      dto.session,
    );
    if (session) reply.header('Set-Cookie', this.sessions.cookie(session));
    return token;
  }

  @Post('refresh')
  @HttpCode(200)
  @SessionCookie()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'refreshSession',
    summary: 'A new access token for the browser session; the refresh cookie is rotated.',
    description:
      'Send the cookie (`credentials: "same-origin"`), `X-Pacta-CSRF: 1` and no body. The answer has the same shape as login and replaces the cookie with a new token: the old one is spent, and presenting a spent token again ends the whole session (401 for both parties). Make one refresh at a time per browser (e.g. `navigator.locks`), since parallel refreshes with the same cookie look like reuse. The session lasts PACTA_SESSION_MAX_SECONDS from sign-in (default 12 h) and ends after PACTA_SESSION_IDLE_SECONDS without a refresh (default 1 h); disabling the user or changing their roles, clearance or password ends it. A 401 also deletes the cookie.',
  })
  @ApiOkResponse({ type: TokenResponse, headers: SET_COOKIE('The next refresh token (rotation).') })
  @ApiProblems()
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const next = await this.sessions.refresh(refreshTokenOf(request), request.id);
    reply.header('Set-Cookie', this.sessions.cookie(next));
    return this.auth.accessToken(next.userId, next.tokenVersion);
  }

  @Post('logout')
  @HttpCode(204)
  @SessionCookie()
  @ApiOperation({
    operationId: 'logout',
    summary: 'Ends the browser session and deletes the refresh cookie.',
    description:
      'Send the cookie and `X-Pacta-CSRF: 1`. Always 204 (also without a cookie or for an ended session); then drop the access token from memory (it stays valid until it expires, at most expiresIn seconds).',
  })
  @ApiNoContentResponse({
    description: 'The session has ended.',
    headers: {
      'Set-Cookie': {
        description: 'Deletes the cookie: pacta_refresh=; Path=/api/v1/auth; Max-Age=0; …',
        schema: { type: 'string' },
      },
    },
  })
  @ApiProblems()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.logout(refreshTokenOf(request), request.id);
    reply.header('Set-Cookie', this.sessions.cookie(null));
  }

  @Get('me')
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems()
  @ApiOperation({ operationId: 'getCurrentUser', summary: 'The user the token belongs to' })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  // The plaintext token is shown once and never stored, so a retry issues a new one.
  @IdempotentPost('feed-token', { keepResponse: false })
  @HttpCode(201)
  @Authenticated(Permission.Self)
  @ApiProblems()
  @ApiOperation({
    operationId: 'createFeedToken',
    summary: 'Issue a calendar feed token (replacing the old one)',
  })
  @ApiCreatedResponse({
    type: FeedTokenResponse,
    description:
      'A new calendar feed token; the old one stops working. The token is never stored in plaintext, so a retry with the same Idempotency-Key issues another one rather than replaying the first.',
  })
  async feedToken(@CurrentActor() actor: Actor) {
    const feedToken = await this.auth.issueFeedToken(actor);
    return { feedToken, url: `/${API}/calendar.ics?token=${feedToken}` };
  }

  @Delete('feed-token')
  @HttpCode(204)
  @Authenticated(Permission.Self)
  @ApiNoContentResponse({ description: 'The feed token no longer works.' })
  @ApiProblems()
  @ApiOperation({ operationId: 'revokeFeedToken', summary: 'Revoke your calendar feed token' })
  revokeFeedToken(@CurrentActor() actor: Actor) {
    return this.auth.revokeFeedToken(actor);
  }
}
