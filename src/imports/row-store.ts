/** Rows are packed into Buffers of about this many bytes. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The rows of a parsed file, kept off the V8 heap: each row's cells as one JSON line (JSON
 * escapes newlines, so a line is a row), packed into Buffers of about 1 MiB. A row is an object
 * on the heap only while it is looked at: 100 000 rows of a 50 MiB file would otherwise be about
 * a million strings and arrays on a heap that `npm start` limits to 192 MiB.
 */
export class RowStore {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(cells: string[]): void {
    const line = JSON.stringify(cells);
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.count++;
    if (this.pendingBytes >= CHUNK_BYTES) this.seal();
  }

  private seal(): void {
    if (!this.pending.length) return;
    this.chunks.push(Buffer.from(this.pending.join('\n'), 'utf8'));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Each row in order, with its index. */
  *entries(): Generator<[number, string[]]> {
    this.seal();
    let i = 0;
    for (const chunk of this.chunks) {
      for (const line of chunk.toString('utf8').split('\n')) yield [i++, JSON.parse(line) as string[]];
    }
  }

  static of(rows: readonly string[][]): RowStore {
    const store = new RowStore();
    for (const row of rows) store.push(row);
    return store;
  }
}
