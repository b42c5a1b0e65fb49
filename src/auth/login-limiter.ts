import { Injectable } from '@nestjs/common';
import { Problem } from '../common/problem';

interface Window {
  failures: number;
  resetAt: number;
}

const WINDOW_MS = 15 * 60 * 1000;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;

/**
 * Counts failed logins per account and per client address over a 15-minute window; past the
 * limit, further attempts get 429 with Retry-After until the window ends. A success clears
 * the account's count. Kept in memory: each instance limits on its own (see README).
 */
@Injectable()
export class LoginLimiter {
  private readonly windows = new Map<string, Window>();

  check(email: string, address: string): void {
    const now = Date.now();
    for (const [key, limit] of [
      [`a:${email}`, PER_ACCOUNT],
      [`ip:${address}`, PER_ADDRESS],
    ] as const) {
      const w = this.windows.get(key);
      if (w && w.resetAt > now && w.failures >= limit)
        throw Problem.tooManyRequests(Math.ceil((w.resetAt - now) / 1000));
    }
  }

  fail(email: string, address: string): void {
    const now = Date.now();
    if (this.windows.size > 100_000) this.sweep(now);
    for (const key of [`a:${email}`, `ip:${address}`]) {
      const w = this.windows.get(key);
      if (!w || w.resetAt <= now) this.windows.set(key, { failures: 1, resetAt: now + WINDOW_MS });
      else w.failures++;
    }
  }

  succeed(email: string): void {
    this.windows.delete(`a:${email}`);
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
