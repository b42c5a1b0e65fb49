import { MigrationInterface, QueryRunner } from 'typeorm';

export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
const GENESIS = '0'.repeat(64);

/**
 * What the entities cannot express: the system actor, the audit chain's genesis row, the
 * append-only guards on the audit log and status history (row triggers, plus an event trigger
 * that refuses DDL removing or disabling them, where the migrating role may create one),
 * the milestone classification kept in step with its document, and GIN indexes on arrays.
 */
export class IntegrityGuards1795833489600 implements MigrationInterface {
  name = 'IntegrityGuards1795833489600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "users" ("id", "email", "display_name", "password_hash", "roles", "clearance", "disabled")
       VALUES ('${SYSTEM_USER_ID}', 'system@pacta.local', 'Pacta system', NULL, '{}', 'confidential', true)`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_chain_head" ("id", "seq", "hash", "prev_hash") VALUES (1, 0, '${GENESIS}', '${GENESIS}')`,
    );

    await queryRunner.query(`
      CREATE FUNCTION pacta_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pacta: % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_events', 'status_changes']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION pacta_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION pacta_append_only()`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION pacta_guard_audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
      DECLARE missing integer;
      BEGIN
        SELECT 4 - count(*) INTO missing FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relname IN ('audit_events', 'status_changes') AND t.tgenabled = 'O'
           AND t.tgname IN ('audit_events_append_only', 'audit_events_no_truncate',
                            'status_changes_append_only', 'status_changes_no_truncate');
        IF missing > 0 THEN
          RAISE EXCEPTION 'pacta: the append-only guards of the audit log may not be dropped or disabled'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
      END $$`);
    await queryRunner.query(`
      DO $$ BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          CREATE EVENT TRIGGER pacta_guard_audit_ddl ON ddl_command_end EXECUTE FUNCTION pacta_guard_audit_ddl();
        END IF;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION pacta_milestone_classification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.classification := COALESCE((SELECT d.classification FROM documents d WHERE d.id = NEW.document_id), 'public');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER milestones_classification BEFORE INSERT OR UPDATE OF document_id, classification ON milestones FOR EACH ROW EXECUTE FUNCTION pacta_milestone_classification()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION pacta_document_classification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE milestones SET classification = NEW.classification
         WHERE document_id = NEW.id AND classification IS DISTINCT FROM NEW.classification;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER documents_classification AFTER UPDATE OF classification ON documents FOR EACH ROW WHEN (OLD.classification IS DISTINCT FROM NEW.classification) EXECUTE FUNCTION pacta_document_classification()`,
    );

    await queryRunner.query(`CREATE INDEX "IDX_summits_countries" ON "summits" USING gin ("countries")`);
    await queryRunner.query(`CREATE INDEX "IDX_documents_countries" ON "documents" USING gin ("countries")`);
    await queryRunner.query(`CREATE INDEX "IDX_documents_sectors" ON "documents" USING gin ("sectors")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EVENT TRIGGER IF EXISTS pacta_guard_audit_ddl`);
    await queryRunner.query(`DROP INDEX "IDX_documents_sectors"`);
    await queryRunner.query(`DROP INDEX "IDX_documents_countries"`);
    await queryRunner.query(`DROP INDEX "IDX_summits_countries"`);
    await queryRunner.query(`DROP TRIGGER documents_classification ON documents`);
    await queryRunner.query(`DROP FUNCTION pacta_document_classification()`);
    await queryRunner.query(`DROP TRIGGER milestones_classification ON milestones`);
    await queryRunner.query(`DROP FUNCTION pacta_milestone_classification()`);
    await queryRunner.query(`DROP FUNCTION pacta_guard_audit_ddl()`);
    for (const table of ['audit_events', 'status_changes']) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION pacta_append_only()`);
    await queryRunner.query(`DELETE FROM "audit_chain_head"`);
    await queryRunner.query(`DELETE FROM "users" WHERE "id" = '${SYSTEM_USER_ID}'`);
  }
}
