import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** The due-soon window in days from the dashboard's URL (`?days=`, 30 by default). */
export function dashboardDays(search: URLSearchParams): number {
  return Number(search.get('days') ?? 30) || 30;
}

/**
 * The milestone dashboard for a due-soon window: one cache entry shared by the dashboard, the
 * managers' home panels and the prefetch that starts it with the session (app/router.tsx).
 */
export function dashboardQuery(days: number) {
  return queryOptions({
    queryKey: ['milestones', 'dashboard', days],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/dashboard/milestones', { params: { query: { days } } }))).data,
  });
}
