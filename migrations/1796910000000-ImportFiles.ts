import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * §15: a validated import keeps its upload (bytea) for apply to read again, instead of every
 * parsed row as JSON: a 50 MiB file is held as its bytes, not as a JSON text several times its
 * size. Imports stored before keep their `rows` and apply from them.
 */
export class ImportFiles1796910000000 implements MigrationInterface {
  name = 'ImportFiles1796910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" ADD "file" bytea`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "file"`);
  }
}
