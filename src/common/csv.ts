/**
 * The UTF-8 byte order mark every CSV download starts with: without it Excel reads the file as
 * the local code page and shows "AzÉ™rbaycan" for "Azərbaycan".
 */
export const CSV_BOM = '\uFEFF';

/** The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number written as text (a numeric column read as a string): data, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * One cell as text that a spreadsheet shows rather than runs. Numbers stay numbers (`-3`, or a
 * decimal kept as the string "-1.50"); any other text starting with `= + - @`, tab or CR gets a
 * leading `'`, which Excel, LibreOffice and Google Sheets take as "this is text" and hide.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = Array.isArray(value)
    ? value.map((v) => csvCell(v)).join(';')
    : value instanceof Date
      ? value.toISOString()
      : String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One RFC 4180 line of neutralised cells (see csvCell): fields with commas, quotes or line
 * breaks are quoted, quotes doubled.
 */
export function csvLine(values: readonly unknown[]): string {
  return (
    values
      .map((v) => {
        const s = csvCell(v);
        return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}
