import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type Summit = Schemas['SummitResponse'];

export function useSummitList() {
  return useInfiniteQuery({
    queryKey: ['summits', 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/summits', {
            params: { query: { limit: 50, cursor: pageParam } },
          }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export async function fetchSummit(id: string): Promise<Summit> {
  return (await unwrap(api.GET('/api/v1/summits/{id}', { params: { path: { id } } }))).data;
}

export function useSummit(id: string, enabled = true) {
  return useQuery({ queryKey: ['summits', 'one', id], enabled, queryFn: () => fetchSummit(id) });
}

export function useSummitDocuments(id: string) {
  return useQuery({
    queryKey: ['documents', 'bySummit', id],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents', {
            params: { query: { summitId: [id], limit: 200 } },
          }),
        )
      ).data.items,
  });
}

export function useSummitMilestones(id: string) {
  return useQuery({
    queryKey: ['milestones', 'bySummit', id],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/milestones', {
            params: { query: { summitId: [id], limit: 200 } },
          }),
        )
      ).data.items,
  });
}
