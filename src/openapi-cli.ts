/**
 * The web application's API types come from Pacta's own OpenAPI document:
 * `node dist/src/openapi-cli.js write` regenerates web/src/lib/api/schema.d.ts,
 * `… check` exits 1 when the committed file is stale (CI runs it).
 * The document is built without a database: no module touches the data source before a request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { createApp } from './app';
import { loadConfig } from './config/app-config';
import { createDataSource } from './database/data-source';

const TARGET = resolve(__dirname, '../../web/src/lib/api/schema.d.ts');
const HEADER = "// Generated from Pacta's OpenAPI document by `npm run openapi:types`. Do not edit.\n";

async function openApiDocument(): Promise<Record<string, unknown>> {
  const url = 'postgres://unused@127.0.0.1:1/unused';
  const config = {
    ...loadConfig({ DATABASE_URL: url, JWT_SECRET: 'openapi-cli-only-never-signs-anything-0123' }),
    logLevel: 'silent',
  };
  const app = await createApp(config, createDataSource({ url }), { docsUi: false });
  try {
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
    return JSON.parse(res.body) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

async function generate(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as never, { alphabetize: true });
  const options = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' });
}

async function main(mode: string | undefined): Promise<number> {
  const text = await generate();
  if (mode === 'write') {
    writeFileSync(TARGET, text);
    console.log(`wrote ${TARGET}`);
    return 0;
  }
  if (mode === 'check') {
    let committed = '';
    try {
      committed = readFileSync(TARGET, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (committed === text) {
      console.log('web/src/lib/api/schema.d.ts matches the OpenAPI document');
      return 0;
    }
    console.error('web/src/lib/api/schema.d.ts is stale: run `npm run openapi:types` and commit it');
    return 1;
  }
  console.error('usage: openapi-cli write|check');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
