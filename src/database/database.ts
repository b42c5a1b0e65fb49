import { types } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

// Dates stay YYYY-MM-DD strings (no time zone shifts); numeric and bigint stay exact strings.
types.setTypeParser(1082, (value: string) => value);

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded server; runs migrations unless told not to. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<Database> {
  const embedded = config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir, log) : null;
  const dataSource = createDataSource({
    url: config.databaseUrl ?? embedded!.url,
    poolSize: config.poolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await dataSource.initialize();
    if (config.migrate) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    }
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
