import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (§12): files of documents, each upload a version, the bytes in 256 KiB bytea chunks
 * (stored uncompressed: PDFs, images and zips are compressed already, and EXTERNAL lets a Range
 * read fetch only the chunks it needs).
 */
export class Attachments1796400000000 implements MigrationInterface {
  name = 'Attachments1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "document_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "language" character varying(35), "title" character varying(300), CONSTRAINT "CHK_attachments_kind" CHECK ("kind" IN ('signed_original', 'certified_copy', 'translation', 'draft', 'note_verbale', 'ratification_instrument', 'other')), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_attachments_document" ON "attachments"  ("document_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attachment_versions" ("attachment_id" uuid NOT NULL, "n" integer NOT NULL, "sha256" character(64) NOT NULL, "size" bigint NOT NULL, "content_type" character varying(120) NOT NULL, "file_name" character varying(255) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "uploaded_by" uuid NOT NULL, "text_status" character varying(20) NOT NULL DEFAULT 'pending', "text" text, CONSTRAINT "CHK_attachment_versions_text_status" CHECK ("text_status" IN ('pending', 'extracted', 'none', 'failed')), CONSTRAINT "PK_2e1c736e0c5bd7b8b6613ab8966" PRIMARY KEY ("attachment_id", "n"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "attachment_chunks" ("attachment_id" uuid NOT NULL, "n" integer NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_f1a01c624697a09d85db470413e" PRIMARY KEY ("attachment_id", "n", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_2d59febd2d8b3c772a11c35487e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_17ec62be790c56a321562155227" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_eed37e896b2b5f588b46d273950" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_versions" ADD CONSTRAINT "FK_25eefb1adca016ca669e6461aa8" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_versions" ADD CONSTRAINT "FK_101ea0c1d58e24535fc72d8ab60" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_chunks" ADD CONSTRAINT "FK_6de692698194d9a06184050928e" FOREIGN KEY ("attachment_id", "n") REFERENCES "attachment_versions"("attachment_id","n") ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await queryRunner.query(`ALTER TABLE "attachment_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    // The text-extraction queue (no entity: only the worker reads it, with FOR UPDATE SKIP LOCKED).
    await queryRunner.query(`CREATE TABLE "text_extraction_jobs" ("id" bigserial PRIMARY KEY, "attachment_id" uuid NOT NULL,
      "n" integer NOT NULL, "attempts" integer NOT NULL DEFAULT 0, "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "FK_text_extraction_jobs_version" FOREIGN KEY ("attachment_id", "n")
        REFERENCES "attachment_versions" ("attachment_id", "n") ON DELETE CASCADE)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_text_extraction_jobs_due" ON "text_extraction_jobs" ("run_after", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "text_extraction_jobs"`);
    await queryRunner.query(
      `ALTER TABLE "attachment_chunks" DROP CONSTRAINT "FK_6de692698194d9a06184050928e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_versions" DROP CONSTRAINT "FK_101ea0c1d58e24535fc72d8ab60"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_versions" DROP CONSTRAINT "FK_25eefb1adca016ca669e6461aa8"`,
    );
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_eed37e896b2b5f588b46d273950"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_17ec62be790c56a321562155227"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_2d59febd2d8b3c772a11c35487e"`);
    await queryRunner.query(`DROP TABLE "attachment_chunks"`);
    await queryRunner.query(`DROP TABLE "attachment_versions"`);
    await queryRunner.query(`DROP INDEX "IDX_attachments_document"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
