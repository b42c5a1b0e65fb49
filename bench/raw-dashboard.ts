import { DashboardCache, runDashboard } from '../src/milestones/dashboard.sql';
import type { RawActor, RawContext } from './raw-routes';

const cache = new DashboardCache();

/**
 * The dashboard exactly as DashboardService runs it (the same statements from
 * src/milestones/dashboard.sql.ts, the same snapshot and the same head-keyed cache), on the raw pool.
 */
export function dashboard(ctx: RawContext, actor: RawActor, query: URLSearchParams) {
  const list = (name: string) => query.get(name)?.split(',');
  const dashboardQuery = {
    days: query.has('days') ? Number(query.get('days')) : undefined,
    country: list('country'),
    sector: list('sector'),
    ownerInstitutionId: query.get('ownerInstitutionId') ?? undefined,
  };
  const scope = { visible: actor.visible, seesEverything: actor.clearance === 'confidential' };
  const db = {
    query: ctx.query,
    snapshot: <T>(work: (query: typeof ctx.query) => Promise<T>) =>
      ctx.transaction((tx) => work(tx.query), 'REPEATABLE READ'),
  };
  return runDashboard(db, cache, scope, dashboardQuery);
}
