import { MigrationInterface, QueryRunner } from 'typeorm';

/** §15: validated imports (their parsed rows kept for apply) and the import id on audit events. */
export class Imports1796700000000 implements MigrationInterface {
  name = 'Imports1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "file_name" character varying(255) NOT NULL, "sheet" character varying(100), "row_count" integer NOT NULL, "rows" jsonb NOT NULL, "errors" jsonb NOT NULL, "preview" jsonb NOT NULL, "result" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied_by" uuid, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_imports_status" CHECK ("status" IN ('validated', 'invalid', 'applied')), CONSTRAINT "PK_imports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_imports_created_by" ON "imports" ("created_by", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "import_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "import_id"`);
    await queryRunner.query(`DROP INDEX "IDX_imports_created_by"`);
    await queryRunner.query(`DROP TABLE "imports"`);
  }
}
