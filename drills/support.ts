/**
 * What every drill shares: its own embedded PostgreSQL (stoppable and restartable on the same
 * port), Pacta as a real child process, a keep-alive HTTP client that never leaves 127.0.0.1,
 * a bounded load loop, figures and checks. Drills never touch the system PostgreSQL.
 */
import { ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { PACTA_NODE_FLAGS } from '../src/config/runtime';

const run = promisify(execFile);

export const ADMIN_EMAIL = 'drill-admin@pacta.local';
export const ADMIN_PASSWORD = 'drill-password-0123456789';
export const JWT_SECRET = 'drill-secret-that-is-long-enough-0123456789abcdef';

// ---------------------------------------------------------------- arguments and figures

export interface DrillArgs {
  quick: boolean;
  flags: Record<string, string>;
  number(name: string, fallback: number): number;
}

export function parseArgs(argv = process.argv.slice(2)): DrillArgs {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = 'true';
  }
  return {
    quick: flags.quick === 'true',
    flags,
    number(name, fallback) {
      const value = flags[name];
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} ${value}: expected a non-negative number`);
      return n;
    },
  };
}

/** Collects guarantees and figures; `finish` prints them and sets the exit code. */
export class Report {
  private readonly checks: { name: string; ok: boolean; detail: string }[] = [];
  private readonly figures: [string, string | number][] = [];
  private readonly started = Date.now();

  constructor(readonly drill: string) {
    log(`${drill}: starting`);
  }

  figure(name: string, value: string | number): void {
    this.figures.push([name, value]);
  }

  check(name: string, ok: boolean, detail = ''): boolean {
    this.checks.push({ name, ok, detail });
    log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
    return ok;
  }

  get failed(): boolean {
    return this.checks.some((c) => !c.ok);
  }

  finish(): never {
    this.figure('drill duration', `${((Date.now() - this.started) / 1000).toFixed(1)} s`);
    const out = [`\n== ${this.drill} ==`, 'figures:'];
    const width = Math.max(...this.figures.map(([n]) => n.length), 10);
    for (const [name, value] of this.figures) out.push(`  ${name.padEnd(width)}  ${value}`);
    out.push('guarantees:');
    for (const c of this.checks)
      out.push(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
    out.push(
      this.failed ? `RESULT: FAIL (${this.checks.filter((c) => !c.ok).length} broken)` : 'RESULT: PASS',
    );
    process.stdout.write(`${out.join('\n')}\n`);
    process.exit(this.failed ? 1 : 0);
  }
}

export function log(line: string): void {
  process.stdout.write(`[${new Date().toISOString().slice(11, 23)}] ${line}\n`);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---------------------------------------------------------------- HTTP (loopback only)

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
  /** Set when no HTTP answer came (refused, reset, timeout). */
  error?: string;
}

export interface HttpOptions {
  headers?: Record<string, string>;
  /** A raw string is sent as it is; anything else as JSON. */
  body?: unknown;
  timeoutMs?: number;
  agent?: Agent;
}

const sharedAgent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One request. A keep-alive socket the server closed just before we reused it fails with a
 * reset before anything was processed; that one case is retried once (as Node's docs advise).
 */
export async function http(method: string, url: string, options: HttpOptions = {}): Promise<HttpResult> {
  const first = await httpOnce(method, url, options);
  if (first.status === 0 && first.staleSocket) return httpOnce(method, url, options);
  return first;
}

function httpOnce(
  method: string,
  url: string,
  options: HttpOptions,
): Promise<HttpResult & { staleSocket?: boolean }> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1')
    throw new Error(`drills only talk to 127.0.0.1, not ${target.hostname}`);
  const started = performance.now();
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    payload = Buffer.from(
      typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
      'utf8',
    );
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve) => {
    let answered = false;
    const done = (result: Omit<HttpResult, 'ms'> & { staleSocket?: boolean }) =>
      resolve({ ...result, ms: performance.now() - started });
    let req: ReturnType<typeof httpRequest>;
    try {
      req = httpRequest(
        {
          method,
          host: '127.0.0.1',
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers,
          agent: options.agent ?? sharedAgent,
          timeout: options.timeoutMs ?? 15_000,
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', (e) => done({ status: 0, headers: {}, text: '', error: e.message }));
        },
      );
    } catch (error) {
      done({
        status: -1,
        headers: {},
        text: '',
        error: `client refused to send: ${(error as Error).message}`,
      });
      return;
    }
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e: NodeJS.ErrnoException) =>
      done({
        status: 0,
        headers: {},
        text: '',
        error: e.message,
        staleSocket:
          !answered && req.reusedSocket && (e.code === 'ECONNRESET' || e.message === 'socket hang up'),
      }),
    );
    req.end(payload);
  });
}

export function json<T = any>(result: HttpResult): T {
  try {
    return JSON.parse(result.text) as T;
  } catch {
    return undefined as T;
  }
}

/** A small API client for one server and one token. */
export class Api {
  constructor(
    readonly base: string,
    public token: string | null = null,
  ) {}

  send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    timeoutMs?: number,
  ) {
    return http(method, `${this.base}${path}`, {
      body,
      timeoutMs,
      headers: { ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}), ...headers },
    });
  }

  async login(email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<string> {
    const res = await this.send('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
    this.token = json(res).accessToken;
    return this.token!;
  }
}

// ---------------------------------------------------------------- embedded PostgreSQL

/** A document and one milestone on it, created through the API: what the notification drills write about. */
export async function drillMilestone(
  api: Api,
  title: string,
): Promise<{ doc: { id: string }; milestone: { id: string; version: number } }> {
  const doc = json(
    await api.send('POST', '/api/v1/documents', {
      title: `${title} agreement`,
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
    }),
  );
  const milestone = json(
    await api.send('POST', '/api/v1/milestones', {
      title: `${title} milestone`,
      documentId: doc.id,
      dueOn: '2030-01-01',
      ownerInstitutionIds: [],
    }),
  );
  return { doc, milestone };
}

export interface DrillDatabase {
  dir: string;
  url: string;
  port: number;
  /** Stops the server (fast shutdown: connections are cut). */
  stop(): Promise<void>;
  /** Starts it again on the same port, so that Pacta's DATABASE_URL stays right. */
  start(): Promise<void>;
  /** SIGSTOPs the server and its backends: it accepts TCP connections but never answers (a hung database). */
  freeze(): void;
  /** SIGCONTs what freeze() stopped. */
  thaw(): void;
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Stops the server and removes its directory. */
  destroy(): Promise<void>;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startDatabase(name: string): Promise<DrillDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `pacta-drill-${name}-`));
  if (userInfo().uid === 0) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const embedded = await startEmbeddedPostgres(dir, () => undefined);
  const url = embedded.url;
  const port = Number(new URL(url).port);
  const pgDir = join(dir, 'pg');
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string };
  const user = runAs();
  const pgCtl = (args: string[]) => run(bin.pg_ctl, args, { ...user, env: { ...process.env, LC_ALL: 'C' } });
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const stop = async () => {
    await pgCtl(['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30']).catch(() => undefined);
  };
  const start = async () => {
    await pgCtl([
      'start',
      '-D',
      pgDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(pgDir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ]);
  };
  const serverPids = (): number[] => {
    const postmaster = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = spawnSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    return [postmaster, ...children];
  };
  let frozen: number[] = [];
  return {
    dir,
    url,
    port,
    stop,
    start,
    freeze: () => {
      frozen = serverPids();
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thaw: () => {
      for (const pid of frozen) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // gone meanwhile
        }
      }
      frozen = [];
    },
    query,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Pacta as a child process

export interface PactaProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  base: string;
  logFile: string;
  /** Resolves with the exit code (or the signal's name) once the process has gone. */
  exited: Promise<number | string>;
  exitCode(): number | string | null;
  kill(signal: NodeJS.Signals): void;
  rss(): number;
}

export async function startPacta(
  databaseUrl: string,
  options: {
    port?: number;
    env?: Record<string, string>;
    logDir?: string;
    readyTimeoutMs?: number;
    /** Node flags added to Pacta's own (diagnostics such as `--trace-gc`, never tuning). */
    nodeFlags?: string[];
  } = {},
): Promise<PactaProcess> {
  const port = options.port ?? (await freePort());
  const logDir = options.logDir ?? mkdtempSync(join(tmpdir(), 'pacta-drill-log-'));
  const logFile = join(logDir, `pacta-${port}-${Date.now()}.log`);
  const out = createWriteStream(logFile);
  const flags = [...PACTA_NODE_FLAGS, ...(options.nodeFlags ?? [])];
  const child = spawn(process.execPath, [...flags, join(process.cwd(), 'dist/src/main.js')], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      PACTA_ADMIN_EMAIL: ADMIN_EMAIL,
      PACTA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PACTA_TOKEN_TTL_SECONDS: '86400',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  let code: number | string | null = null;
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (c, signal) => {
      code = c ?? signal ?? 'unknown';
      resolve(code);
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (code !== null) throw new Error(`Pacta exited (${code}) before it was ready; log: ${tail(logFile)}`);
    const res = await http('GET', `${base}/health/ready`, { timeoutMs: 2000 });
    if (res.status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Pacta did not become ready in time; log: ${tail(logFile)}`);
    }
    await sleep(100);
  }
  return {
    child,
    pid: child.pid!,
    port,
    base,
    logFile,
    exited,
    exitCode: () => code,
    kill: (signal) => {
      if (code === null) child.kill(signal);
    },
    rss: () => rssOf(child.pid!),
  };
}

export function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Resident set size of a process in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---------------------------------------------------------------- load

export interface LoadOptions {
  concurrency: number;
  /** Stop when this returns true (checked before each task). */
  until: () => boolean;
  task: (worker: number, n: number) => Promise<void>;
}

/** `concurrency` workers run `task` back to back until told to stop. */
export async function runLoad(options: LoadOptions): Promise<number> {
  let n = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      while (!options.until()) await options.task(worker, n++);
    }),
  );
  return n;
}

/** Counts answers by status ("0" for no answer). */
export class StatusCounter {
  readonly counts = new Map<string, number>();
  add(status: number | string): void {
    const key = String(status);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get(status: number | string): number {
    return this.counts.get(String(status)) ?? 0;
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  toString(): string {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
  }
}

/** A problem+json answer has the RFC 9457 members Pacta promises. */
export function isProblem(res: HttpResult): boolean {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return false;
  const body = json(res);
  return (
    !!body &&
    typeof body.type === 'string' &&
    typeof body.title === 'string' &&
    body.status === res.status &&
    typeof body.detail === 'string'
  );
}

/** An institution body that passes validation (unique by `n`). */
export function institutionBody(n: number | string) {
  return { name: `Drill institution ${n}`, country: 'AZ', kind: 'agency' };
}

/** Signs in as the drill admin and creates (or reuses) a user with these roles; returns its token and id. */
export async function userToken(
  admin: Api,
  roles: string[],
  clearance = 'confidential',
): Promise<{ token: string; id: string; email: string }> {
  const email = `drill-${roles.join('-')}-${clearance}@pacta.local`;
  const created = await admin.send('POST', '/api/v1/users', {
    email,
    displayName: email,
    password: ADMIN_PASSWORD,
    roles,
    clearance,
  });
  if (created.status !== 201 && created.status !== 409)
    throw new Error(`create user ${email}: ${created.status} ${created.text}`);
  const api = new Api(admin.base);
  const token = await api.login(email, ADMIN_PASSWORD);
  const me = json(await api.send('GET', '/api/v1/auth/me'));
  return { token, id: me.id, email };
}

/** GET /audit-events/verify as the admin. */
export async function verifyAudit(
  admin: Api,
): Promise<{ valid: boolean; checked: number; firstInvalidId?: string }> {
  const res = await admin.send('GET', '/api/v1/audit-events/verify', undefined, {}, 120_000);
  if (res.status !== 200) throw new Error(`verify: ${res.status} ${res.text}`);
  return json(res);
}

export { freePort };
