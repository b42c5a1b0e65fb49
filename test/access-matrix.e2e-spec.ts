import {
  AccessContext,
  ACCESS_TABLE,
  type Endpoint,
  fillPath,
  key,
  PUBLIC_OPERATIONS,
  ROLES,
  type Role,
} from './support/access-table';
import { startTestApp, type TestApp } from './support/test-app';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('access matrix (spec §3)', () => {
  let t: TestApp;
  let ctx: AccessContext;
  let served: Set<string>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await startTestApp();
    ctx = new AccessContext(t, await t.adminToken());
    for (const role of ROLES) tokens[role] = await t.token(role, 'confidential');
    const doc = await t.http().get('/api/docs-json');
    served = new Set();
    for (const [path, item] of Object.entries<Record<string, unknown>>(doc.body.paths)) {
      for (const method of HTTP_METHODS) if (item[method]) served.add(`${method.toUpperCase()} ${path}`);
    }
  });
  afterAll(() => t.close());

  const send = async (endpoint: Endpoint, token: string | null) => {
    const req = (await endpoint.request?.(ctx)) ?? {};
    let call = t.http()[endpoint.method.toLowerCase() as 'get'](fillPath(endpoint.path, req.params));
    if (token) call = call.set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(req.headers ?? {})) call = call.set(name, value);
    if (req.query) call = call.query(req.query);
    if (req.body !== undefined) call = call.send(req.body as object);
    if (req.multipart) {
      for (const [name, value] of Object.entries(req.multipart.fields)) call = call.field(name, value);
      call = call.attach('file', req.multipart.file.content, req.multipart.file.name);
    }
    return call;
  };

  it('lists every route of the OpenAPI document in the access table', () => {
    const listed = new Set(ACCESS_TABLE.map(key));
    const missing = [...served].filter((route) => !listed.has(route));
    expect(missing).toEqual([]);
  });

  it('serves every route the access table lists', () => {
    const missing = ACCESS_TABLE.map(key).filter((route) => !served.has(route));
    expect(missing).toEqual([]);
  });

  const protectedEndpoints = ACCESS_TABLE.filter((e) => e.allowed !== 'public');
  const cases = protectedEndpoints.flatMap((endpoint) =>
    ROLES.map(
      (role) =>
        [key(endpoint), role, (endpoint.allowed as readonly Role[]).includes(role), endpoint] as const,
    ),
  );

  it.each(cases)('%s as %s: allowed=%s', async (route, role, allowed, endpoint) => {
    if (!served.has(route)) return; // reported by "serves every route the access table lists"
    const res = await send(endpoint, tokens[role]);
    if (allowed) {
      const ok = endpoint.success
        ? endpoint.success.includes(res.status)
        : res.status >= 200 && res.status < 300;
      if (!ok)
        throw new Error(
          `${route} as ${role}: expected success, got ${res.status} ${JSON.stringify(res.body)}`,
        );
    } else {
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 403, type: 'urn:pacta:problem:forbidden' });
    }
  });

  it.each(protectedEndpoints.map((e) => [key(e), e] as const))(
    '%s without a token: 401 problem',
    async (route, endpoint) => {
      if (!served.has(route)) return;
      const res = await send(endpoint, null);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.body).toMatchObject({ status: 401, type: 'urn:pacta:problem:unauthorized' });
    },
  );

  it.each(
    [...ACCESS_TABLE.filter((e) => e.allowed === 'public'), ...PUBLIC_OPERATIONS].map(
      (e) => [key(e), e] as const,
    ),
  )('%s answers without a token', async (_route, endpoint) => {
    const res = await send(endpoint, null);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
  });

  it('gives a user holding several roles the union of their permissions', async () => {
    const token = await t.token(['viewer', 'manager'], 'confidential');
    const read = await t.http().get('/api/v1/institutions').set('Authorization', `Bearer ${token}`);
    expect(read.status).toBe(200);
    const audit = await t.http().get('/api/v1/audit-events').set('Authorization', `Bearer ${token}`);
    expect(audit.status).toBe(403);
    const history = await t
      .http()
      .get(`/api/v1/institutions/${(await ctx.institution()).id}/history`)
      .set('Authorization', `Bearer ${token}`);
    expect(history.status).toBe(200);
  });

  it('records the real actor as createdBy and updatedBy', async () => {
    const editorId = await t.userId('editor', 'confidential');
    const created = await t
      .http()
      .post('/api/v1/institutions')
      .set('Authorization', `Bearer ${tokens.editor}`)
      .send({ name: 'Ministry of Culture', country: 'AZ', kind: 'ministry' });
    expect(created.body).toMatchObject({ createdBy: editorId, updatedBy: editorId });
    const adminId = await t.userId('admin', 'confidential');
    const updated = await t
      .http()
      .patch(`/api/v1/institutions/${created.body.id}`)
      .set('Authorization', `Bearer ${tokens.admin}`)
      .send({ shortName: 'MinCulture' });
    expect(updated.body).toMatchObject({ createdBy: editorId, updatedBy: adminId });
  });
});
