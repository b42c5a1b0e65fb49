import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { freePort } from '../src/database/embedded-postgres';
import { PACTA_NODE_FLAGS } from '../src/config/runtime';
import { hashPassword } from '../src/users/passwords';
import { BenchEnv, Endpoint, ENDPOINTS, ServerName } from './endpoints';
import { benchUuid, FULL, generate, scaled, Volume } from './generate';
import { explainAll } from './explain';
import { load, LoadResult } from './load';
import { writeReport } from './report';

/**
 * `npm run bench [-- --quick] [--check] [--keep] [--only=list,get]`
 *
 * Builds a data set in a fresh database on the local server, then measures Pacta and a raw
 * node:http + pg server side by side, one endpoint at a time, alternating A B A B. Also: cold
 * start, behaviour at 10× fewer rows, EXPLAIN of each hot query. Results in bench/results/.
 * `--check` (CI) only proves that the benchmark runs end to end: it never judges speed, but
 * fails when a measured request does not succeed.
 */
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const QUICK = flag('quick');
const CHECK = flag('check');
const KEEP = flag('keep');
const ONLY = option('only')?.split(',');
const SETTINGS = QUICK
  ? {
      volume: scaled(0.02),
      small: scaled(0.002),
      seconds: 2,
      warmup: 1,
      rounds: 2,
      coldStarts: 1,
      connections: 10,
    }
  : { volume: FULL, small: scaled(0.1), seconds: 8, warmup: 3, rounds: 3, coldStarts: 3, connections: 10 };

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS = resolve(process.cwd(), 'bench', 'results');
const JWT_SECRET = randomBytes(32).toString('base64url');
const USER_ID = '0b0b0b0b-0000-4000-8000-00000000be01';
const USER_EMAIL = 'bench.editor@pacta.local';
const USER_PASSWORD = 'bench-password-123';

const log = (line: string) => process.stdout.write(`${line}\n`);

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An HS256 access token as Pacta issues them (used before Pacta runs, for cold start). */
function signToken(sub: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub, iat: now, exp: now + 86400 })}`;
  return `${head}.${createHmac('sha256', JWT_SECRET).update(head).digest('base64url')}`;
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates, migrates and fills one database; returns its URL. */
async function buildDatabase(
  name: string,
  volume: Volume,
): Promise<{ url: string; migrateS: number; generateS: number }> {
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  const started = Date.now();
  const ds = createDataSource({ url, poolSize: 2, statementTimeoutMs: 3_600_000 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const migrateS = (Date.now() - started) / 1000;
  const generateS = await generate(url, volume, log);
  const hash = await hashPassword(USER_PASSWORD);
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(
    `INSERT INTO users (id, email, display_name, password_hash, roles, clearance, disabled)
     VALUES ($1, $2, 'Bench editor', $3, '{editor}', 'restricted', false)`,
    [USER_ID, USER_EMAIL, hash],
  );
  await c.end();
  return { url, migrateS, generateS };
}

interface Server {
  name: string;
  url: string;
  pid: number;
  proc: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

async function waitFor(
  url: string,
  headers: Record<string, string>,
  proc: ChildProcess,
  deadlineMs: number,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with code ${proc.exitCode}`);
    try {
      const res = await fetch(url, { headers });
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > deadlineMs) throw new Error(`no answer from ${url} within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath = '/health/live',
): Promise<Server & { startMs: number }> {
  const port = await freePort();
  const started = Date.now();
  const proc = spawn(process.execPath, [...(script === PACTA ? PACTA_NODE_FLAGS : []), script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), JWT_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (d: Buffer) => {
    output.push(d.toString());
    if (output.length > 200) output.shift();
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}${readyPath}`, { authorization: `Bearer ${signToken(USER_ID)}` }, proc, 60_000);
  } catch (error) {
    proc.kill('SIGKILL');
    throw new Error(`${name} did not start: ${(error as Error).message}\n${output.join('').slice(-3000)}`, {
      cause: error,
    });
  }
  const startMs = Date.now() - started;
  return {
    name,
    url,
    pid: proc.pid!,
    proc,
    output,
    startMs,
    stop: () =>
      new Promise<void>((res) => {
        if (proc.exitCode !== null) return res();
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        proc.once('exit', () => {
          clearTimeout(timer);
          res();
        });
        proc.kill('SIGTERM');
      }),
  };
}

const PACTA = resolve(process.cwd(), 'dist', 'src', 'main.js');
const RAW = resolve(process.cwd(), 'dist', 'bench', 'raw-server.js');

function pactaEnv(dbUrl: string, logLevel = 'warn'): Record<string, string> {
  return { DATABASE_URL: dbUrl, LOG_LEVEL: logLevel, PACTA_TOKEN_TTL_SECONDS: '86400' };
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: USER_EMAIL, password: USER_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function getJson(url: string, token: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, body };
}

/** Keys sorted at every depth, so that two JSON answers compare by content. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value as object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as any)[k])}`)
    .join(',')}}`;
}

export interface Measured {
  key: string;
  label: string;
  rounds: Record<ServerName, LoadResult[]>;
  pacta: Summary;
  raw: Summary;
  sameJson: boolean | null;
}

export interface Summary {
  rps: number;
  p50: number;
  p99: number;
  rssMiB: number;
  non2xx: number;
  errors: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarise(results: LoadResult[]): Summary {
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    rssMiB: Math.max(...results.map((r) => r.rssMiB)),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

const fmt = (n: number, d = 1) => n.toFixed(d);

async function measure(
  endpoint: Endpoint,
  servers: Record<ServerName, Server>,
  token: string,
  env: BenchEnv,
  sameJson: boolean | null,
  db: Client,
): Promise<Measured> {
  const rounds: Record<ServerName, LoadResult[]> = { pacta: [], raw: [] };
  const opts = (s: Server, seconds: number) => ({ seconds, connections: SETTINGS.connections, pid: s.pid });
  for (const name of ['pacta', 'raw'] as ServerName[]) {
    await endpoint.prepare?.(db, env);
    await load(servers[name].url, token, endpoint.make(name, env), opts(servers[name], SETTINGS.warmup));
  }
  const sequences = { pacta: endpoint.make('pacta', env), raw: endpoint.make('raw', env) };
  for (let r = 0; r < SETTINGS.rounds; r++) {
    for (const name of ['pacta', 'raw'] as ServerName[]) {
      await endpoint.prepare?.(db, env);
      const result = await load(
        servers[name].url,
        token,
        sequences[name],
        opts(servers[name], SETTINGS.seconds),
      );
      rounds[name].push(result);
      log(
        `    ${name.padEnd(5)} round ${r + 1}: ${fmt(result.rps, 0).padStart(6)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  RSS ${fmt(result.rssMiB, 0)} MiB${result.non2xx ? `  non-2xx ${result.non2xx} ${JSON.stringify(result.statuses)}` : ''}${result.errors ? `  errors ${result.errors}` : ''}`,
      );
    }
  }
  return {
    key: endpoint.key,
    label: endpoint.label,
    rounds,
    pacta: summarise(rounds.pacta),
    raw: summarise(rounds.raw),
    sameJson,
  };
}

/** Compares one answer of each server to the same request, by content. */
async function compare(
  endpoint: Endpoint,
  servers: Record<ServerName, Server>,
  token: string,
  env: BenchEnv,
): Promise<boolean | null> {
  const spec = endpoint.make('pacta', env)();
  if (spec.method !== 'GET') return null;
  const [a, b] = await Promise.all([
    getJson(servers.pacta.url + spec.path, token),
    getJson(servers.raw.url + spec.path, token),
  ]);
  const same = a.status === b.status && canonical(a.body) === canonical(b.body);
  if (!same) {
    log(`    note: Pacta and raw answer ${spec.path} differently (${a.status} vs ${b.status})`);
    log(`      pacta: ${JSON.stringify(a.body).slice(0, 400)}`);
    log(`      raw:   ${JSON.stringify(b.body).slice(0, 400)}`);
  }
  return same;
}

async function available(
  endpoints: Endpoint[],
  pacta: Server,
  token: string,
  env: BenchEnv,
): Promise<Endpoint[]> {
  const ok = new Set<string>();
  for (const e of endpoints) {
    const { status } = await getJson(pacta.url + e.probe(env), token);
    // A transitions probe is a GET on a POST route: 404 means no route; 200/405 means one.
    if (status === 200 || (e.key.startsWith('transition') && status !== 404)) ok.add(e.key);
  }
  return endpoints.filter(
    (e) =>
      ok.has(e.key) &&
      (!e.fallbackFor || !ok.has(e.fallbackFor)) &&
      (!ONLY || ONLY.includes(e.key) || ONLY.includes(e.fallbackFor ?? '')),
  );
}

async function listCursors(pacta: Server, token: string, pages: number): Promise<string[]> {
  const cursors: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const { status, body } = await getJson(
      `${pacta.url}/api/v1/documents?status=in_force&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    if (status !== 200 || !body.nextCursor) break;
    cursor = body.nextCursor as string;
    cursors.push(cursor);
  }
  return cursors;
}

async function coldStarts(dbUrl: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = await startServer('pacta', PACTA, pactaEnv(dbUrl), '/api/v1/institutions?limit=1');
    times.push(s.startMs);
    await s.stop();
  }
  return times;
}

/** Cold start with the embedded database, after its first initialisation (not timed). */
async function embeddedColdStart(): Promise<number | null> {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-bench-embedded-'));
  try {
    const env = {
      DATABASE_URL: '',
      JWT_SECRET: '',
      PACTA_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      PACTA_ADMIN_PASSWORD: 'bench-admin-password-1',
    };
    const first = await startServer('pacta-embedded', PACTA, env, '/health/ready');
    await first.stop();
    const second = await startServer('pacta-embedded', PACTA, env, '/health/ready');
    await second.stop();
    return second.startMs;
  } catch (error) {
    log(`  embedded cold start not measured: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pacta on the full set and on the 10× smaller one, alternating, Pacta only. */
async function scaleRuns(
  endpoints: Endpoint[],
  big: Server,
  small: Server,
  token: string,
  envBig: BenchEnv,
  envSmall: BenchEnv,
): Promise<{ key: string; big: Summary; small: Summary }[]> {
  const out = [];
  for (const e of endpoints.filter((x) => x.scale)) {
    log(`  scale: ${e.key}`);
    const results = { big: [] as LoadResult[], small: [] as LoadResult[] };
    const seq = { big: e.make('pacta', envBig), small: e.make('pacta', envSmall) };
    for (let r = 0; r < SETTINGS.rounds; r++) {
      for (const which of ['big', 'small'] as const) {
        const s = which === 'big' ? big : small;
        results[which].push(
          await load(s.url, token, seq[which], {
            seconds: Math.max(2, SETTINGS.seconds / 2),
            connections: SETTINGS.connections,
            pid: s.pid,
          }),
        );
      }
    }
    out.push({ key: e.key, big: summarise(results.big), small: summarise(results.small) });
  }
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const suffix = `${Date.now().toString(36)}${process.pid}`;
  const names = { big: `pacta_bench_${suffix}`, small: `pacta_bench_${suffix}_small` };
  const servers: Server[] = [];
  let failed = false;
  mkdirSync(RESULTS, { recursive: true });
  log(
    `Pacta benchmark${QUICK ? ' (quick)' : ''}${CHECK ? ' (check: runs end to end, speed not judged)' : ''}`,
  );
  log(`  data set: ${JSON.stringify(SETTINGS.volume)}; small set: ${JSON.stringify(SETTINGS.small)}`);
  try {
    log(`building ${names.big}…`);
    const big = await buildDatabase(names.big, SETTINGS.volume);
    log(`  migrated in ${fmt(big.migrateS)} s, generated in ${fmt(big.generateS)} s`);
    log(`building ${names.small}…`);
    const small = await buildDatabase(names.small, SETTINGS.small);
    log(`  migrated in ${fmt(small.migrateS)} s, generated in ${fmt(small.generateS)} s`);

    log('cold start (PostgreSQL server)…');
    const cold = await coldStarts(big.url, SETTINGS.coldStarts);
    log(`  ${cold.map((t) => `${t} ms`).join(', ')}`);

    const pacta = await startServer('pacta', PACTA, pactaEnv(big.url));
    const raw = await startServer('raw', RAW, { DATABASE_URL: big.url });
    servers.push(pacta, raw);
    const token = await login(pacta.url);
    const env: BenchEnv = { volume: SETTINGS.volume, listCursors: [] };
    const endpoints = await available(ENDPOINTS, pacta, token, env);
    if (endpoints.some((e) => e.key === 'list')) env.listCursors = await listCursors(pacta, token, 3);
    log(`measuring: ${endpoints.map((e) => e.key).join(', ')}`);
    const missing = ENDPOINTS.filter(
      (e) => !e.fallbackFor && !endpoints.some((x) => x.key === e.key || x.fallbackFor === e.key),
    );
    if (missing.length) log(`  not available in Pacta yet: ${missing.map((e) => e.key).join(', ')}`);

    const measured: Measured[] = [];
    const db = new Client({ connectionString: big.url });
    await db.connect();
    for (const e of endpoints) {
      log(`  ${e.label}`);
      const same = await compare(e, { pacta, raw }, token, env);
      measured.push(await measure(e, { pacta, raw }, token, env, same, db));
    }
    await db.end();

    log('Pacta with LOG_LEVEL=info (one line per request)…');
    const infoPacta = await startServer('pacta-info', PACTA, pactaEnv(big.url, 'info'));
    servers.push(infoPacta);
    const infoRuns: { key: string; rps: number; p99: number; warnRps: number }[] = [];
    for (const e of endpoints.filter(
      (x) => x.key === 'health' || x.key === 'get' || x.key === 'get-institution',
    )) {
      const r = await load(infoPacta.url, token, e.make('pacta', env), {
        seconds: SETTINGS.seconds,
        connections: SETTINGS.connections,
        pid: infoPacta.pid,
      });
      const m = measured.find((x) => x.key === e.key)!;
      infoRuns.push({ key: e.key, rps: r.rps, p99: r.p99, warnRps: m.pacta.rps });
      log(`  ${e.key}: ${fmt(r.rps, 0)} req/s (warn: ${fmt(m.pacta.rps, 0)}), p99 ${fmt(r.p99, 2)} ms`);
    }
    await infoPacta.stop();

    log('scale: the same requests at 10× fewer rows…');
    const smallPacta = await startServer('pacta-small', PACTA, pactaEnv(small.url));
    servers.push(smallPacta);
    const envSmall: BenchEnv = { volume: SETTINGS.small, listCursors: [] };
    const scale = await scaleRuns(endpoints, pacta, smallPacta, token, env, envSmall);
    await smallPacta.stop();

    log('EXPLAIN (ANALYZE, BUFFERS) of the hot queries…');
    const explain = await explainAll(big.url, USER_ID);
    writeFileSync(join(RESULTS, QUICK ? 'explain-quick.txt' : 'explain.txt'), explain);

    let embedded: number | null = null;
    if (!QUICK) {
      log('cold start (embedded PostgreSQL, after its first initialisation)…');
      embedded = await embeddedColdStart();
      log(`  ${embedded ?? '-'} ms`);
    }

    for (const s of [pacta, raw]) await s.stop();
    const report = writeReport(RESULTS, {
      quick: QUICK,
      volume: SETTINGS.volume,
      small: SETTINGS.small,
      settings: SETTINGS,
      generation: { big, small },
      coldStartMs: cold,
      embeddedColdStartMs: embedded,
      measured,
      infoRuns,
      scale,
      missing: missing.map((e) => e.key),
      totalSeconds: (Date.now() - started) / 1000,
    });
    log('');
    log(report);
    const broken = measured.filter((m) => m.pacta.non2xx + m.pacta.errors + m.raw.non2xx + m.raw.errors > 0);
    if (broken.length) {
      log(`requests failed during: ${broken.map((m) => m.key).join(', ')}`);
      failed = true;
    }
  } catch (error) {
    failed = true;
    log(`benchmark failed: ${(error as Error).stack ?? error}`);
  } finally {
    for (const s of servers) await s.stop().catch(() => undefined);
    if (!KEEP) {
      await admin(async (c) => {
        for (const n of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      }).catch((error: Error) => log(`could not drop the bench databases: ${error.message}`));
    } else {
      log(`kept: ${Object.values(names).map(databaseUrl).join(' ')}`);
    }
  }
  log(`done in ${fmt((Date.now() - started) / 1000, 0)} s`);
  process.exit(failed ? 1 : 0);
}

void benchUuid;
void main();
