import { SqlParams } from '../common/paging';
import { likePattern } from '../database/sql';

export const SEARCH_TYPES = ['document', 'summit', 'institution', 'milestone'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** At most this many words of a query count (the rest are ignored). */
const MAX_WORDS = 8;
/** Typo matching: a query word of at least this many letters also matches up to TYPO_WORDS similar words. */
const TYPO_MIN_LENGTH = 4;
const TYPO_WORDS = 3;
/** Trigram similarity a stored word needs to count as a typo of a query word (Tokaev/Tokayev: 0.5). */
const TYPO_SIMILARITY = 0.4;

/** The words of a query: letters and digits, as the text search parser would split them. */
export function queryWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS).map((w) => w.slice(0, 60));
}

/**
 * SQL for the tsquery of `words`: every word must match, as a prefix (`Kazakh` → Kazakhstan),
 * or, for names, as one of the few stored words most similar to it by trigrams (`Tokaev` →
 * Tokayev, also across scripts through the transliterated key); a word with digits matches only
 * as a prefix. Null when no word remains.
 */
export function tsquerySql(words: string[], params: SqlParams, typos = true): string | null {
  if (words.length === 0) return null;
  const terms = words.map((word) => {
    const w = params.p(word);
    const exact = `quote_literal(pacta_fold(${w})) || ':*'`;
    // Numbers have no typos worth forgiving (2022 is not 2021), and no similar words to look up.
    if (!typos || [...word].length < TYPO_MIN_LENGTH || /\p{N}/u.test(word)) return `'(' || ${exact} || ')'`;
    const similar = `(SELECT string_agg(quote_literal(s.word), ' | ') FROM (
        SELECT word FROM search_words WHERE key % pacta_translit(pacta_fold(${w}))
           AND similarity(key, pacta_translit(pacta_fold(${w}))) >= ${TYPO_SIMILARITY}
         ORDER BY similarity(key, pacta_translit(pacta_fold(${w}))) DESC LIMIT ${TYPO_WORDS}) s)`;
    return `'(' || ${exact} || coalesce(' | ' || ${similar}, '') || ')'`;
  });
  return `to_tsquery('pacta', ${terms.join(` || ' & ' || `)})`;
}

export interface SearchSqlOptions {
  q: string;
  types: readonly string[];
  limit: number;
  /** rank, type, id of the last item of the previous page. */
  after: [number, string, string] | null;
  /** The clearance predicate on alias `se` (it has a `classification` column). */
  visible: (params: SqlParams, alias: string) => string;
}

/**
 * Entries ranked per query at most. A broad query (a word in a tenth of 200 000 titles) would
 * otherwise rank every match to show twenty: its matches are found through the index, the first
 * MAX_RANKED of them that the reader may see (slice by slice, see SEARCH_SLICES) are ranked, and
 * pages come from those; a narrower query, which is what anyone paging that far wants, ranks all
 * of its matches. 500, not 2 000: ranking the candidates is most of a broad statement's time, and
 * issue 13's p99 ≤ 100 ms at 10 connections held on a quiet run only with 500 (p99 79–99 ms,
 * 227–262 req/s) and not with 2 000 (166–191 ms, 110–115 req/s) at 200 000 documents.
 */
export const MAX_RANKED = 500;

/**
 * The slices of search_entries the candidates are read from, in order, each with its partial GIN
 * index on tsv (migration SearchSlices, same predicates): a sixteenth, three sixteenths and the
 * other three quarters of the entries by `uuid_hash(entity_id) & 15`. A GIN index answers with a
 * bitmap of all its matches before the first row: on the whole table a word in 25 000 entries cost
 * 20–45 ms of CPU in that bitmap alone. Read slice by slice under the LIMIT, a word with more than
 * 16 × MAX_RANKED visible matches stops in the first sixteenth, one with more than 4 × MAX_RANKED
 * in the first quarter; a narrower word reads all three, as many matches as before in three
 * bitmaps. (Five slices cost the narrower words more planning than they saved the broad ones.)
 */
export const SEARCH_SLICES: { index: string; slice: string }[] = [
  { index: 'IDX_search_entries_tsv_s0', slice: '= 0' },
  { index: 'IDX_search_entries_tsv_s1', slice: 'BETWEEN 1 AND 3' },
  { index: 'IDX_search_entries_tsv_s4', slice: 'BETWEEN 4 AND 15' },
];

/**
 * The search statement, for the service and the benchmark alike: matches in search_entries (the
 * slices' GIN indexes on tsv, in order), hides what the clearance predicate hides before ranking,
 * ranks at most MAX_RANKED candidates (narrow rows: type, id, rank), pages by (rank, type, id),
 * and reads titles and builds snippets only for the page's rows. Returns null for a query without
 * words.
 */
export function searchSql(options: SearchSqlOptions): { sql: string; values: unknown[] } | null {
  const params = new SqlParams();
  const tsq = tsquerySql(queryWords(options.q), params);
  if (!tsq) return null;
  const where = [`se.tsv @@ q.tsq`, options.visible(params, 'se')];
  if (options.types.length < SEARCH_TYPES.length)
    where.push(`se.entity_type = ANY(${params.p(options.types)})`);
  const slices = SEARCH_SLICES.map(
    ({ slice }) => `SELECT se.entity_type, se.entity_id, ts_rank(se.tsv, q.tsq) AS rank
      FROM search_entries se, q WHERE (uuid_hash(se.entity_id) & 15) ${slice} AND ${where.join(' AND ')}`,
  );
  const candidates = `SELECT * FROM (${slices.join('\n      UNION ALL ')}) slices LIMIT ${MAX_RANKED}`;
  const after = options.after
    ? `WHERE (c.rank, c.entity_type, c.entity_id) < (${params.p(options.after[0])}::real, ${params.p(options.after[1])}, ${params.p(options.after[2])}::uuid)`
    : '';
  const sql = `WITH q AS (SELECT ${tsq} AS tsq),
    c AS (${candidates}),
    page AS (SELECT * FROM c ${after} ORDER BY c.rank DESC, c.entity_type DESC, c.entity_id DESC LIMIT ${params.p(options.limit + 1)})
    SELECT page.entity_type AS type, page.entity_id AS id, se.title, se.status, page.rank::text AS rank,
           ts_headline('pacta', replace(replace(replace(se.title || ' · ' || se.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), q.tsq,
             'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "') AS snippet
      FROM page JOIN search_entries se ON se.entity_type = page.entity_type AND se.entity_id = page.entity_id, q
     ORDER BY page.rank DESC, page.entity_type DESC, page.entity_id DESC`;
  return { sql, values: params.values };
}

/**
 * For a register list's `q`, the same matching as search: `idExpr` (e.g. `d.id`) has an entry
 * of `type` that matches every word. Null for a query without words.
 */
export function searchMatchSql(
  type: SearchType,
  idExpr: string,
  q: string,
  params: SqlParams,
  typos = true,
): string | null {
  const tsq = tsquerySql(queryWords(q), params, typos);
  if (!tsq) return null;
  return `${idExpr} IN (SELECT se.entity_id FROM search_entries se WHERE se.entity_type = ${params.p(type)} AND se.tsv @@ ${tsq})`;
}

/** A list's q uses the search's matching only when every word has at least this many letters. */
const LIST_MATCH_MIN_LENGTH = 3;

/**
 * A register list's `q` (§2: "q matches text as §13's search does"): the search's matching
 * (every word as a prefix, folded case and diacritics, stemmed, across translations, participants
 * and attachment text), or the substring `literal(like)` builds, for what has no words of its own
 * (a reference number's punctuation, a fragment inside a word). A list narrows, so two things of
 * the search are left out: typo matches (the search endpoint has them) and one- or two-letter
 * prefixes (`L:` would match every word beginning with l); such a q is a substring only.
 */
export function listQuerySql(
  type: SearchType,
  idExpr: string,
  q: string,
  params: SqlParams,
  literal: (like: string) => string,
): string {
  const substring = literal(params.p(likePattern(q)));
  const words = queryWords(q);
  const wordy = words.length > 0 && words.every((w) => [...w].length >= LIST_MATCH_MIN_LENGTH);
  const match = wordy ? searchMatchSql(type, idExpr, q, params, false) : null;
  return match ? `(${match} OR ${substring})` : `(${substring})`;
}

/**
 * Rebuilds, in one statement a type, the entries of every entity the transaction marked
 * (search_dirty, migration SearchRefreshSetBased); the commit's deferred trigger then has
 * nothing left to do. A batch writer (an import's apply) calls it before it commits.
 */
export const REFRESH_MARKED_SQL = 'SELECT search_refresh_marked() AS refreshed';

/** Refreshes every entry (after a bulk load that bypassed the triggers, e.g. a benchmark's data set). */
export const REBUILD_SEARCH_SQL = [
  'SELECT search_refresh_institutions(array_agg(id)) FROM institutions',
  'SELECT search_refresh_summits(array_agg(id)) FROM summits',
  'SELECT search_refresh_documents(array_agg(id)) FROM documents',
  'SELECT search_refresh_milestones(array_agg(id)) FROM milestones',
];
