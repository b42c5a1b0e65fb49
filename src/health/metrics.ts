import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per process; the app records request durations by route pattern. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpDuration = new Histogram({
  name: 'pacta_http_request_duration_seconds',
  help: 'HTTP request duration by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

type DurationChild = ReturnType<typeof httpDuration.labels>;
const durationChildren = new Map<string, DurationChild>();

/**
 * Records one request's duration. prom-client hashes the label object on every `observe` (2 % of
 * a no-database request's CPU); the label sets are few (the route patterns × methods × statuses
 * the app answers), so each one's child is looked up once and kept.
 */
export function observeHttpDuration(method: string, route: string, status: number, seconds: number): void {
  const key = `${method} ${status} ${route}`;
  let child = durationChildren.get(key);
  if (!child) {
    child = httpDuration.labels({ method, route, status: String(status) });
    durationChildren.set(key, child);
  }
  child.observe(seconds);
}

/** What node-postgres's Pool counts. */
export interface PoolGauges {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

let pool: () => PoolGauges | null = () => null;

/** Where the pool gauges read from (the app's data source, set when the app starts). */
export function observePool(source: () => PoolGauges | null): void {
  pool = source;
}

const poolGauge = (name: string, help: string, read: (p: PoolGauges) => number) =>
  new Gauge({
    name,
    help,
    registers: [metricsRegistry],
    collect() {
      const p = pool();
      if (p) this.set(read(p));
    },
  });

poolGauge('pacta_db_pool_connections', 'Open connections of the database pool', (p) => p.totalCount);
poolGauge('pacta_db_pool_idle_connections', 'Open connections of the pool not in use', (p) => p.idleCount);
poolGauge(
  'pacta_db_pool_waiting_requests',
  'Queries waiting for a connection of the pool (the pool is exhausted when this stays above 0)',
  (p) => p.waitingCount,
);
