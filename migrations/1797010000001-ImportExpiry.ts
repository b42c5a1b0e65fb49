import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A validated import that is never applied keeps its upload for 24 hours only (issue 15): then
 * it is `expired` and its file is dropped (ImportsService.expire, on the next upload or apply).
 * The file column is stored uncompressed out of line (EXTERNAL), so that apply reads it back a
 * slice at a time without inflating the whole of it for every slice.
 */
export class ImportExpiry1797010000001 implements MigrationInterface {
  name = 'ImportExpiry1797010000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "CHK_imports_status"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "CHK_imports_status" CHECK ("status" IN ('validated', 'invalid', 'applied', 'expired'))`,
    );
    await queryRunner.query(`ALTER TABLE "imports" ALTER COLUMN "file" SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" ALTER COLUMN "file" SET STORAGE EXTENDED`);
    // An expired import had no file left to apply: it stays a record of an upload, as invalid.
    await queryRunner.query(`UPDATE "imports" SET "status" = 'invalid' WHERE "status" = 'expired'`);
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "CHK_imports_status"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "CHK_imports_status" CHECK ("status" IN ('validated', 'invalid', 'applied'))`,
    );
  }
}
