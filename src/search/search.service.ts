import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { DocumentClearance } from '../attachments/document-clearance';
import { Page } from '../common/paging';
import { Problem } from '../common/problem';
import { SearchQuery } from './dto/search.dto';
import { SEARCH_TYPES, searchSql } from './search.sql';

export interface SearchHit {
  type: string;
  id: string;
  title: string;
  snippet: string;
  status: string;
  rank: number;
}

const encodeCursor = (values: [number, string, string]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string): [number, string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      typeof v[0] === 'number' &&
      (SEARCH_TYPES as readonly string[]).includes(v[1]) &&
      /^[0-9a-f-]{36}$/i.test(v[2])
    )
      return v as [number, string, string];
  } catch {
    // the problem below
  }
  throw Problem.invalidField('cursor', 'is not a cursor from this search');
}

/**
 * §13: one query across the registers, in PostgreSQL (search_entries, kept by triggers). What
 * the actor may not see is filtered before ranking, so it neither appears, counts nor shapes a
 * snippet (each entry's text comes only from entities of its own classification).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clearance: DocumentClearance,
  ) {}

  async search(actor: Actor, query: SearchQuery): Promise<Page<SearchHit>> {
    const limit = query.limit ?? 20;
    const built = searchSql({
      q: query.q,
      types: query.types?.length ? query.types : SEARCH_TYPES,
      limit,
      after: query.cursor ? decodeCursor(query.cursor) : null,
      visible: (params, alias) => this.clearance.visible(actor, params, alias),
    });
    if (!built) return { items: [], nextCursor: null };
    const rows: (Omit<SearchHit, 'rank'> & { rank: string })[] = await this.dataSource.query(
      built.sql,
      built.values,
    );
    const more = rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map((r) => ({ ...r, rank: Number(r.rank) }));
    const last = items[items.length - 1];
    return { items, nextCursor: more && last ? encodeCursor([last.rank, last.type, last.id]) : null };
  }
}
