import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** What one file may cost the extraction thread before it is terminated. */
export interface ExtractionLimits {
  /** Longest one file may take, ms. */
  timeMs: number;
  /** The thread's V8 heap, MiB (`resourceLimits.maxOldGenerationSizeMb`). */
  heapMb: number;
  /**
   * Growth of the process's resident set during one file, MiB: parsers hold decoded streams in
   * ArrayBuffers, outside the heap that `resourceLimits` caps (a decompression bomb would be one).
   */
  rssGrowthMb: number;
  /** An idle thread exits after this long, ms, and gives its memory back. */
  idleMs: number;
}

/**
 * A 50 MiB PDF took tens of seconds on the loaded development machine; the heap and resident
 * limits leave room for the largest upload the default PACTA_MAX_UPLOAD_BYTES allows.
 */
export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  timeMs: 120_000,
  heapMb: 384,
  rssGrowthMb: 768,
  idleMs: 30_000,
};

/**
 * The file cannot be extracted: the parser refused it (`crashed` false), or the thread was
 * stopped or died over it (a limit, out of memory, a native crash: `crashed` true).
 */
export class ExtractionFailed extends Error {
  constructor(
    message: string,
    readonly crashed: boolean,
  ) {
    super(message);
  }
}

/**
 * The compiled thread (`dist/…/text-extraction.thread.mjs`, next to this file in the build) or,
 * under Jest, which runs the sources without a build, the source itself (Node strips its types).
 */
function threadFile(): string {
  const dir = typeof __dirname === 'string' ? __dirname : join(process.cwd(), 'src', 'attachments');
  const built = join(dir, 'text-extraction.thread.mjs');
  return existsSync(built) ? built : join(dir, 'text-extraction.thread.mts');
}

type Reply = { id: number; text: string | null } | { id: number; error: string };

/**
 * Parses PDF, DOCX and plain text in one long-lived worker thread, one file at a time, under
 * `limits`. A file that outlasts or outgrows them, or kills the thread, fails alone: the thread
 * is terminated and the next file gets a fresh one.
 */
export class TextExtractor {
  private thread: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  constructor(private limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS) {}

  /** New limits for the next file (the current thread is replaced, its heap limit with it). */
  async setLimits(limits: Partial<ExtractionLimits>): Promise<void> {
    await this.queue;
    this.limits = { ...this.limits, ...limits };
    await this.close();
  }

  /** The text of the file, at most `maxChars`, or null when it has none; ExtractionFailed else. */
  extract(contentType: string, bytes: Buffer, maxChars: number): Promise<string | null> {
    const run = this.queue.then(() => this.run(contentType, bytes, maxChars));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the thread (idle, or at shutdown). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }

  private start(): Worker {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.thread) return this.thread;
    const thread = new Worker(threadFile(), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32 },
      // The parsers' own warnings are not the server's log: read and dropped.
      stdout: true,
      stderr: true,
    });
    thread.stdout.resume();
    thread.stderr.resume();
    // Crashes are handled per file (run); these keep a late one from being an uncaught error.
    thread.on('error', () => undefined);
    thread.once('exit', () => {
      if (this.thread === thread) this.thread = null;
    });
    this.thread = thread;
    return thread;
  }

  private run(contentType: string, bytes: Buffer, maxChars: number): Promise<string | null> {
    const thread = this.start();
    const id = this.nextId++;
    const { timeMs, rssGrowthMb, idleMs } = this.limits;
    const baseline = process.memoryUsage.rss();
    // Busy, the thread keeps the process alive; idle, it does not hold it open.
    thread.ref();
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error: ExtractionFailed | null, text: string | null = null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watch);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        thread.unref();
        if (this.thread) {
          this.idle = setTimeout(() => void this.close(), idleMs);
          this.idle.unref();
        }
        if (error) reject(error);
        else resolve(text);
      };
      const stop = (reason: string) => {
        if (this.thread === thread) this.thread = null;
        finish(new ExtractionFailed(reason, true));
        void thread.terminate();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if ('error' in reply) finish(new ExtractionFailed(reply.error, false));
        else finish(null, reply.text);
      };
      const onError = (error: Error) => stop(`the extraction thread failed: ${error.message}`);
      const onExit = (code: number) => stop(`the extraction thread exited (code ${code})`);
      const timer = setTimeout(() => stop(`extraction took longer than ${timeMs} ms`), timeMs);
      const watch = setInterval(() => {
        const grown = (process.memoryUsage.rss() - baseline) / 1048576;
        if (grown > rssGrowthMb) stop(`extraction grew the process by more than ${rssGrowthMb} MiB`);
      }, 100);
      timer.unref();
      watch.unref();
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      // Moved, not copied, when the Buffer owns its memory (a small one lives in a shared pool).
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const data = owned ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
      thread.postMessage({ id, contentType, bytes: data, maxChars }, [data.buffer as ArrayBuffer]);
    });
  }
}
