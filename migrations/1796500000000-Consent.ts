import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * §11: whether a document binds its parties, its authentic languages, provisional application,
 * its entry-into-force rule, and one consent record per party country. Existing documents get
 * the type's default for legallyBinding and a pending party per country.
 */
export class Consent1796500000000 implements MigrationInterface {
  name = 'Consent1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "document_id" uuid NOT NULL, "country" character varying(2) NOT NULL, "procedure" character varying(20) NOT NULL, "status" character varying(30) NOT NULL DEFAULT 'pending', "internal_procedure_on" date, "instrument" character varying(300), "notified_on" date, "note_reference" character varying(200), "notification_received_on" date, CONSTRAINT "CHK_document_parties_procedure" CHECK ("procedure" IN ('ratification', 'approval', 'acceptance', 'accession', 'signature_only')), CONSTRAINT "CHK_document_parties_status" CHECK ("status" IN ('pending', 'procedure_completed', 'notified', 'withdrawn')), CONSTRAINT "PK_a893b5db39962b093b5df5b68f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_document_parties_document_country" ON "document_parties"  ("document_id", "country") `,
    );
    await queryRunner.query(`ALTER TABLE "documents" ADD "legally_binding" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "documents" ADD "languages" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "documents" ADD "provisional_application_from" date`);
    await queryRunner.query(`ALTER TABLE "documents" ADD "entry_into_force_rule" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "CHK_documents_entry_into_force_rule" CHECK ("entry_into_force_rule" IS NULL OR "entry_into_force_rule"->>'kind' IN ('on_signature', 'on_date', 'after_last_notification'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_parties" ADD CONSTRAINT "FK_ac788b2f69ee834c53a67b6c487" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_parties" ADD CONSTRAINT "FK_a56e7bfb6d90221043e628c4caa" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_parties" ADD CONSTRAINT "FK_557ff083c6d4acf52fac702b8c1" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `UPDATE "documents" SET "legally_binding" = true WHERE "type" IN ('agreement', 'treaty', 'protocol')`,
    );
    await queryRunner.query(
      `INSERT INTO "document_parties" ("document_id", "country", "procedure", "created_by", "updated_by")
       SELECT d."id", c.country, CASE WHEN d."legally_binding" THEN 'ratification' ELSE 'signature_only' END,
              d."created_by", d."created_by"
         FROM "documents" d CROSS JOIN LATERAL unnest(d."countries") AS c(country)`,
    );
    // The one definition of expectedEntryIntoForceOn (§11); see src/documents/entry-into-force.ts.
    await queryRunner.query(
      `CREATE FUNCTION expected_entry_into_force(rule jsonb, signed_on date, doc uuid) RETURNS date
       LANGUAGE sql STABLE AS $fn$
         SELECT CASE rule->>'kind'
           WHEN 'on_signature' THEN signed_on
           WHEN 'on_date' THEN (rule->>'date')::date
           WHEN 'after_last_notification' THEN (
             SELECT CASE WHEN count(*) > 0 AND bool_and(p.status = 'notified' AND p.notification_received_on IS NOT NULL)
               THEN (max(p.notification_received_on)
                     + make_interval(months => COALESCE((rule->>'months')::int, 0))
                     + make_interval(days => COALESCE((rule->>'days')::int, 0)))::date
             END
             FROM document_parties p
            WHERE p.document_id = doc AND p.procedure <> 'signature_only' AND p.status <> 'withdrawn')
         END
       $fn$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION expected_entry_into_force(jsonb, date, uuid)`);
    await queryRunner.query(
      `ALTER TABLE "document_parties" DROP CONSTRAINT "FK_557ff083c6d4acf52fac702b8c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_parties" DROP CONSTRAINT "FK_a56e7bfb6d90221043e628c4caa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_parties" DROP CONSTRAINT "FK_ac788b2f69ee834c53a67b6c487"`,
    );
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "CHK_documents_entry_into_force_rule"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP COLUMN "entry_into_force_rule"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP COLUMN "provisional_application_from"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP COLUMN "legally_binding"`);
    await queryRunner.query(`DROP INDEX "UQ_document_parties_document_country"`);
    await queryRunner.query(`DROP TABLE "document_parties"`);
  }
}
