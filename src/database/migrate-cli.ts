import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * `run` applies pending migrations; `revert` undoes the last one; `check` fails when the
 * entities and the migrated schema differ (the drift check); `generate <Name>` writes the
 * difference as a new migration to review.
 */
const COMMANDS = ['run', 'revert', 'check', 'generate'];
const USAGE =
  'usage: migrate-cli run | revert | check | generate <PascalName> (npm run migration:<command>; DATABASE_URL or the embedded database in PACTA_DATA_DIR)';

async function main(): Promise<void> {
  const [command = 'run', name] = process.argv.slice(2);
  if (command === '--help') return console.log(USAGE);
  if (!COMMANDS.includes(command) || (command === 'generate' && !/^[A-Z][A-Za-z0-9]*$/.test(name ?? '')))
    throw new ConfigError(USAGE);
  const config = loadConfig();
  const embedded =
    config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir, console.log) : null;
  const dataSource: DataSource = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 2 });
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'no pending migrations',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'check' || command === 'generate') {
      await dataSource.runMigrations({ transaction: 'each' });
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (command === 'check') {
        if (sql.upQueries.length > 0) {
          console.error('schema drift: the entities differ from the migrations:');
          for (const q of sql.upQueries) console.error(`  ${q.query}`);
          process.exitCode = 1;
        } else {
          console.log('no schema drift: entities and migrations agree');
        }
      } else if (sql.upQueries.length === 0) {
        console.log('no schema drift: entities and migrations agree, nothing to generate');
      } else {
        const ts = Date.now();
        const q = (s: string) => '`' + s.replace(/"public"\./g, '').replace(/`/g, '\\`') + '`';
        const body = (list: { query: string }[]) =>
          list.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
        const file = join(process.cwd(), 'migrations', `${ts}-${name}.ts`);
        writeFileSync(
          file,
          `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${body(sql.upQueries)}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${body(sql.downQueries.reverse())}\n  }\n}\n`,
        );
        console.log(`wrote ${file}: review it, then add it to migrations/index.ts`);
      }
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `migration failed: ${error.message}`);
  process.exit(1);
});
