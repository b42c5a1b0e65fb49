import { Problem } from './problem';

/**
 * The version an `If-Match` header names: `"3"`, `W/"3"` or `3`; `*` or no header → undefined
 * (no check). Anything else is a 400, not a silent pass.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header).trim();
  if (value === '*' || value === '') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!m) throw Problem.invalidField('If-Match', 'must be an entity tag such as "3"');
  return Number(m[1]);
}
