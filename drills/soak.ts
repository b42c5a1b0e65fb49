/**
 * `npm run drill:soak [-- --minutes N]` (default 10): 80 % reads / 20 % writes over 50 keep-alive
 * connections against one Pacta process. Guarantees: zero errors (every answer 2xx), RSS
 * growth under 10 % from the end of the warm-up (the first fifth, at most 2 minutes) to the end.
 */
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
  const pacta = await startPacta(db.url);
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
    const started = Date.now();
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
    report.check(
      'zero errors',
      errors.length === 0,
      errors.length ? `${errors.length}, e.g. ${errors[0]}` : '',
    );
    report.check('RSS growth under 10 % after warm-up', growth < 0.1, `${(growth * 100).toFixed(1)} %`);
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

main().catch((error: Error) => {
  console.error(`soak drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
