import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { csvLine } from './csv';
import type { Page, PageQuery } from './paging';

/** True when a list request asks for CSV (`?format=csv` or `Accept: text/csv`). */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  return (
    format === 'csv' || (format === undefined && typeof accept === 'string' && /\btext\/csv\b/.test(accept))
  );
}

/**
 * Every page of a list, fetched one keyset page at a time, so that an export of any size
 * holds one page in memory.
 */
export async function* allPages<T, Q extends PageQuery>(
  query: Q,
  fetch: (query: Q) => Promise<Page<T>>,
  pageSize = 200,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetch({ ...query, limit: pageSize, cursor });
    for (const item of page.items) yield item;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** Streams rows as an RFC 4180 CSV download: a header line, then one line per row. */
export function sendCsv<T>(
  reply: FastifyReply,
  filename: string,
  columns: readonly { header: string; value: (row: T) => unknown }[],
  rows: AsyncIterable<T>,
): void {
  async function* lines(): AsyncGenerator<string> {
    yield csvLine(columns.map((c) => c.header));
    for await (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
  }
  reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .send(Readable.from(lines()));
}

/** The CSV lines of `rows`: a header line, then one line per row. */
export async function* csvLines<T>(
  columns: readonly { header: string; value: (row: T) => unknown }[],
  rows: AsyncIterable<T>,
): AsyncGenerator<string> {
  yield csvLine(columns.map((c) => c.header));
  for await (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
}

/**
 * The same download as `sendCsv`, as a value a handler returns: for list handlers that answer
 * JSON or CSV from one route without taking over the reply.
 */
export function csvFile<T>(
  filename: string,
  columns: readonly { header: string; value: (row: T) => unknown }[],
  rows: AsyncIterable<T>,
): StreamableFile {
  return new StreamableFile(Readable.from(csvLines(columns, rows)), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  });
}
