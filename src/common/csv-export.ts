import { Readable } from 'node:stream';
import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CSV_BOM, csvLine } from './csv';
import { PageQuery, type Page } from './paging';
import { type CellType, XLSX_TYPE, xlsxStream, type XlsxColumn } from './xlsx';

/** The formats every list answers: a JSON page, or every matching row as CSV or XLSX. */
export const LIST_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
export type ExportFormat = Exclude<ListFormat, 'json'>;

/** One column of an export, shared by CSV and XLSX; `type` makes XLSX cells typed (CSV ignores it). */
export type ExportColumn<T> = XlsxColumn<T>;

/** The `format` query parameter of a list (see LIST_FORMATS). */
export function ApiListFormat(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: LIST_FORMATS,
      description:
        'csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance.',
    }),
    IsOptional(),
    IsIn(LIST_FORMATS),
  );
}

/** The query of a list with no filters of its own: paging, sort and the export format. */
export class ListPageQuery extends PageQuery {
  @ApiListFormat()
  format?: ListFormat;
}

/**
 * The export a list request asks for: `?format=csv|xlsx`, or without `format` an Accept header
 * naming text/csv or the XLSX media type; undefined for a JSON page.
 */
export function exportFormat(
  format: string | undefined,
  accept: string | undefined,
): ExportFormat | undefined {
  if (format === 'csv' || format === 'xlsx') return format;
  if (format !== undefined || typeof accept !== 'string') return undefined;
  if (/\btext\/csv\b/.test(accept)) return 'csv';
  if (accept.includes(XLSX_TYPE)) return 'xlsx';
  return undefined;
}

/**
 * Every page of a list from `query.cursor` on, one keyset page at a time, so that an export of any size
 * holds one page in memory. Pages, not rows: the CSV writes a page in one chunk (a chunk per row
 * was three async generators and a stream write per line).
 */
export async function* allPages<T, Q extends PageQuery>(
  query: Q,
  fetch: (query: Q) => Promise<Page<T>>,
  pageSize = 200,
): AsyncGenerator<readonly T[]> {
  let cursor = query.cursor;
  for (;;) {
    const page = await fetch({ ...query, limit: pageSize, cursor });
    if (page.items.length) yield page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** The CSV of `pages`: the byte order mark and a header line, then each page's lines as one chunk. */
export async function* csvChunks<T>(
  columns: readonly { header: string; value: (row: T) => unknown }[],
  pages: AsyncIterable<readonly T[]>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(columns.map((c) => c.header));
  for await (const page of pages) {
    let chunk = '';
    for (const row of page) chunk += csvLine(columns.map((c) => c.value(row)));
    yield chunk;
  }
}

async function* rowsOf<T>(pages: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const page of pages) yield* page;
}

/**
 * A CSV or XLSX download as a value a handler returns (one route answers JSON, CSV or XLSX), named
 * `<name>.csv` or `<name>.xlsx`. The first page is fetched before the stream starts, so that a bad
 * request (an unknown sort, say) is still a 400 problem rather than a 200 whose body breaks off.
 */
export async function exportFile<T>(
  format: ExportFormat,
  name: string,
  columns: readonly ExportColumn<T>[],
  pages: AsyncIterable<readonly T[]>,
): Promise<StreamableFile> {
  const iterator = pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* all(): AsyncGenerator<readonly T[]> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const disposition = `attachment; filename="${name}.${format}"`;
  if (format === 'xlsx') {
    return new StreamableFile(xlsxStream(name, columns, rowsOf(all())), { type: XLSX_TYPE, disposition });
  }
  return new StreamableFile(Readable.from(csvChunks(columns, all())), {
    type: 'text/csv; charset=utf-8',
    disposition,
  });
}

const PROPERTIES = 'swagger/apiModelProperties';
const PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

/**
 * The export columns of a list whose item is the OpenAPI class `item`: one per documented
 * property, in declaration order, named as in JSON and typed from the document (`format: date` a
 * date, `date-time` an instant, numbers and booleans as such; arrays joined, objects as JSON).
 * `types` overrides a column's type (a decimal documented as a string is a `number`).
 */
export function exportColumns<T extends object>(
  item: abstract new (...args: never[]) => unknown,
  types: Record<string, CellType> = {},
  path: string[] = [],
): ExportColumn<T>[] {
  const names = ((Reflect.getMetadata(PROPERTIES_ARRAY, item.prototype) as string[] | undefined) ?? []).map(
    (n) => n.replace(/^:/, ''),
  );
  return [...new Set(names)].flatMap((name): ExportColumn<T>[] => {
    const meta = (Reflect.getMetadata(PROPERTIES, item.prototype, name) ?? {}) as {
      type?: unknown;
      format?: string;
      isArray?: boolean;
    };
    const at = [...path, name];
    const header = at.map((p, i) => (i ? p[0].toUpperCase() + p.slice(1) : p)).join('');
    // An object documented by its own class (an audit event's actor) becomes its fields' columns.
    if (
      !meta.isArray &&
      typeof meta.type === 'function' &&
      Reflect.hasMetadata(PROPERTIES_ARRAY, meta.type.prototype)
    ) {
      return exportColumns(meta.type as new () => unknown, types, at);
    }
    const type =
      types[header] ??
      (meta.isArray
        ? undefined
        : meta.format === 'date'
          ? 'date'
          : meta.format === 'date-time'
            ? 'datetime'
            : meta.type === Number || meta.type === 'number' || meta.type === 'integer'
              ? 'number'
              : meta.type === Boolean || meta.type === 'boolean'
                ? 'boolean'
                : undefined);
    const value = (row: T) => {
      let v: unknown = row;
      for (const key of at) v = v === null || v === undefined ? v : (v as Record<string, unknown>)[key];
      if (Array.isArray(v))
        return v.map((e) => (e !== null && typeof e === 'object' ? JSON.stringify(e) : e));
      return v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
    };
    return [{ header, value, ...(type ? { type } : {}) }];
  });
}

/**
 * A list's answer: its JSON page, or with `?format=csv|xlsx` (or the Accept header) every row
 * matching the same query — the same filters, sort and clearance, fetched page by page through
 * the same `fetch` — as a download named `<name>.csv` / `<name>.xlsx`.
 */
export function listOrExport<T, Q extends PageQuery & { format?: ListFormat }>(
  query: Q,
  accept: string | undefined,
  name: string,
  columns: readonly ExportColumn<T>[],
  fetch: (query: Q) => Promise<Page<T>>,
): Promise<Page<T> | StreamableFile> {
  const format = exportFormat(query.format, accept);
  return format ? exportFile(format, name, columns, allPages(query, fetch)) : fetch(query);
}
