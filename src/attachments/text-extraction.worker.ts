import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { AttachmentStore } from './attachment-store';
import { ExtractionFailed, ExtractionLimits, TextExtractor } from './text-extraction.extractor';

/** Longest text kept per version (characters): enough for search, bounded for the index. */
export const MAX_TEXT_CHARS = 500_000;
/**
 * PDF and DOCX files above this are not parsed (textStatus none, findable by title). Parsing
 * runs in a worker thread under time and memory limits, so the bound is only what the file
 * costs in this process while it is handed over: above the default upload limit (50 MiB).
 */
export const MAX_PARSE_BYTES = 128 * 1024 * 1024;
const POLL_MS = 2000;
/** A claimed job not finished by then (its process died) is taken again. */
const CLAIM_SECONDS = 600;
const MAX_ATTEMPTS = 3;
const PARSED = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

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
 * LOCKED so that several instances share it. Parsing happens in a worker thread
 * (TextExtractor): a file the parser refuses, or that outlasts or outgrows the thread's limits,
 * is marked `failed` at once (it would fail again); reading it from the database is retried up to
 * MAX_ATTEMPTS. A file without text is marked `none`; either way it stays findable by its title.
 */
@Injectable()
export class TextExtractionWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TextExtraction');
  private readonly store: AttachmentStore;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<number> = Promise.resolve(0);
  private busy = false;
  private readonly extractor = new TextExtractor();

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
    await this.extractor.close();
  }

  /** Other limits for the extraction thread (tests; the defaults suit a server). */
  setLimits(limits: Partial<ExtractionLimits>): Promise<void> {
    return this.extractor.setLimits(limits);
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
    const outcome = await this.extract(job);
    if (outcome === 'retry') {
      await this.dataSource.query(
        `UPDATE text_extraction_jobs SET run_after = now() + interval '30 seconds' WHERE id = $1`,
        [job.id],
      );
      return true;
    }
    const { status, text } = outcome;
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query(
        'UPDATE attachment_versions SET text = $3, text_status = $4 WHERE attachment_id = $1 AND n = $2',
        [job.attachmentId, job.n, text, status],
      );
      await manager.query('DELETE FROM text_extraction_jobs WHERE id = $1', [job.id]);
    });
    return true;
  }

  /** The job's text and status, or 'retry' when its bytes could not be read (yet). */
  private async extract(
    job: ClaimedJob,
  ): Promise<{ status: 'extracted' | 'none' | 'failed'; text: string | null } | 'retry'> {
    const plain = job.contentType.startsWith('text/plain');
    if (!plain && !(PARSED.has(job.contentType) && job.size <= MAX_PARSE_BYTES))
      return { status: 'none', text: null };
    let bytes: Buffer;
    try {
      // Plain text is kept only up to MAX_TEXT_CHARS, so only that much is read (UTF-8: ≤ 4 bytes each).
      const size = plain ? Math.min(job.size, MAX_TEXT_CHARS * 4) : job.size;
      bytes = await this.store.buffer(job.attachmentId, job.n, size);
    } catch (error) {
      this.logger.warn(`attachment ${job.attachmentId} v${job.n}: ${(error as Error).message}`);
      if (job.attempts < MAX_ATTEMPTS) return 'retry';
      return { status: 'failed', text: null };
    }
    try {
      const text = await this.extractor.extract(job.contentType, bytes, MAX_TEXT_CHARS);
      return { status: text ? 'extracted' : 'none', text };
    } catch (error) {
      if (!(error instanceof ExtractionFailed)) throw error;
      this.logger.warn(`attachment ${job.attachmentId} v${job.n}: text not extracted: ${error.message}`);
      return { status: 'failed', text: null };
    }
  }
}
