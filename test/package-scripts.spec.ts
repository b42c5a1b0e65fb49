import { readFileSync } from 'node:fs';
import { PACTA_NODE_FLAGS } from '../src/config/runtime';

/**
 * Every script in package.json works and CI runs it (directly, or through a test it runs): a
 * script nobody runs rots, as `migration:generate` did (another CLI, another URL than the README).
 */
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const read = (file: string) => readFileSync(file, 'utf8');

/** Where each script is run, and how. */
const RUN_BY: Record<string, [file: string, how: RegExp]> = {
  build: ['.ci/run', /^npm run build$/m],
  'build:server': ['package.json', /"build": "npm run build:server/],
  'web:size': ['.ci/run', /^npm run web:size$/m],
  start: ['.ci/production-start', /^serve start$/m],
  'start:prod': ['.ci/production-start', /^serve start:prod$/m],
  typecheck: ['.ci/run', /^npm run typecheck$/m],
  lint: ['.ci/run', /^npm run lint$/m],
  format: ['.ci/run', /^npm run format /m],
  'format:check': ['.ci/run', /^npm run format:check$/m],
  test: ['.ci/run', /^TEST_DATABASE_URL="\$SERVER_URL" npm test$/m],
  'test:smoke': ['.ci/run', /npm run test:smoke/],
  'migration:run': ['.ci/run', /npm run --silent migration:run\)/],
  'migration:revert': ['.ci/run', /npm run --silent migration:revert$/m],
  'migration:generate': ['.ci/run', /npm run --silent migration:generate -- CiNoChange/],
  'migration:check': ['.ci/run', /npm run --silent migration:check$/m],
  'seed:demo': ['test/first-run.e2e-spec.ts', /\['run', '--silent', 'seed:demo'\]/],
  bench: ['.ci/run', /npm run bench -- --quick --check/],
  'bench:import': ['.ci/run', /npm run bench:import -- --documents=200/],
  'drill:outage': ['.ci/run', /for drill in [^\n]*\boutage\b/],
  'drill:crash': ['.ci/run', /for drill in [^\n]*\bcrash\b/],
  'drill:notify-crash': ['.ci/run', /for drill in [^\n]*\bnotify-crash\b/],
  'drill:notify-outage': ['.ci/run', /for drill in [^\n]*\bnotify-outage\b/],
  'drill:scaleout': ['.ci/run', /for drill in [^\n]*\bscaleout\b/],
  'drill:shutdown': ['.ci/run', /for drill in [^\n]*\bshutdown\b/],
  'drill:fuzz': ['.ci/run', /for drill in [^\n]*\bfuzz\b/],
  'drill:soak': ['.ci/run', /for drill in [^\n]*\bsoak\b/],
};
/**
 * Run through the same CLI rather than the script: CI runs `openapi-cli.js check` (what
 * openapi:check runs, after its build); openapi:types is that CLI's `write`, which only a
 * developer runs, since it rewrites web/src/lib/api/schema.d.ts.
 */
const ELSEWHERE = ['openapi:check', 'openapi:types'];
/** npm runs these with their script (`prestart` before `start`). */
const isHook = (name: string) =>
  /^(pre|post)/.test(name) && scripts[name.replace(/^(pre|post)/, '')] !== undefined;

describe('package.json scripts', () => {
  it('every script is run by CI or by a test CI runs', () => {
    const scripted = Object.keys(scripts).filter((name) => !isHook(name) && !ELSEWHERE.includes(name));
    expect(scripted.sort()).toEqual(Object.keys(RUN_BY).sort());
  });

  it.each(Object.entries(RUN_BY).map(([name, [file, how]]) => [name, file, how] as const))(
    '%s is run by %s',
    (_name, file, how) => {
      expect(read(file)).toMatch(how);
    },
  );

  it('every migration script is the one CLI the README names', () => {
    for (const name of ['migration:run', 'migration:revert', 'migration:check', 'migration:generate'])
      expect(scripts[name]).toMatch(/ node dist\/src\/database\/migrate-cli\.js \w+$/);
    expect(read('README.md')).toMatch(/npm run migration:generate -- <PascalName>/);
  });

  it('starts Pacta with the node flags the benchmark and the drills use', () => {
    const expected = `node ${PACTA_NODE_FLAGS.join(' ')} dist/src/main.js`;
    expect([scripts.start, scripts['start:prod']]).toEqual([expected, expected]);
  });

  it('what starts Pacta in production needs no dev dependency', () => {
    expect(scripts['start:prod']).toMatch(/^node [^&|;]* dist\/src\/main\.js$/);
    expect(scripts.prestart).toBe('node scripts/prepare-dist.mjs');
  });
});
