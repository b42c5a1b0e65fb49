import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { CSV_BOM, csvLine } from './csv';
import type { Page, PageQuery } from './paging';

/** True when a list request asks for CSV (`?format=csv` or `Accept: text/csv`). */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  return (
    format === 'csv' || (format === undefined && typeof accept === 'string' && /\btext\/csv\b/.test(accept))
  );
}

/**
 * Every page of a list from `query.cursor` on, one keyset page at a time, so that an export of any size
 * holds one page in memory.
 */
export async function* allPages<T, Q extends PageQuery>(
  query: Q,
  fetch: (query: Q) => Promise<Page<T>>,
  pageSize = 200,
): AsyncGenerator<T> {
  let cursor = query.cursor;
  for (;;) {
    const page = await fetch({ ...query, limit: pageSize, cursor });
    for (const item of page.items) yield item;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** The CSV lines of `rows`: the byte order mark and a header line, then one line per row. */
export async function* csvLines<T>(
  columns: readonly { header: string; value: (row: T) => unknown }[],
  rows: AsyncIterable<T>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(columns.map((c) => c.header));
  for await (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
}

/**
 * A CSV download as a value a handler returns (one route answers JSON or CSV). The first row is
 * fetched before the stream starts, so that a bad request (an unknown sort, say) is still a 400
 * problem rather than a 200 whose body breaks off.
 */
export async function csvFile<T>(
  filename: string,
  columns: readonly { header: string; value: (row: T) => unknown }[],
  rows: AsyncIterable<T>,
): Promise<StreamableFile> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* all(): AsyncGenerator<T> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return new StreamableFile(Readable.from(csvLines(columns, all())), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  });
}
