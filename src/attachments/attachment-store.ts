import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { TypeSniffer } from './file-type';

/** Bytes per stored chunk row. */
export const CHUNK_BYTES = 256 * 1024;

/** Chunks fetched per query while streaming a download (1 MiB). */
const READ_BATCH = 4;

export interface StoredFile {
  size: number;
  sha256: string;
  /** The accepted type detected from the bytes, or null when refused. */
  contentType: string | null;
  detected: string;
}

/**
 * The bytes of attachment versions as chunk rows: written as the upload streams in (one chunk
 * held in memory at a time, hashed and sniffed on the way), read back as a stream of 1 MiB
 * queries, from any byte offset.
 */
export class AttachmentStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Streams `source` into chunks of (attachmentId, n) in the caller's transaction. */
  async write(
    manager: EntityManager,
    attachmentId: string,
    n: number,
    source: AsyncIterable<Buffer>,
  ): Promise<StoredFile> {
    const hash = createHash('sha256');
    const sniffer = new TypeSniffer();
    let pending: Buffer[] = [];
    let pendingLength = 0;
    let size = 0;
    let seq = 0;
    const flush = async (bytes: Buffer) => {
      await manager.query(
        'INSERT INTO attachment_chunks (attachment_id, n, seq, data) VALUES ($1, $2, $3, $4)',
        [attachmentId, n, seq++, bytes],
      );
    };
    for await (const data of source) {
      hash.update(data);
      sniffer.push(data);
      size += data.length;
      pending.push(data);
      pendingLength += data.length;
      while (pendingLength >= CHUNK_BYTES) {
        const all = Buffer.concat(pending, pendingLength);
        await flush(all.subarray(0, CHUNK_BYTES));
        pending = [all.subarray(CHUNK_BYTES)];
        pendingLength -= CHUNK_BYTES;
      }
    }
    if (pendingLength > 0) await flush(Buffer.concat(pending, pendingLength));
    return { size, sha256: hash.digest('hex'), ...(await sniffer.result()) };
  }

  /** Bytes [start, end] (inclusive) of a version, as a stream; it fails if chunks are missing. */
  read(attachmentId: string, n: number, start: number, end: number): Readable {
    const dataSource = this.dataSource;
    async function* chunks(): AsyncGenerator<Buffer> {
      const last = Math.floor(end / CHUNK_BYTES);
      for (let seq = Math.floor(start / CHUNK_BYTES); seq <= last; seq += READ_BATCH) {
        const upTo = Math.min(seq + READ_BATCH - 1, last);
        const rows: { seq: number; data: Buffer }[] = await dataSource.query(
          `SELECT seq, data FROM attachment_chunks WHERE attachment_id = $1 AND n = $2 AND seq BETWEEN $3 AND $4 ORDER BY seq`,
          [attachmentId, n, seq, upTo],
        );
        if (rows.length !== upTo - seq + 1)
          throw new Error(`attachment ${attachmentId} v${n}: chunks missing`);
        for (const row of rows) {
          const offset = row.seq * CHUNK_BYTES;
          const from = Math.max(0, start - offset);
          const to = Math.min(row.data.length, end - offset + 1);
          yield from === 0 && to === row.data.length ? row.data : row.data.subarray(from, to);
        }
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /** Re-hashes the stored bytes of a version. */
  async sha256(attachmentId: string, n: number, size: number): Promise<string> {
    const hash = createHash('sha256');
    if (size > 0) for await (const chunk of this.read(attachmentId, n, 0, size - 1)) hash.update(chunk);
    return hash.digest('hex');
  }

  /** The whole version in memory: only for text extraction, off the request path. */
  async buffer(attachmentId: string, n: number, size: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    if (size > 0) for await (const chunk of this.read(attachmentId, n, 0, size - 1)) parts.push(chunk);
    return Buffer.concat(parts);
  }
}
