import { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { ReadableStream, type TransformStream } from 'node:stream/web';
import { parse as parseCsvStream } from 'csv-parse/stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../common/exceljs';
import yauzl from 'yauzl';
import { Problem } from '../common/problem';
import { RowStore } from './row-store';

/** More rows than this are refused: split the file (§15). */
export const MAX_ROWS = 100_000;
/** The uncompressed size an XLSX may declare in its zip directory (a zip bomb guard). */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;
/** An entry compressed more than this many times over is refused (a zip bomb guard). */
export const MAX_RATIO = 200;

export interface Sheet {
  headers: string[];
  /** Data rows (cells as text, '' when empty), off the heap; row n of the file is index n - 2. */
  rows: RowStore;
}

function badFile(detail: string, extras: Record<string, unknown> = {}): Problem {
  return new Problem(400, 'bad-spreadsheet', detail, {
    errors: [{ field: 'file', message: detail }],
    ...extras,
  });
}

function tooManyRows(): Problem {
  return new Problem(
    413,
    'too-many-rows',
    `The file has more than ${MAX_ROWS.toLocaleString('en')} rows; split it into several files.`,
    { errors: [{ field: 'file', message: `more than ${MAX_ROWS} rows` }] },
  );
}

/** CSV (UTF-8, BOM or not, comma or semicolon) or XLSX, told apart by the bytes, not the name. */
export async function parseSpreadsheet(bytes: Buffer, sheet?: string): Promise<Sheet> {
  if (bytes.length === 0) throw badFile('The file is empty.');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return parseXlsx(bytes, sheet);
  if (sheet) throw badFile('A sheet can be chosen only in an XLSX file; this one is CSV.');
  return parseCsvBytes(bytes);
}

/** The bytes a CSV is parsed by at a time; the event loop is free between two of them. */
const CSV_CHUNK = 256 * 1024;

/** Lets other requests run (a timer or I/O callback) before the next piece of CPU work. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Streams the bytes through csv-parse a chunk at a time, yielding to the event loop between
 * chunks: no decoded copy of the whole file and no long stretch that blocks other requests.
 */
async function parseCsvBytes(bytes: Buffer): Promise<Sheet> {
  if (bytes.includes(0)) {
    throw new Problem(415, 'not-a-spreadsheet', 'The file is not a spreadsheet: send CSV (UTF-8) or XLSX.');
  }
  if (!isUtf8(bytes)) {
    throw badFile(
      'The file is not valid UTF-8 (perhaps saved as Windows-1251 or mixes encodings). Save it as “CSV UTF-8” and upload it again.',
    );
  }
  const newline = bytes.indexOf(0x0a);
  const firstLine = bytes
    .subarray(0, newline < 0 ? bytes.length : newline)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '');
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  let offset = 0;
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= bytes.length) return controller.close();
      if (offset > 0) await yieldToLoop();
      const end = Math.min(bytes.length, offset + CSV_CHUNK);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
    },
  });
  const reader = source
    .pipeThrough(
      parseCsvStream({
        delimiter,
        bom: true,
        relax_quotes: false,
        skip_empty_lines: true,
      }) as unknown as TransformStream<Uint8Array, string[]>,
    )
    .getReader();
  let headers: string[] | null = null;
  const rows = new RowStore();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const cells = value.map((c) => c.trim());
      if (!headers) headers = cells;
      else if (rows.length >= MAX_ROWS) {
        await reader.cancel().catch(() => undefined);
        throw tooManyRows();
      } else rows.push(cells);
    }
  } catch (error) {
    if (error instanceof Problem) throw error;
    const e = error as { message?: string; lines?: number };
    throw badFile(
      `The CSV cannot be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message ?? 'malformed'}.`,
    );
  }
  if (!headers) throw badFile('The file has no header row.');
  return { headers, rows };
}

function count(text: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** The zip's central directory, checked before anything is inflated. */
function checkZip(bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        reject(
          new Problem(
            415,
            'not-a-spreadsheet',
            'The file is a damaged or unknown zip, not an XLSX workbook.',
          ),
        );
        return;
      }
      let total = 0;
      let workbook = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (entry.fileName === 'xl/workbook.xml') workbook = true;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (total > MAX_UNZIPPED_BYTES || (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_RATIO)) {
          zip.close();
          reject(
            new Problem(
              413,
              'zip-bomb',
              `The workbook would unpack to more than it may (${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB, or ${MAX_RATIO}× its compressed size): it is refused as a possible zip bomb.`,
              { errors: [{ field: 'file', message: 'unpacks too large' }] },
            ),
          );
          return;
        }
        // The directory can lie: inflate the entry once, counting, and let yauzl compare the
        // bytes with the size declared (validateEntrySizes) before exceljs reads them.
        zip.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) {
            zip.close();
            reject(new Problem(415, 'not-a-spreadsheet', 'The file is a damaged zip, not an XLSX workbook.'));
            return;
          }
          stream.on('data', () => undefined);
          stream.on('error', () => {
            zip.close();
            reject(
              new Problem(
                413,
                'zip-bomb',
                'The workbook unpacks to more than its zip directory declares: it is refused as a possible zip bomb.',
                { errors: [{ field: 'file', message: 'unpacks too large' }] },
              ),
            );
          });
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => {
        if (workbook) resolve();
        else
          reject(
            new Problem(415, 'not-a-spreadsheet', 'The file is a zip archive but not an XLSX workbook.'),
          );
      });
      zip.on('error', () =>
        reject(new Problem(415, 'not-a-spreadsheet', 'The file is a damaged zip, not an XLSX workbook.')),
      );
      zip.readEntry();
    });
  });
}

function columnName(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function cellText(value: ExcelJS.CellValue, row: number, col: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      throw badFile(
        `Cell ${columnName(col)}${row} holds a formula; imports take values only. Paste it as values and upload again.`,
        { errors: [{ row, field: columnName(col), message: 'a formula cell' }] },
      );
    }
    if ('richText' in value)
      return value.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

async function parseXlsx(bytes: Buffer, sheetName?: string): Promise<Sheet> {
  await checkZip(bytes);
  const { stream } = await loadExcel();
  const reader = new stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const names: string[] = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
      const name = ws.name ?? '';
      names.push(name);
      if (sheetName && name.trim().toLowerCase() !== sheetName.trim().toLowerCase()) {
        for await (const _row of ws) void _row; // drain: the reader reads sheets in order
        continue;
      }
      const rows = new RowStore();
      let headers: string[] | null = null;
      for await (const row of ws) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c], row.number, c));
        if (!headers) {
          headers = cells;
          continue;
        }
        if (cells.every((c) => c === '')) continue;
        if (rows.length >= MAX_ROWS) throw tooManyRows();
        rows.push(cells);
      }
      if (!headers) throw badFile(`The sheet “${name}” has no header row.`);
      return { headers, rows };
    }
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw badFile('The XLSX workbook cannot be read (damaged or not an Excel file).');
  }
  if (sheetName) {
    throw badFile(`The workbook has no sheet “${sheetName}”; its sheets are: ${names.join(', ')}.`, {
      errors: [{ field: 'sheet', message: `no such sheet; sheets: ${names.join(', ')}` }],
    });
  }
  throw badFile('The workbook has no sheet.');
}
