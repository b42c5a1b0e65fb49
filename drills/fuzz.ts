/**
 * `npm run drill:fuzz [-- --requests N --seed S]`: the OpenAPI-driven fuzzer (fuzz-engine.ts)
 * against a real Pacta process on its own embedded PostgreSQL. Default 10 000 requests.
 * Fails on any 5xx, dropped connection, non-problem error, or rejected write that changed data.
 */
import { Client } from 'pg';
import { fuzz, summariseFindings } from './fuzz-engine';
import {
  Api,
  json,
  log,
  parseArgs,
  Report,
  startDatabase,
  startPacta,
  tail,
  userToken,
  verifyAudit,
} from './support';

async function main(): Promise<void> {
  const args = parseArgs();
  const requests = args.number('requests', args.quick ? 2000 : 10_000);
  const seed = args.number('seed', 7);
  const report = new Report('fuzz drill');
  const db = await startDatabase('fuzz');
  const pacta = await startPacta(db.url);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const admin = new Api(pacta.base);
    await admin.login();
    const me = json(await admin.send('GET', '/api/v1/auth/me'));
    const viewer = await userToken(admin, ['viewer'], 'public');
    log(`fuzzing ${pacta.base} with ${requests} requests, seed ${seed}`);
    const result = await fuzz(
      {
        baseUrl: pacta.base,
        tokens: { admin: admin.token!, viewer: viewer.token },
        protectedIds: [me.id, viewer.id],
        query: async (sql) => (await client.query(sql)).rows,
      },
      {
        requests,
        seed,
        parallelRequests: args.number('parallel', args.quick ? 400 : 2000),
        concurrency: args.number('concurrency', 16),
        progressEvery: 1000,
        onProgress: (done, r) => log(`${done} requests, ${r.findings.length} findings`),
      },
    );
    report.figure('requests', result.requests);
    report.figure('operations discovered', result.operations);
    report.figure('requests per second', (result.requests / (result.durationMs / 1000)).toFixed(0));
    report.figure(
      'answers by status',
      Object.entries(result.byStatus)
        .map(([s, n]) => `${s}×${n}`)
        .join(' '),
    );
    report.figure('rejected writes checked', result.rejectedWritesChecked);
    report.figure('unsendable (client refused)', result.unsendable);
    report.figure('requests carrying a learnt cursor (mostly tampered)', result.cursorsSent);
    report.figure(
      'parallel requests (most in flight at once)',
      `${result.parallelRequests} (${result.maxInFlight})`,
    );
    report.figure('server RSS at end', `${(pacta.rss() / 1024 / 1024).toFixed(1)} MB`);
    const byKind = (kind: string) => result.findings.filter((f) => f.kind === kind).length;
    report.check('no 5xx answer', byKind('5xx') === 0, `${byKind('5xx')} found`);
    report.check('no dropped connection', byKind('no-answer') === 0, `${byKind('no-answer')} found`);
    report.check(
      'every error is problem+json with type/title/status/detail',
      byKind('not-problem') === 0,
      `${byKind('not-problem')} found`,
    );
    report.check(
      'no rejected write changed the database',
      byKind('state-changed') === 0,
      `${byKind('state-changed')} found`,
    );
    report.check(
      'every operation was exercised',
      Object.keys(result.perOperation).length === result.operations,
      `${Object.keys(result.perOperation).length}/${result.operations}`,
    );
    report.check('the server is still running', pacta.exitCode() === null);
    const verify = await verifyAudit(admin);
    report.check('audit chain valid after the run', verify.valid, `${verify.checked} events checked`);
    for (const line of summariseFindings(result.findings)) log(`finding: ${line}`);
    if (result.findings.length) log(`server log tail:\n${tail(pacta.logFile, 30)}`);
  } finally {
    await client.end();
    pacta.kill('SIGTERM');
    await pacta.exited;
    await db.destroy();
  }
  report.finish();
}

main().catch((error: Error) => {
  console.error(`fuzz drill failed to run: ${error.stack ?? error.message}`);
  process.exit(2);
});
