import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Problem } from '../common/problem';
import { preferredLanguages } from '../common/translations';
import { AuthenticatedRequest, PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators';
import { Permission } from './permissions';
import { TokenService } from './token.service';

export const FEED_TOKEN_KEY = 'pacta:feed-token';

/**
 * The one place access is decided: a handler is @Public or declares a Permission; a handler
 * with neither is refused (deny by default), so a forgotten decorator cannot open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!permission) {
      this.logger.error(
        `handler without a declared permission refused: ${request.method} ${request.routeOptions?.url}`,
      );
      throw Problem.forbidden('This endpoint declares no permission and is closed.');
    }
    const header = request.headers.authorization;
    let actor = null;
    if (typeof header === 'string' && /^Bearer\s+\S+$/i.test(header)) {
      actor = await this.tokens.actorForToken(header.replace(/^Bearer\s+/i, ''), request.id);
    } else if (header === undefined && this.reflector.getAllAndOverride<boolean>(FEED_TOKEN_KEY, targets)) {
      const token = (request.query as Record<string, unknown>)?.token;
      if (typeof token === 'string' && token.length >= 20 && token.length <= 200) {
        actor = await this.tokens.actorForFeedToken(token, request.id);
      }
    }
    if (!actor) throw Problem.unauthorized();
    if (!actor.can(permission)) throw Problem.forbidden();
    actor.languages = preferredLanguages(request.headers['accept-language']);
    request.actor = actor;
    return true;
  }
}
