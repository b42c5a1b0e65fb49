import { Problem } from '../common/problem';

export interface ByteRange {
  start: number;
  end: number;
}

/**
 * One `Range: bytes=…` of RFC 9110 (first-last, first-, -suffix). Several ranges, or another
 * unit, are ignored (the whole file is sent, as the RFC allows); an unsatisfiable one is 416.
 */
export function parseRange(header: string, size: number): ByteRange | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) throw unsatisfiable(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    if (match[2] !== '' && Number(match[2]) < start) return null;
  }
  if (start >= size || size === 0) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): Problem {
  return new Problem(
    416,
    'range-not-satisfiable',
    `The file has ${size} bytes.`,
    {},
    { 'Content-Range': `bytes */${size}` },
  );
}
