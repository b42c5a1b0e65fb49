import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { JsonLogger } from './common/json-logger';
import { Problem } from './common/problem';
import { problemFromFastify, sendProblem } from './common/problem.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { httpDuration } from './health/metrics';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Query parameters that carry secrets and are masked in logs. */
function loggableUrl(url: string): string {
  return url.replace(/([?&]token=)[^&]*/gi, '$1***');
}

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Pacta')
    .setDescription(
      'Intergovernmental agreements end to end: summits, documents and signatories, institutions, implementation milestones, their workflows and a tamper-evident audit trail. Errors are RFC 9457 problem+json.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
}

/**
 * Builds the whole HTTP application on a ready data source: Fastify, JSON logs with request
 * ids, problem+json for every error (also those Fastify raises before Nest), validation,
 * security headers, CORS, metrics and OpenAPI. main.ts and the tests both start it here.
 */
export interface AppOptions {
  /** Serve the Swagger UI pages (the JSON document is always served). Off under Jest, which cannot load its assets plugin. */
  docsUi?: boolean;
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
    },
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: false,
    allowErrorHandlerOverride: true,
    return503OnClosing: true,
  });
  const fastify = adapter.getInstance();

  fastify.removeContentTypeParser('application/json');
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.includes('\u0000') || /\\u0000/i.test(text)) {
      done(Problem.badRequest('Text may not contain NUL characters (\\u0000).'), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('X-Request-Id', request.id);
  });
  fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    request.log.info(
      {
        method: request.method,
        url: loggableUrl(request.url),
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        actorId: (request as FastifyRequest & { actor?: { id: string } }).actor?.id,
      },
      'request',
    );
  });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource),
    adapter,
    {
      logger: new JsonLogger(fastify.log),
      bodyParser: false,
    },
  );
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
  });
  await app.register(helmet as any, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });

  fastify.setErrorHandler((error, request, reply) => {
    const problem =
      error instanceof Problem
        ? error
        : (problemFromFastify(error) ?? new Problem(500, 'internal', 'An unexpected error occurred.'));
    if (problem.status === 500) request.log.error({ err: error }, 'unhandled error');
    sendProblem(reply, problem, request.url.split('?')[0], request.id);
  });

  const document = SwaggerModule.createDocument(app, openApiConfig());
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    swaggerUiEnabled: options.docsUi ?? true,
  });

  await app.init();
  return app;
}
