/**
 * At most `limit` of the tasks run at once; the others wait their turn, first come first served.
 * Ten lines, so no dependency for it (p-limit does the same with a queue package behind it).
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`a concurrency limit must be ≥ 1, not ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight to the next task: `running` stays as it is
      else this.running--;
    }
  }

  /** Tasks running now (for tests and metrics). */
  get active(): number {
    return this.running;
  }
}
