import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type request from 'supertest';

type Json = Record<string, any>;

/** What the check needs of a supertest response. */
export interface CheckedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text?: string;
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/;
/** Paths the document must describe; others (the Swagger UI, the web app) are not API operations. */
const DOCUMENTED = /^\/(?:api\/v1\/|health\/|metrics$)/;
const BASE = 'pacta-openapi';

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable` becomes a `null` alternative, refs point
 * into the one registered document, and objects with declared properties admit no others (a
 * field the document does not name is a field a generated client cannot see).
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...schema } = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#/, `${BASE}#`);
    else if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key === 'example' || key === 'examples') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: Json;
}

/**
 * Checks HTTP answers against the OpenAPI document: the status must be documented for the
 * operation, the media type among its content types, a JSON body valid against its schema, and
 * every required header present. `violations()` names each breach.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Route[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: BASE, components: toJsonSchema(document.components ?? {}) } as Json);
    const templates = Object.keys(document.paths).sort(
      (a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
    );
    for (const template of templates) {
      const source = template
        .split('/')
        .map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      const item = document.paths[template] as Json;
      for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
        if (item[method])
          this.routes.push({ method, template, pattern: new RegExp(`^${source}$`), operation: item[method] });
      }
    }
  }

  private header(ref: Json): Json {
    return ref.$ref ? (this.document.components?.headers?.[ref.$ref.split('/').pop()] as Json) : ref;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.validators.set(key, validate);
    }
    return validate;
  }

  violations(method: string, url: string, res: CheckedResponse): string[] {
    method = method.toLowerCase();
    const path = url.split('?')[0];
    if (method === 'head' || method === 'options' || !DOCUMENTED.test(path)) return [];
    const candidates = this.routes.filter((r) => r.pattern.test(path));
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      // Unknown routes answer 404; anything else is an operation the document lacks.
      return res.status === 404 ? [] : [`${method.toUpperCase()} ${path} is not in the document`];
    }
    const at = `${method.toUpperCase()} ${route.template} → ${res.status}`;
    const response = route.operation.responses?.[String(res.status)] as Json | undefined;
    if (!response) {
      return [
        `${at}: status not documented (documented: ${Object.keys(route.operation.responses ?? {}).join(', ')})`,
      ];
    }
    const found: string[] = [];
    for (const [name, ref] of Object.entries<Json>(response.headers ?? {})) {
      if (this.header(ref)?.required && res.headers[name.toLowerCase()] === undefined)
        found.push(`${at}: header ${name} missing`);
    }
    const contentType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const content = response.content as Json | undefined;
    if (!content) {
      if (contentType && (res.text ?? '') !== '')
        found.push(`${at}: a ${contentType} body where the document declares none`);
      return found;
    }
    const media = content[contentType] as Json | undefined;
    if (!media) {
      found.push(
        `${at}: media type ${contentType || '(none)'} not documented (documented: ${Object.keys(content).join(', ')})`,
      );
      return found;
    }
    if (JSON_TYPE.test(contentType) && media.schema) {
      // A test that reads files sets a binary parser, which also gives a problem answer as bytes.
      const raw = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.body;
      const body = typeof raw === 'string' ? JSON.parse(raw) : raw;
      const validate = this.validator(
        `${route.method} ${route.template} ${res.status} ${contentType}`,
        media.schema,
      );
      if (!validate(body)) {
        for (const e of validate.errors ?? [])
          found.push(
            `${at} ${contentType}: body${e.instancePath} ${e.message}${e.keyword === 'additionalProperties' ? ` (${(e.params as Json).additionalProperty})` : ''}`,
          );
      }
    }
    return found;
  }
}

type Agent = ReturnType<typeof request>;

/**
 * Wraps a supertest agent so that every response, once awaited, is checked: a breach of the
 * document rejects the request's promise, failing the test that sent it.
 */
export function checkedAgent(
  agent: Agent,
  check: (method: string, url: string, res: CheckedResponse) => string[],
) {
  const wrapped = agent as unknown as Record<string, unknown>;
  for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head', 'options']) {
    const original = wrapped[method] as (url: string) => request.Test;
    wrapped[method] = (url: string) => {
      const test = original(url);
      const then = test.then.bind(test);
      test.then = ((onFulfilled, onRejected) =>
        then((res) => {
          const found = check(method, url, res);
          if (found.length)
            throw new Error(
              `The response breaks the OpenAPI document:\n  ${found.join('\n  ')}\nbody: ${JSON.stringify(res.body).slice(0, 600)}`,
            );
          return res;
        }).then(onFulfilled, onRejected)) as typeof test.then;
      return test;
    };
  }
  wrapped.del = wrapped.delete;
  return agent;
}
