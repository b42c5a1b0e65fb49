import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../src/documents/document.workflow';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from '../src/institutions/institution.workflow';
import { MILESTONE_STATUSES } from '../src/milestones/milestone.workflow';
import { SUMMIT_KINDS, SUMMIT_STATUSES } from '../src/summits/summit.workflow';
import { ResponseContract } from './support/response-contract';
import { startTestApp, type TestApp } from './support/test-app';

const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json$/;

/** Every schema object in `node` (properties, items, compositions, additionalProperties), with its path. */
function* schemasIn(node: any, at: string): Generator<[string, any]> {
  if (!node || typeof node !== 'object') return;
  yield [at, node];
  for (const [name, child] of Object.entries<any>(node.properties ?? {}))
    yield* schemasIn(child, `${at}.${name}`);
  if (node.items) yield* schemasIn(node.items, `${at}[]`);
  if (typeof node.additionalProperties === 'object') yield* schemasIn(node.additionalProperties, `${at}{}`);
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const [i, child] of (node[key] ?? []).entries()) yield* schemasIn(child, `${at}.${key}[${i}]`);
}

/** The OpenAPI document is the contract integrators read: it must describe every endpoint, enum and error. */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  const operations: { method: string; path: string; op: any }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) operations.push({ method, path, op });
    }
  });
  afterAll(() => t.close());

  it('is OpenAPI 3 with bearer security', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(operations.length).toBeGreaterThan(40);
  });

  it('documents a success answer, 503 and problem answers for every operation', () => {
    for (const { method, path, op } of operations) {
      const codes = Object.keys(op.responses);
      expect({ method, path, success: codes.some((c) => /^2\d\d$/.test(c)) }).toEqual({
        method,
        path,
        success: true,
      });
      if (path !== '/health/live' && path !== '/metrics')
        expect({ method, path, has503: codes.includes('503') }).toEqual({ method, path, has503: true });
      for (const code of codes.filter((c) => /^[45]/.test(c) && !path.startsWith('/health'))) {
        expect({ method, path, code, content: op.responses[code].content }).toEqual({
          method,
          path,
          code,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  const COOKIE_OPERATIONS = ['/api/v1/auth/refresh', '/api/v1/auth/logout'];

  it('declares bearer security with 401 and 403 on every operation but login, the session ones, health and metrics', () => {
    for (const { method, path, op } of operations) {
      if (['/api/v1/auth/login', '/health/live', '/health/ready', '/metrics'].includes(path)) {
        expect(op.security ?? []).toEqual([]);
        continue;
      }
      const security = COOKIE_OPERATIONS.includes(path) ? [{ refreshCookie: [] }] : [{ bearer: [] }];
      expect({ method, path, security: op.security }).toEqual({ method, path, security });
      expect({ method, path, codes: ['401', '403'].every((c) => c in op.responses) }).toEqual({
        method,
        path,
        codes: true,
      });
    }
  });

  it('documents the refresh cookie: its security scheme, the CSRF header and Set-Cookie', () => {
    expect(doc.components.securitySchemes.refreshCookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'pacta_refresh',
    });
    for (const path of COOKIE_OPERATIONS) {
      const op = doc.paths[path].post;
      expect(op.parameters).toContainEqual(
        expect.objectContaining({ in: 'header', name: 'X-Pacta-CSRF', required: false }),
      );
      const success = op.responses[path.endsWith('refresh') ? '200' : '204'];
      expect(success.headers['Set-Cookie']).toBeDefined();
    }
    expect(doc.paths['/api/v1/auth/login'].post.responses['200'].headers['Set-Cookie']).toBeDefined();
    expect(doc.components.schemas.LoginDto.properties.session.type).toBe('boolean');
  });

  it.each([
    ['InstitutionResponse', INSTITUTION_STATUSES],
    ['SummitResponse', SUMMIT_STATUSES],
    ['DocumentResponse', DOCUMENT_STATUSES],
    ['MilestoneResponse', MILESTONE_STATUSES],
  ])('%s lists the workflow statuses in status and allowedTransitions', (schema, statuses) => {
    const props = doc.components.schemas[schema].properties;
    expect(props.status.enum).toEqual([...statuses]);
    expect(props.allowedTransitions.items.enum).toEqual([...statuses]);
  });

  it.each([
    ['CreateInstitutionDto', 'kind', INSTITUTION_KINDS],
    ['CreateSummitDto', 'kind', SUMMIT_KINDS],
    ['CreateDocumentDto', 'type', DOCUMENT_TYPES],
  ])('%s.%s lists every value', (schema, field, values) => {
    expect(doc.components.schemas[schema].properties[field].enum).toEqual([...values]);
  });

  it('has no create or update body that accepts a status', () => {
    for (const [name, schema] of Object.entries<any>(doc.components.schemas)) {
      if (/^(Create|Update)/.test(name))
        expect({ name, status: schema.properties?.status }).toEqual({ name, status: undefined });
    }
  });
  it('names every operation in camelCase after what it does, once', () => {
    const ids = operations.map((o) => o.op.operationId);
    for (const { method, path, op } of operations)
      expect({ method, path, id: op.operationId }).toEqual({
        method,
        path,
        id: expect.stringMatching(/^[a-z]+(?:[A-Z][a-z]+)*$/),
      });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /Controller/.test(id))).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'listDocuments',
        'getDocument',
        'transitionDocument',
        'createDocument',
        'login',
      ]),
    );
  });

  it('gives every operation a summary', () => {
    const missing = operations.filter(({ op }) => !op.summary?.trim()).map((o) => `${o.method} ${o.path}`);
    expect(missing).toEqual([]);
  });

  it('requires no header parameter, and lists neither Accept nor Authorization as one', () => {
    for (const { method, path, op } of operations) {
      const headers = (op.parameters ?? []).filter((p: any) => p.in === 'header');
      expect({
        method,
        path,
        required: headers.filter((h: any) => h.required).map((h: any) => h.name),
      }).toEqual({
        method,
        path,
        required: [],
      });
      expect({
        method,
        path,
        reserved: headers
          .filter((h: any) => /^(accept|authorization|content-type)$/i.test(h.name))
          .map((h: any) => h.name),
      }).toEqual({ method, path, reserved: [] });
    }
  });

  it('types no schema as an object unless it is one (nullable uuids and dates are strings)', () => {
    const wrong: string[] = [];
    const all: [string, any][] = [
      ...Object.entries<any>(doc.components.schemas).flatMap(([name, schema]) => [
        ...schemasIn(schema, name),
      ]),
      ...operations.flatMap(({ method, path, op }) =>
        (op.parameters ?? []).flatMap((p: any) => [...schemasIn(p.schema, `${method} ${path} ${p.name}`)]),
      ),
    ];
    for (const [at, schema] of all) {
      const isObject =
        schema.properties || schema.additionalProperties || schema.allOf || schema.oneOf || schema.anyOf;
      if (schema.type === 'object' && !isObject) wrong.push(`${at}: ${JSON.stringify(schema)}`);
      if (schema.nullable && !schema.type && !schema.$ref) wrong.push(`${at}: nullable without a type`);
    }
    expect(wrong).toEqual([]);
    expect(doc.components.schemas.DocumentResponse.properties.summitId).toMatchObject({
      type: 'string',
      format: 'uuid',
      nullable: true,
    });
    expect(doc.components.schemas.DocumentResponse.properties.signedOn).toMatchObject({
      type: 'string',
      format: 'date',
      nullable: true,
    });
  });

  it('describes non-JSON answers with their own media type as text, never with a JSON schema', () => {
    const media: string[] = [];
    for (const { method, path, op } of operations) {
      for (const [status, response] of Object.entries<any>(op.responses)) {
        for (const [type, content] of Object.entries<any>(response.content ?? {})) {
          if (JSON_MEDIA.test(type)) continue;
          media.push(`${op.operationId} ${type}`);
          // Text is a string; a file (an attachment's bytes) a binary string, so clients download it.
          const binary = !/^text\/|^application\/x-ndjson/.test(type);
          expect({ method, path, status, type, schema: content.schema }).toEqual({
            method,
            path,
            status,
            type,
            schema: binary ? { type: 'string', format: 'binary' } : { type: 'string' },
          });
        }
      }
    }
    expect(media).toEqual(
      expect.arrayContaining([
        'listDocuments text/csv',
        'listSummits text/csv',
        'listMilestones text/csv',
        'exportAuditEvents text/csv',
        'exportAuditEvents application/x-ndjson',
        'getCalendarFeed text/calendar',
        'getMetrics text/plain',
      ]),
    );
  });

  const OWN_HEADERS = [
    'Set-Cookie',
    'Cache-Control',
    'ETag',
    'Content-Disposition',
    'Content-Range',
    'Accept-Ranges',
    'Content-Length',
    'Repr-Digest',
  ];

  it('documents X-Request-Id on every answer, Retry-After on 429 and 503, ETag on every single entity', () => {
    for (const { method, path, op } of operations) {
      for (const [status, response] of Object.entries<any>(op.responses)) {
        const headers = Object.keys(response.headers ?? {});
        const ref = response.content?.['application/json']?.schema?.$ref as string | undefined;
        const schema = ref && doc.components.schemas[ref.split('/').pop()!];
        const expected = [
          'X-Request-Id',
          ...(['429', '503'].includes(status) ? ['Retry-After'] : []),
          ...(/^2/.test(status) && schema?.properties?.id && schema.properties.version ? ['ETag'] : []),
        ];
        // Beside these, a route documents its own (a session's Set-Cookie, a download's Content-Range…).
        const own = headers.filter((h) => !expected.includes(h) && !OWN_HEADERS.includes(h));
        expect({ method, path, status, missing: expected.filter((h) => !headers.includes(h)), own }).toEqual({
          method,
          path,
          status,
          missing: [],
          own: [],
        });
      }
    }
    expect(Object.keys(doc.components.headers).sort()).toEqual(['ETag', 'Retry-After', 'X-Request-Id']);
    expect(doc.paths['/api/v1/documents/{id}'].get.responses['200'].headers.ETag).toBeDefined();
  });

  it('describes a problem as RFC 9457 does, with field errors', () => {
    const problem = doc.components.schemas.Problem;
    expect(problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance']),
    );
    expect(problem.properties.errors).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/FieldErrorResponse' },
    });
    expect(doc.components.schemas.FieldErrorResponse.required).toEqual(['field', 'message']);
  });

  it('declares the 401 of a wrong login, and the operations routes', () => {
    expect(doc.paths['/api/v1/auth/login'].post.responses['401']).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready', '/metrics']),
    );
    expect(doc.paths['/health/ready'].get.responses['503'].headers['Retry-After']).toBeDefined();
  });

  describe('the response check every e2e request goes through', () => {
    let contract: ResponseContract;
    const entity = {
      id: '2b1f6bb5-8c46-4a44-9a5f-3c1e2c6d7a10',
      version: 1,
      createdAt: '2023-04-20T10:00:00.000Z',
      updatedAt: '2023-04-20T10:00:00.000Z',
      createdBy: '2b1f6bb5-8c46-4a44-9a5f-3c1e2c6d7a10',
      updatedBy: '2b1f6bb5-8c46-4a44-9a5f-3c1e2c6d7a10',
      name: 'Ministry of Energy',
      shortName: null,
      country: 'AZ',
      kind: 'ministry',
      parentId: null,
      website: null,
      successorId: null,
      translations: {},
      displayName: 'Ministry of Energy',
      status: 'active',
      allowedTransitions: ['defunct'],
    };
    const json = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r1', etag: '"1"' };
    const check = (status: number, body: unknown, headers: Record<string, string> = json) =>
      contract.violations('GET', `/api/v1/institutions/${entity.id}?x=1`, {
        status,
        headers,
        body,
        text: JSON.stringify(body),
      });

    beforeAll(() => {
      contract = new ResponseContract(doc);
    });

    it('accepts an answer the document describes', () => {
      expect(check(200, entity)).toEqual([]);
    });

    it.each([
      ['a wrong type', { ...entity, version: '1' }, /version must be integer|version must be number/],
      ['a uuid that is not one', { ...entity, parentId: 'nope' }, /parentId must match format "uuid"/],
      ['a field the document does not name', { ...entity, secret: 1 }, /additional properties \(secret\)/],
      ['a missing required field', { ...entity, name: undefined }, /must have required property 'name'/],
      [
        'a status outside the enum',
        { ...entity, status: 'lost' },
        /status must be equal to one of the allowed values/,
      ],
    ])('refuses %s', (_, body, message) => {
      expect(check(200, body).join('\n')).toMatch(message);
    });

    it('refuses an undocumented status, media type or missing header', () => {
      expect(check(418, {})[0]).toMatch(/status not documented/);
      expect(check(200, 'x', { ...json, 'content-type': 'text/html' })[0]).toMatch(
        /media type text\/html not documented/,
      );
      expect(check(200, entity, { 'content-type': 'application/json', 'x-request-id': 'r1' })).toEqual([
        expect.stringMatching(/header ETag missing/),
      ]);
      expect(
        contract.violations('POST', '/api/v1/nowhere', { status: 200, headers: {}, body: {} })[0],
      ).toMatch(/not in the document/);
    });
  });
});
