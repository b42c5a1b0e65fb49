import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { keysetPage, Page, PageQuery, SqlParams } from '../common/paging';
import { Problem } from '../common/problem';
import { Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { ATTACHMENT_KINDS } from './attachment.entity';
import { AttachmentStore, StoredFile } from './attachment-store';
import { DocumentClearance } from './document-clearance';
import { ByteRange, parseRange } from './range';
import { TextExtractionWorker } from './text-extraction.worker';
import type { AuditAction } from '../audit/audit-vocabulary';

/** Text fields of an upload besides `file`. */
const UPLOAD_FIELDS = ['kind', 'language', 'title'] as const;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Classifications whose downloads are audit events. */
const AUDITED_DOWNLOADS = ['restricted', 'confidential'];

const ATTACHMENT_COLUMNS = `a.id, a.document_id AS "documentId", a.kind, a.language, a.title, a.version,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.created_by AS "createdBy", a.updated_by AS "updatedBy",
  (SELECT json_agg(json_build_object('n', v.n, 'sha256', v.sha256, 'size', v.size, 'contentType', v.content_type,
      'fileName', v.file_name, 'uploadedAt', v.uploaded_at, 'uploadedBy', v.uploaded_by, 'textStatus', v.text_status)
      ORDER BY v.n) FROM attachment_versions v WHERE v.attachment_id = a.id) AS versions`;

export interface Download {
  stream: Readable;
  status: 200 | 206;
  headers: Record<string, string>;
}

/** A multipart body as @fastify/multipart yields it. */
export type Parts = AsyncIterableIterator<Multipart>;

/**
 * Attachments of documents (§12). Clearance and roles are the document's: every path first finds
 * the document through DocumentClearance (404 when hidden). Each upload streams into the
 * database inside one transaction with its version row, audit event and extraction job, so a
 * refused or failed upload leaves nothing behind.
 */
@Injectable()
export class AttachmentsService {
  readonly store: AttachmentStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clearance: DocumentClearance,
    private readonly extraction: TextExtractionWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.store = new AttachmentStore(dataSource);
  }

  /** The document, if this actor may see it (404 otherwise); `lock` keeps it from being deleted meanwhile. */
  private async document(
    actor: Actor,
    id: string,
    manager?: EntityManager,
    lock?: 'share' | 'update',
  ): Promise<{ id: string; status: string; classification: string }> {
    const params = new SqlParams();
    const rows = await (manager ?? this.dataSource).query(
      `SELECT d.id, d.status, d.classification FROM documents d
        WHERE d.id = ${params.p(id)} AND ${this.clearance.visible(actor, params, 'd')}
        ${lock === 'update' ? 'FOR UPDATE' : lock === 'share' ? 'FOR SHARE' : ''}`,
      params.values,
    );
    if (!rows[0]) throw Problem.notFound('Document', id);
    return rows[0];
  }

  private async find(
    manager: EntityManager | DataSource,
    documentId: string,
    id: string,
    lock = false,
  ): Promise<Row> {
    const rows = await manager.query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachments a WHERE a.id = $1 AND a.document_id = $2 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [id, documentId],
    );
    if (!rows[0]) throw Problem.notFound('Attachment', id);
    return present(rows[0]);
  }

  async list(actor: Actor, documentId: string, page: PageQuery): Promise<Page<Row>> {
    await this.document(actor, documentId);
    const params = new SqlParams();
    const where = [`a.document_id = ${params.p(documentId)}`];
    return keysetPage(
      this.dataSource,
      {
        select: ATTACHMENT_COLUMNS,
        from: 'attachments a',
        where,
        params,
        page,
        sortable: { createdAt: { expr: 'a.created_at', type: 'timestamptz' } },
        defaultSort: 'createdAt',
        idExpr: 'a.id',
      },
      present,
    );
  }

  async get(actor: Actor, documentId: string, id: string): Promise<Row> {
    await this.document(actor, documentId);
    return this.find(this.dataSource, documentId, id);
  }

  /** POST …/attachments: the first version of a new attachment. */
  async upload(actor: Actor, documentId: string, parts: Parts): Promise<Row> {
    const attachment = await inTransaction(this.dataSource, async (manager) => {
      const doc = await this.document(actor, documentId, manager, 'share');
      const id = randomUUID();
      const { fields, file, fileName } = await this.receive(manager, parts, id, 1, UPLOAD_FIELDS);
      const kind = fields.kind;
      if (kind === undefined) throw Problem.invalidField('kind', 'is required');
      if (!(ATTACHMENT_KINDS as readonly string[]).includes(kind))
        throw Problem.invalidField('kind', `must be one of ${ATTACHMENT_KINDS.join(', ')}`);
      const language = emptyToNull(fields.language);
      if (language !== null && !LANGUAGE.test(language))
        throw Problem.invalidField('language', 'must be a language tag such as az, kk, ru or en');
      const title = emptyToNull(fields.title);
      if (title !== null && title.length > 300)
        throw Problem.invalidField('title', 'must be at most 300 characters');
      await manager.query(
        `INSERT INTO attachments (id, document_id, kind, language, title, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [id, doc.id, kind, language, title, actor.id],
      );
      await this.insertVersion(manager, actor, id, 1, file, fileName);
      const attachment = await this.find(manager, doc.id, id);
      await this.event(manager, actor, doc, 'attachment.add', [null, summary(attachment)]);
      return attachment;
    });
    this.extraction.kick();
    return attachment;
  }

  /** POST …/{attachmentId}/versions: a new file for an attachment; earlier versions stay readable. */
  async addVersion(
    actor: Actor,
    documentId: string,
    id: string,
    parts: Parts,
    ifMatch?: number,
  ): Promise<Row> {
    const attachment = await inTransaction(this.dataSource, async (manager) => {
      const doc = await this.document(actor, documentId, manager, 'share');
      const before = await this.find(manager, doc.id, id, true);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      const n = before.version + 1;
      const { file, fileName } = await this.receive(manager, parts, id, n, []);
      await this.insertVersion(manager, actor, id, n, file, fileName);
      await manager.query(
        'UPDATE attachments SET version = $2, updated_at = now(), updated_by = $3 WHERE id = $1',
        [id, n, actor.id],
      );
      const after = await this.find(manager, doc.id, id);
      await this.event(manager, actor, doc, 'attachment.version', [summary(before), summary(after)]);
      return after;
    });
    this.extraction.kick();
    return attachment;
  }

  /** DELETE: only while the document is a draft; the audit log keeps what it was (with every sha256). */
  remove(actor: Actor, documentId: string, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.dataSource, async (manager) => {
      const doc = await this.document(actor, documentId, manager, 'update');
      const before = await this.find(manager, doc.id, id, true);
      if (ifMatch !== undefined && ifMatch !== before.version) throw Problem.stale(before.version);
      if (doc.status !== 'draft') {
        throw Problem.conflict(
          'not-deletable',
          `Attachments are removed only while their document is a draft; this one is ${doc.status}.`,
        );
      }
      await manager.query('DELETE FROM attachments WHERE id = $1', [id]);
      await this.event(manager, actor, doc, 'attachment.remove', [summary(before), null]);
    });
  }

  /**
   * GET …/content (latest) or …/versions/{n}/content: the bytes as stored, whole or one Range;
   * with `verify`, re-hashed first (409 when they no longer match the sha256 recorded at upload).
   * Downloads of restricted and confidential files are audit events.
   */
  async content(
    actor: Actor,
    documentId: string,
    id: string,
    n: number | undefined,
    options: { range?: string; ifRange?: string; verify?: boolean },
  ): Promise<Download> {
    const doc = await this.document(actor, documentId);
    const attachment = await this.find(this.dataSource, doc.id, id);
    const version = (attachment.versions as Row[]).find((v) => v.n === (n ?? attachment.version));
    if (!version) throw Problem.notFound(`Version ${n} of attachment`, id);
    const size = Number(version.size);
    if (options.verify) {
      const actual = await this.store.sha256(id, version.n, size);
      if (actual !== version.sha256) {
        throw Problem.conflict(
          'integrity-check-failed',
          `The stored bytes of version ${version.n} no longer match the sha256 recorded when it was uploaded.`,
          { expected: version.sha256, actual },
        );
      }
    }
    const etag = `"${version.sha256}"`;
    const range: ByteRange | null =
      options.range && (!options.ifRange || options.ifRange === etag)
        ? parseRange(options.range, size)
        : null;
    if (AUDITED_DOWNLOADS.includes(doc.classification)) {
      await inTransaction(this.dataSource, (manager) =>
        this.event(manager, actor, doc, 'attachment.download', [
          null,
          {
            attachmentId: id,
            n: version.n,
            sha256: version.sha256,
            range: range ? `bytes=${range.start}-${range.end}` : null,
            verified: options.verify === true,
          },
        ]),
      );
    }
    const headers: Record<string, string> = {
      'Content-Type': version.contentType,
      'Content-Disposition': contentDisposition(version.fileName),
      ETag: etag,
      'Accept-Ranges': 'bytes',
      'Repr-Digest': `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`,
      'Cache-Control': 'private, no-cache',
    };
    if (options.verify) headers['X-Pacta-Verified'] = `sha256=${version.sha256}`;
    if (range) {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
      headers['Content-Length'] = String(range.end - range.start + 1);
      return { status: 206, headers, stream: this.store.read(id, version.n, range.start, range.end) };
    }
    headers['Content-Length'] = String(size);
    return {
      status: 200,
      headers,
      stream: size > 0 ? this.store.read(id, version.n, 0, size - 1) : Readable.from([]),
    };
  }

  /** Reads the multipart parts: text fields named in `allowed`, and exactly one `file`, streamed into chunks. */
  private async receive(
    manager: EntityManager,
    parts: Parts,
    id: string,
    n: number,
    allowed: readonly string[],
  ): Promise<{ fields: Record<string, string>; file: StoredFile; fileName: string }> {
    const fields: Record<string, string> = {};
    let file: StoredFile | null = null;
    let fileName = 'file';
    try {
      for await (const part of parts) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file')
            throw Problem.invalidField(part.fieldname, 'is not a field of this upload');
          file = await this.store.write(manager, id, n, part.file);
          if (part.file.truncated) throw tooLarge(this.config.maxUploadBytes);
          fileName = safeFileName(part.filename);
        } else {
          if (!allowed.includes(part.fieldname) || part.fieldname in fields)
            throw Problem.invalidField(part.fieldname, 'is not a field of this upload (or is repeated)');
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      throw multipartProblem(error, this.config.maxUploadBytes);
    }
    if (!file) throw Problem.invalidField('file', 'is required (a multipart part named file)');
    if (file.size === 0) throw Problem.invalidField('file', 'is empty');
    if (!file.contentType) {
      throw new Problem(
        415,
        'unsupported-media-type',
        `The file is ${file.detected}; accepted are PDF, PNG, JPEG, TIFF, DOCX, ODT and UTF-8 plain text.`,
        { detected: file.detected },
      );
    }
    return { fields, file, fileName };
  }

  private async insertVersion(
    manager: EntityManager,
    actor: Actor,
    id: string,
    n: number,
    file: StoredFile,
    fileName: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO attachment_versions (attachment_id, n, sha256, size, content_type, file_name, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, n, file.sha256, file.size, file.contentType, fileName, actor.id],
    );
    await manager.query('INSERT INTO text_extraction_jobs (attachment_id, n) VALUES ($1, $2)', [id, n]);
  }

  /** Attachment events are events of their document: its history shows them, its clearance hides them. */
  private event(
    manager: EntityManager,
    actor: Actor,
    doc: { id: string; classification: string },
    action: AuditAction,
    change: [unknown, unknown],
  ): Promise<void> {
    return this.audit.append(manager, actor, {
      action,
      entityType: 'document',
      entityId: doc.id,
      changes: { [action === 'attachment.download' ? 'download' : 'attachment']: change },
      documentId: doc.id,
      classification: doc.classification,
    });
  }
}

function present(row: Row): Row {
  row.versions = ((row.versions as Row[] | null) ?? []).map((v) => ({ ...v, size: Number(v.size) }));
  return row;
}

/** What the audit log keeps of an attachment: its fields and every version with its sha256. */
function summary(a: Row): Row {
  return {
    id: a.id,
    kind: a.kind,
    language: a.language,
    title: a.title,
    version: a.version,
    versions: (a.versions as Row[]).map(({ n, sha256, size, contentType, fileName }) => ({
      n,
      sha256,
      size,
      contentType,
      fileName,
    })),
  };
}

function emptyToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The client's file name without any path, control characters or more than 255 characters. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (base || 'file').slice(0, 255);
}

/** RFC 6266: an ASCII fallback and the exact name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function tooLarge(max: number): Problem {
  return new Problem(
    413,
    'payload-too-large',
    `The file is larger than ${max} bytes (PACTA_MAX_UPLOAD_BYTES).`,
    {
      maxBytes: max,
    },
  );
}

/** @fastify/multipart's errors as problems. */
function multipartProblem(error: unknown, max: number): unknown {
  if (error instanceof Problem) return error;
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(max);
    case 'FST_FILES_LIMIT':
      return Problem.invalidField('file', 'only one file may be uploaded at a time');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return Problem.badRequest('The multipart body has too many or invalid parts.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new Problem(415, 'unsupported-media-type', 'Send the file as multipart/form-data.');
    case 'FST_MP_PREMATURE_CLOSE':
      return Problem.badRequest('The upload ended before the multipart body was complete.');
    default:
      return error;
  }
}
