/**
 * A property-based HTTP fuzzer driven by the OpenAPI document: it discovers every operation,
 * generates path ids, query strings, headers and bodies from their schemas with fast-check —
 * valid ones (to reach deep code and create state) and hostile ones (wrong types, huge and
 * empty values, unicode, NUL, nulls, nested junk, duplicated JSON keys, bad UUIDs, bad
 * If-Match) — and checks three properties of every answer:
 *
 *   1. never a 5xx (nor a dropped connection);
 *   2. every error is application/problem+json with type, title, status and detail;
 *   3. a rejected write changed nothing: table row counts, their latest updated_at and the
 *      audit chain head are the same before and after it.
 *
 * Used by test/fuzz.e2e-spec.ts (bounded, in-process server) and drills/fuzz.ts (a real
 * server process, ≥ 10 000 requests). Requests run one at a time so that property 3 is exact;
 * then a parallel phase sends waves of concurrent requests (distinct ones, and one write sent
 * many times at once) and checks properties 1 and 2. Cursors the lists hand out are learnt and
 * sent back tampered with (wrong types, wrong id kinds, wrong lengths), and `sort` tries the
 * names every object inherits (`constructor`, `toString`, …).
 */
import * as fc from 'fast-check';
import { http, type HttpResult, isProblem, json } from './support';

type Schema = Record<string, any>;

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  headers: string[];
  body: Schema | null;
  secured: boolean;
  /** First path segment after /api/v1 (`institutions`), for picking ids that exist. */
  collection: string;
}

/** An id slot filled when the request is sent, from ids the fuzzer has seen by then. */
class IdRef {
  constructor(
    readonly collection: string,
    readonly pick: number,
    readonly fallback: string,
  ) {}
}

/** A cursor slot filled when sent: a cursor a list handed out, tampered with by `tamper`. */
class CursorRef {
  constructor(
    readonly pick: number,
    readonly tamper: number,
  ) {}
}

const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Ways to spoil a real cursor [sort, value, id]; the first keeps it as it is. */
const CURSOR_TAMPERS: ((c: unknown[]) => string)[] = [
  (c) => encodeCursor(c),
  () => encodeCursor(['title', 'a', '1']),
  ([s]) => encodeCursor([s, 'a', '1']),
  ([s, v]) => encodeCursor([s, v, 'not-an-id']),
  ([s, v]) => encodeCursor([s, v, 1.5]),
  ([s, , id]) => encodeCursor([s, {}, id]),
  ([s, , id]) => encodeCursor([s, [], id]),
  ([s, , id]) => encodeCursor([s, null, id]),
  ([s, , id]) => encodeCursor([s, '\u0000', id]),
  ([s, , id]) => encodeCursor([s, 'x'.repeat(1500), id]),
  ([s, , id]) => encodeCursor([s, '99999999999999999999', id]),
  ([s, , id]) => encodeCursor([s, '2023-02-30', id]),
  ([s, v]) => encodeCursor([s, v]),
  ([s, v, id]) => encodeCursor([s, v, id, 'extra']),
  ([, v, id]) => encodeCursor(['constructor', v, id]),
  ([s, v, id]) => encodeCursor([`-${String(s)}`, v, id]),
  () => encodeCursor({ sort: 'title' }),
  () => 'not-a-cursor!',
];

/** Names every object inherits: a lookup by a client's name must not find them. */
const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '-constructor',
  '-toString',
];

/** A long string materialised only when sent, so that generated cases stay small. */
class Huge {
  constructor(
    readonly length: number,
    readonly unit: string,
  ) {}
}

type Auth = 'admin' | 'viewer' | 'none' | 'garbage' | 'expired';

interface FuzzCase {
  op: Operation;
  auth: Auth;
  pathValues: unknown[];
  query: [string, unknown][];
  headers: [string, unknown][];
  /** undefined: no body; `{ raw }`: sent as text; anything else: sent as JSON. */
  body: unknown;
  contentType?: string;
}

export interface Finding {
  kind: '5xx' | 'no-answer' | 'not-problem' | 'state-changed';
  status: number;
  request: string;
  detail: string;
}

export interface FuzzReport {
  requests: number;
  operations: number;
  byStatus: Record<string, number>;
  /** Writes answered with an error whose database snapshot was compared. */
  rejectedWritesChecked: number;
  /** Requests the HTTP client itself refused to send (e.g. a header with a control character). */
  unsendable: number;
  /** Requests that carried a cursor a list had handed out, tampered with or not. */
  cursorsSent: number;
  /** Requests sent in the parallel phase, and the largest number in flight at once. */
  parallelRequests: number;
  maxInFlight: number;
  findings: Finding[];
  durationMs: number;
  perOperation: Record<string, number>;
}

export interface FuzzTarget {
  baseUrl: string;
  tokens: { admin: string; viewer: string };
  /** Ids the fuzzer must never target (its own users: disabling them would end the run). */
  protectedIds: string[];
  query: (sql: string) => Promise<any[]>;
}

export interface FuzzOptions {
  requests: number;
  seed: number;
  /** Called every `progressEvery` requests. */
  onProgress?: (done: number, report: FuzzReport) => void;
  progressEvery?: number;
  /** Requests of the parallel phase (default none), sent `concurrency` at a time (default 8). */
  parallelRequests?: number;
  concurrency?: number;
}

// ---------------------------------------------------------------- the OpenAPI model

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: any): Operation[] {
  const resolve = (schema: Schema | undefined): Schema | null => {
    if (!schema) return null;
    if (schema.$ref) return resolve(doc.components?.schemas?.[String(schema.$ref).split('/').pop()!]);
    return schema;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params: any[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const body = resolve(op.requestBody?.content?.['application/json']?.schema);
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolve(p.schema) ?? {} })),
        headers: params.filter((p) => p.in === 'header').map((p) => String(p.name).toLowerCase()),
        body: body ? deref(body, resolve) : null,
        secured: Array.isArray(op.security) && op.security.length > 0,
        collection: path.replace(/^\/api\/v1\//, '').split('/')[0],
      });
    }
  }
  return ops;
}

/** Inlines $refs (depth-limited) so generators see plain schemas. */
function deref(schema: Schema, resolve: (s: Schema) => Schema | null, depth = 0): Schema {
  if (depth > 6) return {};
  const s = schema.$ref ? (resolve(schema) ?? {}) : schema;
  const out: Schema = { ...s };
  if (s.properties) {
    out.properties = Object.fromEntries(
      Object.entries<Schema>(s.properties).map(([k, v]) => [k, deref(v, resolve, depth + 1)]),
    );
  }
  if (s.items) out.items = deref(s.items, resolve, depth + 1);
  if (s.allOf)
    return deref(Object.assign({}, ...s.allOf.map((x: Schema) => resolve(x) ?? {})), resolve, depth + 1);
  return out;
}

// ---------------------------------------------------------------- generators

const RAW = '\u0001raw';

const BAD_UUIDS = [
  'abc',
  '0',
  '-1',
  'null',
  'undefined',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000000000000000000000000000',
  "' OR 1=1 --",
  '%00',
  '..',
  'ï¿½',
  'ℌ𝔢𝔩𝔩𝔬',
  ' ',
];

const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  'a\u0000b',
  '\u0000',
  '\\u0000',
  '\ud800',
  '\uffff',
  '𝕬𝖟𝖊𝖗𝖇𝖆𝖎𝖏𝖆𝖓 🇦🇿🇰🇿',
  'مرحبا بالعالم',
  'Z̴͕͉̓a̷̮̐l̸̢̈g̵̱̓o',
  "Robert'); DROP TABLE documents;--",
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '2023-02-30',
  '2023-13-01',
  '99999-01-01',
  '1970-01-01T00:00:00Z',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'true',
  'null',
  '__proto__',
  'constructor',
  'AZ',
  'az',
  'XX',
  '"1"',
  '*',
];

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        length: fc.integer({ min: 256, max: 70_000 }),
        unit: fc.constantFrom('x', 'é', '😀', ' ', '\u0000'),
      })
      .map(({ length, unit }) => new Huge(length, unit)),
  },
);

const junkLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e-308),
  fc.integer(),
  fc.double({ noNaN: true }),
  nastyString,
);

const junk: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junkLeaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'status', 'id')),
      tie('v'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).v;

/** A deeply nested value: [[[[…]]]] or {"a":{"a":…}}. */
const deep = fc
  .record({ depth: fc.integer({ min: 20, max: 3000 }), kind: fc.constantFrom('array', 'object') })
  .map(({ depth, kind }) => ({
    raw:
      kind === 'array'
        ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  }));

function collectionFor(field: string, own: string): string {
  const f = field.toLowerCase();
  if (f.startsWith('parent') || f.startsWith('successor') || f.startsWith('superseded')) return own;
  for (const c of ['institution', 'summit', 'document', 'milestone', 'signator', 'user']) {
    if (f.includes(c)) return c === 'signator' ? 'signatories' : `${c}s`;
  }
  return own;
}

const uuidArb = (collection: string) =>
  fc.tuple(fc.nat(1000), fc.uuid()).map(([pick, fallback]) => new IdRef(collection, pick, fallback));

function isStringy(schema: Schema): boolean {
  return (
    schema.type === 'string' ||
    (schema.type === 'object' && !schema.properties && (schema.maxLength || schema.format))
  );
}

/** A value the schema accepts, as far as the schema says. */
function valid(schema: Schema, field: string, own: string, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const generated = (() => {
    if (schema.format === 'uuid') return uuidArb(collectionFor(field, own));
    if (schema.format === 'date') {
      return fc
        .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    }
    if (schema.format === 'date-time') {
      return fc
        .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    }
    if (schema.type === 'array') {
      return fc.array(valid(schema.items ?? {}, field, own, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      const min = schema.minimum ?? 0;
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 1000, min + 1_000_000) });
    }
    if (schema.type === 'boolean') return fc.boolean();
    if (isStringy(schema)) {
      const min = schema.minLength ?? 1;
      const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
      return fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcdefghij KLMNOP-ə') });
    }
    if (schema.properties) return objectOf(schema, own, depth);
    return junkLeaf;
  })();
  if (schema.example !== undefined) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(schema.example) },
      { weight: 1, arbitrary: generated },
    );
  }
  return generated;
}

function objectOf(schema: Schema, own: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries<Schema>(schema.properties ?? {});
  const required = new Set<string>(schema.required ?? []);
  const fields = Object.fromEntries(props.map(([k, s]) => [k, valid(s, k, own, depth + 1)]));
  return fc.record(fields, {
    requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
  }) as fc.Arbitrary<Record<string, unknown>>;
}

/** A body: valid, or valid with one defect, or junk, or a raw string that is not what it seems. */
function bodyArb(op: Operation): fc.Arbitrary<{ body: unknown; contentType?: string }> {
  if (!op.body) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({ body: undefined }) },
      { weight: 1, arbitrary: junk.map((body) => ({ body })) },
    );
  }
  const base = objectOf(op.body, op.collection);
  const fieldNames = Object.keys(op.body.properties ?? {});
  const anyField = fieldNames.length ? fc.constantFrom(...fieldNames) : fc.constant('x');
  const defects: fc.Arbitrary<{ body: unknown; contentType?: string }>[] = [
    base.map((body) => ({ body })),
    fc.tuple(base, anyField, junk).map(([b, f, v]) => ({ body: { ...b, [f]: v } })),
    fc.tuple(base, anyField, nastyString).map(([b, f, v]) => ({ body: { ...b, [f]: v } })),
    fc.tuple(base, anyField).map(([b, f]) => {
      const copy = { ...b };
      delete copy[f];
      return { body: copy };
    }),
    fc
      .tuple(
        base,
        fc.constantFrom('status', 'id', 'version', 'createdBy', 'extra', '__proto__', ''),
        junkLeaf,
      )
      .map(([b, f, v]) => ({
        body: { ...b, [f]: v },
      })),
    junk.map((body) => ({ body })),
    // duplicated keys: the same field twice, the second value hostile
    fc.tuple(base, anyField, junkLeaf).map(([b, f, v]) => {
      const text = JSON.stringify(b);
      const dup = `${JSON.stringify(f)}:${JSON.stringify(v instanceof Huge ? 'x' : v) ?? 'null'}`;
      return { body: { raw: text === '{}' ? `{${dup},${dup}}` : `${text.slice(0, -1)},${dup}}` } };
    }),
    fc
      .constantFrom(
        '',
        ' ',
        'null',
        '[]',
        '{',
        '{"a":',
        '{"a":1,}',
        "{'a':1}",
        '\u0000',
        '{"a":"\\u0000"}',
        '"str"',
        '1',
        'true',
      )
      .map((raw) => ({ body: { raw } })),
    deep.map((body) => ({ body })),
    fc
      .tuple(
        base,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'application/json; charset=latin1',
          'multipart/form-data',
        ),
      )
      .map(([b, contentType]) => ({ body: { raw: JSON.stringify(b) }, contentType })),
  ];
  return fc.oneof(
    { weight: 8, arbitrary: defects[0] },
    ...defects.slice(1).map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}

const pathValueArb = (collection: string) =>
  fc.oneof(
    { weight: 6, arbitrary: uuidArb(collection) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_UUIDS) },
    { weight: 1, arbitrary: nastyString },
  );

function queryArb(op: Operation): fc.Arbitrary<[string, unknown][]> {
  const special = (name: string): fc.Arbitrary<[string, unknown]>[] => {
    if (name === 'cursor')
      return [
        fc
          .tuple(fc.nat(1000), fc.nat(CURSOR_TAMPERS.length - 1))
          .map(([pick, tamper]) => [name, new CursorRef(pick, tamper)] as [string, unknown]),
      ];
    if (name === 'sort')
      return [fc.constantFrom(...PROTOTYPE_NAMES).map((v) => [name, v] as [string, unknown])];
    return [];
  };
  const one = op.query.length
    ? fc.constantFrom(...op.query).chain((p) =>
        fc.oneof(
          ...special(p.name).map((arbitrary) => ({ weight: 4, arbitrary })),
          {
            weight: 3,
            arbitrary: valid(p.schema, p.name, op.collection).map(
              (v) => [p.name, Array.isArray(v) ? v.join(',') : v] as [string, unknown],
            ),
          },
          {
            weight: 2,
            arbitrary: fc.oneof(nastyString, junkLeaf).map((v) => [p.name, v] as [string, unknown]),
          },
        ),
      )
    : fc.constant(['limit', '10'] as [string, unknown]);
  const raw = fc.constantFrom(...RAW_QUERY).map((v) => [RAW, v] as [string, unknown]);
  const unknown = fc.tuple(
    fc.constantFrom('foo', 'status', 'limit', 'cursor', 'sort', 'asOf', '__proto__', 'a[b]'),
    nastyString,
  );
  return fc.array(
    fc.oneof({ weight: 6, arbitrary: one }, { weight: 1, arbitrary: unknown }, { weight: 1, arbitrary: raw }),
    {
      maxLength: 4,
    },
  );
}

function headersArb(op: Operation): fc.Arbitrary<[string, unknown][]> {
  const ifMatch = fc.constantFrom(
    '"1"',
    '"2"',
    'W/"1"',
    '"999999"',
    '*',
    '',
    'abc',
    '"-1"',
    '"1", "2"',
    '"99999999999999"',
    '"1.5"',
    '1',
  );
  const header = fc.oneof(
    {
      weight: op.headers.includes('if-match') ? 4 : 1,
      arbitrary: ifMatch.map((v) => ['If-Match', v] as [string, unknown]),
    },
    {
      weight: op.method === 'POST' ? 2 : 1,
      arbitrary: fc
        .constantFrom('fuzz-key-1', 'fuzz-key-2', ' ', 'k'.repeat(300), 'ключ')
        .map((v) => ['Idempotency-Key', v] as [string, unknown]),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('text/csv', 'application/xml', '*/*', 'garbage')
        .map((v) => ['Accept', v] as [string, unknown]),
    },
    { weight: 1, arbitrary: nastyString.map((v) => ['X-Request-Id', v] as [string, unknown]) },
  );
  return fc.array(header, { maxLength: 3 });
}

const authArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Auth>('admin') },
  { weight: 1, arbitrary: fc.constantFrom<Auth>('viewer', 'none', 'garbage', 'expired') },
);

function caseArb(ops: Operation[]): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...ops).chain((op) =>
    fc
      .record({
        auth: op.secured ? authArb : fc.constant<Auth>('none'),
        pathValues: fc.tuple(
          ...op.pathParams.map((p) =>
            pathValueArb(p === 'id' ? op.collection : collectionFor(p, op.collection)),
          ),
        ),
        query: queryArb(op),
        headers: headersArb(op),
        body: bodyArb(op),
      })
      .map(({ auth, pathValues, query, headers, body }) => ({
        op,
        auth,
        pathValues,
        query,
        headers,
        ...body,
      })),
  );
}

// ---------------------------------------------------------------- sending

/** Cursors lists handed out, per operation path. */
type Cursors = Map<string, string[]>;

function materialise(value: unknown, ids: Map<string, string[]>, cursors?: string[]): unknown {
  if (value instanceof CursorRef) {
    const pool = cursors ?? [];
    if (!pool.length)
      return CURSOR_TAMPERS[value.tamper]([`sort`, 'a', '00000000-0000-0000-0000-000000000000']);
    let decoded: unknown[];
    try {
      decoded = JSON.parse(Buffer.from(pool[value.pick % pool.length], 'base64url').toString('utf8'));
    } catch {
      decoded = [];
    }
    return CURSOR_TAMPERS[value.tamper](Array.isArray(decoded) ? decoded : []);
  }
  if (value instanceof IdRef) {
    const pool = ids.get(value.collection) ?? [];
    // Mostly an id that exists (deep code paths), sometimes a random one (404 paths).
    return pool.length && value.pick % 5 !== 0 ? pool[value.pick % pool.length] : value.fallback;
  }
  if (value instanceof Huge) return value.unit.repeat(value.length);
  if (Array.isArray(value)) return value.map((v) => materialise(v, ids));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: materialise(v, ids),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return out;
  }
  return value;
}

const TOKEN_EXPIRED =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEiLCJleHAiOjF9.c2lnbmF0dXJl';

/** encodeURIComponent that survives lone surrogates (sent as the UTF-8 of U+FFFD, as a browser would). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')]
      .map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`)
      .join('');
  }
}

/** Query fragments sent as they are: broken percent-encoding and odd shapes. */
const RAW_QUERY = [
  '%zz=1',
  '%=%',
  'limit=%E0%A4%A',
  '%00=1',
  'limit=1&limit=2',
  'limit',
  '=',
  '&&&',
  'a[b][c]=1',
  'limit=%2B1',
];

function render(c: FuzzCase, target: FuzzTarget, ids: Map<string, string[]>, cursors: Cursors = new Map()) {
  let i = 0;
  const path = c.op.path.replace(/\{[^}]+\}/g, () => {
    const v = materialise(c.pathValues[i++], ids);
    return encode(String(v));
  });
  const qs = c.query
    .map(([k, v]) => {
      const value = materialise(v, ids, cursors.get(c.op.path));
      if (k === RAW) return String(value);
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
      return `${encode(k)}=${encode(text.slice(0, 5000))}`;
    })
    .join('&');
  const headers: Record<string, string> = {};
  if (c.auth === 'admin') headers.Authorization = `Bearer ${target.tokens.admin}`;
  if (c.auth === 'viewer') headers.Authorization = `Bearer ${target.tokens.viewer}`;
  if (c.auth === 'garbage') headers.Authorization = 'Bearer not.a.token';
  if (c.auth === 'expired') headers.Authorization = `Bearer ${TOKEN_EXPIRED}`;
  for (const [k, v] of c.headers) {
    const value = materialise(v, ids);
    const text =
      typeof value === 'string' ? value.slice(0, 8000) : String(JSON.stringify(value)).slice(0, 8000);
    // Sendable as HTTP allows (obs-text): UTF-8 bytes as latin1, control characters but tab dropped.
    headers[k] = [...Buffer.from(text, 'utf8').toString('latin1')]
      .filter((ch) => ch === '\t' || (ch >= ' ' && ch !== '\x7f'))
      .join('');
  }
  let body: string | undefined;
  if (c.body !== undefined) {
    const value = materialise(c.body, ids);
    body =
      value && typeof value === 'object' && 'raw' in value && typeof (value as any).raw === 'string'
        ? (value as { raw: string }).raw
        : (JSON.stringify(value) ?? 'null');
    headers['Content-Type'] = c.contentType ?? 'application/json';
  }
  return {
    method: c.op.method,
    url: `${c.op.path.startsWith('/') ? '' : '/'}${path}${qs ? `?${qs}` : ''}`,
    headers,
    body,
  };
}

function describe(r: ReturnType<typeof render>): string {
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => k !== 'Authorization'));
  const body =
    r.body === undefined
      ? ''
      : ` body=${r.body.length > 400 ? `${r.body.slice(0, 400)}…(${r.body.length} chars)` : r.body}`;
  return `${r.method} ${r.url.length > 400 ? `${r.url.slice(0, 400)}…` : r.url} headers=${JSON.stringify(headers)}${body}`;
}

function learnCursor(res: HttpResult, path: string, cursors: Cursors): void {
  if (res.status !== 200) return;
  const cursor = json(res)?.nextCursor;
  if (typeof cursor !== 'string') return;
  const pool = cursors.get(path) ?? [];
  if (!pool.includes(cursor)) pool.push(cursor);
  cursors.set(path, pool.slice(-20));
}

function learnIds(
  res: HttpResult,
  collection: string,
  ids: Map<string, string[]>,
  protectedIds: Set<string>,
): void {
  if (res.status < 200 || res.status >= 300) return;
  const body = json(res);
  const found: string[] = [];
  const take = (x: any) => {
    if (x && typeof x.id === 'string' && /^[0-9a-f-]{36}$/.test(x.id) && !protectedIds.has(x.id))
      found.push(x.id);
  };
  take(body);
  if (Array.isArray(body?.items)) body.items.forEach(take);
  if (!found.length) return;
  const pool = ids.get(collection) ?? [];
  for (const id of found) if (!pool.includes(id)) pool.push(id);
  ids.set(collection, pool.slice(-200));
}

/** Row counts and latest change of every table, and the audit chain head: equal means nothing was written. */
export async function snapshotQuery(query: (sql: string) => Promise<any[]>): Promise<() => Promise<string>> {
  const tables: { table_name: string; has_updated: boolean }[] = await query(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated
       FROM information_schema.tables t
      WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> 'migrations'
      ORDER BY t.table_name`,
  );
  const parts = tables.map(
    (t) =>
      `(SELECT count(*)::text${t.has_updated ? ` || '@' || coalesce(max(updated_at)::text, '-')` : ''} FROM "${t.table_name}") AS "${t.table_name}"`,
  );
  const sql = `SELECT ${parts.join(', ')}`;
  return async () => JSON.stringify((await query(sql))[0]);
}

export async function fuzz(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const docRes = await http('GET', `${target.baseUrl}/api/docs-json`);
  const ops = operationsOf(json(docRes)).filter((op) => !/\/(docs|health|metrics)/.test(op.path));
  if (!ops.length) throw new Error('the OpenAPI document lists no operations');
  const snapshot = await snapshotQuery(target.query);
  const protectedIds = new Set(target.protectedIds);
  const ids = new Map<string, string[]>();
  const report: FuzzReport = {
    requests: 0,
    operations: ops.length,
    byStatus: {},
    rejectedWritesChecked: 0,
    unsendable: 0,
    cursorsSent: 0,
    parallelRequests: 0,
    maxInFlight: 0,
    findings: [],
    durationMs: 0,
    perOperation: {},
  };
  const cursors: Cursors = new Map();
  // Ids to aim at, and cursors to tamper with: whatever the lists show at the start.
  for (const op of ops.filter((o) => o.method === 'GET' && !o.pathParams.length)) {
    const res = await http('GET', `${target.baseUrl}${op.path}?limit=1`, {
      headers: { Authorization: `Bearer ${target.tokens.admin}` },
    });
    learnIds(res, op.collection, ids, protectedIds);
    learnCursor(res, op.path, cursors);
  }
  const arb = caseArb(ops);
  const batch = 250;
  for (let offset = 0; offset < options.requests; offset += batch) {
    const cases = fc.sample(arb, {
      seed: options.seed + offset,
      numRuns: Math.min(batch, options.requests - offset),
    });
    for (const c of cases) {
      const req = render(c, target, ids, cursors);
      if (c.query.some(([, v]) => v instanceof CursorRef)) report.cursorsSent++;
      const write = req.method !== 'GET';
      // Public writes (login) record failed attempts in the audit log by design.
      const compare = write && c.op.secured;
      const before = compare ? await snapshot() : '';
      const res = await http(req.method, `${target.baseUrl}${req.url}`, {
        headers: req.headers,
        body: req.body,
        timeoutMs: 30_000,
      });
      report.requests++;
      const key = `${c.op.method} ${c.op.path}`;
      report.perOperation[key] = (report.perOperation[key] ?? 0) + 1;
      if (res.status === -1) {
        report.unsendable++;
        continue;
      }
      report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
      const finding = (kind: Finding['kind'], detail: string) =>
        report.findings.push({
          kind,
          status: res.status,
          request: describe(req),
          detail: detail.slice(0, 600),
        });
      if (res.status === 0) finding('no-answer', res.error ?? 'no response');
      else if (res.status >= 500) finding('5xx', res.text);
      else if (res.status >= 400 && !isProblem(res))
        finding('not-problem', `${res.headers['content-type']} ${res.text}`);
      if (compare && res.status >= 400) {
        report.rejectedWritesChecked++;
        const after = await snapshot();
        if (after !== before) finding('state-changed', `before ${before}\nafter  ${after}`);
      }
      learnIds(res, c.op.collection, ids, protectedIds);
      learnCursor(res, c.op.path, cursors);
      if (options.onProgress && report.requests % (options.progressEvery ?? 1000) === 0)
        options.onProgress(report.requests, report);
    }
  }
  await parallelPhase(arb, target, options, ids, cursors, report);
  report.durationMs = Date.now() - started;
  return report;
}

/**
 * Waves of concurrent requests: most waves are distinct cases, every third is one write sent
 * `concurrency` times at once (racing transitions, idempotency keys, unique values, the login
 * limit). Only properties 1 and 2 are checked: with requests in flight together, a database
 * snapshot cannot tell whose write changed it.
 */
async function parallelPhase(
  arb: fc.Arbitrary<FuzzCase>,
  target: FuzzTarget,
  options: FuzzOptions,
  ids: Map<string, string[]>,
  cursors: Cursors,
  report: FuzzReport,
): Promise<void> {
  const total = options.parallelRequests ?? 0;
  const concurrency = Math.max(2, options.concurrency ?? 8);
  if (total <= 0) return;
  const cases = fc.sample(arb, { seed: options.seed + 7_000_003, numRuns: total });
  let inFlight = 0;
  for (let offset = 0, wave = 0; offset < total; offset += concurrency, wave++) {
    const distinct = cases.slice(offset, offset + concurrency);
    const write = distinct.find((c) => c.op.method !== 'GET');
    const batch = wave % 3 === 2 && write ? distinct.map(() => write) : distinct;
    await Promise.all(
      batch.map(async (c) => {
        const req = render(c, target, ids, cursors);
        if (c.query.some(([, v]) => v instanceof CursorRef)) report.cursorsSent++;
        inFlight++;
        report.maxInFlight = Math.max(report.maxInFlight, inFlight);
        const res = await http(req.method, `${target.baseUrl}${req.url}`, {
          headers: req.headers,
          body: req.body,
          timeoutMs: 30_000,
        }).finally(() => inFlight--);
        report.requests++;
        report.parallelRequests++;
        const key = `${c.op.method} ${c.op.path}`;
        report.perOperation[key] = (report.perOperation[key] ?? 0) + 1;
        if (res.status === -1) {
          report.unsendable++;
          return;
        }
        report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
        const finding = (kind: Finding['kind'], detail: string) =>
          report.findings.push({
            kind,
            status: res.status,
            request: describe(req),
            detail: `[in parallel] ${detail}`.slice(0, 600),
          });
        if (res.status === 0) finding('no-answer', res.error ?? 'no response');
        else if (res.status >= 500) finding('5xx', res.text);
        else if (res.status >= 400 && !isProblem(res))
          finding('not-problem', `${res.headers['content-type']} ${res.text}`);
        learnIds(res, c.op.collection, ids, new Set(target.protectedIds));
        learnCursor(res, c.op.path, cursors);
      }),
    );
  }
}

/** One line per finding kind and status, with the first request that caused it. */
export function summariseFindings(findings: Finding[]): string[] {
  const seen = new Map<string, { n: number; first: Finding }>();
  for (const f of findings) {
    const key = `${f.kind} ${f.status} ${
      f.request
        .split(' ')
        .slice(0, 2)
        .join(' ')
        .replace(/[0-9a-f-]{36}/g, '{id}')
        .split('?')[0]
    }`;
    const entry = seen.get(key);
    if (entry) entry.n++;
    else seen.set(key, { n: 1, first: f });
  }
  return [...seen.entries()].map(
    ([key, { n, first }]) => `${key} ×${n}\n    e.g. ${first.request}\n    → ${first.detail}`,
  );
}
