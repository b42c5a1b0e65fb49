import { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';

/** Nest's start-up chatter (modules loaded, every route mapped): some forty lines per start. */
const BOOTSTRAP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * Nest's own messages through the same JSON (pino) logger as the requests. `quietBootstrap`
 * (a terminal) logs the start-up chatter at debug level instead of info.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly pino: FastifyBaseLogger,
    private readonly options: { quietBootstrap?: boolean } = {},
  ) {}

  private write(
    level: 'info' | 'warn' | 'error' | 'debug' | 'trace',
    message: unknown,
    rest: unknown[],
  ): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message && typeof message === 'object')
      this.pino[level]({ context, ...(message as object) }, String(rest[0] ?? ''));
    else this.pino[level]({ context }, String(message));
  }

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    const chatter =
      this.options.quietBootstrap && typeof context === 'string' && BOOTSTRAP_CONTEXTS.has(context);
    this.write(chatter ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
}
