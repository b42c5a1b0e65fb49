import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns a status transition writes that no search entry is made of, besides `status`. */
const BOOKKEEPING = `'{status,version,updated_at,updated_by}'::text[]`;

/**
 * A status transition no longer rebuilds its entity's search entry: an UPDATE that changes only
 * the status and the bookkeeping columns (version, updated_at, updated_by) writes the entry's
 * `status` in place, and marks nothing. The entries' title, body, words and classification are
 * made of other columns (search_refresh_* in migrations SearchRefreshSetBased and SearchSlices),
 * so they cannot have changed. A rebuild cost about 5 ms of database time for one document
 * (its signatories, attachments and translations read again, its tsvector and words rebuilt);
 * the in-place write is one row. Any other change marks the entity as before, and an entity
 * marked earlier in the transaction is still rebuilt from its final row.
 */
export class SearchStatusInPlace1797040000000 implements MigrationInterface {
  name = 'SearchStatusInPlace1797040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        kind text := CASE TG_TABLE_NAME WHEN 'documents' THEN 'document' WHEN 'summits' THEN 'summit'
                       WHEN 'institutions' THEN 'institution' WHEN 'milestones' THEN 'milestone' END;
      BEGIN
        IF TG_OP = 'UPDATE' AND to_jsonb(OLD) - ${BOOKKEEPING} = to_jsonb(NEW) - ${BOOKKEEPING} THEN
          IF OLD.status IS DISTINCT FROM NEW.status THEN
            UPDATE search_entries SET status = NEW.status WHERE entity_type = kind AND entity_id = target;
          END IF;
          RETURN NULL;
        END IF;
        PERFORM search_mark(kind, target);
        IF TG_TABLE_NAME = 'institutions' AND TG_OP = 'UPDATE' THEN
          IF (OLD.name, OLD.short_name) IS DISTINCT FROM (NEW.name, NEW.short_name) THEN
            INSERT INTO search_dirty (entity_type, entity_id)
              SELECT DISTINCT 'document', g.document_id FROM signatories g WHERE g.institution_id = target
            ON CONFLICT DO NOTHING;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The body of migration SearchRefreshAtCommit, as it was.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_track() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
