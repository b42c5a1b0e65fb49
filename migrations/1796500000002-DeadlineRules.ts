import { MigrationInterface, QueryRunner } from 'typeorm';

/** §11: statutory deadline rules, and the milestone each creates for a document. */
export class DeadlineRules1796500000002 implements MigrationInterface {
  name = 'DeadlineRules1796500000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deadline_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "title" character varying(500) NOT NULL, "country" character varying(2), "document_types" text array, "legally_binding" boolean, "trigger" character varying(20) NOT NULL, "offset_days" integer NOT NULL, "source" character varying(1000) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'active', CONSTRAINT "CHK_deadline_rules_trigger" CHECK ("trigger" IN ('signed', 'in_force', 'expires')), CONSTRAINT "CHK_deadline_rules_status" CHECK ("status" IN ('active', 'retired')), CONSTRAINT "PK_4743ed955f2bc2c60bf01c28942" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "milestones" ADD "origin_rule_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_milestones_document_origin_rule" ON "milestones"  ("document_id", "origin_rule_id") WHERE "origin_rule_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_rules" ADD CONSTRAINT "FK_914aa075c29b8f8f5418b2086e2" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_rules" ADD CONSTRAINT "FK_e03755f8b6e02edb440b6c03507" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_cabe4914c59d4888053f5f30709" FOREIGN KEY ("origin_rule_id") REFERENCES "deadline_rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_cabe4914c59d4888053f5f30709"`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP CONSTRAINT "FK_e03755f8b6e02edb440b6c03507"`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP CONSTRAINT "FK_914aa075c29b8f8f5418b2086e2"`);
    await queryRunner.query(`DROP INDEX "UQ_milestones_document_origin_rule"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP COLUMN "origin_rule_id"`);
    await queryRunner.query(`DROP TABLE "deadline_rules"`);
  }
}
