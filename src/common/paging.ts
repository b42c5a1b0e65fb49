import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Problem } from './problem';
import { QueryInt } from './validation';

/** limit/cursor/sort, shared by every list query DTO. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor: nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ description: 'A field name, `-` in front for descending.' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]{1,40}$/, { message: 'must be a field name, optionally prefixed with -' })
  sort?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Collects positional parameters while SQL is assembled: `sql.p(value)` → `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export type SortType = 'text' | 'date' | 'timestamptz' | 'bigint' | 'uuid';

/** The id column's type: a cursor's id must be of it (a bigint compared with a uuid is a 500). */
export type IdType = 'uuid' | 'bigint';

/**
 * What a cursor's values must look like for each type before they reach a cast. The cursor is
 * client-supplied text, so everything in it is checked; what passes can still be out of range
 * (2023-02-30), which the cast refuses and the problem filter answers with a 400.
 */
const CURSOR_VALUE: Record<SortType | IdType, RegExp> = {
  text: /^/,
  date: /^(-?infinity|\d{4,6}-\d{2}-\d{2})$/,
  timestamptz:
    /^(-?infinity|\d{4,6}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2}){0,2}|Z)?)$/,
  bigint: /^-?\d{1,18}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** A sortable field: its SQL expression (never NULL) and type, for keyset comparisons. */
export interface SortKey {
  expr: string;
  type: SortType;
}

export interface Keyset {
  /** Columns to add to the SELECT: the sort value as text (full precision) and the id. */
  select: string;
  orderBy: string;
  /** The row comparison that starts after the cursor, or null on the first page. */
  after: string | null;
  /** Values a row contributes to the next cursor. */
  cursorOf(row: Record<string, unknown>): unknown[];
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, sortName: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sortName) return parsed.slice(1);
  } catch {
    // fall through to the problem below
  }
  throw Problem.invalidField('cursor', 'is not a cursor from this list (or the sort changed)');
}

function fits(value: unknown, type: SortType | IdType): value is string | number {
  if (typeof value === 'number') return type === 'bigint' && Number.isSafeInteger(value);
  return (
    typeof value === 'string' &&
    value.length <= 1000 &&
    !value.includes('\u0000') &&
    CURSOR_VALUE[type].test(value)
  );
}

/**
 * Keyset paging on (sort expression, id): stable under inserts, and an index on the same pair
 * serves every page in the same time. Each register declares its sortable fields.
 */
export function keyset(
  query: PageQuery,
  sortable: Record<string, SortKey>,
  defaultSort: string,
  idExpr: string,
  params: SqlParams,
  idType: IdType = 'uuid',
): Keyset {
  const sort = query.sort ?? defaultSort;
  const desc = sort.startsWith('-');
  const name = desc ? sort.slice(1) : sort;
  // Own properties only: `sort=constructor` must not find Object.prototype.constructor.
  const key = Object.hasOwn(sortable, name) ? sortable[name] : undefined;
  if (!key) {
    throw Problem.invalidField(
      'sort',
      `must be one of ${Object.keys(sortable).join(', ')} (with - for descending)`,
    );
  }
  const dir = desc ? 'DESC' : 'ASC';
  let after: string | null = null;
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, sort);
    if (!fits(value, key.type) || !fits(id, idType)) throw Problem.invalidField('cursor', 'is malformed');
    after = `(${key.expr}, ${idExpr}) ${desc ? '<' : '>'} (${params.p(value)}::${key.type}, ${params.p(id)}::${idType})`;
  }
  return {
    select: `${key.expr}::text AS "__sort", ${idExpr}::text AS "__id"`,
    orderBy: `${key.expr} ${dir}, ${idExpr} ${dir}`,
    after,
    cursorOf: (row) => [sort, row.__sort, row.__id],
  };
}

/** Cuts the extra row fetched to learn whether another page exists, and makes its cursor. */
export function toPage<T extends Record<string, unknown>, U>(
  rows: T[],
  limit: number,
  ks: Keyset,
  map: (row: T) => U,
): Page<U> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const nextCursor = more && last ? encodeCursor(ks.cursorOf(last)) : null;
  for (const row of pageRows) {
    // undefined, not delete: JSON leaves them out, and the row keeps V8's fast property layout.
    (row as Record<string, unknown>).__sort = undefined;
    (row as Record<string, unknown>).__id = undefined;
  }
  return {
    items: pageRows.map(map),
    nextCursor,
  };
}

/** What can run a query: the DataSource, or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One keyset-paged list query: the columns, the table(s), the conditions and how it sorts. */
export interface KeysetQuery {
  select: string;
  from: string;
  /** Conditions whose parameters are already in `params`. */
  where: string[];
  params: SqlParams;
  page: PageQuery;
  sortable: Record<string, SortKey>;
  defaultSort: string;
  idExpr: string;
  idType?: IdType;
}

/**
 * The one keyset page query every list runs: `limit + 1` rows after the cursor, in the sort's
 * order, cut to a page with its next cursor (toPage).
 */
export async function keysetPage<T extends Record<string, unknown>, U>(
  db: Queryable,
  query: KeysetQuery,
  map: (row: T) => U,
): Promise<Page<U>> {
  const { params, page } = query;
  const ks = keyset(page, query.sortable, query.defaultSort, query.idExpr, params, query.idType);
  const where = ks.after ? [...query.where, ks.after] : query.where;
  const limit = page.limit ?? 50;
  const rows = (await db.query(
    `SELECT ${query.select}, ${ks.select} FROM ${query.from}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${ks.orderBy} LIMIT ${params.p(limit + 1)}`,
    params.values,
  )) as T[];
  return toPage(rows, limit, ks, map);
}
