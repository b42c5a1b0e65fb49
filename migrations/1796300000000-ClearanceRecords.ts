import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clearance as the database keeps it (see src/auth/clearance.ts):
 * - a milestone's classification is its document's under every interleaving: the trigger that
 *   copies it takes a share lock on the document, so a move waits for a concurrent
 *   reclassification to commit and reads its result, and a reclassification waits for a
 *   concurrent move, whose milestone its own trigger then updates;
 * - status changes and progress reports record the classification and the document of their
 *   entity when written (a trigger fills them), so that their lists apply the same stricter-of
 *   rule as the audit log. Progress reports are back-filled from their audit events; status
 *   changes are append-only, so rows from before keep NULL and are read as the strictest
 *   classification their entity's events carry.
 */
export class ClearanceRecords1796300000000 implements MigrationInterface {
  name = 'ClearanceRecords1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pacta_milestone_classification() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE level varchar(20);
      BEGIN
        IF NEW.document_id IS NOT NULL THEN
          SELECT d.classification INTO level FROM documents d WHERE d.id = NEW.document_id FOR SHARE;
        END IF;
        NEW.classification := COALESCE(level, 'public');
        RETURN NEW;
      END $$`);

    await queryRunner.query(`ALTER TABLE "status_changes" ADD "classification" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "status_changes" ADD "document_id" uuid`);
    await queryRunner.query(`
      CREATE FUNCTION pacta_status_change_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.classification IS NULL THEN
          IF NEW.entity_type = 'document' THEN
            SELECT d.classification, d.id INTO NEW.classification, NEW.document_id FROM documents d WHERE d.id = NEW.entity_id;
          ELSIF NEW.entity_type = 'milestone' THEN
            SELECT m.classification, m.document_id INTO NEW.classification, NEW.document_id FROM milestones m WHERE m.id = NEW.entity_id;
          END IF;
          NEW.classification := COALESCE(NEW.classification, 'public');
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER status_changes_scope BEFORE INSERT ON status_changes FOR EACH ROW EXECUTE FUNCTION pacta_status_change_scope()`,
    );

    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "classification" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "document_id" uuid`);
    await queryRunner.query(
      `UPDATE progress_reports p SET classification = m.classification, document_id = m.document_id
         FROM milestones m WHERE m.id = p.milestone_id`,
    );
    await queryRunner.query(
      `UPDATE progress_reports p SET classification = e.classification, document_id = e.document_id
         FROM audit_events e
        WHERE e.entity_id = p.milestone_id AND e.action = 'progress.report'
          AND e.changes -> 'progress' -> 1 ->> 'id' = p.id::text`,
    );
    await queryRunner.query(`ALTER TABLE "progress_reports" ALTER COLUMN "classification" SET NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION pacta_progress_report_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT m.classification, m.document_id INTO NEW.classification, NEW.document_id FROM milestones m WHERE m.id = NEW.milestone_id;
        NEW.classification := COALESCE(NEW.classification, 'public');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER progress_reports_scope BEFORE INSERT ON progress_reports FOR EACH ROW EXECUTE FUNCTION pacta_progress_report_scope()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER progress_reports_scope ON progress_reports`);
    await queryRunner.query(`DROP FUNCTION pacta_progress_report_scope()`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "document_id"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "classification"`);
    await queryRunner.query(`DROP TRIGGER status_changes_scope ON status_changes`);
    await queryRunner.query(`DROP FUNCTION pacta_status_change_scope()`);
    await queryRunner.query(`ALTER TABLE "status_changes" DROP COLUMN "document_id"`);
    await queryRunner.query(`ALTER TABLE "status_changes" DROP COLUMN "classification"`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pacta_milestone_classification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.classification := COALESCE((SELECT d.classification FROM documents d WHERE d.id = NEW.document_id), 'public');
        RETURN NEW;
      END $$`);
  }
}
