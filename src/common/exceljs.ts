import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on first use: it (with the zip libraries behind it) took a quarter of the
 * server's start-up to load, for imports and XLSX exports that most processes never serve.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    (m) => (m as { default?: typeof ExcelJS }).default ?? (m as typeof ExcelJS),
  );
  return loading;
}
