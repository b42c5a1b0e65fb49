import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the benchmark showed the hot paths need (bench/results/explain.txt):
 * documents sorted by `signedOn` order by COALESCE(signed_on, '-infinity') (undated last when
 * descending), which the plain (signed_on, id) index cannot serve, so a list page sorted by
 * signing date sorted every visible row (a sequential scan of 200 000 documents).
 */
export class BenchIndexes1795900000000 implements MigrationInterface {
  name = 'BenchIndexes1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_signed_sort" ON "documents" ((COALESCE("signed_on", '-infinity'::date)), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_documents_signed_sort"`);
  }
}
