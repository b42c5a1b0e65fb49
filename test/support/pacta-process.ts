import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PACTA_NODE_FLAGS } from '../../src/config/runtime';
import { freePort } from '../../src/database/embedded-postgres';

/** Pacta as a user runs it: the built `dist/src/main.js` in its own process, on the embedded database. */
export const MAIN = join(process.cwd(), 'dist/src/main.js');

export interface Running {
  child: ChildProcess;
  output: () => string;
  port: number;
}

/** The environment of a first run: no DATABASE_URL, no JWT_SECRET. */
export function cleanEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete clean.DATABASE_URL;
  delete clean.JWT_SECRET;
  delete clean.LOG_FORMAT;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete clean[key];
    else clean[key] = value;
  }
  return clean;
}

const started = new Set<ChildProcess>();

/** SIGTERM to every Pacta a test started that still runs (a test that failed half-way), and waits. */
export async function stopAll(): Promise<void> {
  const running = [...started].filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  await Promise.all(running.map((child) => exited(child)));
  started.clear();
}

export async function startPacta(
  dataDir: string | undefined,
  env: Record<string, string | undefined> = {},
  options: { main?: string; cwd?: string } = {},
): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [...PACTA_NODE_FLAGS, options.main ?? MAIN], {
    env: cleanEnv({ PACTA_DATA_DIR: dataDir, PORT: String(port), ...env }),
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 90_000;
  // Ready: listening, and the first admin's login (written with it) complete.
  while (!/Pacta listening/.test(out) || (/First admin created/.test(out) && !/printed once/.test(out))) {
    if (child.exitCode !== null) throw new Error(`Pacta exited ${child.exitCode}: ${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Pacta did not start: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, port };
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
}

/** Runs a command to its end without blocking the event loop; its output and exit status. */
export function runToEnd(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export async function api(port: number, path: string, init: RequestInit & { token?: string } = {}) {
  const res = await fetch(`http://127.0.0.1:${port}${path.startsWith('/health') ? '' : '/api/v1'}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
}

/** Signs in as the first admin, whose password the first start printed. */
export async function adminToken(port: number, firstOutput: string): Promise<string> {
  const password = /password:\s+(\S+)/.exec(firstOutput)?.[1];
  const login = await api(port, '/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'admin@pacta.local', password }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.accessToken as string;
}
