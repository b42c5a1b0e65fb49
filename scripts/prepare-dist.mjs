// Before `npm start`, `seed:demo` and `migration:*`: a development install compiles dist/ when
// a source is newer than the last build; a production install (`npm ci --omit=dev`) runs the
// dist/ it was shipped with, and says so in one line when there is none.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const BUILT = 'dist/src/main.js';
const SOURCES = [
  'src',
  'migrations',
  'bench',
  'drills',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// TypeScript alone does not tell: npm keeps it in a production install as an optional peer of
// @nestjs/swagger (and @types/node comes with @nestjs/jwt). A development install has what
// the build needs beyond those: @types/pg.
const development = ['typescript', '@types/pg'].every((name) =>
  existsSync(`node_modules/${name}/package.json`),
);
const tsc = development ? createRequire(import.meta.url).resolve('typescript/bin/tsc') : null;
/** Runs `args` with this Node unless `built` is newer than every one of `sources`. */
function rebuild(built, sources, args) {
  if (existsSync(built) && Math.max(...sources.map(newest)) < statSync(built).mtimeMs) return;
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (tsc) {
  rebuild(BUILT, SOURCES, [tsc, '-p', 'tsconfig.build.json']);
  // The web application that `npm start` serves at / (dist/web, built by Vite).
  const vite = 'node_modules/vite/bin/vite.js'; // not in vite's package exports, so not resolvable
  rebuild('dist/web/index.html', ['web', 'package.json'], [vite, 'build', '--config', 'web/vite.config.ts']);
  process.exit(0);
}
if (!existsSync(BUILT)) {
  console.error(
    `${BUILT} is missing and the dev dependencies are not installed (npm ci --omit=dev): build dist/ where the dev dependencies are (npm ci && npm run build) and ship it with the install, or run npm install.`,
  );
  process.exit(1);
}
