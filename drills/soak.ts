/**
 * `npm run drill:soak [-- --minutes N]` (default 10): 80 % reads / 20 % writes over 50 keep-alive
 * connections against one Pacta process. Guarantees: zero errors (every answer 2xx); the live heap
 * (the least V8's full collections leave, read from `--trace-gc`) grows under 10 % from the end of the
 * warm-up (the first fifth, at most 2 minutes) to the end; RSS grows under 30 % over the same span.
 *
 * The leak check is the live heap, not RSS: how far the heap fills before the next full collection
 * is the collector's choice (its growing factor), so RSS after a short warm-up moves with GC tuning
 * while a leak moves what survives collection. RSS keeps a coarser bound for memory outside the
 * JavaScript heap (buffers, native allocations), where a leak grows without bound.
 */
import type { Readable } from 'node:stream';
import {
  Api,
  institutionBody,
  json,
  log,
  mb,
  parseArgs,
  percentile,
  Report,
  runLoad,
  sleep,
  startDatabase,
  startPacta,
  StatusCounter,
  verifyAudit,
} from './support';

async function main(): Promise<void> {
  const args = parseArgs();
  const minutes = args.number('minutes', args.quick ? 0.5 : 10);
  const concurrency = args.number('connections', 50);
  const durationMs = minutes * 60_000;
  const warmupMs = Math.min(120_000, durationMs / 5);
  const report = new Report('soak drill');
  const db = await startDatabase('soak');
  const pacta = await startPacta(db.url, { nodeFlags: ['--trace-gc'] });
  let started = Date.now();
  const liveHeap = watchFullCollections(pacta.child.stdout!, () => Date.now() - started);
  try {
    const api = new Api(pacta.base);
    await api.login();
    // Each connection owns a few institutions it updates and moves, so writes never race each other.
    const own: { id: string; version: number; status: string }[][] = [];
    for (let w = 0; w < concurrency; w++) {
      own[w] = [];
      for (let i = 0; i < 3; i++) {
        const body = json(
          await api.send('POST', '/api/v1/institutions', institutionBody(`soak seed ${w}-${i}`)),
        );
        own[w].push({ id: body.id, version: body.version, status: body.status });
      }
    }
    started = Date.now();
    const answers = new StatusCounter();
    const errors: string[] = [];
    const latencies: number[] = [];
    let reads = 0;
    let writes = 0;
    const rss: { at: number; bytes: number }[] = [];
    const sampler = setInterval(() => rss.push({ at: Date.now() - started, bytes: pacta.rss() }), 2000);
    let nextReport = started + 30_000;
    await runLoad({
      concurrency,
      until: () => Date.now() - started >= durationMs || pacta.exitCode() !== null,
      task: async (worker, n) => {
        const roll = (n * 7919 + worker) % 100;
        const mine = own[worker][n % own[worker].length];
        let res;
        if (roll < 80) {
          reads++;
          const which = roll % 4;
          res =
            which === 0
              ? await api.send('GET', '/api/v1/institutions?limit=50')
              : which === 1
                ? await api.send('GET', `/api/v1/institutions/${mine.id}`)
                : which === 2
                  ? await api.send('GET', `/api/v1/institutions/${mine.id}/history?limit=20`)
                  : await api.send('GET', '/api/v1/institutions?limit=20&country=AZ&sort=-name');
        } else {
          writes++;
          if (roll < 88) {
            res = await api.send('POST', '/api/v1/institutions', institutionBody(`soak ${worker}-${n}`));
          } else if (roll < 97) {
            res = await api.send(
              'PATCH',
              `/api/v1/institutions/${mine.id}`,
              { shortName: `n${n}` },
              { 'If-Match': `"${mine.version}"` },
            );
          } else {
            res = await api.send(
              'POST',
              `/api/v1/institutions/${mine.id}/transitions`,
              { to: mine.status === 'active' ? 'defunct' : 'active', reason: 'soak' },
              { 'If-Match': `"${mine.version}"` },
            );
          }
          if (res.status === 200 && roll >= 88) {
            const body = json(res);
            mine.version = body.version;
            mine.status = body.status;
          }
        }
        answers.add(res.status);
        latencies.push(res.ms);
        if (res.status < 200 || res.status >= 300)
          errors.push(`${res.status} ${res.error ?? res.text.slice(0, 200)}`);
        if (Date.now() > nextReport) {
          nextReport += 30_000;
          log(
            `${Math.round((Date.now() - started) / 1000)} s: ${answers.total()} requests, ${errors.length} errors, RSS ${mb(pacta.rss())}`,
          );
        }
      },
    });
    clearInterval(sampler);
    const elapsed = (Date.now() - started) / 1000;
    const window = Math.max(10_000, Math.min(60_000, durationMs / 10));
    const median = (list: number[]) => percentile(list, 50);
    const baseline = median(
      rss.filter((s) => s.at >= warmupMs && s.at < warmupMs + window).map((s) => s.bytes),
    );
    const final = median(rss.filter((s) => s.at >= elapsed * 1000 - window).map((s) => s.bytes));
    const growth = baseline ? (final - baseline) / baseline : Infinity;
    // The live heap: the least any full collection in each window left (what was still in flight
    // at a collection comes on top of what lives, and varies by some 10 % from one to the next; a
    // leak lifts the floor). A window with none takes the nearest collection before it ends.
    const heapIn = (from: number, to: number) => {
      const inside = liveHeap.filter((s) => s.at >= from && s.at < to).map((s) => s.mib);
      if (inside.length) return { mib: Math.min(...inside), count: inside.length };
      const before = liveHeap.filter((s) => s.at < to);
      return { mib: before.length ? before[before.length - 1].mib : NaN, count: 0 };
    };
    const heapStart = heapIn(warmupMs, warmupMs + window);
    const heapEnd = heapIn(elapsed * 1000 - window, Infinity);
    const heapGrowth = (heapEnd.mib - heapStart.mib) / heapStart.mib;
    report.figure('duration', `${elapsed.toFixed(0)} s (warm-up ${Math.round(warmupMs / 1000)} s)`);
    report.figure('connections', concurrency);
    report.figure(
      'requests',
      `${answers.total()} (${reads} reads, ${writes} writes), ${(answers.total() / elapsed).toFixed(0)} req/s`,
    );
    report.figure('answers', answers.toString());
    report.figure(
      'latency p50 / p99 / max',
      `${median(latencies).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} / ${latencies.reduce((a, b) => Math.max(a, b), 0).toFixed(0)} ms`,
    );
    report.figure(
      'RSS after warm-up → end (max)',
      `${mb(baseline)} → ${mb(final)} (${mb(rss.reduce((a, s) => Math.max(a, s.bytes), 0))})`,
    );
    report.figure('RSS growth after warm-up', `${(growth * 100).toFixed(1)} %`);
    report.figure(
      'live heap after full collections, after warm-up → end',
      `${heapStart.mib.toFixed(1)} MB (${heapStart.count} collections) → ${heapEnd.mib.toFixed(1)} MB (${heapEnd.count}); ${liveHeap.length} in all`,
    );
    report.figure('live heap growth after warm-up', `${(heapGrowth * 100).toFixed(1)} %`);
    report.check(
      'zero errors',
      errors.length === 0,
      errors.length ? `${errors.length}, e.g. ${errors[0]}` : '',
    );
    report.check(
      'live heap growth under 10 % after warm-up',
      heapGrowth < 0.1,
      `${(heapGrowth * 100).toFixed(1)} %`,
    );
    report.check('RSS growth under 30 % after warm-up', growth < 0.3, `${(growth * 100).toFixed(1)} %`);
    report.check('the server is still running', pacta.exitCode() === null);
    await sleep(100);
    const verify = await verifyAudit(api);
    report.check('audit chain valid after the soak', verify.valid, `${verify.checked} events`);
  } finally {
    pacta.kill('SIGTERM');
    await pacta.exited;
    await db.destroy();
  }
  report.finish();
}

/** V8's `--trace-gc` line for a full collection: `Mark-Compact 78.6 (144.1) -> 20.6 (85.4) MB, …`. */
const FULL_COLLECTION = /Mark-Compact(?: \([^)]*\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** The heap each full collection left (MB), timed by `now`, from the process's standard output. */
function watchFullCollections(stdout: Readable, now: () => number): { at: number; mib: number }[] {
  const samples: { at: number; mib: number }[] = [];
  let pending = '';
  stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = FULL_COLLECTION.exec(line);
      if (m) samples.push({ at: now(), mib: Number(m[1]) });
    }
  });
  return samples;
}

main().catch((error: Error) => {
  console.error(`soak drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
