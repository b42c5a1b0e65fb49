import { MigrationInterface, QueryRunner } from 'typeorm';

/** §11: documents, summits and institutions keep their names in other languages. */
export class Translations1796500000001 implements MigrationInterface {
  name = 'Translations1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['documents', 'summits', 'institutions']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['documents', 'summits', 'institutions']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "translations"`);
    }
  }
}
