import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../../src/database/data-source';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { urlFor, withAdminClient } from './test-database';

/**
 * Once per run: pick the server (TEST_DATABASE_URL, else an embedded one in a temp dir),
 * migrate a template database, and let each test file copy it into its own database.
 */
export default async function globalSetup(): Promise<void> {
  let server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'pacta-test-'));
    const embedded = await startEmbeddedPostgres(dir, () => undefined);
    (globalThis as any).__PACTA_EMBEDDED__ = embedded;
    process.env.PACTA_TEST_EMBEDDED_DIR = dir;
    server = embedded.url;
  }
  process.env.PACTA_TEST_SERVER_URL = server;
  const run = randomBytes(4).toString('hex');
  process.env.PACTA_TEST_RUN = run;
  const template = `pacta_tpl_${run}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${template}`), server);
  const dataSource = createDataSource({ url: urlFor(template, server), poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.PACTA_TEST_TEMPLATE = template;
}
