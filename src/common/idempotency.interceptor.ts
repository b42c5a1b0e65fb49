import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';

/**
 * `Idempotency-Key` on POST: a retry with the same key and body replays the first response.
 * (Placeholder: the drill work of issue 7 implements it over the idempotency_keys table.)
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle();
  }
}
