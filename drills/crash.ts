/**
 * `npm run drill:crash [-- --quick]`: kill -9 Pacta in the middle of a write load, start it
 * again on the same database. Guarantees: every write that was answered 2xx is there; no
 * entity is half-written (each has exactly one audit event per version, its status history
 * matches its transitions); GET /audit-events/verify is valid; the restarted server serves.
 */
import {
  Api,
  institutionBody,
  json,
  log,
  parseArgs,
  Report,
  runLoad,
  sleep,
  startDatabase,
  startPacta,
  StatusCounter,
  verifyAudit,
} from './support';

interface Chain {
  id: string | null;
  /** Highest version a 2xx answer reported. */
  ackedVersion: number;
  ackedShortName: string | null;
  /** True while a write is in flight (its outcome is unknown if the server dies). */
  inFlight: boolean;
}

async function main(): Promise<void> {
  const args = parseArgs();
  const loadMs = args.number('seconds', args.quick ? 3 : 10) * 1000;
  const concurrency = args.number('concurrency', 24);
  const rounds = args.number('rounds', args.quick ? 1 : 3);
  const report = new Report('crash drill');
  const db = await startDatabase('crash');
  let pacta = await startPacta(db.url);
  const statuses = new StatusCounter();
  const chains: Chain[] = [];
  let acked = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      const api = new Api(pacta.base);
      await api.login();
      let crashed = false;
      // Each worker owns one institution per round: create it, then update it with If-Match, and
      // move it defunct ⇄ active, one write at a time, so the last acknowledged state is known.
      const load = runLoad({
        concurrency,
        until: () => crashed,
        task: async (worker, n) => {
          const key = (round - 1) * concurrency + worker;
          const chain = (chains[key] ??= {
            id: null,
            ackedVersion: 0,
            ackedShortName: null,
            inFlight: false,
          });
          if (chain.inFlight) return sleep(50);
          chain.inFlight = true;
          let res;
          if (!chain.id) {
            res = await api.send('POST', '/api/v1/institutions', institutionBody(`crash ${round}-${worker}`));
          } else if (n % 4 === 3) {
            const to =
              json(await api.send('GET', `/api/v1/institutions/${chain.id}`))?.status === 'active'
                ? 'defunct'
                : 'active';
            res = await api.send(
              'POST',
              `/api/v1/institutions/${chain.id}/transitions`,
              { to, reason: 'crash drill' },
              { 'If-Match': `"${chain.ackedVersion}"` },
            );
          } else {
            res = await api.send(
              'PATCH',
              `/api/v1/institutions/${chain.id}`,
              { shortName: `v${chain.ackedVersion + 1}` },
              { 'If-Match': `"${chain.ackedVersion}"` },
            );
          }
          statuses.add(res.status);
          if (res.status >= 200 && res.status < 300) {
            const body = json(res);
            chain.id = body.id;
            chain.ackedVersion = body.version;
            chain.ackedShortName = body.shortName ?? null;
            chain.inFlight = false;
            acked++;
          } else if (res.status !== 0) {
            chain.inFlight = false;
          } else {
            // No answer: the server died with this write in flight. Its outcome is unknown.
            await sleep(1000);
          }
        },
      });
      await sleep(loadMs);
      log(`round ${round}: kill -9 ${pacta.pid} after ${acked} acknowledged writes`);
      pacta.kill('SIGKILL');
      const code = await pacta.exited;
      crashed = true;
      await load;
      report.check(`round ${round}: the server was killed by SIGKILL`, code === 'SIGKILL', String(code));
      const restartAt = Date.now();
      pacta = await startPacta(db.url);
      report.figure(`round ${round} restart to ready`, `${Date.now() - restartAt} ms`);
    }

    const api = new Api(pacta.base);
    await api.login();
    let missing = 0;
    let lost = 0;
    const problems: string[] = [];
    for (const chain of chains) {
      if (!chain?.id) continue;
      const res = await api.send('GET', `/api/v1/institutions/${chain.id}`);
      if (res.status !== 200) {
        missing++;
        problems.push(`${chain.id}: ${res.status}`);
        continue;
      }
      const row = json(res);
      // The last acknowledged write is there; at most the one in flight at the kill went further.
      const ok = chain.inFlight
        ? row.version === chain.ackedVersion || row.version === chain.ackedVersion + 1
        : row.version === chain.ackedVersion;
      if (!ok) {
        lost++;
        problems.push(
          `${chain.id}: acknowledged v${chain.ackedVersion}${chain.inFlight ? ' (+1 in flight)' : ''}, found v${row.version}`,
        );
      }
    }
    const halfWritten = await db.query(
      `SELECT i.id, i.version, (SELECT count(*) FROM audit_events e WHERE e.entity_id = i.id)::int AS events,
              (SELECT count(*) FROM audit_events e WHERE e.entity_id = i.id AND e.action = 'transition')::int AS transitions,
              (SELECT count(*) FROM status_changes s WHERE s.entity_id = i.id)::int AS history
         FROM institutions i`,
    );
    const broken = halfWritten.filter((r) => r.events !== r.version || r.history < r.transitions);
    const orphanEvents = await db.query(
      `SELECT count(*)::int AS n FROM audit_events e WHERE e.entity_type = 'institution' AND e.action <> 'delete'
          AND NOT EXISTS (SELECT 1 FROM institutions i WHERE i.id = e.entity_id)`,
    );
    report.figure('acknowledged writes', acked);
    report.figure('answers', statuses.toString());
    report.figure('entities checked', halfWritten.length);
    report.check('every acknowledged create is present', missing === 0, `${missing} missing`);
    report.check(
      'every acknowledged update is present (no lost write)',
      lost === 0,
      problems.slice(0, 5).join('; '),
    );
    report.check(
      'no half-written entity (one audit event per version, history per transition)',
      broken.length === 0,
      `${broken.length} broken`,
    );
    report.check('no audit event without its entity', orphanEvents[0].n === 0, `${orphanEvents[0].n}`);
    const verify = await verifyAudit(api);
    report.check('GET /audit-events/verify is valid', verify.valid, `${verify.checked} events checked`);
    const after = await api.send('POST', '/api/v1/institutions', institutionBody('after the crash'));
    report.check('the restarted server accepts writes', after.status === 201, String(after.status));
  } finally {
    pacta.kill('SIGTERM');
    await pacta.exited;
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`crash drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
