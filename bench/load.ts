import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * One request of a load: what to send. `onResponse` sees the answer (to track row state). A
 * string body is sent as it is (with its content type in `headers`), anything else as JSON.
 */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  onResponse?: (status: number, body: string) => void;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
  /** Largest resident set of the server process seen during the run, MiB. */
  rssMiB: number;
  statuses: Record<string, number>;
  /**
   * CPU time per answered request, µs: the server process (user + system, from /proc; and the
   * system part alone: syscalls, socket writes), the PostgreSQL backends serving it (set by the
   * caller) and the load generator (this process: autocannon runs here). Which side is busier
   * per request says where a throughput gap lives, whatever else the machine runs.
   */
  cpuUs: { server: number; serverSystem: number; generator: number; database?: number };
}

/**
 * CPU ms used so far by each PostgreSQL backend serving `db`'s database (but `db` itself): with
 * two readings, what the database spent on a round (`backendCpuBetween`).
 */
export async function backendCpu(db: { query: (sql: string) => Promise<{ rows: { pid: number }[] }> }) {
  const { rows } = await db.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  return new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)]));
}

/** CPU ms between two `backendCpu` readings, over the backends alive at the second. */
export function backendCpuBetween(a: Map<number, number>, b: Map<number, number>): number {
  let ms = 0;
  for (const [pid, cpu] of b) if (Number.isFinite(cpu)) ms += cpu - (a.get(pid) ?? 0);
  return ms;
}

/** User + system CPU time of a process so far, ms (Linux /proc; clock ticks of 10 ms). */
export function processCpuMs(pid: number, which: 'all' | 'system' = 'all'): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (which === 'system' ? Number(fields[12]) : Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Resident set size of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Drives `baseUrl` with `connections` keep-alive connections for `seconds` (or, with `amount`,
 * until that many requests have answered, however long they take: throughput is then amount ÷
 * elapsed time), each request taken from `next()` in turn; latencies come from autocannon's
 * per-response timer (fractional ms).
 */
export async function load(
  baseUrl: string,
  token: string,
  next: () => RequestSpec,
  options: { seconds: number; connections: number; pid: number; amount?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let rss = rssMiB(options.pid);
  const sampler = setInterval(() => {
    rss = Math.max(rss, rssMiB(options.pid));
  }, 200);
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    ...(options.amount ? { amount: options.amount } : {}),
    pipelining: 1,
    timeout: options.amount ? 300 : 30,
    requests: [
      {
        setupRequest: (req: any, context: any) => {
          const spec = next();
          context.spec = spec;
          const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...spec.headers };
          const raw = typeof spec.body === 'string';
          if (spec.body !== undefined && !raw) headers['content-type'] = 'application/json';
          return {
            ...req,
            method: spec.method,
            path: spec.path,
            headers,
            body: spec.body === undefined ? undefined : raw ? spec.body : JSON.stringify(spec.body),
          };
        },
        onResponse: (status: number, body: string, context: any) => {
          context.spec?.onResponse?.(status, body);
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    latencies.push(ms);
  });
  const started = performance.now();
  const cpu0 = processCpuMs(options.pid);
  const system0 = processCpuMs(options.pid, 'system');
  const generator0 = process.cpuUsage();
  const result: any = await instance;
  const generator = process.cpuUsage(generator0);
  const serverMs = processCpuMs(options.pid) - cpu0;
  const systemMs = processCpuMs(options.pid, 'system') - system0;
  const elapsedS = options.amount ? (performance.now() - started) / 1000 : options.seconds;
  clearInterval(sampler);
  rss = Math.max(rss, rssMiB(options.pid));
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses)
    .filter(([s]) => s.startsWith('2'))
    .reduce((n, [, c]) => n + c, 0);
  return {
    requests: latencies.length,
    rps: ok / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    non2xx: latencies.length - ok,
    errors: (result.errors ?? 0) + (result.timeouts ?? 0),
    rssMiB: rss,
    statuses,
    cpuUs: {
      server: (serverMs * 1000) / Math.max(1, latencies.length),
      serverSystem: (systemMs * 1000) / Math.max(1, latencies.length),
      generator: (generator.user + generator.system) / Math.max(1, latencies.length),
    },
  };
}
