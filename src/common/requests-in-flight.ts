/**
 * The HTTP requests this process is answering now, for background work that gives way to them:
 * the notification worker waits for a moment with none in flight before each statement of a
 * drain (issue 14: the API's p99 may not degrade by more than 20 % while a burst drains). It
 * waits at most `maxWaitMs`, so that under steady load a drain still progresses.
 *
 * Counted by the app's onRequest / onResponse / onRequestAbort hooks (src/app.ts); a request is
 * left once, whichever of the last two comes first.
 */
export class RequestsInFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  /** How many are in flight now. */
  get size(): number {
    return this.count;
  }

  /** How many are waiting for a quiet moment now. */
  get waiting(): number {
    return this.waiters.length;
  }

  enter(): void {
    this.count++;
  }

  leave(): void {
    if (this.count > 0) this.count--;
    if (this.count === 0 && this.waiters.length) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    }
  }

  /** Resolves as soon as no request is in flight (at once if none is), or after `maxWaitMs`. */
  quiet(maxWaitMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      // On timeout the waiter leaves the list, so that steady load does not pile them up.
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve();
      }, maxWaitMs);
      this.waiters.push(wake);
    });
  }
}
