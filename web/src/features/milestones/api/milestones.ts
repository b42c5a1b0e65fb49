import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type Milestone = Schemas['MilestoneResponse'];
export type ProgressEntry = Schemas['ProgressResponse'];

export function useMilestone(id: string) {
  return useQuery({
    queryKey: ['milestones', 'one', id],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/milestones/{id}', { params: { path: { id } } }))).data,
  });
}

export function useProgress(id: string) {
  return useQuery({
    queryKey: ['milestones', 'progress', id],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/milestones/{id}/progress', { params: { path: { id }, query: { limit: 200 } } }),
        )
      ).data.items,
  });
}

export function useMilestoneHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['milestones', 'history', id],
    enabled,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/milestones/{id}/history', { params: { path: { id }, query: { limit: 200 } } }),
        )
      ).data.items,
  });
}
