import { prettyLine } from '../src/common/pretty-log';

/** LOG_FORMAT=pretty: pino's JSON lines as short human ones. */
describe('pretty log lines', () => {
  const time = new Date(2026, 0, 2, 9, 5, 7).getTime();

  it.each([
    [
      'a request',
      {
        level: 30,
        time,
        msg: 'request',
        method: 'GET',
        url: '/api/v1/documents',
        statusCode: 200,
        ms: 3.4,
        requestId: 'r',
      },
      '09:05:07 GET /api/v1/documents 200 3.4 ms\n',
    ],
    [
      'a Nest message',
      { level: 30, time, context: 'Users', msg: 'created the first admin' },
      '09:05:07 [Users] created the first admin\n',
    ],
    ['a warning with fields', { level: 40, time, msg: 'slow', ms: 900 }, '09:05:07 WARN slow ms=900\n'],
    [
      'an error with its stack',
      { level: 50, time, msg: 'boom', err: { message: 'x', stack: 'Error: x\n    at y' } },
      '09:05:07 ERROR boom\nError: x\n    at y\n',
    ],
    [
      "Fastify's own listening line (main prints a better one)",
      { level: 30, time, msg: 'Server listening at http://127.0.0.1:3000' },
      '',
    ],
  ])('%s', (_what, entry, expected) => {
    expect(prettyLine(`${JSON.stringify(entry)}\n`)).toBe(expected);
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('plain text')).toBe('plain text\n');
  });
});
