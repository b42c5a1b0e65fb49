import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AttachmentStore } from '../src/attachments/attachment-store';
import type { BenchEnv, Endpoint, ServerName } from './endpoints';
import { benchUuid, SYSTEM, type Volume } from './generate';

/**
 * The file rows of the benchmark: an attachment download (1 MiB), the documents CSV and XLSX
 * exports (10 000 rows at full size), and the import validation of a 1 000-row documents CSV,
 * which has no raw counterpart and is measured on Pacta alone. Their raw routes are in
 * bench/raw-files.ts; each row compares the two servers its own way (bytes and headers, parsed
 * cells) before it is measured.
 */

const log = (line: string) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- attachments (data set)

/** Attachments in the data set, each of one 1 MiB version (four 256 KiB chunks). */
export const ATTACHMENTS = 8;
export const ATTACHMENT_BYTES = 1024 * 1024;

/** The document of attachment k (1…ATTACHMENTS): n ≡ 1 (mod 10), so public, spread over the set. */
export function attachmentDocument(volume: Volume, k: number): number {
  const step = Math.max(1, Math.floor(volume.documents / ATTACHMENTS / 10)) * 10;
  return (k - 1) * step + 1;
}

/** The bytes of attachment k: a PDF header, then xorshift noise (incompressible, as a scan is). */
function attachmentBytes(k: number): Buffer {
  const bytes = Buffer.alloc(ATTACHMENT_BYTES);
  let x = (0x9e3779b9 * k) >>> 0 || 1;
  for (let i = 0; i < bytes.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes.writeUInt32LE(x >>> 0, i);
  }
  bytes.write(`%PDF-1.7\n%bench attachment ${k}\n`, 0, 'latin1');
  bytes.write('\n%%EOF\n', bytes.length - 7, 'latin1');
  return bytes;
}

async function* pieces(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
}

/**
 * Stores the attachments through the app's own storage (AttachmentStore.write: 256 KiB bytea
 * chunks, sha256 and type sniffed on the way), each in one transaction with its attachment and
 * version rows, as an upload does (the chunks' foreign key is checked at commit). Text
 * extraction is marked done ('none'), so the extraction worker leaves them alone.
 */
export async function addAttachments(client: Client, volume: Volume): Promise<void> {
  const store = new AttachmentStore(null as unknown as DataSource);
  const manager = { query: (sql: string, params: unknown[]) => client.query(sql, params) };
  for (let k = 1; k <= ATTACHMENTS; k++) {
    const id = benchUuid('att', k);
    const documentId = benchUuid('doc', attachmentDocument(volume, k));
    await client.query('BEGIN');
    try {
      await client.query(
        `INSERT INTO attachments (id, created_by, updated_by, document_id, kind, language, title)
         VALUES ($1, $2, $2, $3, 'signed_original', 'ru', $4)`,
        [id, SYSTEM, documentId, `Signed original ${k}`],
      );
      const file = await store.write(manager as unknown as EntityManager, id, 1, pieces(attachmentBytes(k)));
      if (file.contentType !== 'application/pdf' || file.size !== ATTACHMENT_BYTES)
        throw new Error(`bench attachment ${k}: stored as ${file.detected}, ${file.size} bytes`);
      await client.query(
        `INSERT INTO attachment_versions (attachment_id, n, sha256, size, content_type, file_name, uploaded_by, text_status)
         VALUES ($1, 1, $2, $3, $4, $5, $6, 'none')`,
        [
          id,
          file.sha256,
          file.size,
          file.contentType,
          `Соглашение № ${k} (подписанный оригинал).pdf`,
          SYSTEM,
        ],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}

function attachmentPath(volume: Volume, k: number): string {
  return `/api/v1/documents/${benchUuid('doc', attachmentDocument(volume, k))}/attachments/${benchUuid('att', k)}/content`;
}

// ---------------------------------------------------------------- comparing files

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function fetchBytes(url: string, token: string, init: RequestInit = {}): Promise<Fetched> {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

type Comparison = { compared: number; differing: string[] };

/**
 * Both servers' answers to each path: the status (200 on both), the named headers, and the
 * bodies by `same` (equal bytes unless given). Logs and returns what differed.
 */
async function compareFiles(
  urls: Record<ServerName, string>,
  token: string,
  paths: string[],
  headers: string[],
  same: (a: Fetched, b: Fetched) => Promise<string | null>,
): Promise<Comparison> {
  const differing: string[] = [];
  for (const path of paths) {
    const [a, b] = await Promise.all([
      fetchBytes(urls.pacta + path, token),
      fetchBytes(urls.raw + path, token),
    ]);
    const problems: string[] = [];
    if (a.status !== 200 || b.status !== 200) problems.push(`status ${a.status} vs ${b.status}`);
    for (const h of headers)
      if (a.headers.get(h) !== b.headers.get(h))
        problems.push(`${h}: ${a.headers.get(h)} vs ${b.headers.get(h)}`);
    const body = problems.length ? null : await same(a, b);
    if (body) problems.push(body);
    if (problems.length) {
      differing.push(`${path}: ${problems.join('; ')}`);
      log(`    DIFFERENT: ${path} (${problems.join('; ')})`);
    }
  }
  log(`    same answers: ${paths.length - differing.length} of ${paths.length} distinct requests`);
  return { compared: paths.length, differing };
}

const DOWNLOAD_HEADERS = [
  'content-type',
  'content-length',
  'etag',
  'repr-digest',
  'content-disposition',
  'accept-ranges',
  'cache-control',
];

/** Equal bytes, and the sha256 the ETag names. */
async function sameDownload(a: Fetched, b: Fetched): Promise<string | null> {
  if (!a.body.equals(b.body)) return `bytes differ (${a.body.length} vs ${b.body.length})`;
  if (a.body.length !== ATTACHMENT_BYTES) return `${a.body.length} bytes, not ${ATTACHMENT_BYTES}`;
  const sha256 = createHash('sha256').update(a.body).digest('hex');
  return a.headers.get('etag') === `"${sha256}"` ? null : `the ETag is not the bytes' sha256 (${sha256})`;
}

/** Equal bytes, starting with the UTF-8 byte order mark. */
async function sameCsv({ body: a }: Fetched, { body: b }: Fetched): Promise<string | null> {
  if (!a.equals(b)) return `bytes differ (${a.length} vs ${b.length})`;
  if (!a.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'no byte order mark';
  log(`    CSV: ${a.toString('utf8').split('\r\n').length - 2} rows, ${a.length} bytes, the same bytes`);
  return null;
}

/** A workbook as its sheets' names, column widths, views and every cell's value and number format. */
async function cells(bytes: Buffer): Promise<{ text: string; rows: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let rows = 0;
  const sheets = workbook.worksheets.map((sheet) => {
    const out: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows++;
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => values.push([cell.value, cell.numFmt ?? null]));
      out.push(values);
    });
    return { name: sheet.name, views: sheet.views, widths: sheet.columns.map((c) => c.width), rows: out };
  });
  return { text: JSON.stringify(sheets), rows };
}

/** The same parsed cells (zip bytes differ in their timestamps). */
async function sameXlsx({ body: a }: Fetched, { body: b }: Fetched): Promise<string | null> {
  const [x, y] = await Promise.all([cells(a), cells(b)]);
  if (x.text !== y.text) return `cells differ (${x.rows} vs ${y.rows} rows)`;
  log(`    XLSX: ${x.rows - 1} rows, ${a.length} vs ${b.length} bytes, the same cells`);
  return null;
}

// ---------------------------------------------------------------- exports

/**
 * type=agreement (n % 10 = 2, hence public) and status=in_force (n % 20 < 8): n % 20 = 2, 5 % of
 * the documents: 10 000 rows at full size (200 on the quick set).
 */
const EXPORT_FILTER = 'type=agreement&status=in_force';

function exportPath(format: 'csv' | 'xlsx'): string {
  return `/api/v1/documents?${EXPORT_FILTER}&format=${format}`;
}

const EXPORT_WORK =
  'JWT + cached user, query validation, the list statement page by page (keyset SELECTs of 201 documents: 50 pages at full size, for type=agreement&status=in_force, 5 % of the documents)';

// ---------------------------------------------------------------- import validation

const BOUNDARY = 'pacta-bench-import-boundary';
export const IMPORT_ROWS = 1000;

/**
 * A documents CSV of 1 000 rows as an editor fills it in: up to half of them name existing drafts
 * by reference number (n % 20 = 11: public drafts; updates of their summary), the rest are new.
 */
function importCsv(volume: Volume): { csv: string; updates: number } {
  const updates = Math.min(IMPORT_ROWS / 2, Math.floor(volume.documents / 20));
  const lines = ['title,type,referenceNumber,countries,sectors,signedOn,placeOfSigning,summary,title.ru'];
  for (let i = 0; i < updates; i++) {
    lines.push(`,,REF-${i * 20 + 11},,,,,Summary revised by the import ${i},`);
  }
  for (let i = updates; i < IMPORT_ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `Bench import agreement ${i},agreement,BENCH-IMPORT-${i},AZ;KZ,energy;trade,2023-04-${day},Astana,Summary ${i},Соглашение ${i}`,
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, updates };
}

function multipart(csv: string): string {
  return [
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="kind"',
    '',
    'documents',
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="file"; filename="documents.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}

const IMPORT_HEADERS = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** The import's answer on Pacta: 201, validated, 1 000 rows, the expected preview. */
async function checkImport(
  urls: Record<ServerName, string>,
  token: string,
  env: BenchEnv,
): Promise<Comparison> {
  const { csv, updates } = importCsv(env.volume);
  const res = await fetchBytes(`${urls.pacta}/api/v1/imports`, token, {
    method: 'POST',
    headers: IMPORT_HEADERS,
    body: multipart(csv),
  });
  let body: any = null;
  try {
    body = JSON.parse(res.body.toString('utf8'));
  } catch {
    // reported below
  }
  const problems: string[] = [];
  if (res.status !== 201) problems.push(`status ${res.status}`);
  if (body?.status !== 'validated')
    problems.push(`import ${body?.status}: ${JSON.stringify(body?.errors ?? body).slice(0, 300)}`);
  if (body?.rows !== IMPORT_ROWS) problems.push(`${body?.rows} rows, not ${IMPORT_ROWS}`);
  for (const p of problems) log(`    DIFFERENT: ${p}`);
  log(
    `    Pacta only (no raw baseline): ${problems.length ? 'the import FAILED' : `validated, preview ${JSON.stringify(body.preview)}`} (${IMPORT_ROWS - updates} new rows, ${updates} updates)`,
  );
  return { compared: 1, differing: problems };
}

// ---------------------------------------------------------------- the rows

export const FILE_ROWS: Endpoint[] = [
  {
    key: 'attachment',
    label: 'attachment download (1 MiB)',
    work:
      'JWT + cached user, document SELECT under the clearance filter, attachment SELECT with its versions, one SELECT of the four 256 KiB chunks, 1 MiB streamed with Content-Type, Content-Length, ETag and Repr-Digest (sha-256), Content-Disposition (RFC 6266); ' +
      `${ATTACHMENTS} files on public documents (no download audit event)`,
    probe: (env) => attachmentPath(env.volume, 1),
    scale: false,
    // 1 MiB per answer: 4 connections already keep both servers' CPU busy, and 2× rounds let
    // enough requests complete on the quick set's 1 s rounds.
    connections: 4,
    secondsFactor: 2,
    compare: (urls, token, env) =>
      compareFiles(
        urls,
        token,
        Array.from({ length: ATTACHMENTS }, (_, i) => attachmentPath(env.volume, i + 1)),
        DOWNLOAD_HEADERS,
        sameDownload,
      ),
    make: (_server, env) => {
      let i = 0;
      return () => ({ method: 'GET', path: attachmentPath(env.volume, (i++ % ATTACHMENTS) + 1) });
    },
  },
  {
    key: 'export-csv',
    label: 'CSV export (10 000 rows at full size, to the last byte)',
    work: `${EXPORT_WORK}, each row a CSV line (cells starting with = + - @ neutralised, RFC 4180 quoting) after the UTF-8 BOM; chunked, timed to the last byte`,
    probe: () => exportPath('csv'),
    scale: false,
    // Seconds per export at full size: rounds of a fixed count complete whatever the machine.
    connections: 4,
    requests: 12,
    compare: (urls, token) =>
      compareFiles(urls, token, [exportPath('csv')], ['content-type', 'content-disposition'], sameCsv),
    make: () => () => ({ method: 'GET', path: exportPath('csv') }),
  },
  {
    key: 'export-xlsx',
    label: 'XLSX export (10 000 rows at full size, to the last byte)',
    work: `${EXPORT_WORK}, the rows through the app's streaming XLSX writer (exceljs WorkbookWriter: typed cells, widths from the first 100 rows, deflate); chunked, timed to the last byte`,
    probe: () => exportPath('xlsx'),
    scale: false,
    connections: 2,
    requests: 6,
    compare: (urls, token) =>
      compareFiles(urls, token, [exportPath('xlsx')], ['content-type', 'content-disposition'], sameXlsx),
    make: () => () => ({ method: 'GET', path: exportPath('xlsx') }),
  },
  {
    key: 'import-validation',
    label: 'import validation (1 000 rows), Pacta only (no raw baseline)',
    work:
      'JWT + cached user, a multipart upload of a 1 000-row documents CSV (up to 500 rows naming existing drafts by reference, the rest new), parsed, every visible summit and document loaded by natural key, each row validated, ' +
      'the import with its rows and preview INSERTed; 201 with the preview. No raw counterpart would be a like-for-like limit: req/s, p50 and p99 of Pacta alone',
    probe: () => '/api/v1/imports/templates/documents?format=csv',
    scale: false,
    pactaOnly: true,
    // Seconds per validation (it loads every visible summit and document): 3 in a row per round.
    connections: 1,
    requests: 3,
    compare: checkImport,
    make: (_server, env) => {
      const body = multipart(importCsv(env.volume).csv);
      return () => ({ method: 'POST', path: '/api/v1/imports', body, headers: IMPORT_HEADERS });
    },
  },
];
