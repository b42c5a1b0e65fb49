import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795833489599 implements MigrationInterface {
  name = 'Initial1795833489599';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_chain_head" ("id" smallint NOT NULL, "seq" bigint NOT NULL, "hash" character(64) NOT NULL, "prev_hash" character(64) NOT NULL, CONSTRAINT "CHK_audit_chain_head_single" CHECK ("id" = 1), CONSTRAINT "PK_9211408bf584034de409b1bbec5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_email" character varying(320), "action" character varying(40) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid, "changes" jsonb NOT NULL DEFAULT '{}', "reason" text, "request_id" character varying(100), "document_id" uuid, "milestone_id" uuid, "classification" character varying(20) NOT NULL DEFAULT 'public', "hash" character(64) NOT NULL, "prev_hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_audit_id" ON "audit_events"  ("id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_occurred" ON "audit_events"  ("occurred_at", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_action" ON "audit_events"  ("action", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_type" ON "audit_events"  ("entity_type", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_actor" ON "audit_events"  ("actor_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entity" ON "audit_events"  ("entity_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "status_changes" ("id" BIGSERIAL NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "from_status" character varying(30) NOT NULL, "to_status" character varying(30) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, "reason" text, "effective_on" date, CONSTRAINT "PK_b09386c7bfe17fbe0b6d24e719e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_status_changes_entity" ON "status_changes"  ("entity_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "path" character varying(300) NOT NULL, "request_hash" character(64) NOT NULL, "status_code" integer, "response_body" jsonb, "response_headers" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_created" ON "idempotency_keys"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "title" character varying(500) NOT NULL, "type" character varying(40) NOT NULL, "reference_number" character varying(100), "summit_id" uuid, "parent_id" uuid, "relation" character varying(20), "countries" text array NOT NULL, "classification" character varying(20) NOT NULL DEFAULT 'public', "summary" text, "sectors" text array NOT NULL DEFAULT '{}', "signed_on" date, "place_of_signing" character varying(300), "entry_into_force_on" date, "expires_on" date, "superseded_by_id" uuid, "status" character varying(30) NOT NULL DEFAULT 'draft', CONSTRAINT "CHK_documents_countries" CHECK (cardinality("countries") >= 1), CONSTRAINT "CHK_documents_parent_relation" CHECK (("parent_id" IS NULL) = ("relation" IS NULL)), CONSTRAINT "CHK_documents_relation" CHECK ("relation" IS NULL OR "relation" IN ('amends', 'supplements', 'implements', 'supersedes')), CONSTRAINT "CHK_documents_classification" CHECK ("classification" IN ('public', 'restricted', 'confidential')), CONSTRAINT "CHK_documents_type" CHECK ("type" IN ('memorandum_of_understanding', 'declaration', 'agreement', 'treaty', 'protocol', 'roadmap', 'action_plan', 'joint_statement', 'program', 'other')), CONSTRAINT "CHK_documents_status" CHECK ("status" IN ('draft', 'negotiation', 'signed', 'pending_ratification', 'in_force', 'suspended', 'terminated', 'expired', 'superseded', 'abandoned')), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_documents_type" ON "documents"  ("type") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_documents_reference_number" ON "documents"  ("reference_number") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_documents_summit" ON "documents"  ("summit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_documents_parent" ON "documents"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_documents_signed" ON "documents"  ("signed_on", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_status_created" ON "documents"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_documents_class_created" ON "documents"  ("classification", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_documents_created" ON "documents"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "signatories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "document_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "signer_name" character varying(300) NOT NULL, "signer_title" character varying(300) NOT NULL, "signed_on" date, CONSTRAINT "PK_ece8ae95166c2de53aa9f73dc20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_signatories_institution" ON "signatories"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_signatories_document" ON "signatories"  ("document_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "institutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "name" character varying(300) NOT NULL, "short_name" character varying(100), "country" character(2) NOT NULL, "kind" character varying(40) NOT NULL, "parent_id" uuid, "website" character varying(2048), "successor_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'active', CONSTRAINT "CHK_institutions_country" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "CHK_institutions_kind" CHECK ("kind" IN ('head_of_state', 'government', 'ministry', 'agency', 'state_company', 'company', 'parliament', 'international_organization', 'other')), CONSTRAINT "CHK_institutions_status" CHECK ("status" IN ('active', 'defunct')), CONSTRAINT "PK_0be7539dcdba335470dc05e9690" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_institutions_country" ON "institutions"  ("country") `);
    await queryRunner.query(`CREATE INDEX "IDX_institutions_parent" ON "institutions"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_institutions_name" ON "institutions"  ("name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_institutions_created" ON "institutions"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone_owners" ("milestone_id" uuid NOT NULL, "institution_id" uuid NOT NULL, CONSTRAINT "PK_682b775c5d2b148e67851eea1b8" PRIMARY KEY ("milestone_id", "institution_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_milestone_owners_institution" ON "milestone_owners"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "title" character varying(500) NOT NULL, "description" text, "document_id" uuid, "summit_id" uuid, "sector" character varying(100), "due_on" date NOT NULL, "indicator_name" character varying(200), "indicator_unit" character varying(50), "indicator_baseline" numeric, "indicator_baseline_on" date, "indicator_target" numeric, "latest_value" numeric, "latest_as_of" date, "completed_on" date, "classification" character varying(20) NOT NULL DEFAULT 'public', "status" character varying(20) NOT NULL DEFAULT 'planned', CONSTRAINT "CHK_milestones_indicator" CHECK (("indicator_name" IS NULL AND "indicator_unit" IS NULL AND "indicator_baseline" IS NULL AND "indicator_baseline_on" IS NULL AND "indicator_target" IS NULL) OR ("indicator_name" IS NOT NULL AND "indicator_unit" IS NOT NULL AND "indicator_baseline" IS NOT NULL AND "indicator_baseline_on" IS NOT NULL AND "indicator_target" IS NOT NULL AND "indicator_target" <> "indicator_baseline")), CONSTRAINT "CHK_milestones_anchor" CHECK ("document_id" IS NOT NULL OR "summit_id" IS NOT NULL), CONSTRAINT "CHK_milestones_classification" CHECK ("classification" IN ('public', 'restricted', 'confidential')), CONSTRAINT "CHK_milestones_status" CHECK ("status" IN ('planned', 'in_progress', 'at_risk', 'blocked', 'completed', 'cancelled')), CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_milestones_document" ON "milestones"  ("document_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_milestones_summit" ON "milestones"  ("summit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_milestones_sector" ON "milestones"  ("sector") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_milestones_status_due" ON "milestones"  ("status", "due_on", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_milestones_class_due" ON "milestones"  ("classification", "due_on", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_milestones_due" ON "milestones"  ("due_on", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_milestones_created" ON "milestones"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "milestone_id" uuid NOT NULL, "as_of" date NOT NULL, "value" numeric, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_progress_milestone" ON "progress_reports"  ("milestone_id", "as_of", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "summits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "title" character varying(500) NOT NULL, "kind" character varying(40) NOT NULL, "host_country" character(2) NOT NULL, "location" character varying(300) NOT NULL, "countries" text array NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "participants" jsonb NOT NULL DEFAULT '[]', "summary" text, "status" character varying(20) NOT NULL DEFAULT 'planned', CONSTRAINT "CHK_summits_countries" CHECK (cardinality("countries") >= 1), CONSTRAINT "CHK_summits_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "CHK_summits_kind" CHECK ("kind" IN ('state_visit', 'official_visit', 'working_visit', 'summit', 'intergovernmental_commission', 'ministerial_meeting', 'business_forum', 'other')), CONSTRAINT "CHK_summits_status" CHECK ("status" IN ('planned', 'confirmed', 'postponed', 'held', 'cancelled')), CONSTRAINT "PK_f547600533e9891505e6b9069eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_summits_status" ON "summits"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_summits_starts" ON "summits"  ("starts_on", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_summits_created" ON "summits"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" text, "roles" text array NOT NULL DEFAULT '{}', "clearance" character varying(20) NOT NULL DEFAULT 'public', "disabled" boolean NOT NULL DEFAULT false, "feed_token_hash" character varying(64), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "updated_by" uuid, CONSTRAINT "CHK_users_clearance" CHECK ("clearance" IN ('public', 'restricted', 'confidential')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_users_feed_token_hash" ON "users"  ("feed_token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "status_changes" ADD CONSTRAINT "FK_15edb0ed2cfdc05b1fa72aef679" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_14371caaff44d0801b59b284166" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_26bb43df7679eb460871524260c" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_4e34491cd8315fbb5ff0650e29a" FOREIGN KEY ("summit_id") REFERENCES "summits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_7c6e6c32aa728e4ab55901554af" FOREIGN KEY ("parent_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "FK_79f9fb637efba2486560a58d257" FOREIGN KEY ("superseded_by_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatories" ADD CONSTRAINT "FK_a956975fc870220dba6c775c428" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatories" ADD CONSTRAINT "FK_798be8cfe7fcf7dc34af2d8f495" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatories" ADD CONSTRAINT "FK_06b26092b9ed32e474a6f8b7cf7" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatories" ADD CONSTRAINT "FK_a9e869f52f554f0bbf58ecf39a5" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD CONSTRAINT "FK_bda7647557f03b2be96298c5f2e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD CONSTRAINT "FK_c9f31d808944f7d0fd7f1f859c7" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD CONSTRAINT "FK_b240d2dcc44fe6166b990c8dad0" FOREIGN KEY ("parent_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD CONSTRAINT "FK_dac5d2496483dedc62ae8b21596" FOREIGN KEY ("successor_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_owners" ADD CONSTRAINT "FK_cb67a3698780ad657ab21432484" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_owners" ADD CONSTRAINT "FK_a47de9079c1e513b9ba3ac339f8" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_efcffe415d887bdcd12593fa5b8" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_100c2626270651c1bb2cacba2e2" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_e6651e2f644fb3c16b892b5d816" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_4066def7ede4a1a57699a2fc38b" FOREIGN KEY ("summit_id") REFERENCES "summits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_6083baf93857b51d5a521cccfb5" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_ffed0ab8f185cf292a241aeba5a" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "summits" ADD CONSTRAINT "FK_c2235622f48a4a7c1ff25e522d2" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "summits" ADD CONSTRAINT "FK_47e0343d2deb30a009dfcfa0c4e" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "summits" DROP CONSTRAINT "FK_47e0343d2deb30a009dfcfa0c4e"`);
    await queryRunner.query(`ALTER TABLE "summits" DROP CONSTRAINT "FK_c2235622f48a4a7c1ff25e522d2"`);
    await queryRunner.query(
      `ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_ffed0ab8f185cf292a241aeba5a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_6083baf93857b51d5a521cccfb5"`,
    );
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_4066def7ede4a1a57699a2fc38b"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_e6651e2f644fb3c16b892b5d816"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_100c2626270651c1bb2cacba2e2"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_efcffe415d887bdcd12593fa5b8"`);
    await queryRunner.query(
      `ALTER TABLE "milestone_owners" DROP CONSTRAINT "FK_a47de9079c1e513b9ba3ac339f8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_owners" DROP CONSTRAINT "FK_cb67a3698780ad657ab21432484"`,
    );
    await queryRunner.query(`ALTER TABLE "institutions" DROP CONSTRAINT "FK_dac5d2496483dedc62ae8b21596"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP CONSTRAINT "FK_b240d2dcc44fe6166b990c8dad0"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP CONSTRAINT "FK_c9f31d808944f7d0fd7f1f859c7"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP CONSTRAINT "FK_bda7647557f03b2be96298c5f2e"`);
    await queryRunner.query(`ALTER TABLE "signatories" DROP CONSTRAINT "FK_a9e869f52f554f0bbf58ecf39a5"`);
    await queryRunner.query(`ALTER TABLE "signatories" DROP CONSTRAINT "FK_06b26092b9ed32e474a6f8b7cf7"`);
    await queryRunner.query(`ALTER TABLE "signatories" DROP CONSTRAINT "FK_798be8cfe7fcf7dc34af2d8f495"`);
    await queryRunner.query(`ALTER TABLE "signatories" DROP CONSTRAINT "FK_a956975fc870220dba6c775c428"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_79f9fb637efba2486560a58d257"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_7c6e6c32aa728e4ab55901554af"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_4e34491cd8315fbb5ff0650e29a"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_26bb43df7679eb460871524260c"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_14371caaff44d0801b59b284166"`);
    await queryRunner.query(`ALTER TABLE "status_changes" DROP CONSTRAINT "FK_15edb0ed2cfdc05b1fa72aef679"`);
    await queryRunner.query(`DROP INDEX "UQ_users_feed_token_hash"`);
    await queryRunner.query(`DROP INDEX "UQ_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "IDX_summits_created"`);
    await queryRunner.query(`DROP INDEX "IDX_summits_starts"`);
    await queryRunner.query(`DROP INDEX "IDX_summits_status"`);
    await queryRunner.query(`DROP TABLE "summits"`);
    await queryRunner.query(`DROP INDEX "IDX_progress_milestone"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_created"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_due"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_class_due"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_status_due"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_sector"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_summit"`);
    await queryRunner.query(`DROP INDEX "IDX_milestones_document"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "IDX_milestone_owners_institution"`);
    await queryRunner.query(`DROP TABLE "milestone_owners"`);
    await queryRunner.query(`DROP INDEX "IDX_institutions_created"`);
    await queryRunner.query(`DROP INDEX "IDX_institutions_name"`);
    await queryRunner.query(`DROP INDEX "IDX_institutions_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_institutions_country"`);
    await queryRunner.query(`DROP TABLE "institutions"`);
    await queryRunner.query(`DROP INDEX "IDX_signatories_document"`);
    await queryRunner.query(`DROP INDEX "IDX_signatories_institution"`);
    await queryRunner.query(`DROP TABLE "signatories"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_created"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_class_created"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_status_created"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_signed"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_summit"`);
    await queryRunner.query(`DROP INDEX "UQ_documents_reference_number"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_type"`);
    await queryRunner.query(`DROP TABLE "documents"`);
    await queryRunner.query(`DROP INDEX "IDX_idempotency_created"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "IDX_status_changes_entity"`);
    await queryRunner.query(`DROP TABLE "status_changes"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_entity"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_actor"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_type"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_action"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_occurred"`);
    await queryRunner.query(`DROP INDEX "UQ_audit_id"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
  }
}
