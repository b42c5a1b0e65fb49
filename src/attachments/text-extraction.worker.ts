import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { AttachmentStore } from './attachment-store';

/** Longest text kept per version (characters): enough for search, bounded for the index. */
export const MAX_TEXT_CHARS = 500_000;
/**
 * PDF and DOCX files above this are not parsed (textStatus none, findable by title): parsing runs
 * on this process's event loop, and a 50 MiB PDF held it for tens of seconds.
 */
export const MAX_PARSE_BYTES = 20 * 1024 * 1024;
const POLL_MS = 2000;
/** A claimed job not finished by then (its process died) is taken again. */
const CLAIM_SECONDS = 600;
const MAX_ATTEMPTS = 3;

/** The text of a file for search: PDF text layer, DOCX body, plain text; null when there is none. */
export async function extractText(contentType: string, bytes: Buffer): Promise<string | null> {
  let text: string;
  if (contentType === 'application/pdf') {
    const { extractText: pdfText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    text = (await pdfText(pdf, { mergePages: true })).text;
  } else if (contentType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
    const mammoth = await import('mammoth');
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  } else if (contentType.startsWith('text/plain')) {
    text = bytes.toString('utf8');
  } else {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' ').trim();
  return clean ? clean.slice(0, MAX_TEXT_CHARS) : null;
}

interface ClaimedJob {
  id: string;
  attachmentId: string;
  n: number;
  attempts: number;
  contentType: string;
  size: number;
}

/**
 * Extracts the text of uploaded versions off the request path: a queue in PostgreSQL
 * (text_extraction_jobs, filled in the upload's transaction), claimed with FOR UPDATE SKIP
 * LOCKED so that several instances share it, retried up to MAX_ATTEMPTS. A file whose text
 * cannot be extracted is marked `none` or `failed`, and stays findable by its title.
 */
@Injectable()
export class TextExtractionWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TextExtraction');
  private readonly store: AttachmentStore;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<number> = Promise.resolve(0);
  private busy = false;

  constructor(private readonly dataSource: DataSource) {
    this.store = new AttachmentStore(dataSource);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.chain.catch(() => 0);
  }

  /** Starts processing unless already under way. */
  kick(): void {
    if (!this.busy) void this.drain().catch((error: Error) => this.logger.error(error.message));
  }

  /** Processes every due job (after any run in progress); resolves to how many were done. */
  drain(): Promise<number> {
    const run = this.chain
      .catch(() => 0)
      .then(async () => {
        let done = 0;
        while (await this.runOne()) done++;
        return done;
      });
    this.chain = run;
    this.busy = true;
    run
      .finally(() => {
        if (this.chain === run) this.busy = false;
      })
      .catch(() => undefined);
    return run;
  }

  private async runOne(): Promise<boolean> {
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [claimed] = await inTransaction(this.dataSource, (manager) =>
      manager.query(
        `UPDATE text_extraction_jobs j SET attempts = attempts + 1, run_after = now() + make_interval(secs => $1)
          FROM attachment_versions v
         WHERE j.id = (SELECT id FROM text_extraction_jobs WHERE run_after <= now() ORDER BY run_after, id
                        FOR UPDATE SKIP LOCKED LIMIT 1)
           AND v.attachment_id = j.attachment_id AND v.n = j.n
        RETURNING j.id, j.attachment_id AS "attachmentId", j.n, j.attempts, v.content_type AS "contentType", v.size::float8 AS size`,
        [CLAIM_SECONDS],
      ),
    );
    const job = (claimed as ClaimedJob[])[0];
    if (!job) return false;
    let status: 'extracted' | 'none' | 'failed';
    let text: string | null = null;
    try {
      // Plain text is kept only up to MAX_TEXT_CHARS, so only that much is read (UTF-8: ≤ 4 bytes each).
      const plain = job.contentType.startsWith('text/plain');
      const bytes = plain ? Math.min(job.size, MAX_TEXT_CHARS * 4) : job.size;
      text =
        plain || bytes <= MAX_PARSE_BYTES
          ? await extractText(job.contentType, await this.store.buffer(job.attachmentId, job.n, bytes))
          : null;
      status = text ? 'extracted' : 'none';
    } catch (error) {
      this.logger.warn(`attachment ${job.attachmentId} v${job.n}: ${(error as Error).message}`);
      if (job.attempts < MAX_ATTEMPTS) {
        await this.dataSource.query(
          `UPDATE text_extraction_jobs SET run_after = now() + interval '30 seconds' WHERE id = $1`,
          [job.id],
        );
        return true;
      }
      status = 'failed';
    }
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query(
        'UPDATE attachment_versions SET text = $3, text_status = $4 WHERE attachment_id = $1 AND n = $2',
        [job.attachmentId, job.n, text, status],
      );
      await manager.query('DELETE FROM text_extraction_jobs WHERE id = $1', [job.id]);
    });
    return true;
  }
}
