import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  getSchemaPath,
  type HeaderObject,
  type OpenAPIObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { CLEARANCE_RULE } from './auth/clearance';
import { COOKIE_SECURITY, REFRESH_COOKIE } from './auth/session-cookie';
import { PROBLEM_JSON } from './common/http';
import { documentIdempotencyKey } from './common/idempotency.interceptor';
import { ProblemResponse } from './common/openapi';

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Pacta')
    .setDescription(
      `Intergovernmental agreements end to end: summits, documents and signatories, institutions, implementation milestones, their workflows and a tamper-evident audit trail. Errors are RFC 9457 application/problem+json. Every answer carries X-Request-Id; one entity carries ETag: "<version>", which If-Match sends back. ${CLEARANCE_RULE}`,
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth(
      REFRESH_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: REFRESH_COOKIE,
        description:
          'The browser session: an HttpOnly cookie set by POST /api/v1/auth/login with session: true and rotated by POST /api/v1/auth/refresh. Requests using it also send X-Pacta-CSRF: 1.',
      },
      COOKIE_SECURITY,
    )
    .build();
}

const HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': {
    description:
      'The request id: the one you sent (`[A-Za-z0-9_.:-]{1,100}`), else a new UUID. It names the request in the logs and the audit log.',
    required: true,
    schema: { type: 'string' },
  },
  ETag: {
    description: 'The entity\'s version, `"<version>"`: send it back as If-Match to change it safely.',
    required: true,
    schema: { type: 'string', example: '"3"' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
};

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

function isEntity(document: OpenAPIObject, schema: SchemaObject | ReferenceObject | undefined): boolean {
  const name = schema && '$ref' in schema ? schema.$ref.split('/').pop() : undefined;
  const properties = name
    ? (document.components?.schemas?.[name] as SchemaObject | undefined)?.properties
    : undefined;
  return !!properties && 'id' in properties && 'version' in properties;
}

/**
 * The headers every answer carries, documented where they occur: X-Request-Id on all,
 * Retry-After on 429 and 503, ETag on each success that is one entity (the same rule that sets
 * it, in app.ts's preSerialization hook). Body routes also answer 413 and 415 (Fastify's own).
 */
function describeHeaders(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, headers: { ...document.components?.headers, ...HEADERS } };
  for (const item of Object.values(document.paths)) {
    for (const op of [item.get, item.put, item.post, item.delete, item.patch]) {
      if (!op) continue;
      if (op.requestBody) {
        for (const [status, description] of [
          [413, 'The body is too large.'],
          [415, 'The body is not JSON (send Content-Type: application/json).'],
        ] as const) {
          op.responses[status] ??= {
            description,
            content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
          };
        }
      }
      for (const [status, response] of Object.entries(op.responses) as [string, ResponseObject][]) {
        const headers: Record<string, ReferenceObject> = { 'X-Request-Id': ref('X-Request-Id') };
        if (status === '429' || status === '503') headers['Retry-After'] = ref('Retry-After');
        if (/^2/.test(status) && isEntity(document, response.content?.['application/json']?.schema))
          headers.ETag = ref('ETag');
        response.headers = { ...response.headers, ...headers };
      }
    }
  }
  return document;
}

/**
 * The OpenAPI document of `app`. Operation ids are the handlers' own (`@ApiOperation`), else
 * `<method><Controller>` (`listAttachments`), never `DocumentsController_list`.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, openApiConfig(), {
    extraModels: [ProblemResponse],
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${methodKey}${controllerKey.replace(/Controller$/, '')}`,
  });
  return describeHeaders(documentIdempotencyKey(document));
}
