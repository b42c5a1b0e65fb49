import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, PoolClient, types } from 'pg';
import {
  AUDIT_APPEND_SQL,
  auditAppendParams,
  SEARCH_FLUSH_SQL,
  type AuditInput,
} from '../src/audit/audit.service';
import { visibleClassifications } from '../src/auth/clearance';
import { requestId } from '../src/common/request-id';
import { securityHeaders, webHelmetOptions } from '../src/common/security-headers';
import { ROUTES, RawActor, RawContext, RawError, RawReply } from './raw-routes';

/**
 * The baseline: a hand-written node:http + pg server that answers the benchmarked requests with
 * the same SQL and the same JSON as Pacta, and the same checks (HS256 JWT verified with
 * node:crypto, the user looked up with the same 1 s cache, clearance filtering, version check,
 * status history and one audit event per write). No framework, no validation library, no logs.
 */
types.setTypeParser(1082, (value: string) => value);

const secret = process.env.JWT_SECRET ?? '';
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PACTA_DB_POOL_SIZE ?? 10),
  application_name: 'pacta-bench-raw',
});

function b64urlJson(part: string): any {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

/** Verified tokens by their text, until they expire: as the app's TokenService remembers them. */
const verified = new Map<string, { sub: string; exp?: number }>();

function verifyJwt(token: string): string | null {
  const known = verified.get(token);
  if (known) return typeof known.exp === 'number' && known.exp * 1000 <= Date.now() ? null : known.sub;
  const claims = checkJwt(token);
  if (claims) {
    if (verified.size >= 10_000) verified.clear();
    verified.set(token, claims);
  }
  return claims?.sub ?? null;
}

function checkJwt(token: string): { sub: string; exp?: number } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = b64urlJson(parts[0]);
    if (header.alg !== 'HS256') return null;
    const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const payload = b64urlJson(parts[1]);
    if (typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now()) return null;
    return typeof payload.sub === 'string' && /^[0-9a-f-]{36}$/i.test(payload.sub)
      ? { sub: payload.sub, exp: payload.exp }
      : null;
  } catch {
    return null;
  }
}

const users = new Map<string, RawActor & { disabled: boolean; at: number }>();

async function actorFor(req: IncomingMessage): Promise<RawActor | null> {
  const header = req.headers.authorization;
  if (typeof header !== 'string' || !/^Bearer\s+\S+$/i.test(header)) return null;
  const sub = verifyJwt(header.replace(/^Bearer\s+/i, ''));
  if (!sub) return null;
  let user = users.get(sub);
  if (!user || Date.now() - user.at >= 1000) {
    const { rows } = await pool.query(
      'SELECT id, email, roles, clearance, disabled FROM users WHERE id = $1',
      [sub],
    );
    if (!rows[0]) return null;
    user = { ...rows[0], visible: visibleClassifications(rows[0].clearance), at: Date.now() } as RawActor & {
      disabled: boolean;
      at: number;
    };
    users.set(sub, user);
  }
  return user.disabled ? null : user;
}

function send(res: ServerResponse, status: number, body: unknown, etag?: string): void {
  const text = JSON.stringify(body);
  res.setHeader(
    'content-type',
    status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8',
  );
  res.setHeader('content-length', Buffer.byteLength(text));
  if (etag !== undefined) res.setHeader('etag', etag);
  res.statusCode = status;
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

/** The same audit append as AuditService.append (its statement and parameters). */
async function appendAudit(client: PoolClient, actor: RawActor, input: Record<string, any>): Promise<void> {
  await client.query(SEARCH_FLUSH_SQL);
  await client.query(
    AUDIT_APPEND_SQL,
    auditAppendParams({ id: actor.id, email: actor.email, requestId: randomUUID() }, input as AuditInput),
  );
}

const context: RawContext = {
  query: async (sql, params) => (await pool.query(sql, params)).rows,
  transaction: async (work, isolation = 'READ COMMITTED') => {
    const client = await pool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
      const result = await work({
        query: async (sql, params) => (await client.query(sql, params)).rows,
        audit: (actor, input) => appendAudit(client, actor, input),
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  },
};

const NO_QUERY = new URLSearchParams();

/**
 * The same response headers as Pacta's (helmet's, computed once, as src/app.ts does, for an http
 * public URL, and a request id, src/common/request-id.ts): the same answer on the wire, not a
 * lighter one. The bench compares every header of both servers on every request of its mixes.
 */
const SECURITY_HEADERS = Object.entries(securityHeaders(webHelmetOptions(false)));

const server = createServer(async (req, res) => {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  res.setHeader('x-request-id', requestId(req.headers['x-request-id']));
  try {
    // The path and query split by hand, as Fastify does (no WHATWG URL object per request).
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q < 0 ? target : target.slice(0, q);
    if (pathname === '/health/live') return send(res, 200, { status: 'ok' });
    for (const route of ROUTES) {
      if (route.method !== req.method) continue;
      const match = route.path.exec(pathname);
      if (!match) continue;
      const actor = await actorFor(req);
      if (!actor) return send(res, 401, { status: 401, title: 'Unauthorized' });
      const body = req.method === 'POST' ? await readBody(req) : undefined;
      const query = q < 0 ? NO_QUERY : new URLSearchParams(target.slice(q + 1));
      const result: any = await route.handle(context, actor, match.slice(1), query, body, req.headers);
      if (result instanceof RawReply) return await result.send(res);
      const version = result?.version;
      const etag = Number.isInteger(version) && result.id !== undefined ? `"${version}"` : undefined;
      return send(res, 200, result, etag);
    }
    send(res, 404, { status: 404, title: 'Not Found' });
  } catch (error) {
    if (error instanceof RawError)
      return send(res, error.status, { status: error.status, title: error.message });
    send(res, 500, { status: 500, title: String((error as Error).message) });
  }
});

server.keepAliveTimeout = 72_000;
// An orderly exit on a signal, so that `--cpu-prof` writes its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));

server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1', () => {
  process.stdout.write(`raw server listening on ${process.env.PORT ?? 3100}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
