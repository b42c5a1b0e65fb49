import type { Endpoint } from './endpoints';
import type { RequestSpec } from './load';

/**
 * The search mix over the generated titles (bench/generate.ts: en, ru, az, kk), one query of each
 * shape §13 promises, as the bench user (restricted clearance) asks them.
 */
export const SEARCH_QUERIES: { shape: string; q: string }[] = [
  { shape: 'a name', q: 'KazMunayGas' },
  { shape: 'a prefix (Kazakhstan, Kazakhstan Temir Zholy)', q: 'Kazakh' },
  { shape: 'a typo (Tokayev, Тоқаев, Токаевым)', q: 'Tokaev' },
  { shape: 'a Cyrillic word', q: 'нефть' },
  { shape: 'a two-word phrase', q: 'oil transit' },
  { shape: 'a broad word (en, az and kk titles)', q: 'memorandum' },
];

export const searchPath = (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}&limit=20`;

export const SEARCH_ENDPOINT: Endpoint = {
  key: 'search',
  label: 'search (GET /api/v1/search, 6 query shapes)',
  work: 'JWT + cached user, query validation, one statement: tsquery with prefix and trigram typo terms, GIN match, clearance filter, rank, top 21, snippets of the page',
  probe: () => searchPath('oil'),
  scale: true,
  variants: () => SEARCH_QUERIES.map((s) => searchPath(s.q)),
  make: () => {
    const paths = SEARCH_QUERIES.map((s) => searchPath(s.q));
    let i = 0;
    return (): RequestSpec => ({ method: 'GET', path: paths[i++ % paths.length] });
  },
};
