import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Operations, type Schemas } from '../../../lib/api/client';

export type Institution = Schemas['InstitutionResponse'];
export type InstitutionQuery = NonNullable<Operations['listInstitutions']['parameters']['query']>;

export function useInstitutionList(query: InstitutionQuery) {
  return useInfiniteQuery({
    queryKey: ['institutions', 'list', query],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/institutions', { params: { query: { ...query, limit: 100, cursor: pageParam } } }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export async function fetchInstitution(id: string): Promise<Institution> {
  return (await unwrap(api.GET('/api/v1/institutions/{id}', { params: { path: { id } } }))).data;
}

export function useInstitution(id: string | null | undefined) {
  return useQuery({
    queryKey: ['institutions', 'one', id],
    enabled: !!id,
    queryFn: () => fetchInstitution(id!),
  });
}
