import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, openAsBlob, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
// As the server runs it: dates as YYYY-MM-DD strings (the type parsers are set there).
import '../src/database/database';
import { MAX_ROWS } from '../src/imports/parse';
import { UsersService } from '../src/users/users.service';

/**
 * `npm run bench:import [-- --documents=10000] [--memory | --no-memory]`: §15's figures, on a
 * fresh database of the local server (PACTA_BENCH_SERVER_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres).
 *
 * Speed: uploads a CSV of N documents with two parties each (validate), applies it, uploads it
 * again (every row unchanged); meanwhile 4 loops send other requests (GET one document, GET a
 * list page), whose p50/p99 during validate and apply are reported.
 *
 * Memory (by default with 10 000 documents or more, else with --memory; --memory-only skips the
 * speed part): a ~50 MiB CSV and a ~50 MiB XLSX of 100 000 documents (the row limit) are written
 * to disk, and each is previewed by a fresh server process, with the heap limit `npm start` sets
 * (--heap=192 MiB), that uploads it to itself from the file (a file-backed Blob: the client holds
 * no copy). The figures are that process's peak RSS (VmHWM, reset just before the upload), next
 * to its RSS before, and its peak V8 heap (sampled every 20 ms). Then a CSV of 200 000 rows, to
 * see it refused.
 */
const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number(option('documents') ?? 10_000);
const MEMORY_ONLY = argv.includes('--memory-only');
const MEMORY =
  MEMORY_ONLY ||
  argv.includes('--memory') ||
  argv.includes('--big') ||
  (!argv.includes('--no-memory') && N >= 10_000);
/** The memory child's V8 heap limit: what `npm start` gives the server (--max-old-space-size). */
const HEAP_MIB = Number(option('heap') ?? 192);
const SERVER = process.env.PACTA_BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ADMIN = { email: 'admin@bench.local', password: 'bench-password-that-is-long-enough' };

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

const HEADER = [
  'title',
  'type',
  'referenceNumber',
  'countries',
  'sectors',
  'signedOn',
  'placeOfSigning',
  'summary',
  'title.ru',
];

/** Row i of a documents file; `summary` pads it (random text: an XLSX does not shrink it away). */
function documentRow(prefix: string, i: number, summary = ''): string[] {
  const day = String((i % 28) + 1).padStart(2, '0');
  return [
    `Bench agreement ${prefix} ${i}`,
    'agreement',
    `${prefix}-${i}`,
    'AZ;KZ',
    'energy;trade',
    `2023-04-${day}`,
    'Astana',
    `Summary ${i} ${summary}`.trim(),
    `Соглашение ${i}`,
  ];
}

function documentsCsv(n: number): string {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < n; i++) lines.push(documentRow('BENCH', i).join(','));
  return `${lines.join('\n')}\n`;
}

const pad = (bytes: number) =>
  randomBytes(Math.ceil((bytes * 3) / 4))
    .toString('base64')
    .slice(0, bytes);

async function writeCsv(path: string, rows: number, summaryBytes: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${HEADER.join(',')}\n`);
  for (let i = 0; i < rows; i++) await write(`${documentRow('BIG', i, pad(summaryBytes)).join(',')}\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function writeXlsx(path: string, rows: number, summaryBytes: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('documents');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(documentRow('BIGX', i, pad(summaryBytes))).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * CPU time (ms) used so far by this process and by the database's backends serving `database`:
 * what a phase costs whatever else the machine runs (wall times on a shared machine are not).
 */
async function cpuMs(database: string): Promise<{ node: number; db: Map<number, number> }> {
  const { user, system } = process.cpuUsage();
  const pids = await admin(async (c) =>
    (
      await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
        database,
      ])
    ).rows.map((r: { pid: number }) => r.pid),
  );
  const db = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      db.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone meanwhile
    }
  }
  return { node: (user + system) / 1000, db };
}

/** CPU ms between two readings: this process, and the backends alive at the second. */
function cpuBetween(a: Awaited<ReturnType<typeof cpuMs>>, b: Awaited<ReturnType<typeof cpuMs>>) {
  let database = 0;
  for (const [pid, ms] of b.db) database += ms - (a.db.get(pid) ?? 0);
  return { node: Math.round(b.node - a.node), database };
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** VmRSS and VmHWM of this process, in bytes. */
function procStatus(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
}

async function startServer(url: string, poolSize = 10) {
  const config = {
    ...loadConfig({ DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex') }),
    logLevel: process.env.PACTA_BENCH_LOG_LEVEL ?? 'silent',
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    maxUploadBytes: 60 * 1024 * 1024,
  };
  const db = createDataSource({ url, poolSize, statementTimeoutMs: 300_000 });
  await db.initialize();
  const app = await createApp(config, db, { docsUi: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await app.get(UsersService).ensureAdmin(ADMIN.email, ADMIN.password);
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    base,
    auth: { authorization: `Bearer ${accessToken}` },
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

/**
 * The memory child: a server of its own on the bench database previews each file named on the
 * command line, sent from disk, and prints the peak RSS of each upload as one JSON line.
 */
async function memoryChild(url: string, files: string[]): Promise<void> {
  const server = await startServer(url, 4);
  const results = [];
  for (const file of files) {
    globalThis.gc?.();
    const before = procStatus().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    // Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak is this upload's.
    writeFileSync('/proc/self/clear_refs', '5');
    const form = new FormData();
    form.append('kind', 'documents');
    form.append('file', await openAsBlob(file), file.split('/').pop());
    let heapPeak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 20);
    const t0 = performance.now();
    const res = await fetch(`${server.base}/api/v1/imports`, {
      method: 'POST',
      headers: server.auth,
      body: form,
    });
    const body = (await res.json()) as Record<string, any>;
    const ms = performance.now() - t0;
    clearInterval(sampler);
    const { hwm } = procStatus();
    results.push({
      file: file.split('/').pop(),
      bytes: statSync(file).size,
      status: res.status,
      importStatus: body.status ?? body.type,
      rows: body.rows,
      detail: body.detail,
      ms: Math.round(ms),
      rssBeforeMiB: mib(before),
      rssPeakMiB: mib(hwm),
      heapBeforeMiB: mib(heapBefore),
      heapPeakMiB: mib(heapPeak),
    });
  }
  await server.close();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

function runChild(url: string, files: string[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        `--max-old-space-size=${HEAP_MIB}`,
        process.argv[1],
        `--memory-child=${url}`,
        ...files.map((f) => `--file=${f}`),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`memory child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() as string));
    });
  });
}

async function speed(url: string, name: string): Promise<Record<string, unknown>> {
  const server = await startServer(url);
  const { base, auth } = server;

  // One document for the GET-one loops.
  const one = await fetch(`${base}/api/v1/documents`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench probe', type: 'treaty', countries: ['AZ'] }),
  });
  const probe = ((await one.json()) as { id: string }).id;

  let phase: 'idle' | 'validate' | 'apply' = 'idle';
  const latencies: Record<string, Record<string, number[]>> = {
    validate: { getOne: [], list: [] },
    apply: { getOne: [], list: [] },
  };
  let stop = false;
  const loop = async (what: 'getOne' | 'list') => {
    const path = what === 'getOne' ? `/api/v1/documents/${probe}` : '/api/v1/documents?limit=20';
    while (!stop) {
      const started = performance.now();
      const res = await fetch(`${base}${path}`, { headers: auth });
      await res.arrayBuffer();
      if (phase !== 'idle') latencies[phase][what].push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loops = [loop('getOne'), loop('getOne'), loop('list'), loop('list')];

  const upload = async (csv: string) => {
    const form = new FormData();
    form.append('kind', 'documents');
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'documents.csv');
    const res = await fetch(`${base}/api/v1/imports`, { method: 'POST', headers: auth, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  const csv = documentsCsv(Math.max(N, 1));
  const cpu0 = await cpuMs(name);
  phase = 'validate';
  let t0 = performance.now();
  const validated = await upload(csv);
  const validateMs = performance.now() - t0;
  const cpu1 = await cpuMs(name);
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
  const cpu2 = await cpuMs(name);
  if (applied.status !== 200)
    throw new Error(`apply: ${applied.status} ${JSON.stringify(applyBody).slice(0, 500)}`);
  t0 = performance.now();
  const again = await upload(csv);
  const revalidateMs = performance.now() - t0;
  stop = true;
  await Promise.all(loops);
  const verify = await fetch(`${base}/api/v1/audit-events/verify`, { headers: auth });
  const chain = (await verify.json()) as { valid: boolean; checked: number };

  const report: Record<string, unknown> = {
    documents: N,
    csvBytes: Buffer.byteLength(csv),
    validateMs: Math.round(validateMs),
    applyMs: Math.round(applyMs),
    result: applyBody.result,
    // Includes the concurrent requests' share; database: the backends alive at the phase's end.
    cpuMs: {
      validate: cpuBetween(cpu0, cpu1),
      apply: cpuBetween(cpu1, cpu2),
    },
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    reimportMs: Math.round(revalidateMs),
    reimportPreview: again.body.preview,
    auditChain: chain,
    concurrentRequests: Object.fromEntries(
      Object.entries(latencies).map(([p, byWhat]) => [
        p,
        Object.fromEntries(
          Object.entries(byWhat).map(([what, v]) => [
            what,
            {
              requests: v.length,
              p50Ms: Math.round(percentile(v, 50)),
              p99Ms: Math.round(percentile(v, 99)),
            },
          ]),
        ),
      ]),
    ),
  };
  await server.close();
  return report;
}

async function main(): Promise<void> {
  const child = option('memory-child');
  if (child) {
    await memoryChild(
      child,
      argv.filter((a) => a.startsWith('--file=')).map((a) => a.slice('--file='.length)),
    );
    return;
  }
  const name = `pacta_bench_import_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = dbUrl(name);
  const migrate = createDataSource({ url, poolSize: 2 });
  await migrate.initialize();
  await migrate.runMigrations({ transaction: 'each' });
  await migrate.destroy();
  const report: Record<string, unknown> = MEMORY_ONLY
    ? { loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') }
    : await speed(url, name);

  if (MEMORY) {
    const dir = join(tmpdir(), `pacta-bench-import-${randomBytes(4).toString('hex')}`);
    const files = {
      csv: `${dir}-50mib.csv`,
      xlsx: `${dir}-50mib.xlsx`,
      rows: `${dir}-200k-rows.csv`,
    };
    try {
      await writeCsv(files.csv, MAX_ROWS, 440);
      await writeXlsx(files.xlsx, MAX_ROWS, 620);
      await writeCsv(files.rows, 2 * MAX_ROWS, 0);
      // One process per format, so that neither inherits the other's heap.
      const [csvResult] = await runChild(url, [files.csv]);
      const [xlsxResult] = await runChild(url, [files.xlsx]);
      const [rowsResult] = await runChild(url, [files.rows]);
      report.memory = {
        note: `peak RSS (VmHWM) and V8 heap of a server process (--max-old-space-size=${HEAP_MIB}) previewing the file it uploads to itself from disk`,
        csv: csvResult,
        xlsx: xlsxResult,
        tooManyRows: rowsResult,
      };
    } finally {
      for (const f of Object.values(files)) rmSync(f, { force: true });
    }
  }
  console.log(JSON.stringify(report, null, 2));
  writeFileSync('bench/results/import.json', `${JSON.stringify(report, null, 2)}\n`);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
