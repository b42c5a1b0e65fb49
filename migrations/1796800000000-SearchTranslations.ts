import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search finds translations (§11: "the search matches every language"): the translated titles,
 * names and short names weigh as the originals (A), other translated fields as summaries (C), and
 * the translated titles appear in snippets. Existing entries are refreshed.
 */
export class SearchTranslations1796800000000 implements MigrationInterface {
  name = 'SearchTranslations1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE FUNCTION search_translation_text(t jsonb, titles boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(string_agg(v.value, ' '), '')
        FROM jsonb_each(CASE WHEN jsonb_typeof(t) = 'object' THEN t ELSE '{}'::jsonb END) l, jsonb_each_text(CASE WHEN jsonb_typeof(l.value) = 'object' THEN l.value ELSE '{}'::jsonb END) v
       WHERE (v.key IN ('title', 'name', 'shortName')) = titles
    $$`);
    await q(`CREATE OR REPLACE FUNCTION search_refresh_document(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d record; names text; files text; texts text; tr_titles text; tr_rest text;
      BEGIN
        SELECT * INTO d FROM documents WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'document' AND entity_id = p_id;
          RETURN;
        END IF;
        SELECT coalesce(string_agg(g.signer_name || ' ' || g.signer_title || ' ' || i.name || coalesce(' ' || i.short_name, ''), ' '), '')
          INTO names FROM signatories g JOIN institutions i ON i.id = g.institution_id WHERE g.document_id = p_id;
        SELECT coalesce(string_agg(coalesce(a.title, '') || ' ' || v.file_name, ' '), ''),
               left(coalesce(string_agg(v.text, ' '), ''), 300000)
          INTO files, texts
          FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id AND v.n = a.version
         WHERE a.document_id = p_id;
        SELECT search_translation_text(d.translations, true), search_translation_text(d.translations, false)
          INTO tr_titles, tr_rest;
        PERFORM search_put('document', d.id, d.classification, d.title, d.status, names,
          concat_ws(' · ', d.reference_number, d.summary, nullif(tr_titles, ''), nullif(names, ''), nullif(files, ''), nullif(texts, '')),
          pacta_tsv(d.title || ' ' || coalesce(d.reference_number, '') || ' ' || tr_titles, 'A') || pacta_tsv(names, 'B')
            || pacta_tsv(concat_ws(' ', d.summary, tr_rest), 'C') || pacta_tsv(files || ' ' || texts, 'D'));
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_refresh_summit(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE s record; names text; tr_titles text; tr_rest text;
      BEGIN
        SELECT * INTO s FROM summits WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'summit' AND entity_id = p_id;
          RETURN;
        END IF;
        SELECT coalesce(string_agg(concat_ws(' ', p->>'name', p->>'title'), ' '), '') INTO names
          FROM jsonb_array_elements(coalesce(s.participants, '[]'::jsonb)) AS p;
        SELECT search_translation_text(s.translations, true), search_translation_text(s.translations, false)
          INTO tr_titles, tr_rest;
        PERFORM search_put('summit', s.id, 'public', s.title, s.status, names || ' ' || s.location,
          concat_ws(' · ', s.location, s.summary, nullif(tr_titles, ''), nullif(names, '')),
          pacta_tsv(s.title || ' ' || tr_titles, 'A') || pacta_tsv(names || ' ' || s.location, 'B') || pacta_tsv(concat_ws(' ', s.summary, tr_rest), 'C'));
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_refresh_institution(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE i record; tr_titles text;
      BEGIN
        SELECT * INTO i FROM institutions WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'institution' AND entity_id = p_id;
          RETURN;
        END IF;
        tr_titles := search_translation_text(i.translations, true);
        PERFORM search_put('institution', i.id, 'public', i.name, i.status, coalesce(i.short_name, ''),
          concat_ws(' · ', i.short_name, i.country, nullif(tr_titles, '')),
          pacta_tsv(i.name || ' ' || coalesce(i.short_name, '') || ' ' || tr_titles, 'A'));
      END $$`);
    await q(`SELECT search_refresh_document(id) FROM documents`);
    await q(`SELECT search_refresh_summit(id) FROM summits`);
    await q(`SELECT search_refresh_institution(id) FROM institutions`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // The definitions of 1796400000001-Search, without translations.
    await q(`CREATE OR REPLACE FUNCTION search_refresh_document(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE d record; names text; files text; texts text;
      BEGIN
        SELECT * INTO d FROM documents WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'document' AND entity_id = p_id;
          RETURN;
        END IF;
        SELECT coalesce(string_agg(g.signer_name || ' ' || g.signer_title || ' ' || i.name || coalesce(' ' || i.short_name, ''), ' '), '')
          INTO names FROM signatories g JOIN institutions i ON i.id = g.institution_id WHERE g.document_id = p_id;
        SELECT coalesce(string_agg(coalesce(a.title, '') || ' ' || v.file_name, ' '), ''),
               left(coalesce(string_agg(v.text, ' '), ''), 300000)
          INTO files, texts
          FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id AND v.n = a.version
         WHERE a.document_id = p_id;
        PERFORM search_put('document', d.id, d.classification, d.title, d.status, names,
          concat_ws(' · ', d.reference_number, d.summary, nullif(names, ''), nullif(files, ''), nullif(texts, '')),
          pacta_tsv(d.title || ' ' || coalesce(d.reference_number, ''), 'A') || pacta_tsv(names, 'B')
            || pacta_tsv(d.summary, 'C') || pacta_tsv(files || ' ' || texts, 'D'));
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_refresh_summit(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE s record; names text;
      BEGIN
        SELECT * INTO s FROM summits WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'summit' AND entity_id = p_id;
          RETURN;
        END IF;
        SELECT coalesce(string_agg(concat_ws(' ', p->>'name', p->>'title'), ' '), '') INTO names
          FROM jsonb_array_elements(coalesce(s.participants, '[]'::jsonb)) AS p;
        PERFORM search_put('summit', s.id, 'public', s.title, s.status, names || ' ' || s.location,
          concat_ws(' · ', s.location, s.summary, nullif(names, '')),
          pacta_tsv(s.title, 'A') || pacta_tsv(names || ' ' || s.location, 'B') || pacta_tsv(s.summary, 'C'));
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION search_refresh_institution(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE i record;
      BEGIN
        SELECT * INTO i FROM institutions WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'institution' AND entity_id = p_id;
          RETURN;
        END IF;
        PERFORM search_put('institution', i.id, 'public', i.name, i.status, coalesce(i.short_name, ''),
          concat_ws(' · ', i.short_name, i.country),
          pacta_tsv(i.name || ' ' || coalesce(i.short_name, ''), 'A'));
      END $$`);
    await q(`DROP FUNCTION search_translation_text(jsonb, boolean)`);
    await q(`SELECT search_refresh_document(id) FROM documents`);
    await q(`SELECT search_refresh_summit(id) FROM summits`);
    await q(`SELECT search_refresh_institution(id) FROM institutions`);
  }
}
