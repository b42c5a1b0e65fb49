/**
 * `npm run drill:scaleout [-- --quick]`: two Pacta processes on one database under concurrent
 * writes. Guarantees: one winner per racing transition (and one history row), one winner per
 * racing If-Match update, no lost update in read-modify-write loops spread over both servers,
 * an Idempotency-Key honoured across servers, and one valid audit chain.
 */
import { randomUUID } from 'node:crypto';
import {
  Api,
  institutionBody,
  json,
  parseArgs,
  Report,
  startDatabase,
  startPacta,
  StatusCounter,
  verifyAudit,
} from './support';

async function main(): Promise<void> {
  const args = parseArgs();
  const races = args.number('races', args.quick ? 5 : 25);
  const racers = args.number('racers', 20);
  const writers = args.number('writers', 30);
  const report = new Report('scale-out drill');
  const db = await startDatabase('scaleout');
  const a = await startPacta(db.url);
  const b = await startPacta(db.url, { env: { PACTA_MIGRATE: 'false' } });
  try {
    const apiA = new Api(a.base);
    const token = await apiA.login();
    const apiB = new Api(b.base, token);
    const api = (i: number) => (i % 2 === 0 ? apiA : apiB);
    const create = async (i: number, name: string) =>
      json(await api(i).send('POST', '/api/v1/institutions', institutionBody(name)));

    // 1. Racing transitions: `racers` requests move the same institution active → defunct.
    let transitionWinners = true;
    const transitionAnswers = new StatusCounter();
    let historyOk = true;
    for (let r = 0; r < races; r++) {
      const inst = await create(r, `race ${r}`);
      const results = await Promise.all(
        Array.from({ length: racers }, (_, i) =>
          api(i).send('POST', `/api/v1/institutions/${inst.id}/transitions`, {
            to: 'defunct',
            reason: 'race',
          }),
        ),
      );
      results.forEach((res) => transitionAnswers.add(res.status));
      const won = results.filter((res) => res.status === 200).length;
      if (won !== 1 || !results.every((res) => [200, 409, 412].includes(res.status)))
        transitionWinners = false;
      const [history] = await db.query(`SELECT count(*)::int AS n FROM status_changes WHERE entity_id = $1`, [
        inst.id,
      ]);
      if (history.n !== 1) historyOk = false;
    }
    report.figure(
      'racing transitions',
      `${races} races × ${racers} racers over 2 servers: ${transitionAnswers}`,
    );
    report.check('exactly one winner per racing transition, the rest 409/412', transitionWinners);
    report.check('one status history row per racing transition', historyOk);

    // 2. Racing updates with the same If-Match: one wins, the others are stale.
    let updateWinners = true;
    const updateAnswers = new StatusCounter();
    for (let r = 0; r < races; r++) {
      const inst = await create(r, `if-match ${r}`);
      const results = await Promise.all(
        Array.from({ length: writers }, (_, i) =>
          api(i).send(
            'PATCH',
            `/api/v1/institutions/${inst.id}`,
            { shortName: `w${i}` },
            { 'If-Match': '"1"' },
          ),
        ),
      );
      results.forEach((res) => updateAnswers.add(res.status));
      if (
        results.filter((res) => res.status === 200).length !== 1 ||
        !results.every((res) => [200, 412].includes(res.status))
      )
        updateWinners = false;
    }
    report.figure('racing If-Match updates', `${races} races × ${writers} writers: ${updateAnswers}`);
    report.check('exactly one winner per racing If-Match update, the rest 412', updateWinners);

    // 3. No lost updates: `writers` clients each add 1 to a counter with read-modify-write + If-Match, retrying on 412.
    const counter = await create(0, 'counter');
    await apiA.send('PATCH', `/api/v1/institutions/${counter.id}`, { shortName: '0' });
    let retries = 0;
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        for (let attempt = 0; attempt < 500; attempt++) {
          const current = await api(i + attempt).send('GET', `/api/v1/institutions/${counter.id}`);
          const body = json(current);
          const res = await api(i + attempt + 1).send(
            'PATCH',
            `/api/v1/institutions/${counter.id}`,
            { shortName: String(Number(body.shortName) + 1) },
            { 'If-Match': current.headers.etag as string },
          );
          if (res.status === 200) return;
          if (res.status !== 412 && res.status !== 409)
            throw new Error(`counter write: ${res.status} ${res.text}`);
          retries++;
        }
        throw new Error('counter write never won');
      }),
    );
    const final = json(await apiB.send('GET', `/api/v1/institutions/${counter.id}`));
    report.figure(
      'read-modify-write increments',
      `${writers} writers, ${retries} retries after 412, final value ${final.shortName}, version ${final.version}`,
    );
    report.check(
      'no lost update: the counter equals the number of writers',
      Number(final.shortName) === writers && final.version === writers + 2,
    );

    // 4. The same Idempotency-Key sent to both servers at once: one row.
    let idempotentOk = true;
    for (let r = 0; r < races; r++) {
      const key = randomUUID();
      const name = `idempotent ${r}`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          api(i).send('POST', '/api/v1/institutions', institutionBody(name), { 'Idempotency-Key': key }),
        ),
      );
      const [rows] = await db.query(`SELECT count(*)::int AS n FROM institutions WHERE name = $1`, [
        `Drill institution ${name}`,
      ]);
      if (rows.n !== 1 || !results.every((res) => res.status === 201 || res.status === 409))
        idempotentOk = false;
    }
    report.check('an Idempotency-Key retried on both servers at once writes one row', idempotentOk);

    // 5. Concurrent creates on both servers: all there, one valid chain.
    const before = (await db.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n;
    const creates = await Promise.all(
      Array.from({ length: races * 20 }, (_, i) =>
        api(i).send('POST', '/api/v1/institutions', institutionBody(`bulk ${i}`)),
      ),
    );
    const createdOk = creates.filter((res) => res.status === 201).length;
    const afterCount = (await db.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n;
    report.check(
      'every concurrent create on either server succeeded, one audit event each',
      createdOk === creates.length && afterCount - before === creates.length,
      `${createdOk}/${creates.length}, ${afterCount - before} events`,
    );
    const gaps = await db.query(
      `SELECT count(*)::int AS n, max(seq)::int AS max, min(seq)::int AS min FROM audit_events`,
    );
    report.check(
      'the audit chain has no gap or fork',
      gaps[0].n === gaps[0].max - gaps[0].min + 1,
      JSON.stringify(gaps[0]),
    );
    const verifyA = await verifyAudit(apiA);
    const verifyB = await verifyAudit(apiB);
    report.check(
      'GET /audit-events/verify is valid on both servers',
      verifyA.valid && verifyB.valid,
      `${verifyA.checked} events`,
    );
    report.check('both servers still run', a.exitCode() === null && b.exitCode() === null);
  } finally {
    a.kill('SIGTERM');
    b.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`scale-out drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
