/** One RFC 4180 line: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(values: readonly unknown[]): string {
  return (
    values
      .map((v) => {
        if (v === null || v === undefined) return '';
        const s = Array.isArray(v) ? v.join(';') : v instanceof Date ? v.toISOString() : String(v);
        return /[",\r\n]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}
