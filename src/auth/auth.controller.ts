import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { API, ApiProblems } from '../common/http';
import { UserResponse } from '../users/dto/user.dto';
import { Actor } from './actor';
import { Authenticated, CurrentActor, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { FeedTokenResponse, LoginDto, TokenResponse } from './dto/login.dto';
import { Permission } from './permissions';

@ApiTags('auth')
@Controller(`${API}/auth`)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, [401, 'Wrong email or password: the same answer whether the email exists or not.'], 429)
  @ApiOperation({ operationId: 'login', summary: 'Exchange email and password for an access token' })
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest) {
    return this.auth.login(dto.email, dto.password, request.ip, request.id);
  }

  @Get('me')
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems()
  @ApiOperation({ operationId: 'getCurrentUser', summary: 'The user the token belongs to' })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  @IdempotentPost('feed-token')
  @HttpCode(201)
  @Authenticated(Permission.Self)
  @ApiProblems()
  @ApiOperation({
    operationId: 'createFeedToken',
    summary: 'Issue a calendar feed token (replacing the old one)',
  })
  @ApiCreatedResponse({
    type: FeedTokenResponse,
    description: 'A new calendar feed token; the old one stops working.',
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
