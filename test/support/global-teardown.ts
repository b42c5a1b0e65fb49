import { rmSync } from 'node:fs';
import { withAdminClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.PACTA_TEST_TEMPLATE;
  if (template) {
    await withAdminClient(async (c) => {
      const { rows } = await c.query(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`pacta_t_${process.env.PACTA_TEST_RUN}_%`, template],
      );
      for (const row of rows)
        await c.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => undefined);
    });
  }
  const embedded = (globalThis as any).__PACTA_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    rmSync(process.env.PACTA_TEST_EMBEDDED_DIR!, { recursive: true, force: true });
  }
}
