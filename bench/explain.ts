import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { documentVisibility } from '../src/auth/clearance';
import { dashboardStatements } from '../src/milestones/dashboard.sql';
import { SEARCH_SLICES, SEARCH_TYPES, searchSql } from '../src/search/search.sql';
import { benchUuid, hotDocuments, transitionableDocuments, Volume } from './generate';
import { SQL } from './raw-routes';
import { SEARCH_QUERIES } from './rows-search';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every hot statement, with parameters like those of the load.
 * Writes run inside a transaction that is rolled back, so the data set is unchanged.
 */
export async function explainAll(url: string, userId: string, volume?: Volume): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const out: string[] = [`EXPLAIN (ANALYZE, BUFFERS) of the hot queries, ${new Date().toISOString()}`, ''];
  const visible = ['public', 'restricted'];
  const { rows } = await client.query('SELECT count(*)::int AS n FROM documents');
  const documents = volume?.documents ?? rows[0].n;
  const hotDoc = benchUuid('doc', Math.min(hotDocuments({ documents } as Volume), 5));
  const someDoc = benchUuid(
    'doc',
    Math.max(1, Math.floor(documents / 2) - (Math.floor(documents / 2) % 10) + 1),
  );
  const txDoc = benchUuid('doc', transitionableDocuments({ documents } as Volume, 10)[3]);
  const scope = { visible, seesEverything: false };
  const items: { name: string; sql: string; params: unknown[]; write?: boolean }[] = [
    {
      name: 'user lookup (every authenticated request, cached 1 s)',
      sql: 'SELECT id, email, roles, clearance, disabled FROM users WHERE id = $1',
      params: [userId],
    },
    ...SQL_ITEMS(visible, someDoc, hotDoc, txDoc, userId),
    ...Object.entries(dashboardStatements(scope, {})).map(([view, q]) => ({
      name: `dashboard ${view}`,
      sql: q.sql,
      params: q.params,
    })),
    ...[dashboardStatements(scope, { country: ['AZ'] }).totals].map((q) => ({
      name: 'dashboard total, country=AZ',
      sql: q.sql,
      params: q.params,
    })),
    ...searchItems(visible),
  ];
  try {
    out.push(...(await searchIndexes(client)), '');
    for (const item of items) {
      out.push(
        `=== ${item.name}`,
        item.sql.replace(/\s+/g, ' ').trim(),
        `params: ${JSON.stringify(item.params)}`,
        '',
      );
      try {
        if (item.write) await client.query('BEGIN');
        const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${item.sql}`, item.params);
        out.push(...res.rows.map((r) => r['QUERY PLAN'] as string));
      } catch (error) {
        out.push(`(failed: ${(error as Error).message})`);
      } finally {
        if (item.write) await client.query('ROLLBACK').catch(() => undefined);
      }
      out.push('');
    }
  } finally {
    await client.end();
  }
  return out.join('\n');
}

/** The search statement of each query shape of the search row, as the bench user runs it. */
function searchItems(visible: string[]) {
  const reader = { visible, seesEverything: false };
  return SEARCH_QUERIES.map(({ shape, q }) => {
    const built = searchSql({
      q,
      types: SEARCH_TYPES,
      limit: 20,
      after: null,
      visible: (params, alias) => documentVisibility(reader, params, alias),
    })!;
    return { name: `search, ${shape}: ${q}`, sql: built.sql, params: built.values };
  });
}

/**
 * The search indexes: how long each takes to build from the entries (REINDEX, timed here) and
 * their sizes (pg_relation_size), also printed with the bench output.
 */
async function searchIndexes(client: Client): Promise<string[]> {
  const lines = ['=== search indexes (build time by REINDEX; sizes by pg_relation_size)'];
  const { rows: counts } = await client.query(
    `SELECT (SELECT count(*)::int FROM search_entries) AS entries, (SELECT count(*)::int FROM search_words) AS words`,
  );
  lines.push(`search_entries: ${counts[0].entries} rows; search_words: ${counts[0].words} rows`);
  const slices = SEARCH_SLICES.map((s) => s.index);
  for (const index of ['IDX_search_entries_tsv', ...slices, 'IDX_search_words_key']) {
    const started = process.hrtime.bigint();
    await client.query(`REINDEX INDEX "${index}"`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    lines.push(`${index}: built in ${(ms / 1000).toFixed(2)} s`);
  }
  const { rows } = await client.query(
    `SELECT c.relname AS name, pg_relation_size(c.oid)::bigint AS bytes FROM pg_class c
      WHERE c.relname = ANY($1) ORDER BY c.relname`,
    [
      [
        'search_entries',
        'IDX_search_entries_tsv',
        ...slices,
        'search_words',
        'IDX_search_words_key',
        'search_entries_pkey',
        'search_words_pkey',
      ],
    ],
  );
  for (const r of rows) lines.push(`${r.name}: ${(Number(r.bytes) / 1048576).toFixed(1)} MiB`);
  for (const line of lines) process.stdout.write(`  ${line}\n`);
  return lines;
}

function SQL_ITEMS(visible: string[], someDoc: string, hotDoc: string, txDoc: string, userId: string) {
  const items: { name: string; sql: string; params: unknown[]; write?: boolean }[] = [];
  for (const [name, q] of Object.entries(SQL)) {
    const sample = SAMPLES[name];
    if (!sample) continue;
    items.push({
      name,
      sql: q,
      params: sample({ visible, someDoc, hotDoc, txDoc, userId }),
      write: /^\s*(UPDATE|INSERT|WITH)/i.test(q),
    });
  }
  return items;
}

interface SampleArgs {
  visible: string[];
  someDoc: string;
  hotDoc: string;
  txDoc: string;
  userId: string;
}

/** Sample parameters per statement of raw-routes' SQL (statements without one are not explained). */
const SAMPLES: Record<string, (a: SampleArgs) => unknown[]> = {
  documentList: (a) => [['in_force'], a.visible, 51],
  documentListSigned: (a) => [['in_force'], a.visible, 51],
  documentListCountry: (a) => [['in_force', 'signed'], ['AZ'], a.visible, 51],
  documentListSector: (a) => [['energy'], a.visible, 51],
  documentGet: (a) => [a.someDoc, a.visible],
  documentSignatories: (a) => [a.someDoc],
  documentLock: (a) => [a.txDoc, a.visible],
  statusChange: (a) => ['document', a.txDoc, 'in_force', 'suspended', a.userId, 'Benchmark', null],
  documentUpdate: (a) => ['suspended', a.userId, a.txDoc],
  auditAppend: (a) => [
    '{}',
    randomUUID(),
    new Date().toISOString(),
    a.userId,
    'bench.editor@pacta.local',
    'transition',
    'document',
    a.txDoc,
    '{"status":["in_force","suspended"]}',
    'Benchmark',
    'req',
    a.txDoc,
    null,
    'public',
  ],
  history: (a) => [a.hotDoc, 'document', a.visible, 51],
  institutionList: () => [['AZ'], 51],
  institutionGet: () => [benchUuid('inst', 17)],
};
