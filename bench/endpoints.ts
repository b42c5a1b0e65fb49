import { benchUuid, hotDocuments, transitionableDocuments, Volume } from './generate';
import type { Client } from 'pg';
import type { RequestSpec } from './load';

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
  /** A GET that answers 200 on Pacta when the endpoint exists. */
  probe(env: BenchEnv): string;
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

export const ENDPOINTS: Endpoint[] = [
  {
    key: 'health',
    label: 'no-database route (GET /health/live)',
    probe: () => '/health/live',
    scale: false,
    make: () => () => get('/health/live'),
  },
  {
    key: 'list',
    label: 'list documents (restricted user, filter, keyset page of 50, summit title, signatory count)',
    probe: () => '/api/v1/documents?limit=1',
    scale: true,
    make: (_server, env) => {
      const paths = [
        ...LIST_FILTERS.map((f) => `/api/v1/documents?${f}&limit=50`),
        ...env.listCursors.map((c) => `/api/v1/documents?status=in_force&limit=50&cursor=${c}`),
      ];
      let i = 0;
      return () => get(paths[i++ % paths.length]);
    },
  },
  {
    key: 'get',
    label: 'get one document (with signatories and summit)',
    probe: () => `/api/v1/documents/${benchUuid('doc', 1)}`,
    scale: true,
    make: (_server, env) => {
      const r = rng(7);
      return () =>
        get(`/api/v1/documents/${benchUuid('doc', visibleDoc(1 + Math.floor(r() * env.volume.documents)))}`);
    },
  },
  {
    key: 'transition',
    label: 'document transition in_force ↔ suspended (If-Match, history row, audit event)',
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
    label: 'document history (page of 50 among the audit events)',
    probe: () => `/api/v1/documents/${benchUuid('doc', 1)}/history?limit=1`,
    scale: true,
    make: (_server, env) => {
      const hot = hotDocuments(env.volume);
      const r = rng(11);
      return () =>
        get(`/api/v1/documents/${benchUuid('doc', visibleDoc(1 + Math.floor(r() * hot)))}/history?limit=50`);
    },
  },
  {
    key: 'dashboard',
    label: 'milestone dashboard',
    probe: () => '/api/v1/dashboard/milestones',
    scale: true,
    make: () => {
      const paths = [
        '/api/v1/dashboard/milestones',
        '/api/v1/dashboard/milestones?sector=energy',
        '/api/v1/dashboard/milestones?country=AZ',
      ];
      let i = 0;
      return () => get(paths[i++ % paths.length]);
    },
  },
  // Stand-ins measured while the documents endpoints are not there yet.
  {
    key: 'list-institutions',
    label: 'list institutions (filter, keyset page of 50)',
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
    label: 'institution transition active ↔ defunct (If-Match, history row, audit event)',
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
