import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
// As the server runs it: dates as YYYY-MM-DD strings (the type parsers are set there).
import '../src/database/database';
import { UsersService } from '../src/users/users.service';

/**
 * `npm run bench:import [-- --documents=10000] [--big]`: §15's speed figures, in one process on
 * a fresh database of the local server (PACTA_BENCH_SERVER_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres). Uploads a CSV of N documents with two parties
 * each, applies it, and meanwhile sends GET /api/v1/documents?limit=20 from 4 concurrent loops,
 * reporting their p50/p99 during validate and apply. `--big` also uploads a ~50 MiB CSV (rows
 * capped at 100 000; most of the bytes are a long summary) and reports the peak RSS while it
 * is parsed and validated. Bounded: the loops stop when the import ends.
 */
const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const N = Number(option('documents') ?? 10_000);
const BIG = argv.includes('--big');
const SERVER = process.env.PACTA_BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function dbUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function documentsCsv(n: number, summaryBytes = 0): string {
  const pad = summaryBytes ? 'x'.repeat(summaryBytes) : '';
  const lines = ['title,type,referenceNumber,countries,sectors,signedOn,placeOfSigning,summary,title.ru'];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `Bench agreement ${i},agreement,BENCH-${i},AZ;KZ,energy;trade,2023-04-${day},Astana,Summary ${i} ${pad},Соглашение ${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const name = `pacta_bench_import_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = dbUrl(name);
  const secret = randomBytes(32).toString('hex');
  const config = {
    ...loadConfig({ DATABASE_URL: url, JWT_SECRET: secret }),
    logLevel: process.env.PACTA_BENCH_LOG_LEVEL ?? 'silent',
    adminEmail: 'admin@bench.local',
    adminPassword: 'bench-password-that-is-long-enough',
    maxUploadBytes: 60 * 1024 * 1024,
  };
  const db = createDataSource({ url, poolSize: 10, statementTimeoutMs: 120_000 });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  const app = await createApp(config, db, { docsUi: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await app.get(UsersService).ensureAdmin(config.adminEmail, config.adminPassword);
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: config.adminEmail, password: config.adminPassword }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };

  let phase: 'idle' | 'validate' | 'apply' = 'idle';
  const latencies: Record<string, number[]> = { validate: [], apply: [] };
  let stop = false;
  const loop = async () => {
    while (!stop) {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/documents?limit=20`, { headers: auth });
      await res.arrayBuffer();
      if (phase !== 'idle') latencies[phase].push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loops = Array.from({ length: 4 }, loop);

  const upload = async (csv: string) => {
    const form = new FormData();
    form.append('kind', 'documents');
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'documents.csv');
    const res = await fetch(`${base}/api/v1/imports`, { method: 'POST', headers: auth, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  const csv = documentsCsv(Math.max(N, 1));
  phase = 'validate';
  let t0 = performance.now();
  const validated = await upload(csv);
  const validateMs = performance.now() - t0;
  if (validated.status !== 201 || validated.body.status !== 'validated')
    throw new Error(`upload: ${validated.status} ${JSON.stringify(validated.body).slice(0, 500)}`);
  phase = 'apply';
  t0 = performance.now();
  const applied = await fetch(`${base}/api/v1/imports/${validated.body.id}/apply`, {
    method: 'POST',
    headers: auth,
  });
  const applyBody = (await applied.json()) as Record<string, any>;
  const applyMs = performance.now() - t0;
  phase = 'idle';
  if (applied.status !== 200)
    throw new Error(`apply: ${applied.status} ${JSON.stringify(applyBody).slice(0, 500)}`);
  t0 = performance.now();
  const again = await upload(csv);
  const revalidateMs = performance.now() - t0;
  stop = true;
  await Promise.all(loops);

  const report: Record<string, unknown> = {
    documents: N,
    csvBytes: Buffer.byteLength(csv),
    validateMs: Math.round(validateMs),
    applyMs: Math.round(applyMs),
    result: applyBody.result,
    reimportMs: Math.round(revalidateMs),
    reimportPreview: again.body.preview,
    concurrentGet: Object.fromEntries(
      Object.entries(latencies).map(([k, v]) => [
        k,
        { requests: v.length, p50Ms: Math.round(percentile(v, 50)), p99Ms: Math.round(percentile(v, 99)) },
      ]),
    ),
  };

  if (BIG) {
    const rows = 100_000;
    const big = documentsCsv(rows, 440);
    let peak = process.memoryUsage().rss;
    const before = peak;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    t0 = performance.now();
    const res = await upload(big);
    clearInterval(timer);
    report.big = {
      bytes: Buffer.byteLength(big),
      rows,
      status: res.status,
      importStatus: res.body.status,
      ms: Math.round(performance.now() - t0),
      rssBeforeMiB: Math.round(before / 2 ** 20),
      rssPeakMiB: Math.round(peak / 2 ** 20),
      note: 'RSS of the one process that also holds the CSV text being sent',
    };
  }
  console.log(JSON.stringify(report, null, 2));
  writeFileSync('bench/results/import.json', `${JSON.stringify(report, null, 2)}\n`);
  await app.close();
  await db.destroy();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
