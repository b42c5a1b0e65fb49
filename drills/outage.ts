/**
 * `npm run drill:outage [-- --quick]`: the database goes away under load and comes back, twice:
 * first stopped (connections refused), then frozen with SIGSTOP (connections accepted, never
 * answered — a hung server or a network partition). Guarantees for each: every API request
 * started during the outage fails fast (503 + Retry-After, problem+json, bounded time,
 * nothing hangs), /health/ready → 503 while /health/live → 200, the process survives, and
 * service resumes within 5 s of the database returning, without a restart.
 */
import {
  Api,
  DrillDatabase,
  http,
  institutionBody,
  isProblem,
  log,
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

interface Sample {
  start: number;
  end: number;
  status: number;
  ms: number;
  retryAfter: boolean;
  problem: boolean;
}

/** connection timeout (3 s) + query timeout (statement timeout 5 s in this drill + 1 s) + margin. */
const FAIL_FAST_MS = 10_000;

async function main(): Promise<void> {
  const args = parseArgs();
  const outageMs = args.number('outage-seconds', args.quick ? 4 : 15) * 1000;
  const settleMs = args.quick ? 2000 : 5000;
  const concurrency = args.number('concurrency', 16);
  const report = new Report('outage drill');
  const db = await startDatabase('outage');
  const pacta = await startPacta(db.url, { env: { PACTA_STATEMENT_TIMEOUT_MS: '5000' } });
  try {
    const admin = new Api(pacta.base);
    await admin.login();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(
        JSON.parse((await admin.send('POST', '/api/v1/institutions', institutionBody(`seed ${i}`))).text).id,
      );
    }

    const samples: Sample[] = [];
    let stop = false;
    const load = runLoad({
      concurrency,
      until: () => stop,
      task: async (worker, n) => {
        const kind = n % 5;
        const start = Date.now();
        const res =
          kind === 0
            ? await admin.send(
                'POST',
                '/api/v1/institutions',
                institutionBody(`load ${worker}-${n}`),
                {},
                30_000,
              )
            : kind === 1
              ? await admin.send('GET', '/api/v1/institutions?limit=20', undefined, {}, 30_000)
              : await admin.send('GET', `/api/v1/institutions/${ids[n % ids.length]}`, undefined, {}, 30_000);
        samples.push({
          start,
          end: Date.now(),
          status: res.status,
          ms: res.ms,
          retryAfter: res.headers['retry-after'] !== undefined,
          problem: res.status >= 400 ? isProblem(res) : true,
        });
        if (res.status >= 500 || res.status === 0) await sleep(20);
      },
    });
    const counter = (list: Sample[]) => {
      const c = new StatusCounter();
      list.forEach((s) => c.add(s.status));
      return c;
    };
    report.figure('load', `${concurrency} connections: 60 % reads by id, 20 % lists, 20 % creates`);
    await sleep(settleMs);
    const before = samples.filter((s) => s.end < Date.now());
    report.figure('before the outages', `${before.length} requests: ${counter(before)}`);
    report.check(
      'requests were served before the outages',
      before.length > 0 && before.every((s) => s.status < 300),
      `${counter(before)}`,
    );

    const outage = async (
      name: string,
      outageLength: number,
      breakIt: (db: DrillDatabase) => Promise<void>,
      repair: (db: DrillDatabase) => Promise<void>,
    ) => {
      log(`${name}: breaking the database`);
      const brokenAt = Date.now();
      await breakIt(db);
      const half = Math.min(2500, outageLength / 2);
      await sleep(half);
      const [ready, live] = await Promise.all([
        http('GET', `${pacta.base}/health/ready`, { timeoutMs: 10_000 }),
        http('GET', `${pacta.base}/health/live`, { timeoutMs: 10_000 }),
      ]);
      report.check(
        `${name}: /health/ready → 503 with Retry-After`,
        ready.status === 503 && ready.headers['retry-after'] !== undefined,
        `${ready.status} in ${ready.ms.toFixed(0)} ms`,
      );
      report.check(
        `${name}: /health/live → 200`,
        live.status === 200,
        `${live.status} in ${live.ms.toFixed(0)} ms`,
      );
      await sleep(outageLength - half);
      log(`${name}: repairing the database`);
      // The database may answer already while pg_ctl waits for it: the outage ends when the repair begins.
      const repairingAt = Date.now();
      await repair(db);
      const repairedAt = Date.now();
      let recoveredAt = 0;
      while (!recoveredAt && Date.now() - repairedAt < 30_000) {
        const probe = await admin.send(
          'POST',
          '/api/v1/institutions',
          institutionBody(`probe ${Date.now()}`),
          {},
          10_000,
        );
        const probeReady = await http('GET', `${pacta.base}/health/ready`, { timeoutMs: 5000 });
        if (probe.status === 201 && probeReady.status === 200) recoveredAt = Date.now();
        else await sleep(100);
      }
      const recoveryMs = recoveredAt ? recoveredAt - repairedAt : Infinity;
      await sleep(settleMs);
      // Requests started during the outage: those answered before the repair must all be fast 503s,
      // and none may take FAIL_FAST_MS or more (a hung one ends only after the repair, its time showing).
      const started = samples.filter((s) => s.start > brokenAt + 500 && s.start < repairingAt);
      const during = started.filter((s) => s.end < repairingAt);
      const hung = started.filter((s) => s.ms >= FAIL_FAST_MS);
      const after = samples.filter((s) => recoveredAt > 0 && s.start > recoveredAt && s.end < Date.now());
      const slowest = started.reduce((a, s) => Math.max(a, s.ms), 0);
      const ms = during.map((s) => s.ms);
      report.figure(`${name}: length`, `${((repairingAt - brokenAt) / 1000).toFixed(1)} s`);
      report.figure(`${name}: requests during`, `${during.length}: ${counter(during)}`);
      report.figure(
        `${name}: latency p50 / p99 / max`,
        `${percentile(ms, 50).toFixed(0)} / ${percentile(ms, 99).toFixed(0)} / ${slowest.toFixed(0)} ms`,
      );
      report.figure(`${name}: recovery after repair`, recoveredAt ? `${recoveryMs} ms` : 'never (30 s)');
      report.figure(`${name}: requests after recovery`, `${after.length}: ${counter(after)}`);
      report.check(
        `${name}: every request during the outage got 503`,
        during.length > 0 && during.every((s) => s.status === 503),
        `${counter(during)}`,
      );
      report.check(
        `${name}: every 503 carries Retry-After and is problem+json`,
        during.every((s) => s.status !== 503 || (s.retryAfter && s.problem)),
      );
      report.check(
        `${name}: nothing hangs (each request < ${FAIL_FAST_MS / 1000} s)`,
        hung.length === 0,
        `${hung.length} of ${started.length} took longer; slowest ${slowest.toFixed(0)} ms`,
      );
      report.check(
        `${name}: service resumed within 5 s of the database returning`,
        recoveryMs <= 5000,
        `${recoveryMs} ms`,
      );
      report.check(
        `${name}: every request after recovery succeeded`,
        after.length > 0 && after.every((s) => s.status < 300),
        `${counter(after)}`,
      );
    };

    await outage(
      'stopped database',
      outageMs,
      (d) => d.stop(),
      (d) => d.start(),
    );
    // Frozen longer than FAIL_FAST_MS, so that a request waiting out every timeout shows as hung.
    await outage(
      'frozen database',
      Math.max(outageMs, FAIL_FAST_MS + 2000),
      async (d) => d.freeze(),
      async (d) => d.thaw(),
    );
    stop = true;
    await load;
    const errors = samples.filter(
      (s) => s.status === 0 || (s.status >= 500 && s.status !== 503) || (s.status >= 400 && !s.problem),
    );
    report.check(
      'no answer other than 2xx or a 503 problem at any time (also while the database went away)',
      errors.length === 0,
      `${counter(errors)}`,
    );
    report.check('the process did not crash or restart', pacta.exitCode() === null);
    const verify = await verifyAudit(admin);
    report.check('audit chain valid after the outages', verify.valid, `${verify.checked} events`);
  } finally {
    db.thaw();
    pacta.kill('SIGTERM');
    await pacta.exited;
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`outage drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
