import { benchUuid, hotDocuments, transitionableDocuments, Volume } from './generate';
import type { Client } from 'pg';
import type { RequestSpec } from './load';
import { FILE_ROWS } from './rows-files';
import { SEARCH_ENDPOINT } from './rows-search';

export type ServerName = 'pacta' | 'raw';

export interface BenchEnv {
  volume: Volume;
  /** Cursors of later list pages, fetched from Pacta before the runs (both servers decode them). */
  listCursors: string[];
}

/**
 * A benchmarked request mix. `make` returns a fresh deterministic request sequence, the same for
 * both servers (writes use disjoint rows per server, so they never wait on each other's locks).
 */
export interface Endpoint {
  key: string;
  label: string;
  /** The work one request does on both servers, for the results table. */
  work: string;
  /**
   * Every distinct GET of the mix (or a sample of ids), compared on both servers before the
   * runs: status, body, ETag and content type. Absent for writes (see compareTransition).
   */
  variants?(env: BenchEnv): string[];
  /**
   * A comparison of its own in place of the JSON one over `variants` (binary bodies and headers,
   * parsed workbooks; a Pacta-only row checks Pacta's answer): what differed, logged.
   */
  compare?(
    urls: Record<ServerName, string>,
    token: string,
    env: BenchEnv,
  ): Promise<{ compared: number; differing: string[] }>;
  /** Measured on Pacta alone (no raw equivalent): req/s, p50 and p99, no ratio and no target. */
  pactaOnly?: boolean;
  /** A GET that answers 200 on Pacta when the endpoint exists. */
  probe(env: BenchEnv): string;
  /**
   * Connections and round length of this row when not the defaults (10, the run's seconds): a
   * heavy request needs fewer connections than the pool has and longer rounds to complete enough.
   */
  connections?: number;
  secondsFactor?: number;
  /**
   * Each round is this many requests (over `connections`) instead of a timed round, the warm-up
   * one: for rows whose requests take seconds, so that every round completes them all whatever
   * the machine; throughput is then requests ÷ elapsed time.
   */
  requests?: number;
  /** Measured again on the 10× smaller data set. */
  scale: boolean;
  /** When set, run only if the endpoint with this key is not available (colleagues' work pending). */
  fallbackFor?: string;
  make(server: ServerName, env: BenchEnv): () => RequestSpec;
  /**
   * Called before every run: the transition loads re-read their rows' status and version, since
   * requests still in flight when a run stops commit without the client seeing the answer.
   */
  prepare?(db: Client, env: BenchEnv): Promise<void>;
}

/** A small deterministic generator (the same sequence for Pacta and raw). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** A document a restricted user may see (classification public or restricted). */
function visibleDoc(n: number): number {
  return n % 10 === 9 ? n - 1 : n;
}

const LIST_FILTERS = [
  'status=in_force',
  'status=in_force,signed&country=AZ',
  'type=agreement',
  'sector=energy',
  'status=in_force&sort=-signedOn',
];

const get = (path: string): RequestSpec => ({ method: 'GET', path });

/** The first `n` requests of a GET mix: the sample the equivalence check compares. */
function firstPaths(next: () => RequestSpec, n: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i < n; i++) out.add(next().path);
  return [...out];
}

function listPaths(env: BenchEnv): string[] {
  return [
    ...LIST_FILTERS.map((f) => `/api/v1/documents?${f}&limit=50`),
    ...env.listCursors.map((c) => `/api/v1/documents?status=in_force&limit=50&cursor=${c}`),
  ];
}

const uncachedCounter = new Map<string, number>();

const DASHBOARD_PATHS = [
  '/api/v1/dashboard/milestones',
  '/api/v1/dashboard/milestones?sector=energy',
  '/api/v1/dashboard/milestones?country=AZ',
];

/**
 * Uncached dashboard requests: the cache (200 answers, oldest out first) is keyed by the chain
 * head, the clearance and the query, so a `days` window that cycles through 1…365 is never
 * answered from it: every request runs the statements. The unfiltered dashboard (what the web
 * application opens) reads the kept counts; a sector or country filter counts the milestones, so
 * the two are separate rows. (They were one row that took 365 requests of each kind in turn, so
 * what a round measured depended on how many requests had run before it: the growth phase met the
 * country filter where the main table had met the unfiltered view.)
 */
function uncachedDashboardPath(i: number): string {
  return `/api/v1/dashboard/milestones?days=${(i % 365) + 1}`;
}

/** Sector and country filters alternating request by request, so every round gets the same mix. */
function uncachedFilteredDashboardPath(i: number): string {
  const filter = ['sector=energy', 'country=AZ'][i % 2];
  return `/api/v1/dashboard/milestones?days=${(Math.floor(i / 2) % 365) + 1}&${filter}`;
}

/** One counter per server and row across runs: a warm-up's keys are not met again by the round after it. */
function uncachedSequence(row: string, server: ServerName, path: (i: number) => string): () => RequestSpec {
  return () => {
    const key = `${row}:${server}`;
    const i = uncachedCounter.get(key) ?? 0;
    uncachedCounter.set(key, i + 1);
    return get(path(i));
  };
}

export const ENDPOINTS: Endpoint[] = [
  {
    key: 'health',
    label: 'no-database route (GET /health/live)',
    work: 'routing, request hooks (security headers, request id, metrics, log line), JSON; no auth, no SQL',
    probe: () => '/health/live',
    scale: false,
    variants: () => ['/health/live'],
    make: () => () => get('/health/live'),
  },
  {
    key: 'list',
    label: 'list documents',
    work: 'JWT + cached user, query validation, 5 filter/sort variants and 3 cursor pages, one keyset SELECT of 51 rows (clearance filter, summit title, signatory count), page of 50',
    probe: () => '/api/v1/documents?limit=1',
    scale: true,
    variants: listPaths,
    make: (_server, env) => {
      const paths = listPaths(env);
      let i = 0;
      return () => get(paths[i++ % paths.length]);
    },
  },
  {
    key: 'get',
    label: 'get one document',
    work: 'JWT + cached user, one SELECT by id (clearance filter, summit title, signatory count), one SELECT of its signatories with institutions, ETag',
    probe: () => `/api/v1/documents/${benchUuid('doc', 1)}`,
    scale: true,
    variants(env) {
      return firstPaths(this.make('pacta', env), 25);
    },
    make: (_server, env) => {
      const r = rng(7);
      return () =>
        get(`/api/v1/documents/${benchUuid('doc', visibleDoc(1 + Math.floor(r() * env.volume.documents)))}`);
    },
  },
  {
    key: 'transition',
    label: 'document transition in_force ↔ suspended',
    work: 'JWT + cached user, body validation, BEGIN, SELECT … FOR UPDATE, If-Match check, status-history INSERT, UPDATE … RETURNING, notification outbox INSERT, deadline rules SELECT (moves to in_force), search refresh, audit append (chain head UPDATE + event INSERT), COMMIT',
    probe: () => `/api/v1/documents/${benchUuid('doc', 1)}/transitions`,
    scale: false,
    make: (server, env) => {
      const all = transitionableDocuments(env.volume, 4000);
      const mine = all.filter((_, i) => i % 2 === (server === 'pacta' ? 0 : 1));
      return transitionMix('documents', 'doc', mine, 'in_force', 'suspended', server);
    },
    prepare: (db, env) =>
      resync(
        db,
        'documents',
        transitionableDocuments(env.volume, 4000).map((n) => benchUuid('doc', n)),
      ),
  },
  {
    key: 'history',
    label: 'document history',
    work: 'JWT + cached user, visibility SELECT of the document, one keyset SELECT of 51 audit events on (entity_id, seq), page of 50',
    probe: () => `/api/v1/documents/${benchUuid('doc', 1)}/history?limit=1`,
    scale: true,
    variants(env) {
      return firstPaths(this.make('pacta', env), 25);
    },
    make: (_server, env) => {
      const hot = hotDocuments(env.volume);
      const r = rng(11);
      return () =>
        get(`/api/v1/documents/${benchUuid('doc', visibleDoc(1 + Math.floor(r() * hot)))}/history?limit=50`);
    },
  },
  {
    key: 'dashboard-uncached',
    label: 'milestone dashboard, UNCACHED, unfiltered',
    work: 'JWT + cached user, chain-head SELECT, then in one REPEATABLE READ snapshot the counts and sector groups from the kept counts of the reader’s level, the largest document, summit and owner groups from their kept counts with their figures from their milestones, the overdue and due-soon lists (a distinct days window per request: never a cache hit)',
    probe: () => '/api/v1/dashboard/milestones?days=1',
    scale: true,
    // Seconds per request at full size on a loaded machine when it scanned: 10 connections held
    // all ten pool connections in snapshots (503s); kept at 2 so that the rows stay comparable.
    connections: 2,
    secondsFactor: 3,
    // Keys the runs reach only after 300 requests per server (evicted by then).
    variants: () => [300, 301, 350, 364].map(uncachedDashboardPath),
    make: (server) => uncachedSequence('unfiltered', server, uncachedDashboardPath),
  },
  {
    key: 'dashboard-uncached-filtered',
    label: 'milestone dashboard, UNCACHED, sector or country filter',
    work: 'JWT + cached user, chain-head SELECT, then in one REPEATABLE READ snapshot the count, overdue, due-soon and group statements over every visible milestone of the sector or country (alternating; a distinct days window per request: never a cache hit)',
    probe: () => '/api/v1/dashboard/milestones?days=1&sector=energy',
    scale: true,
    connections: 2,
    secondsFactor: 3,
    variants: () => [1000, 1001, 1050, 1095].map(uncachedFilteredDashboardPath),
    make: (server) => uncachedSequence('filtered', server, uncachedFilteredDashboardPath),
  },
  {
    key: 'dashboard',
    label: 'milestone dashboard, CACHED',
    work: 'JWT + cached user, chain-head SELECT, answer from the head-keyed cache (3 variants; computed once per head)',
    probe: () => '/api/v1/dashboard/milestones',
    scale: true,
    variants: () => DASHBOARD_PATHS,
    make: () => {
      let i = 0;
      return () => get(DASHBOARD_PATHS[i++ % DASHBOARD_PATHS.length]);
    },
  },
  // Attachment download, CSV and XLSX exports, import validation (bench/rows-files.ts).
  ...FILE_ROWS,
  SEARCH_ENDPOINT,
  // Rows that the open issues add as their routes land (add each here with its raw route in
  // bench/raw-routes.ts, its variants and the work it does; `available()` skips a row whose
  // probe does not answer 200 yet, and the report lists PLANNED_ROWS that are not measured):
  //   search.
  // Stand-ins measured while the documents endpoints are not there yet.
  {
    key: 'list-institutions',
    label: 'list institutions (filter, keyset page of 50)',
    work: 'JWT + cached user, one keyset SELECT of 51 institutions',
    variants(env) {
      return firstPaths(this.make('pacta', env), 5);
    },
    fallbackFor: 'list',
    probe: () => '/api/v1/institutions?limit=1',
    scale: true,
    make: () => {
      const paths = ['AZ', 'KZ', 'TR', 'GE', 'AZ,KZ'].map(
        (c) => `/api/v1/institutions?country=${c}&limit=50`,
      );
      let i = 0;
      return () => get(paths[i++ % paths.length]);
    },
  },
  {
    key: 'get-institution',
    label: 'get one institution',
    work: 'JWT + cached user, one SELECT by id, ETag',
    variants(env) {
      return firstPaths(this.make('pacta', env), 25);
    },
    fallbackFor: 'get',
    probe: () => `/api/v1/institutions/${benchUuid('inst', 1)}`,
    scale: true,
    make: (_server, env) => {
      const r = rng(5);
      return () =>
        get(`/api/v1/institutions/${benchUuid('inst', 1 + Math.floor(r() * env.volume.institutions))}`);
    },
  },
  {
    key: 'transition-institution',
    label: 'institution transition active ↔ defunct',
    work: 'as the document transition, on institutions',
    fallbackFor: 'transition',
    probe: () => `/api/v1/institutions/${benchUuid('inst', 1)}`,
    scale: false,
    make: (server, env) => {
      const all: number[] = [];
      for (let n = 1; n <= env.volume.institutions; n++) if (n % 50 !== 0) all.push(n);
      const mine = all.filter((_, i) => i % 2 === (server === 'pacta' ? 0 : 1));
      return transitionMix('institutions', 'inst', mine, 'active', 'defunct', server);
    },
    prepare: (db, env) => {
      const ids: string[] = [];
      for (let n = 1; n <= env.volume.institutions; n++) if (n % 50 !== 0) ids.push(benchUuid('inst', n));
      return resync(db, 'institutions', ids);
    },
  },
];

/** Rows issue 16 asks for that land with other issues: listed in the report until measured. */
export const PLANNED_ROWS: string[] = [];

/** The document transition load over these document numbers (the write-ceiling runs split them). */
export function documentTransitions(numbers: number[]): () => RequestSpec {
  return transitionMix('documents', 'doc', numbers, 'in_force', 'suspended', 'pacta');
}

/** Re-reads the status and version of these documents (before a transition run). */
export function resyncDocuments(db: Client, numbers: number[]): Promise<void> {
  return resync(
    db,
    'documents',
    numbers.map((n) => benchUuid('doc', n)),
  );
}

/** Per-row state of the transition load, kept across rounds (versions keep counting). */
const rowState = new Map<string, { status: string; version: number }>();

async function resync(db: Client, table: string, ids: string[]): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  const { rows } = await db.query(
    `SELECT id::text AS id, status, version FROM ${table} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  for (const row of rows) rowState.set(row.id, { status: row.status, version: row.version });
}

function transitionMix(
  collection: string,
  kind: string,
  numbers: number[],
  home: string,
  away: string,
  _server: ServerName,
): () => RequestSpec {
  let i = 0;
  return () => {
    const id = benchUuid(kind, numbers[i++ % numbers.length]);
    const state = rowState.get(id) ?? { status: home, version: 1 };
    rowState.set(id, state);
    const to = state.status === home ? away : home;
    return {
      method: 'POST',
      path: `/api/v1/${collection}/${id}/transitions`,
      body: { to, reason: 'Benchmark: status toggled' },
      headers: { 'if-match': `"${state.version}"` },
      onResponse: (status, text) => {
        if (status !== 200) return;
        try {
          const row = JSON.parse(text);
          rowState.set(id, { status: row.status, version: row.version });
        } catch {
          // a body autocannon did not keep: the state stays, and the next request shows it
        }
      },
    };
  };
}
