/**
 * `npm run drill:shutdown [-- --quick]`: SIGTERM under load. Guarantees: requests accepted
 * before the signal complete (2xx), later ones are refused cleanly (a 503 problem with
 * Retry-After, or a refused connection — never a reset mid-request or a 5xx of another
 * kind), every acknowledged write is in the database, and the process exits 0 within 10 s.
 */
import {
  Api,
  institutionBody,
  isProblem,
  json,
  log,
  parseArgs,
  Report,
  runLoad,
  sleep,
  startDatabase,
  startPacta,
  StatusCounter,
} from './support';

async function main(): Promise<void> {
  const args = parseArgs();
  const rounds = args.number('rounds', args.quick ? 2 : 5);
  const concurrency = args.number('concurrency', 32);
  const report = new Report('shutdown drill');
  const db = await startDatabase('shutdown');
  const answers = new StatusCounter();
  const bad: string[] = [];
  const ackedNames: string[] = [];
  let inFlightAtSignal = 0;
  let completedInFlight = 0;
  const exitTimes: number[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const pacta = await startPacta(db.url);
      const api = new Api(pacta.base);
      await api.login();
      let signalledAt = 0;
      let stop = false;
      const pending = new Set<number>();
      let seq = 0;
      const load = runLoad({
        concurrency,
        until: () => stop,
        task: async (worker, n) => {
          const id = seq++;
          const startedAt = Date.now();
          pending.add(id);
          const name = `shutdown ${round}-${worker}-${n}`;
          const res =
            n % 3 === 0
              ? await api.send('POST', '/api/v1/institutions', institutionBody(name))
              : await api.send('GET', '/api/v1/institutions?limit=50');
          pending.delete(id);
          const accepted = signalledAt === 0 || startedAt < signalledAt;
          answers.add(res.status === 0 ? `${accepted ? 'accepted' : 'late'}-no-answer` : res.status);
          if (res.status >= 200 && res.status < 300) {
            if (n % 3 === 0) ackedNames.push(`Drill institution ${name}`);
          } else if (res.status === 503) {
            if (!isProblem(res) || res.headers['retry-after'] === undefined)
              bad.push(`503 not a problem with Retry-After: ${res.text.slice(0, 200)}`);
          } else if (res.status === 0 && !accepted) {
            // refused at the door after the signal (connection refused, or reset before anything was read): clean
          } else {
            bad.push(
              `${accepted ? 'accepted' : 'late'} request → ${res.status} ${res.error ?? res.text.slice(0, 200)}`,
            );
          }
          if (signalledAt && !accepted) {
            stop = true;
            await sleep(10);
          }
          if (signalledAt && res.status === 0) stop = true;
        },
      });
      await sleep(args.quick ? 1500 : 3000);
      inFlightAtSignal += pending.size;
      const inFlight = new Set(pending);
      signalledAt = Date.now();
      log(`round ${round}: SIGTERM with ${pending.size} requests in flight`);
      pacta.kill('SIGTERM');
      const code = await Promise.race([pacta.exited, sleep(15_000).then(() => 'timeout')]);
      const exitMs = Date.now() - signalledAt;
      exitTimes.push(exitMs);
      stop = true;
      await load;
      completedInFlight += [...inFlight].filter((id) => !pending.has(id)).length;
      report.check(
        `round ${round}: exit code 0 within 10 s`,
        code === 0 && exitMs <= 10_000,
        `code ${code} after ${exitMs} ms`,
      );
      if (code === 'timeout') pacta.kill('SIGKILL');
    }
    const present = await db.query(`SELECT count(*)::int AS n FROM institutions WHERE name = ANY($1)`, [
      ackedNames,
    ]);
    report.figure('rounds', rounds);
    report.figure('answers', answers.toString());
    report.figure('requests in flight at SIGTERM', inFlightAtSignal);
    report.figure('SIGTERM to exit', exitTimes.map((ms) => `${ms} ms`).join(', '));
    report.check(
      'every request in flight at SIGTERM completed',
      completedInFlight === inFlightAtSignal,
      `${completedInFlight}/${inFlightAtSignal}`,
    );
    report.check(
      'accepted requests succeeded; later ones were refused cleanly',
      bad.length === 0,
      bad.slice(0, 5).join(' | '),
    );
    report.check(
      'every acknowledged write is in the database',
      present[0].n === ackedNames.length,
      `${present[0].n}/${ackedNames.length}`,
    );
    void json;
  } finally {
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`shutdown drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
