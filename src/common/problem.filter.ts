import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { Problem } from './problem';

/** Constraint name → the field a client sent, for 409/400 answers from the database. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  UQ_documents_reference_number: 'referenceNumber',
  UQ_users_email: 'email',
  CHK_summits_dates: 'endsOn',
  CHK_milestones_indicator: 'indicator',
  CHK_milestones_anchor: 'documentId',
  CHK_documents_parent_relation: 'relation',
};

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/** TypeORM's answer to a query on a transaction whose connection the database dropped mid-way. */
const RELEASED_RUNNER = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** What a driver, TypeORM or Fastify error may carry: every field is optional and untrusted. */
interface ErrorLike {
  name?: string;
  code?: string;
  message?: unknown;
  statusCode?: number;
  constraint?: string;
  column?: string;
  driverError?: ErrorLike;
}

function asErrorLike(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
}

function isConnectionFailure(value: unknown): boolean {
  const error = asErrorLike(value);
  const code: string | undefined = error.code ?? error.driverError?.code;
  const message = String(error.message ?? '');
  return (
    RELEASED_RUNNER.has(error.name ?? '') ||
    (code !== undefined &&
      (CONNECTION_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P03')) ||
    /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|connect ECONNREFUSED|Connection is not established/i.test(
      message,
    )
  );
}

/** Turns what the database said into a problem, or null when it is our fault (500). */
export function problemFromDatabase(error: unknown): Problem | null {
  if (isConnectionFailure(error)) return Problem.unavailable();
  if (!(error instanceof QueryFailedError)) return null;
  const driver = asErrorLike(error).driverError ?? {};
  const code: string = driver.code ?? '';
  const field = CONSTRAINT_FIELDS[driver.constraint ?? ''];
  switch (code) {
    case '23505':
      return Problem.conflict('unique-violation', `${field ?? 'A unique value'} is already taken.`, {
        errors: [{ field: field ?? 'unknown', message: 'already taken' }],
      });
    case '23503':
      return Problem.conflict(
        'reference-violation',
        'The entity is referenced by others or references one that is missing.',
      );
    case '23502': {
      const column = String(driver.column ?? 'unknown').replace(/_([a-z])/g, (_: string, c: string) =>
        c.toUpperCase(),
      );
      return Problem.badRequest(`${column} may not be null.`, [
        { field: column, message: 'may not be null' },
      ]);
    }
    case '23514':
      return Problem.badRequest(`The request breaks a rule of the register${field ? ` (${field})` : ''}.`, [
        { field: field ?? 'unknown', message: 'violates a constraint' },
      ]);
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22021':
    case '22001':
    case '54000':
      return Problem.badRequest('A value is malformed or out of range.');
    case '40001':
    case '40P01':
    case '55P03':
      return Problem.conflict('concurrent-change', 'The entity was changed concurrently. Retry.');
    case '57014':
      return Problem.unavailable('The database did not answer in time. Try again shortly.');
    default:
      return null;
  }
}

/** Fastify's own errors (body parsing, size, media type) as problems. */
export function problemFromFastify(value: unknown): Problem | null {
  const error = asErrorLike(value);
  const status: number | undefined = error.statusCode;
  const code: string = error.code ?? '';
  if (!status || status >= 500 || !code.startsWith('FST_')) return null;
  if (status === 413) return new Problem(413, 'payload-too-large', 'The request body is too large.');
  if (status === 415)
    return new Problem(415, 'unsupported-media-type', 'Send JSON with Content-Type: application/json.');
  return Problem.badRequest(
    code.includes('JSON') || code.includes('BODY') ? 'The body is not valid JSON.' : String(error.message),
  );
}

export function toProblem(exception: unknown): Problem | null {
  if (exception instanceof Problem) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse() as string | { message?: string | string[] };
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray(response?.message)
          ? response.message.join('; ')
          : response?.message;
    if (status === 404)
      return new Problem(
        404,
        'not-found',
        message && !/^Cannot /.test(message) ? message : 'No such resource.',
      );
    return new Problem(
      status,
      status === 400 ? 'invalid-request' : status === 413 ? 'payload-too-large' : 'http-error',
      message ?? exception.message,
    );
  }
  return problemFromFastify(exception) ?? problemFromDatabase(exception);
}

export function problemBody(problem: Problem, instance: string, requestId?: string): Record<string, unknown> {
  return {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance,
    ...problem.extras,
    ...(requestId ? { requestId } : {}),
  };
}

/** Every error leaves as application/problem+json; unknown ones as a bare 500, logged. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    let problem = toProblem(exception);
    if (problem === null) {
      this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
      problem = new Problem(500, 'internal', 'An unexpected error occurred. It has been logged.');
    } else if (problem.status === 503) {
      this.logger.warn(
        { requestId: request.id, err: String((exception as Error)?.message) },
        'database unavailable',
      );
    }
    sendProblem(reply, problem, request.url.split('?')[0], request.id);
  }
}

export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  instance: string,
  requestId?: string,
): void {
  if (reply.sent) return;
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  reply
    .status(problem.status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify(problemBody(problem, instance, requestId)));
}
