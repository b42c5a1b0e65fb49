import { PassThrough, type Readable } from 'node:stream';
import { loadExcel } from './exceljs';

/** The media type of an XLSX download. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How an export column's values become typed cells. Without one, a cell takes the type of its
 * JavaScript value (numbers, booleans) and everything else is text.
 * - `date`: a `YYYY-MM-DD` date, written as a real date shown `yyyy-mm-dd`;
 * - `datetime`: an ISO instant, written as a real date-time (UTC) shown `yyyy-mm-dd hh:mm:ss`;
 * - `number`: an integer or a decimal (decimals arrive as strings, "1.50"), written as a number;
 * - `text`: always text, even when it looks like a number (an id, a reference number).
 */
export type CellType = 'date' | 'datetime' | 'number' | 'boolean' | 'text';

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => unknown;
  type?: CellType;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NUM_FMT: Partial<Record<CellType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};
/** Excel's own limit on the text of one cell. */
const MAX_TEXT = 32_767;

/**
 * One cell's value: a Date, a number, a boolean, a string or null — never an object, so exceljs
 * can never read it as a formula ({ formula }), a hyperlink or rich text. Text is stored as a
 * string cell exactly as it is: a string cell is never evaluated, whatever its first character
 * (`=`, `+`, `-`, `@`, tab, CR), so unlike CSV (which has no types and gets a leading `'`) the
 * value needs no visible change and re-imports unchanged.
 */
export function xlsxCell(value: unknown, type?: CellType): Date | number | boolean | string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value))
    return text(value.map((v) => (v === null || v === undefined ? '' : String(v))).join('; '));
  if (type === 'text') return text(String(value));
  if (value instanceof Date) return value;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    const date = new Date(DATE.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? text(value) : date;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value;
  if (type === 'number' && typeof value === 'string' && NUMBER.test(value.trim())) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return text(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

function text(value: string): string {
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}

/** A width in characters for a column: its header, its type, and the longest of the sampled values. */
function width<T>(column: XlsxColumn<T>, sample: readonly T[]): number {
  if (column.type === 'date') return Math.max(12, column.header.length + 2);
  if (column.type === 'datetime') return Math.max(20, column.header.length + 2);
  let longest = column.header.length;
  for (const row of sample) {
    const cell = xlsxCell(column.value(row), column.type);
    const length = cell === null ? 0 : cell instanceof Date ? 12 : String(cell).length;
    if (length > longest) longest = length;
  }
  // Never exactly 9: exceljs takes that for the default width and leaves the column out of <cols>.
  return Math.min(60, Math.max(10, longest + 2));
}

/**
 * A streamed XLSX workbook of `rows`: one sheet, a bold header row frozen above the data, typed
 * cells (see xlsxCell), widths from the header and the first `sampleSize` rows. Rows are written
 * and committed one at a time (exceljs's streaming WorkbookWriter), so an export of any size holds
 * the sample, one page of rows and the zip's deflate window in memory.
 */
export function xlsxStream<T>(
  sheetName: string,
  columns: readonly XlsxColumn<T>[],
  rows: AsyncIterable<T>,
  sampleSize = 100,
): Readable {
  const out = new PassThrough();
  const write = async () => {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Pacta';
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const iterator = rows[Symbol.asyncIterator]();
    const sample: T[] = [];
    let next = await iterator.next();
    for (; !next.done && sample.length < sampleSize; next = await iterator.next()) sample.push(next.value);
    sheet.columns = columns.map((c) => ({
      header: c.header,
      width: width(c, sample),
      style: NUM_FMT[c.type ?? 'text'] ? { numFmt: NUM_FMT[c.type!] } : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    const add = (row: T) => sheet.addRow(columns.map((c) => xlsxCell(c.value(row), c.type))).commit();
    for (const row of sample) add(row);
    for (; !next.done; next = await iterator.next()) {
      add(next.value);
      // Let the zip drain before the next page: memory stays bounded on a slow client.
      if (out.destroyed) return;
      if (out.writableNeedDrain) {
        await new Promise((resolve) => {
          out.once('drain', resolve);
          out.once('close', resolve);
        });
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
