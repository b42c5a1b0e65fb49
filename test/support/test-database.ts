import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests use: TEST_DATABASE_URL, or the embedded one global-setup started. */
export function serverUrl(): string {
  const url = process.env.PACTA_TEST_SERVER_URL;
  if (!url) throw new Error('PACTA_TEST_SERVER_URL is not set: run the tests through jest (global-setup).');
  return url;
}

export function urlFor(database: string, base = serverUrl()): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  work: (client: Client) => Promise<T>,
  base = serverUrl(),
): Promise<T> {
  const client = new Client({ connectionString: urlFor('postgres', base) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated template (fast). */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const template = process.env.PACTA_TEST_TEMPLATE!;
  const name = `pacta_t_${process.env.PACTA_TEST_RUN}_${randomBytes(5).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdminClient((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { name, url: urlFor(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
