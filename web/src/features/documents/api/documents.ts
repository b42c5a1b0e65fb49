import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Operations, type Schemas } from '../../../lib/api/client';

export type DocumentRow = Schemas['DocumentResponse'];
export type DocumentDetail = Schemas['DocumentDetailResponse'];
type ListQuery = NonNullable<Operations['listDocuments']['parameters']['query']>;

export const LIST_FILTERS = ['type', 'status', 'country', 'sector', 'classification'] as const;
export const SCALAR_FILTERS = ['signedAfter', 'signedBefore', 'q', 'sort'] as const;

/** The register's query, read from the page URL (so that a view can be bookmarked and shared). */
export function listQueryFromUrl(search: URLSearchParams): ListQuery {
  const query: Record<string, unknown> = {};
  for (const key of LIST_FILTERS) {
    const values = search
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
    if (values.length) query[key] = values;
  }
  for (const key of SCALAR_FILTERS) {
    const value = search.get(key);
    if (value) query[key] = value;
  }
  return query as ListQuery;
}

/** The register's first page and those after it, by cursor, for the filters in the URL. */
export function documentListQuery(search: URLSearchParams) {
  const query = listQueryFromUrl(search);
  return infiniteQueryOptions({
    queryKey: ['documents', 'list', query],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/documents', {
            params: { query: { ...query, limit: 50, cursor: pageParam } },
          }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDocumentList(search: URLSearchParams) {
  return useInfiniteQuery({ ...documentListQuery(search), placeholderData: keepPreviousData });
}

/** One document, now or (with `asOf`) as it stood then; with its ETag. */
export async function fetchDocument(id: string, asOf?: string | null) {
  const { data, etag } = await unwrap(
    api.GET('/api/v1/documents/{id}', { params: { path: { id }, query: asOf ? { asOf } : {} } }),
  );
  return { ...data, etag };
}

export function useDocument(id: string, asOf?: string | null, enabled = true) {
  return useQuery({
    queryKey: ['documents', 'one', id, asOf ?? null],
    enabled,
    queryFn: () => fetchDocument(id, asOf),
  });
}

export function useDocumentHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['documents', 'history', id],
    enabled,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents/{id}/history', { params: { path: { id }, query: { limit: 200 } } }),
        )
      ).data,
  });
}

export function useStatusHistory(id: string) {
  return useQuery({
    queryKey: ['documents', 'transitions', id],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/documents/{id}/transitions', { params: { path: { id } } }))).data,
  });
}

export function useRelated(id: string) {
  return useQuery({
    queryKey: ['documents', 'related', id],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents', {
            params: { query: { parentId: [id], limit: 200 } },
          }),
        )
      ).data.items,
  });
}

export function useDocumentMilestones(id: string) {
  return useQuery({
    queryKey: ['milestones', 'byDocument', id],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/milestones', {
            params: { query: { documentId: [id], limit: 200 } },
          }),
        )
      ).data.items,
  });
}
