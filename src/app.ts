import type { NotificationChannels } from './notifications/notifications.module';
import { STATUS_CODES } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import fastifyMultipart from '@fastify/multipart';
import { LogController } from 'fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { JsonLogger } from './common/json-logger';
import { openApiDocument } from './openapi-document';
import { prettyStream } from './common/pretty-log';
import { DOCS_HELMET_OPTIONS, securityHeaders, webHelmetOptions } from './common/security-headers';
import { Problem } from './common/problem';
import { requestId } from './common/request-id';
import { problemFromFastify, sendProblem } from './common/problem.filter';
import { RequestsInFlight } from './common/requests-in-flight';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { observeHttpDuration } from './health/metrics';
import { serveWebApp } from './web/web-app';

/** No request body of the API nests deeper; deeper ones crashed validation (stack overflow → 500). */
const MAX_JSON_DEPTH = 32;

/** True when the JSON text opens more than `max` arrays/objects at once (strings skipped). */
export function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character.
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Query parameters that carry secrets and are masked in logs. */
function loggableUrl(url: string): string {
  // A test first: most URLs carry no token, and a replace allocates a new string every request.
  if (!/token=/i.test(url)) return url;
  return url.replace(/([?&]token=)[^&]*/gi, '$1***');
}

/** One file per request, a few short text fields (busboy's limits, enforced while streaming). */
export function multipartLimits(maxFileBytes: number) {
  return { fileSize: maxFileBytes, files: 1, fields: 8, fieldSize: 4096, parts: 10, headerPairs: 100 };
}

export { openApiConfig } from './openapi-document';

/**
 * Builds the whole HTTP application on a ready data source: Fastify, JSON logs with request
 * ids, problem+json for every error (also those Fastify raises before Nest), validation,
 * security headers, CORS, metrics and OpenAPI. main.ts and the tests both start it here.
 */
export interface AppOptions {
  /** Serve the Swagger UI pages (the JSON document is always served). Off under Jest, which cannot load its assets plugin. */
  docsUi?: boolean;
  /**
   * Where the JSON log lines go (default: process.stdout, written synchronously). main.ts passes
   * an asynchronous pino destination on stdout (see src/main.ts).
   */
  logStream?: { write(line: string): unknown };
  /** Email and webhook channels to use instead of the configured ones (tests). */
  notificationChannels?: NotificationChannels;
}

export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    logger: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'password', '*.password', 'accessToken'],
        censor: '***',
      },
      // json: pino's own fast path to stdout; pretty (a terminal): short human lines.
      ...(config.logFormat === 'pretty' ? { stream: prettyStream() } : {}),
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      return requestId(req.headers['x-request-id']);
    },
    trustProxy: config.trustProxy,
    // While closing, the onRequest hook below refuses with a 503 problem (Fastify's own 503 is plain JSON).
    return503OnClosing: false,
    // Errors Fastify answers before routing (bad URL, over-long path parameter) as problems too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const problem =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? Problem.badRequest('A path parameter is too long (ids are UUIDs).')
          : (problemFromFastify(error) ?? Problem.badRequest('The request URL is malformed.'));
      reply.header('X-Request-Id', request.id);
      sendProblem(reply, problem, request.url.split('?')[0], request.id);
    },
    // Errors Node's HTTP parser raises (oversized headers, malformed requests): problem+json, then close.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const [status, slug, detail] =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers-too-large', 'The request headers are too large.']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'request-timeout', 'The request took too long to arrive.']
            : [400, 'invalid-request', 'The request is not valid HTTP.'];
      const body = JSON.stringify({
        type: `urn:pacta:problem:${slug}`,
        title: STATUS_CODES[status],
        status,
        detail,
      });
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  });
  const fastify = adapter.getInstance();
  // The request line is written through one child made here without the redaction paths: its
  // fields (method, the URL with tokens masked, status, time, actor) hold no secret, and redacting
  // them was a third of the line's cost (2–3 µs of CPU a request; docs/SCALING.md, the eighth run).
  const requestLog = fastify.log.child({}, { redact: [] });
  // Multipart bodies are parsed only where a handler asks for their parts, as streams (attachments).
  await fastify.register(fastifyMultipart, { limits: multipartLimits(config.maxUploadBytes) });

  fastify.removeContentTypeParser('application/json');
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.includes('\u0000') || /\\u0000/i.test(text)) {
      done(Problem.badRequest('Text may not contain NUL characters (\\u0000).'), undefined);
      return;
    }
    if (nestingExceeds(text, MAX_JSON_DEPTH)) {
      done(Problem.badRequest(`The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  // Shutdown: requests in flight finish, each answer closes its connection (otherwise idle
  // keep-alive sockets hold close() until their timeout), and new requests get a 503 problem.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  const headers = securityHeaders(webHelmetOptions(config.publicUrl.startsWith('https:')));
  const docsHeaders = securityHeaders(DOCS_HELMET_OPTIONS);
  // The per-request hooks are callback-style: an async hook costs a promise and a microtask
  // turn per request and hook, on every route (see docs/SCALING.md).
  // Requests in flight, for the background work that gives way to them (src/common/requests-in-flight.ts).
  // The flag is a request decorator (declared up front, so requests keep one shape): a request is
  // left once, by onResponse or onRequestAbort, whichever comes first.
  const requests = new RequestsInFlight();
  fastify.decorateRequest('pactaInFlight', false);
  type Counted = FastifyRequest & { pactaInFlight: boolean };
  const left = (request: FastifyRequest) => {
    if (!(request as Counted).pactaInFlight) return;
    (request as Counted).pactaInFlight = false;
    requests.leave();
  };
  fastify.addHook('onRequestAbort', (request: FastifyRequest, done: () => void) => {
    left(request);
    done();
  });
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    (request as Counted).pactaInFlight = true;
    requests.enter();
    reply.headers(request.url.startsWith('/api/docs') ? docsHeaders : headers);
    reply.header('X-Request-Id', request.id);
    // A callback hook that replies does not call done, so the request stops there.
    if (closing) {
      reply.header('Connection', 'close');
      sendProblem(
        reply,
        new Problem(
          503,
          'shutting-down',
          'The server is shutting down. Retry shortly.',
          {},
          { 'Retry-After': '1' },
        ),
        request.url.split('?')[0],
        request.id,
      );
      return;
    }
    // PostgreSQL text cannot hold NUL: refused here for every query string and path, as the JSON
    // parser refuses it in bodies, so that no filter takes one to a query (or into a stream).
    if (request.url.includes('%00')) {
      sendProblem(
        reply,
        Problem.badRequest('Query parameters and paths may not contain NUL characters (%00).'),
        request.url.split('?')[0],
        request.id,
      );
      return;
    }
    done();
  });
  fastify.addHook(
    'onSend',
    (
      _request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (err: null, payload: unknown) => void,
    ) => {
      if (closing) reply.header('Connection', 'close');
      done(null, payload);
    },
  );
  // A response that is one entity (an id and an integer version) carries ETag: "<version>".
  fastify.addHook(
    'preSerialization',
    (
      _request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (err: null, payload: unknown) => void,
    ) => {
      const version = (payload as { id?: unknown; version?: unknown } | null)?.version;
      if (Number.isInteger(version) && (payload as { id?: unknown }).id !== undefined)
        reply.header('ETag', `"${version}"`);
      done(null, payload);
    },
  );
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    left(request);
    const route = request.routeOptions?.url ?? 'unmatched';
    observeHttpDuration(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    requestLog.info(
      {
        requestId: request.id,
        method: request.method,
        url: loggableUrl(request.url),
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        actorId: (request as FastifyRequest & { actor?: { id: string } }).actor?.id,
      },
      'request',
    );
    done();
  });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource, options.notificationChannels, requests),
    adapter,
    {
      logger: new JsonLogger(fastify.log, { quietBootstrap: config.logFormat === 'pretty' }),
      bodyParser: false,
    },
  );
  app.useGlobalPipes(createValidationPipe());
  // CORS only when origins are configured: with none, @fastify/cors's hook still ran on every
  // request to do nothing (copying its options and building routeOptions), and a preflight is
  // answered 404 either way.
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'] });
  }
  // Built on the first request for it: scanning every controller was 40 % of the cold start.
  const document = () => openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    swaggerUiEnabled: options.docsUi ?? true,
  });

  await serveWebApp(app, config);
  await app.init();
  return app;
}
