import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblem } from '../common/http';
import { Actor } from './actor';
import { Permission } from './permissions';

export const PERMISSION_KEY = 'pacta:permission';
export const PUBLIC_KEY = 'pacta:public';

/** The permission a handler needs, with its OpenAPI security and 401/403 answers. */
export function Authenticated(permission: Permission): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiProblem(401),
    ApiProblem(403, `Needs the permission ${permission}.`),
  );
}

/** A handler open without a token (login, health). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** The Actor the guard attached to the request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.actor!;
});
