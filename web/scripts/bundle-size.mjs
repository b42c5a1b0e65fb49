// The JavaScript the sign-in screen loads before anything else: index.html's module script and its
// modulepreloads (every other screen is a lazy chunk). Budget: 250 kB gzipped (issue 11).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1000;
const dir = join(import.meta.dirname, '../../dist/web');
const indexFile = join(dir, 'index.html');
if (!existsSync(indexFile)) {
  console.error('dist/web/index.html is missing: run `npm run build` first');
  process.exit(1);
}
const html = readFileSync(indexFile, 'utf8');
const refs = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
const js = [
  ...new Set([
    ...refs(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...refs(/rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ]),
];
const css = refs(/rel="stylesheet"[^>]+href="\/([^"]+)"/g);
const jsBytes = gz(js);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `sign-in screen initial JS: ${kB(jsBytes)} gzipped (${js.length} files; budget ${kB(BUDGET)}); CSS ${kB(gz(css))} gzipped`,
);
if (jsBytes > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
