import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type DeadlineRule = Schemas['DeadlineRuleResponse'];

export function useDeadlineRuleList(status: DeadlineRule['status'][]) {
  return useInfiniteQuery({
    queryKey: ['deadline-rules', 'list', status],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/deadline-rules', {
            params: { query: { limit: 100, cursor: pageParam, ...(status.length ? { status } : {}) } },
          }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export async function fetchDeadlineRule(id: string): Promise<DeadlineRule> {
  return (await unwrap(api.GET('/api/v1/deadline-rules/{id}', { params: { path: { id } } }))).data;
}

export function useDeadlineRule(id: string | null | undefined) {
  return useQuery({
    queryKey: ['deadline-rules', 'one', id],
    enabled: !!id,
    queryFn: () => fetchDeadlineRule(id!),
  });
}

export function useDeadlineRuleHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['deadline-rules', 'history', id],
    enabled,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/deadline-rules/{id}/history', { params: { path: { id }, query: { limit: 200 } } }),
        )
      ).data.items,
  });
}
