import type { TestApp } from './test-app';
import { PNG } from './sample-files';
import { TEST_PASSWORD } from './test-app';

/**
 * Spec §3 as a test table: every endpoint Pacta serves, the roles that may call it, and how to
 * build a request that succeeds for an allowed role. The access matrix test iterates it for
 * every role, and checks that every route in the OpenAPI document is listed here.
 */

export const ROLES = ['admin', 'editor', 'manager', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

type Row = Record<string, any>;

/** Groups of §3's table. */
const READ: readonly Role[] = ROLES;
const WRITE_REGISTERS: readonly Role[] = ['admin', 'editor'];
const WRITE_MILESTONES: readonly Role[] = ['admin', 'manager'];
const READ_HISTORY: readonly Role[] = ['admin', 'editor', 'manager', 'auditor'];
const READ_AUDIT: readonly Role[] = ['admin', 'auditor'];
const MANAGE_USERS: readonly Role[] = ['admin'];
const SELF: readonly Role[] = ROLES;

export interface AccessRequest {
  /** Values for the `{name}` placeholders of the path. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** A multipart body: text fields, then the file. */
  multipart?: { fields: Record<string, string>; file: { content: Buffer; name: string } };
}

export interface Endpoint {
  method: Method;
  /** The path template exactly as the OpenAPI document writes it. */
  path: string;
  /** Roles that may call it; 'public' needs no token. */
  allowed: readonly Role[] | 'public';
  /** Builds one request; called once per role, so a request that consumes its target gets a fresh one. */
  request?: (ctx: AccessContext) => Promise<AccessRequest>;
  /** Statuses that count as success for an allowed role (default: any 2xx). */
  success?: readonly number[];
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

/** Fixtures created through the API as the admin, each fresh, so that requests do not interfere. */
export class AccessContext {
  constructor(
    readonly t: TestApp,
    readonly admin: string,
  ) {}

  async post(path: string, body: unknown, status = 201): Promise<Row> {
    const res = await this.t
      .http()
      .post(path)
      .set('Authorization', `Bearer ${this.admin}`)
      .send(body as object);
    if (res.status !== status)
      throw new Error(`fixture POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** The headers of a browser holding a fresh session: its refresh cookie and the CSRF header. */
  async session(): Promise<Record<string, string>> {
    const res = await this.t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Pacta-CSRF', '1')
      .send({ email: this.t.config.adminEmail, password: TEST_PASSWORD, session: true });
    const cookie = (res.headers['set-cookie'] as unknown as string[] | undefined)?.[0]?.split(';')[0];
    if (res.status !== 200 || !cookie)
      throw new Error(`session login: ${res.status} ${JSON.stringify(res.body)}`);
    return { Cookie: cookie, 'X-Pacta-CSRF': '1' };
  }

  /** The admin's subscription: an inbox one, or a webhook. */
  subscription(channel: 'inbox' | 'webhook' = 'inbox'): Promise<Row> {
    return this.post(
      '/api/v1/subscriptions',
      channel === 'inbox'
        ? { channel, events: ['milestone.overdue'] }
        : { channel, events: ['document.transitioned'], target: 'https://hooks.example.org/pacta' },
    );
  }

  /** A delivery of `subscriptionId` (a digest row: it needs no event). */
  async delivery(subscriptionId: string): Promise<string> {
    const [row] = await this.t.db.query(
      `INSERT INTO deliveries (subscription_id, digest_day) VALUES ($1, current_date) RETURNING id`,
      [subscriptionId],
    );
    return row.id;
  }

  /** A notification in the admin's inbox. */
  async notification(): Promise<string> {
    const [row] = await this.t.db.query(
      `INSERT INTO notifications (user_id, event_id, type, subject, data, link, classification, occurred_at)
       SELECT u.id, gen_random_uuid(), 'milestone.overdue', $2::jsonb, '{}', 'http://x/milestones', 'public', now()
         FROM users u WHERE u.email = $1 RETURNING id`,
      [
        this.t.config.adminEmail,
        JSON.stringify({ kind: 'milestone', id: '00000000-0000-4000-8000-000000000001', title: 'x' }),
      ],
    );
    return row.id;
  }

  institution(body: Row = {}): Promise<Row> {
    return this.post('/api/v1/institutions', {
      name: unique('Ministry'),
      country: 'AZ',
      kind: 'ministry',
      ...body,
    });
  }

  user(body: Row = {}): Promise<Row> {
    return this.post('/api/v1/users', {
      email: `${unique('user')}@test.local`,
      displayName: 'Someone',
      password: TEST_PASSWORD,
      roles: ['viewer'],
      ...body,
    });
  }

  summit(body: Row = {}): Promise<Row> {
    return this.post('/api/v1/summits', {
      title: unique('State visit'),
      kind: 'state_visit',
      hostCountry: 'AZ',
      location: 'Baku',
      countries: ['AZ', 'KZ'],
      startsOn: '2022-08-24',
      endsOn: '2022-08-25',
      ...body,
    });
  }

  document(body: Row = {}): Promise<Row> {
    return this.post('/api/v1/documents', {
      title: unique('Memorandum'),
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
      sectors: ['energy'],
      ...body,
    });
  }

  async signatory(documentId?: string): Promise<{ documentId: string; signatory: Row }> {
    const id = documentId ?? (await this.document()).id;
    const institution = await this.institution();
    const signatory = await this.post(`/api/v1/documents/${id}/signatories`, {
      institutionId: institution.id,
      signerName: 'Signer',
      signerTitle: 'Minister',
    });
    return { documentId: id, signatory };
  }

  /** A PNG attached to a (fresh) document. */
  async attachment(documentId?: string): Promise<{ documentId: string; attachment: Row }> {
    const id = documentId ?? (await this.document()).id;
    const res = await this.t
      .http()
      .post(`/api/v1/documents/${id}/attachments`)
      .set('Authorization', `Bearer ${this.admin}`)
      .field('kind', 'signed_original')
      .attach('file', PNG, 'seal.png');
    if (res.status !== 201) throw new Error(`fixture attachment: ${res.status} ${JSON.stringify(res.body)}`);
    return { documentId: id, attachment: res.body };
  }

  async milestone(body: Row = {}): Promise<Row> {
    const documentId = body.documentId ?? (body.summitId ? undefined : (await this.document()).id);
    return this.post('/api/v1/milestones', {
      title: unique('Oil transit'),
      ...(documentId ? { documentId } : {}),
      ownerInstitutionIds: [],
      dueOn: '2030-12-31',
      ...body,
    });
  }
}

const id = (row: Row) => ({ params: { id: row.id } });

/** CRUD + workflow + history of one register, with the permission that writes it. */
function register(
  collection: string,
  writers: readonly Role[],
  make: (ctx: AccessContext) => Promise<Row>,
  createBody: (ctx: AccessContext) => Promise<Row>,
  updateBody: Row,
  transition: Row,
): Endpoint[] {
  const base = `/api/v1/${collection}`;
  return [
    { method: 'GET', path: base, allowed: READ },
    {
      method: 'POST',
      path: base,
      allowed: writers,
      request: async (ctx) => ({ body: await createBody(ctx) }),
    },
    { method: 'GET', path: `${base}/{id}`, allowed: READ, request: async (ctx) => id(await make(ctx)) },
    {
      method: 'PATCH',
      path: `${base}/{id}`,
      allowed: writers,
      request: async (ctx) => ({ ...id(await make(ctx)), body: updateBody }),
    },
    { method: 'DELETE', path: `${base}/{id}`, allowed: writers, request: async (ctx) => id(await make(ctx)) },
    {
      method: 'POST',
      path: `${base}/{id}/transitions`,
      allowed: writers,
      request: async (ctx) => ({ ...id(await make(ctx)), body: transition }),
    },
    {
      method: 'GET',
      path: `${base}/{id}/transitions`,
      allowed: READ_HISTORY,
      request: async (ctx) => id(await make(ctx)),
    },
    {
      method: 'GET',
      path: `${base}/{id}/history`,
      allowed: READ_HISTORY,
      request: async (ctx) => id(await make(ctx)),
    },
  ];
}

export const ACCESS_TABLE: readonly Endpoint[] = [
  // identity
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    allowed: 'public',
    request: async (ctx) => ({ body: { email: ctx.t.config.adminEmail, password: TEST_PASSWORD } }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    allowed: 'public',
    request: async (ctx) => ({ headers: await ctx.session() }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/logout',
    allowed: 'public',
    request: async (ctx) => ({ headers: await ctx.session() }),
  },
  { method: 'GET', path: '/api/v1/auth/me', allowed: SELF },
  { method: 'POST', path: '/api/v1/auth/feed-token', allowed: SELF },
  { method: 'DELETE', path: '/api/v1/auth/feed-token', allowed: SELF },
  {
    method: 'POST',
    path: '/api/v1/users',
    allowed: MANAGE_USERS,
    request: async () => ({
      body: {
        email: `${unique('new')}@test.local`,
        displayName: 'New',
        password: TEST_PASSWORD,
        roles: ['viewer'],
      },
    }),
  },
  { method: 'GET', path: '/api/v1/users', allowed: MANAGE_USERS },
  {
    method: 'GET',
    path: '/api/v1/users/{id}',
    allowed: MANAGE_USERS,
    request: async (ctx) => id(await ctx.user()),
  },
  {
    method: 'PATCH',
    path: '/api/v1/users/{id}',
    allowed: MANAGE_USERS,
    request: async (ctx) => ({ ...id(await ctx.user()), body: { displayName: 'Renamed' } }),
  },

  // audit
  { method: 'GET', path: '/api/v1/audit-events', allowed: READ_AUDIT },
  { method: 'GET', path: '/api/v1/audit-events/verify', allowed: READ_AUDIT },
  {
    method: 'GET',
    path: '/api/v1/audit-events/export',
    allowed: READ_AUDIT,
    request: async () => ({ query: { format: 'csv' } }),
  },

  // registers
  ...register(
    'institutions',
    WRITE_REGISTERS,
    (ctx) => ctx.institution(),
    async () => ({ name: unique('Agency'), country: 'KZ', kind: 'agency' }),
    { website: 'https://example.org' },
    { to: 'defunct', reason: 'merged' },
  ),
  ...register(
    'summits',
    WRITE_REGISTERS,
    (ctx) => ctx.summit(),
    async () => ({
      title: unique('Summit'),
      kind: 'working_visit',
      hostCountry: 'KZ',
      location: 'Astana',
      countries: ['KZ'],
      startsOn: '2023-04-20',
      endsOn: '2023-04-21',
    }),
    { location: 'Almaty' },
    { to: 'confirmed' },
  ),
  ...register(
    'documents',
    WRITE_REGISTERS,
    (ctx) => ctx.document(),
    async () => ({ title: unique('Declaration'), type: 'declaration', countries: ['AZ'], sectors: [] }),
    { summary: 'Amended summary' },
    { to: 'negotiation' },
  ),
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/signatories',
    allowed: READ,
    request: async (ctx) => ({ params: { id: (await ctx.signatory()).documentId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/signatories',
    allowed: WRITE_REGISTERS,
    request: async (ctx) => ({
      params: { id: (await ctx.document()).id },
      body: { institutionId: (await ctx.institution()).id, signerName: 'Signer', signerTitle: 'Minister' },
    }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/documents/{id}/signatories/{signatoryId}',
    allowed: WRITE_REGISTERS,
    request: async (ctx) => {
      const { documentId, signatory } = await ctx.signatory();
      return { params: { id: documentId, signatoryId: signatory.id } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/parties',
    allowed: READ,
    request: async (ctx) => ({ params: { id: (await ctx.document()).id } }),
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/parties/{country}',
    allowed: READ,
    request: async (ctx) => ({ params: { id: (await ctx.document()).id, country: 'AZ' } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/documents/{id}/parties/{country}',
    allowed: WRITE_REGISTERS,
    request: async (ctx) => ({
      params: { id: (await ctx.document()).id, country: 'AZ' },
      body: { instrument: 'Decree No. 1' },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/parties/{country}/transitions',
    allowed: WRITE_REGISTERS,
    request: async (ctx) => ({
      params: { id: (await ctx.document()).id, country: 'AZ' },
      body: { to: 'withdrawn', effectiveOn: '2023-05-01', reason: 'No longer a party' },
    }),
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/parties/{country}/transitions',
    allowed: READ_HISTORY,
    request: async (ctx) => ({ params: { id: (await ctx.document()).id, country: 'AZ' } }),
  },
  ...register(
    'deadline-rules',
    WRITE_REGISTERS,
    (ctx) =>
      ctx.post('/api/v1/deadline-rules', {
        title: unique('Ratify'),
        trigger: 'signed',
        offsetDays: 30,
        source: 'Law on International Treaties',
        documentTypes: ['other'],
      }),
    async () => ({
      title: unique('Ratify'),
      trigger: 'in_force',
      offsetDays: 10,
      source: 'Decree',
      documentTypes: ['other'],
    }),
    { offsetDays: 60 },
    { to: 'retired', reason: 'Repealed' },
  ),
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/attachments',
    allowed: READ,
    request: async (ctx) => ({ params: { id: (await ctx.attachment()).documentId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/attachments',
    allowed: WRITE_REGISTERS,
    request: async (ctx) => ({
      params: { id: (await ctx.document()).id },
      multipart: { fields: { kind: 'certified_copy' }, file: { content: PNG, name: 'copy.png' } },
    }),
  },
  ...(['GET', 'DELETE', 'GET /content', 'POST /versions', 'GET /versions/{n}/content'] as const).map(
    (route): Endpoint => {
      const [method, suffix = ''] = route.split(' ') as [Method, string?];
      return {
        method,
        path: `/api/v1/documents/{id}/attachments/{attachmentId}${suffix}`,
        allowed: method === 'GET' ? READ : WRITE_REGISTERS,
        request: async (ctx) => {
          const { documentId, attachment } = await ctx.attachment();
          return {
            params: { id: documentId, attachmentId: attachment.id, n: '1' },
            ...(method === 'POST'
              ? { multipart: { fields: {}, file: { content: PNG, name: 'again.png' } } }
              : {}),
          };
        },
      };
    },
  ),
  ...register(
    'milestones',
    WRITE_MILESTONES,
    (ctx) => ctx.milestone(),
    async (ctx) => ({
      title: unique('Milestone'),
      summitId: (await ctx.summit()).id,
      ownerInstitutionIds: [],
      dueOn: '2031-01-01',
    }),
    { description: 'Updated' },
    { to: 'in_progress' },
  ),
  {
    method: 'GET',
    path: '/api/v1/milestones/{id}/progress',
    allowed: READ,
    request: async (ctx) => id(await ctx.milestone()),
  },
  {
    method: 'POST',
    path: '/api/v1/milestones/{id}/progress',
    allowed: WRITE_MILESTONES,
    request: async (ctx) => ({ ...id(await ctx.milestone()), body: { asOf: '2024-01-01', note: 'Started' } }),
  },
  { method: 'GET', path: '/api/v1/dashboard/milestones', allowed: READ },
  { method: 'GET', path: '/api/v1/search', allowed: READ, request: async () => ({ query: { q: 'oil' } }) },
  { method: 'GET', path: '/api/v1/calendar.ics', allowed: READ },
  // notifications (§14): everyone, about their own rows. The fixtures are the admin's, so for the
  // other roles a row route answers 404 (not theirs), which is success here: the role is let
  // through; test/notifications.e2e-spec.ts checks whose rows each one sees.
  { method: 'GET', path: '/api/v1/notifications', allowed: SELF },
  { method: 'GET', path: '/api/v1/notifications/unread-count', allowed: SELF },
  { method: 'POST', path: '/api/v1/notifications/read-all', allowed: SELF, success: [200] },
  {
    method: 'POST',
    path: '/api/v1/notifications/{id}/read',
    allowed: SELF,
    request: async (ctx) => ({ params: { id: await ctx.notification() } }),
    success: [200, 404],
  },
  { method: 'GET', path: '/api/v1/subscriptions', allowed: SELF },
  {
    method: 'POST',
    path: '/api/v1/subscriptions',
    allowed: SELF,
    request: async () => ({ body: { channel: 'inbox', events: ['milestone.overdue'] } }),
  },
  {
    method: 'GET',
    path: '/api/v1/subscriptions/{id}',
    allowed: SELF,
    request: async (ctx) => id(await ctx.subscription()),
    success: [200, 404],
  },
  {
    method: 'PATCH',
    path: '/api/v1/subscriptions/{id}',
    allowed: SELF,
    request: async (ctx) => ({ ...id(await ctx.subscription()), body: { active: false } }),
    success: [200, 404],
  },
  {
    method: 'DELETE',
    path: '/api/v1/subscriptions/{id}',
    allowed: SELF,
    request: async (ctx) => id(await ctx.subscription()),
    success: [204, 404],
  },
  {
    method: 'POST',
    path: '/api/v1/subscriptions/{id}/rotate-secret',
    allowed: SELF,
    request: async (ctx) => id(await ctx.subscription('webhook')),
    success: [200, 404],
  },
  {
    method: 'GET',
    path: '/api/v1/subscriptions/{id}/deliveries',
    allowed: SELF,
    request: async (ctx) => id(await ctx.subscription()),
    success: [200, 404],
  },
  {
    method: 'GET',
    path: '/api/v1/subscriptions/{id}/deliveries/{deliveryId}',
    allowed: SELF,
    request: async (ctx) => {
      const subscription = await ctx.subscription();
      return { params: { id: subscription.id, deliveryId: await ctx.delivery(subscription.id) } };
    },
    success: [200, 404],
  },
  { method: 'GET', path: '/health/live', allowed: 'public' },
  { method: 'GET', path: '/health/ready', allowed: 'public' },
  { method: 'GET', path: '/metrics', allowed: 'public' },
];

/** The routes outside the API that answer without a token (not in the OpenAPI document). */
export const PUBLIC_OPERATIONS: readonly Endpoint[] = [
  { method: 'GET', path: '/api/docs-json', allowed: 'public' },
];

/** `/a/{id}/b` with params → `/a/123/b`. */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}

export const key = (e: Pick<Endpoint, 'method' | 'path'>) => `${e.method} ${e.path}`;
