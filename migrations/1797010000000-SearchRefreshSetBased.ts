import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The upsert of a set of entries, `e`, of one type: every entry in one INSERT … ON CONFLICT DO
 * UPDATE, and the words of their titles and names (typo matching) in one more. `source` selects
 * (id, classification, title, status, names, body, tsv): exactly what search_put is given, a row
 * an entity.
 */
const upsert = (type: string, source: string) => `WITH e AS (${source}),
    put AS (
      INSERT INTO search_entries AS se (entity_type, entity_id, classification, title, status, body, tsv)
      SELECT '${type}', e.id, e.classification, e.title, e.status, left(e.body, 20000), e.tsv FROM e
      ON CONFLICT (entity_type, entity_id) DO UPDATE SET classification = EXCLUDED.classification,
        title = EXCLUDED.title, status = EXCLUDED.status, body = EXCLUDED.body, tsv = EXCLUDED.tsv
    )
    INSERT INTO search_words (word, key)
    SELECT DISTINCT w, pacta_translit(w)
      FROM e, unnest(tsvector_to_array(to_tsvector('simple', pacta_fold(e.title || ' ' || e.names)))) AS w
     WHERE length(w) BETWEEN 3 AND 60
    ON CONFLICT (word) DO NOTHING`;

/** Entries of `type` among `p_ids` whose record is gone. */
const removeGone = (type: string, table: string) =>
  `DELETE FROM search_entries se WHERE se.entity_type = '${type}' AND se.entity_id = ANY(p_ids)
      AND NOT EXISTS (SELECT FROM ${table} x WHERE x.id = se.entity_id)`;

/**
 * Each function below builds, for many entities in two statements, the very entries that its
 * one-entity counterpart (search_refresh_document & c., migrations Search and SearchTranslations,
 * kept unchanged) builds one by one: the same columns, expressions and words. A document's
 * signatories and attachments are joined in the order the one-entity function reads them through
 * their (document_id, created_at, id) indexes, which it leaves unsaid.
 */
const SET_FUNCTIONS: Record<string, string> = {
  search_refresh_documents: `${removeGone('document', 'documents')};
    ${upsert(
      'document',
      `SELECT d.id, d.classification, d.title, d.status, d.names,
              concat_ws(' · ', d.reference_number, d.summary, nullif(d.tr_titles, ''), nullif(d.names, ''), nullif(d.files, ''), nullif(d.texts, '')) AS body,
              pacta_tsv(d.title || ' ' || coalesce(d.reference_number, '') || ' ' || d.tr_titles, 'A') || pacta_tsv(d.names, 'B')
                || pacta_tsv(concat_ws(' ', d.summary, d.tr_rest), 'C') || pacta_tsv(d.files || ' ' || d.texts, 'D') AS tsv
         FROM (SELECT d.id, d.classification, d.title, d.status, d.reference_number, d.summary,
                      coalesce(n.names, '') AS names, coalesce(f.files, '') AS files, coalesce(f.texts, '') AS texts,
                      search_translation_text(d.translations, true) AS tr_titles,
                      search_translation_text(d.translations, false) AS tr_rest
                 FROM documents d
                 LEFT JOIN (SELECT g.document_id,
                                   string_agg(g.signer_name || ' ' || g.signer_title || ' ' || i.name || coalesce(' ' || i.short_name, ''), ' ' ORDER BY g.created_at, g.id) AS names
                              FROM signatories g JOIN institutions i ON i.id = g.institution_id
                             WHERE g.document_id = ANY(p_ids) GROUP BY g.document_id) n ON n.document_id = d.id
                 LEFT JOIN (SELECT a.document_id,
                                   string_agg(coalesce(a.title, '') || ' ' || v.file_name, ' ' ORDER BY a.created_at, a.id) AS files,
                                   left(coalesce(string_agg(v.text, ' ' ORDER BY a.created_at, a.id), ''), 300000) AS texts
                              FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id AND v.n = a.version
                             WHERE a.document_id = ANY(p_ids) GROUP BY a.document_id) f ON f.document_id = d.id
                WHERE d.id = ANY(p_ids)) d`,
    )}`,
  search_refresh_summits: `${removeGone('summit', 'summits')};
    ${upsert(
      'summit',
      `SELECT s.id, 'public' AS classification, s.title, s.status, s.names || ' ' || s.location AS names,
              concat_ws(' · ', s.location, s.summary, nullif(s.tr_titles, ''), nullif(s.names, '')) AS body,
              pacta_tsv(s.title || ' ' || s.tr_titles, 'A') || pacta_tsv(s.names || ' ' || s.location, 'B')
                || pacta_tsv(concat_ws(' ', s.summary, s.tr_rest), 'C') AS tsv
         FROM (SELECT s.id, s.title, s.status, s.location, s.summary,
                      (SELECT coalesce(string_agg(concat_ws(' ', p->>'name', p->>'title'), ' '), '')
                         FROM jsonb_array_elements(coalesce(s.participants, '[]'::jsonb)) AS p) AS names,
                      search_translation_text(s.translations, true) AS tr_titles,
                      search_translation_text(s.translations, false) AS tr_rest
                 FROM summits s WHERE s.id = ANY(p_ids)) s`,
    )}`,
  search_refresh_institutions: `${removeGone('institution', 'institutions')};
    ${upsert(
      'institution',
      `SELECT i.id, 'public' AS classification, i.name AS title, i.status, coalesce(i.short_name, '') AS names,
              concat_ws(' · ', i.short_name, i.country, nullif(i.tr_titles, '')) AS body,
              pacta_tsv(i.name || ' ' || coalesce(i.short_name, '') || ' ' || i.tr_titles, 'A') AS tsv
         FROM (SELECT i.*, search_translation_text(i.translations, true) AS tr_titles
                 FROM institutions i WHERE i.id = ANY(p_ids)) i`,
    )}`,
  search_refresh_milestones: `${removeGone('milestone', 'milestones')};
    ${upsert(
      'milestone',
      `SELECT m.id, m.classification, m.title, m.status, '' AS names,
              concat_ws(' · ', m.description, m.sector) AS body,
              pacta_tsv(m.title, 'A') || pacta_tsv(concat_ws(' ', m.description, m.sector), 'C') AS tsv
         FROM milestones m WHERE m.id = ANY(p_ids)`,
    )}`,
};

/** The body of search_flush as migration SearchRefreshAtCommit left it (one entry a firing). */
const FLUSH_ONE_BY_ONE = `
      BEGIN
        DELETE FROM search_dirty WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id;
        CASE NEW.entity_type
          WHEN 'document' THEN PERFORM search_refresh_document(NEW.entity_id);
          WHEN 'summit' THEN PERFORM search_refresh_summit(NEW.entity_id);
          WHEN 'institution' THEN PERFORM search_refresh_institution(NEW.entity_id);
          WHEN 'milestone' THEN PERFORM search_refresh_milestone(NEW.entity_id);
        END CASE;
        RETURN NULL;
      END`;

/**
 * Set-based search refresh (issue 15: an import of 10 000 documents rebuilt their entries with
 * 10 000 function calls at commit, each a handful of statements). `search_refresh_marked()`
 * takes every mark of the transaction (search_dirty) and rebuilds all of their entries with one
 * statement a type (`search_refresh_documents(uuid[])` & c.). The deferred trigger calls it at
 * its first firing in a transaction, so the later firings find their mark gone and do nothing;
 * an import's apply calls it itself before its last statement. A mark made after a refresh is a
 * new row with its own firing, which refreshes again. The one-entity functions stay as they
 * were: they build the same entries (test/search-refresh.e2e-spec.ts compares the two).
 */
export class SearchRefreshSetBased1797010000000 implements MigrationInterface {
  name = 'SearchRefreshSetBased1797010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const [name, body] of Object.entries(SET_FUNCTIONS))
      await q(`CREATE FUNCTION ${name}(p_ids uuid[]) RETURNS void LANGUAGE sql AS $$ ${body} $$`);
    await q(`CREATE FUNCTION search_refresh_marked() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE docs uuid[]; summits uuid[]; institutions uuid[]; milestones uuid[]; n integer;
      BEGIN
        WITH taken AS (DELETE FROM search_dirty RETURNING entity_type, entity_id)
        SELECT array_agg(entity_id) FILTER (WHERE entity_type = 'document'),
               array_agg(entity_id) FILTER (WHERE entity_type = 'summit'),
               array_agg(entity_id) FILTER (WHERE entity_type = 'institution'),
               array_agg(entity_id) FILTER (WHERE entity_type = 'milestone'),
               count(*)
          INTO docs, summits, institutions, milestones, n FROM taken;
        IF institutions IS NOT NULL THEN PERFORM search_refresh_institutions(institutions); END IF;
        IF summits IS NOT NULL THEN PERFORM search_refresh_summits(summits); END IF;
        IF docs IS NOT NULL THEN PERFORM search_refresh_documents(docs); END IF;
        IF milestones IS NOT NULL THEN PERFORM search_refresh_milestones(milestones); END IF;
        RETURN n;
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Only the first firing of a transaction (or the first after a refresh) finds its mark.
        IF EXISTS (SELECT FROM search_dirty WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id) THEN
          PERFORM search_refresh_marked();
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `CREATE OR REPLACE FUNCTION search_flush() RETURNS trigger LANGUAGE plpgsql AS $$${FLUSH_ONE_BY_ONE} $$`,
    );
    await q(`DROP FUNCTION search_refresh_marked()`);
    for (const name of Object.keys(SET_FUNCTIONS)) await q(`DROP FUNCTION ${name}(uuid[])`);
  }
}
