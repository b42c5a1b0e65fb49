import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { documentVisibility } from '../src/auth/clearance';
import { CSV_BOM, csvLine } from '../src/common/csv';
import { SqlParams } from '../src/common/paging';
import { XLSX_TYPE, xlsxStream } from '../src/common/xlsx';
import { EXPORT_COLUMNS } from '../src/documents/document-export';
import { documentListSql, RawError, type RawActor, type RawContext, type RawRoute } from './raw-routes';

/**
 * The raw server's file routes: an attachment download and the documents CSV and XLSX exports,
 * with the statements Pacta sends (copied from AttachmentsService, AttachmentStore and
 * Register.list) and the bytes it writes (the CSV cell rules and the XLSX writer imported from
 * the app). The import validation has no raw counterpart: it is measured on Pacta alone.
 * This module and raw-routes import each other: load it through raw-routes (which re-exports
 * RawReply), never first, so that FILE_ROUTES exists when ROUTES spreads it.
 */

/** An answer the route writes itself (a stream) instead of the JSON the raw server sends. */
export class RawReply {
  constructor(private readonly write: (res: ServerResponse) => Promise<void>) {}

  /** Writes the answer; a failure after the headers went out cuts the response off. */
  async send(res: ServerResponse): Promise<void> {
    try {
      await this.write(res);
    } catch (error) {
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  }
}

const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

// ---------------------------------------------------------------- attachment download

/** As AttachmentStore: 256 KiB chunk rows, fetched four (1 MiB) per query. */
const CHUNK_BYTES = 256 * 1024;
const READ_BATCH = 4;

/** Classifications whose downloads are audit events (AttachmentsService). */
const AUDITED_DOWNLOADS = ['restricted', 'confidential'];

/** AttachmentsService.document for a reader below confidential: $1 the id, $2 the visible classifications. */
const DOCUMENT_SQL = (() => {
  const params = new SqlParams();
  params.p('document id');
  return `SELECT d.id, d.status, d.classification FROM documents d
        WHERE d.id = $1 AND ${documentVisibility({ visible: [], seesEverything: false }, params, 'd')}`;
})();

const ATTACHMENT_SQL = `SELECT a.id, a.document_id AS "documentId", a.kind, a.language, a.title, a.version,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.created_by AS "createdBy", a.updated_by AS "updatedBy",
  (SELECT json_agg(json_build_object('n', v.n, 'sha256', v.sha256, 'size', v.size, 'contentType', v.content_type,
      'fileName', v.file_name, 'uploadedAt', v.uploaded_at, 'uploadedBy', v.uploaded_by, 'textStatus', v.text_status)
      ORDER BY v.n) FROM attachment_versions v WHERE v.attachment_id = a.id) AS versions
  FROM attachments a WHERE a.id = $1 AND a.document_id = $2`;

const CHUNKS_SQL = `SELECT seq, data FROM attachment_chunks WHERE attachment_id = $1 AND n = $2 AND seq BETWEEN $3 AND $4 ORDER BY seq`;

/** RFC 6266, as AttachmentsService's contentDisposition: an ASCII fallback and the exact name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The latest version's bytes, whole (the load sends no Range), with the app's headers. */
async function download(ctx: RawContext, actor: RawActor, documentId: string, id: string): Promise<RawReply> {
  const [doc] = await ctx.query(DOCUMENT_SQL, [documentId, actor.visible]);
  if (!doc) throw new RawError(404, 'Not Found');
  const [attachment] = await ctx.query(ATTACHMENT_SQL, [id, doc.id]);
  if (!attachment) throw new RawError(404, 'Not Found');
  const version = (attachment.versions ?? []).find((v: any) => v.n === attachment.version);
  if (!version) throw new RawError(404, 'Not Found');
  const size = Number(version.size);
  if (AUDITED_DOWNLOADS.includes(doc.classification)) {
    await ctx.transaction((tx) =>
      tx.audit(actor, {
        action: 'attachment.download',
        entityType: 'document',
        entityId: doc.id,
        changes: {
          download: [
            null,
            { attachmentId: id, n: version.n, sha256: version.sha256, range: null, verified: false },
          ],
        },
        documentId: doc.id,
        classification: doc.classification,
      }),
    );
  }
  return new RawReply(async (res) => {
    res.statusCode = 200;
    res.setHeader('content-type', version.contentType);
    res.setHeader('content-disposition', contentDisposition(version.fileName));
    res.setHeader('etag', `"${version.sha256}"`);
    res.setHeader('accept-ranges', 'bytes');
    res.setHeader('repr-digest', `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`);
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('content-length', size);
    const last = Math.floor((size - 1) / CHUNK_BYTES);
    for (let seq = 0; size > 0 && seq <= last; seq += READ_BATCH) {
      const upTo = Math.min(seq + READ_BATCH - 1, last);
      const rows = await ctx.query(CHUNKS_SQL, [id, version.n, seq, upTo]);
      if (rows.length !== upTo - seq + 1) throw new Error(`attachment ${id} v${version.n}: chunks missing`);
      for (const row of rows) if (!res.write(row.data)) await once(res, 'drain');
    }
    res.end();
  });
}

// ---------------------------------------------------------------- documents CSV and XLSX exports

/** Rows per page of an export (allPages in src/common/csv-export.ts). */
const EXPORT_PAGE = 200;

/** Whether a documents list request asks for an export (`?format=csv|xlsx`, as the load sends). */
export function exportFormat(query: URLSearchParams): 'csv' | 'xlsx' | null {
  const format = query.get('format');
  return format === 'csv' || format === 'xlsx' ? format : null;
}

interface ExportPage {
  rows: any[];
  next: string | null;
}

/** One keyset page of 200 (the statement Register.list builds), and the cursor after it. */
async function exportPage(
  ctx: RawContext,
  actor: RawActor,
  query: URLSearchParams,
  cursor: string | null,
): Promise<ExportPage> {
  const q = new URLSearchParams(query);
  q.set('limit', String(EXPORT_PAGE));
  if (cursor) q.set('cursor', cursor);
  else q.delete('cursor');
  const { sql, params, sort } = documentListSql(q, actor.visible);
  const rows = await ctx.query(sql, params);
  const more = rows.length > EXPORT_PAGE;
  if (more) rows.length = EXPORT_PAGE;
  const last = rows[rows.length - 1];
  const next = more
    ? Buffer.from(JSON.stringify([sort, last.__sort, last.__id])).toString('base64url')
    : null;
  return { rows, next };
}

/**
 * Every matching document as CSV (the BOM, a header line, one neutralised RFC 4180 line per row;
 * written a page at a time) or XLSX (the app's streaming writer), fetched page by page. The first
 * page is read before the headers go out, as the app does.
 */
export function documentsExport(ctx: RawContext, actor: RawActor, query: URLSearchParams): RawReply {
  const format = exportFormat(query)!;
  return new RawReply(async (res) => {
    let page = await exportPage(ctx, actor, query, query.get('cursor'));
    res.statusCode = 200;
    res.setHeader('content-disposition', `attachment; filename="documents.${format}"`);
    if (format === 'xlsx') {
      res.setHeader('content-type', XLSX_TYPE);
      async function* rows(): AsyncGenerator<any> {
        for (;;) {
          yield* page.rows;
          if (!page.next) return;
          page = await exportPage(ctx, actor, query, page.next);
        }
      }
      await pipeline(xlsxStream('documents', EXPORT_COLUMNS, rows()), res);
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    let text = CSV_BOM + csvLine(EXPORT_COLUMNS.map((c) => c.header));
    for (;;) {
      for (const row of page.rows) text += csvLine(EXPORT_COLUMNS.map((c) => c.value(row)));
      if (!res.write(text)) await once(res, 'drain');
      if (!page.next) break;
      page = await exportPage(ctx, actor, query, page.next);
      text = '';
    }
    res.end();
  });
}

/** Spread into the raw server's ROUTES (the exports answer through the documents list route). */
export const FILE_ROUTES: RawRoute[] = [
  {
    method: 'GET',
    path: new RegExp(`^/api/v1/documents/${UUID}/attachments/${UUID}/content$`),
    handle: (ctx, actor, [documentId, id]) => download(ctx, actor, documentId, id),
  },
];
