import { MigrationInterface, QueryRunner } from 'typeorm';

const ENTITY_REFRESH = `CASE NEW.entity_type
          WHEN 'document' THEN PERFORM search_refresh_document(NEW.entity_id);
          WHEN 'summit' THEN PERFORM search_refresh_summit(NEW.entity_id);
          WHEN 'institution' THEN PERFORM search_refresh_institution(NEW.entity_id);
          WHEN 'milestone' THEN PERFORM search_refresh_milestone(NEW.entity_id);
        END CASE;`;

/**
 * The search index is refreshed once per entity and transaction, at commit, instead of once per
 * row written: a document created with its parties and ten signatories, then moved to signed,
 * was rebuilt thirteen times in its transaction, an import of 10 000 documents 50 000 times, and
 * a validation that rolls back paid for all of them. Now each write marks what it touches in
 * `search_dirty` (a primary key, so a second mark in the transaction is a no-op), and a deferred
 * constraint trigger rebuilds each marked entry once when the transaction commits, still inside it
 * (a rollback leaves the index as it was, as before). Readers see the new entry when they see the
 * write, as before; only the writing transaction itself no longer sees its own entry before commit.
 *
 * Also: renaming an institution now refreshes the documents it signed (their entries carry its
 * name), which the per-row triggers never did.
 */
export class SearchRefreshAtCommit1796950000000 implements MigrationInterface {
  name = 'SearchRefreshAtCommit1796950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE search_dirty (
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      CONSTRAINT "PK_search_dirty" PRIMARY KEY (entity_type, entity_id)
    )`);
    await q(`CREATE FUNCTION search_mark(p_type text, p_id uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO search_dirty (entity_type, entity_id) VALUES (p_type, p_id) ON CONFLICT DO NOTHING
    $$`);
    await q(`CREATE FUNCTION search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_dirty WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id;
        ${ENTITY_REFRESH}
        RETURN NULL;
      END $$`);
    await q(`CREATE CONSTRAINT TRIGGER search_flush AFTER INSERT ON search_dirty
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_flush()`);
    await q(`CREATE OR REPLACE FUNCTION search_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
      BEGIN
        CASE TG_TABLE_NAME
          WHEN 'documents' THEN PERFORM search_mark('document', target);
          WHEN 'summits' THEN PERFORM search_mark('summit', target);
          WHEN 'institutions' THEN
            PERFORM search_mark('institution', target);
            IF TG_OP = 'UPDATE' THEN
              IF (OLD.name, OLD.short_name) IS DISTINCT FROM (NEW.name, NEW.short_name) THEN
                INSERT INTO search_dirty (entity_type, entity_id)
                  SELECT DISTINCT 'document', g.document_id FROM signatories g WHERE g.institution_id = target
                ON CONFLICT DO NOTHING;
              END IF;
            END IF;
          WHEN 'milestones' THEN PERFORM search_mark('milestone', target);
        END CASE;
        RETURN NULL;
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_track_document_part() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target uuid;
      BEGIN
        IF TG_TABLE_NAME = 'attachment_versions' THEN
          SELECT a.document_id INTO target FROM attachments a
           WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.attachment_id ELSE NEW.attachment_id END;
        ELSE
          target := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
        END IF;
        IF target IS NOT NULL THEN PERFORM search_mark('document', target); END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // The per-row bodies of migration Search, as they were.
    await q(`CREATE OR REPLACE FUNCTION search_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
      BEGIN
        CASE TG_TABLE_NAME
          WHEN 'documents' THEN PERFORM search_refresh_document(target);
          WHEN 'summits' THEN PERFORM search_refresh_summit(target);
          WHEN 'institutions' THEN PERFORM search_refresh_institution(target);
          WHEN 'milestones' THEN PERFORM search_refresh_milestone(target);
        END CASE;
        RETURN NULL;
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_track_document_part() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target uuid;
      BEGIN
        IF TG_TABLE_NAME = 'attachment_versions' THEN
          SELECT a.document_id INTO target FROM attachments a
           WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.attachment_id ELSE NEW.attachment_id END;
        ELSE
          target := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
        END IF;
        IF target IS NOT NULL THEN PERFORM search_refresh_document(target); END IF;
        RETURN NULL;
      END $$`);
    await q(`DROP TRIGGER search_flush ON search_dirty`);
    await q(`DROP FUNCTION search_flush()`);
    await q(`DROP FUNCTION search_mark(text, uuid)`);
    await q(`DROP TABLE search_dirty`);
  }
}
