import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';

/** A response that is one entity (has an id and an integer version) carries ETag: "<version>". */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body) => {
        if (
          body &&
          typeof body === 'object' &&
          'id' in body &&
          Number.isInteger((body as { version?: unknown }).version)
        ) {
          context
            .switchToHttp()
            .getResponse<FastifyReply>()
            .header('ETag', `"${(body as { version: number }).version}"`);
        }
        return body;
      }),
    );
  }
}
