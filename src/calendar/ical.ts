/** RFC 5545 text helpers: escaping, date forms and line folding. */

export const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** 'YYYY-MM-DD' → 'YYYYMMDD' (a DATE value). */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** An instant → 'YYYYMMDDTHHMMSSZ' (a UTC DATE-TIME value). */
export function icsInstant(value: Date | string): string {
  return new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * One content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1): the
 * continuation lines begin with a space, and a multi-byte character is never split.
 */
export function contentLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line + CRLF;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `) + CRLF;
}
