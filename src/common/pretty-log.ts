/**
 * pino's JSON lines as short human ones, for a terminal (LOG_FORMAT=pretty). Only that mode
 * pays for the parse; LOG_FORMAT=json writes pino's lines untouched.
 */
const LEVEL_NAMES: Record<number, string> = { 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMITTED = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'context', 'requestId', 'reqId']);

interface Entry {
  level?: number;
  time?: number;
  msg?: string;
  context?: string;
  err?: { message?: string; stack?: string };
  [key: string]: unknown;
}

export function prettyLine(line: string): string {
  let entry: Entry;
  try {
    entry = JSON.parse(line) as Entry;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const clock = new Date(entry.time ?? Date.now()).toTimeString().slice(0, 8);
  // main prints where Pacta listens, with the addresses that matter.
  if (entry.msg?.startsWith('Server listening at')) return '';
  if (entry.msg === 'request') {
    return `${clock} ${String(entry.method)} ${String(entry.url)} ${String(entry.statusCode)} ${String(entry.ms)} ms\n`;
  }
  const level = LEVEL_NAMES[entry.level ?? 30];
  const fields = Object.entries(entry)
    .filter(([key, value]) => !OMITTED.has(key) && key !== 'err' && value !== undefined)
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('');
  const error = entry.err ? `\n${entry.err.stack ?? entry.err.message ?? ''}` : '';
  return `${clock}${level ? ` ${level}` : ''} ${entry.context ? `[${entry.context}] ` : ''}${entry.msg ?? ''}${fields}${error}\n`;
}

/** A pino destination that writes prettyLine(...) of each line to `out`. */
export function prettyStream(out: { write(text: string): unknown } = process.stdout): {
  write(line: string): void;
} {
  return {
    write: (line: string) => {
      const text = prettyLine(line);
      if (text) out.write(text);
    },
  };
}
