import { documentVisibility } from '../src/auth/clearance';
import { SEARCH_TYPES, searchSql } from '../src/search/search.sql';
import type { RawRoute } from './raw-routes';

/**
 * GET /api/v1/search on the raw server: the statement SearchService sends (imported from
 * src/search/search.sql.ts, with the same clearance predicate), its rows presented as the
 * service presents them (rank as a number, a cursor when there is a next page).
 */
export const SEARCH_ROUTES: RawRoute[] = [
  {
    method: 'GET',
    path: /^\/api\/v1\/search$/,
    async handle(ctx, actor, _ids, query) {
      const limit = Number(query.get('limit') ?? 20);
      const cursor = query.get('cursor');
      const reader = { visible: actor.visible, seesEverything: actor.clearance === 'confidential' };
      const built = searchSql({
        q: query.get('q') ?? '',
        types: query.get('types')?.split(',') ?? SEARCH_TYPES,
        limit,
        after: cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null,
        visible: (params, alias) => documentVisibility(reader, params, alias),
      });
      if (!built) return { items: [], nextCursor: null };
      const rows = await ctx.query(built.sql, built.values);
      const more = rows.length > limit;
      const items = more ? rows.slice(0, limit) : rows;
      for (const row of items) row.rank = Number(row.rank);
      const last = items[items.length - 1];
      const nextCursor =
        more && last
          ? Buffer.from(JSON.stringify([last.rank, last.type, last.id])).toString('base64url')
          : null;
      return { items, nextCursor };
    },
  },
];
