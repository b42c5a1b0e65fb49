/**
 * Every problem type Pacta answers with (`urn:pacta:problem:<type>`): one list, so that clients
 * and tests can name them and the OpenAPI document can enumerate them. A new kind of error adds
 * its slug here.
 */
export const PROBLEM_TYPES = [
  'invalid-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'not-acceptable',
  'transition-not-allowed',
  'unique-violation',
  'reference-violation',
  'concurrent-change',
  'stale-version',
  'precondition-required',
  'precondition-unmet',
  'payload-too-large',
  'unsupported-media-type',
  'range-not-satisfiable',
  'rate-limited',
  'unavailable',
  'shutting-down',
  'headers-too-large',
  'request-timeout',
  'http-error',
  'internal',
  // workflows and records
  'not-deletable',
  'already-applied',
  'milestone-cancelled',
  // idempotency (§10)
  'idempotency-key-busy',
  'idempotency-key-in-progress',
  'idempotency-key-reused',
  // attachments (§12)
  'integrity-check-failed',
  // notifications (§14)
  'not-a-webhook',
  // imports (§15)
  'not-a-spreadsheet',
  'bad-spreadsheet',
  'zip-bomb',
  'too-many-rows',
  'import-invalid',
  'import-conflict',
  'import-expired',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export function isProblemType(value: string): value is ProblemType {
  return (PROBLEM_TYPES as readonly string[]).includes(value);
}

/** One invalid field of a request. */
export interface FieldError {
  field: string;
  message: string;
}

/** Extension members of a problem body, e.g. `allowed` for a refused transition. */
export type ProblemExtras = Record<string, unknown> & { errors?: FieldError[] };

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An RFC 9457 problem: every error Pacta answers with is one of these, raised by the code that
 * knows what went wrong and rendered once by ProblemFilter.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: ProblemType,
    detail: string,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  get title(): string {
    return TITLES[this.status] ?? 'Error';
  }

  get type(): string {
    return `urn:pacta:problem:${this.slug}`;
  }

  static badRequest(detail: string, errors?: FieldError[]): Problem {
    return new Problem(400, 'invalid-request', detail, errors ? { errors } : {});
  }

  static invalidField(field: string, message: string): Problem {
    return Problem.badRequest(`${field}: ${message}`, [{ field, message }]);
  }

  static unauthorized(detail = 'A valid bearer token is required.'): Problem {
    return new Problem(401, 'unauthorized', detail, {}, { 'WWW-Authenticate': 'Bearer' });
  }

  static forbidden(detail = 'Your role does not allow this action.'): Problem {
    return new Problem(403, 'forbidden', detail);
  }

  static notFound(what: string, id?: string): Problem {
    return new Problem(404, 'not-found', id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }

  static conflict(slug: ProblemType, detail: string, extras: ProblemExtras = {}): Problem {
    return new Problem(409, slug, detail, extras);
  }

  static transitionNotAllowed(from: string, to: string, allowed: readonly string[]): Problem {
    return new Problem(
      409,
      'transition-not-allowed',
      `Cannot move from ${from} to ${to}. Allowed now: ${allowed.length ? allowed.join(', ') : 'none (final status)'}.`,
      { from, to, allowed: [...allowed] },
    );
  }

  static stale(current: number): Problem {
    return new Problem(412, 'stale-version', `If-Match does not match the current version ${current}.`, {
      currentVersion: current,
    });
  }

  static unprocessable(detail: string, errors?: FieldError[]): Problem {
    return new Problem(422, 'precondition-unmet', detail, errors ? { errors } : {});
  }

  static tooManyRequests(retryAfterSeconds: number): Problem {
    return new Problem(
      429,
      'rate-limited',
      `Too many attempts. Try again in ${retryAfterSeconds} s.`,
      {},
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }

  static unavailable(detail = 'The database is unavailable. Try again shortly.'): Problem {
    return new Problem(503, 'unavailable', detail, {}, { 'Retry-After': '5' });
  }
}
