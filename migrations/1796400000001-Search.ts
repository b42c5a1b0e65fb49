import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capital letters of Russian, Kazakh and Azerbaijani and the folded letters they become; and
 * word-joining punctuation as spaces (`AZ-KZ-2022-017` is four words, not `az-kz` and `-017`).
 */
const FOLD_FROM = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ' + 'ӘҒҚҢӨҰҮҺІ' + 'әғқңөұүһіё' + 'Əə' + '-/_.';
const FOLD_TO = 'абвгдеежзийклмнопрстуфхцчшщъыьэюя' + 'агкноуухи' + 'агкноуухие' + 'ee' + '    ';

/** Cyrillic to Latin, letter for letter: only the key that typo matching compares. */
const TRANSLIT_FROM = 'абвгдежзийклмнопрстуфхцчшщыэюяъь';
const TRANSLIT_TO = 'abvgdejziiklmnoprstufhccssyeua';

/**
 * Search (§13). One row per searchable entity in `search_entries`, kept in step by triggers in
 * the same transaction as every write, with a weighted tsvector (A titles and reference numbers,
 * B names, C summaries and descriptions, D attachment titles and text) in the `pacta` text
 * search configuration, and the entity's classification for clearance.
 *
 * Folding: `pacta_fold` lowercases and folds script-specific letters itself (ә ғ қ ң ө ұ ү һ і,
 * ə) before `unaccent` (ğ ş ç ö ü ı and the other accents), without the database's locale: the
 * embedded cluster runs with LC_CTYPE=C, where lower() and pg_trgm see only ASCII letters.
 * (Custom unaccent rules would be a file in the server's share directory, which a migration
 * cannot write; the rules live here instead.)
 *
 * Typos: `search_words` holds every word of titles and names with an ASCII key (transliterated),
 * indexed by trigrams; a query word also matches the few stored words most similar to it.
 * These tables have no entity: only triggers write them and only search reads them.
 */
export class Search1796400000001 implements MigrationInterface {
  name = 'Search1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q(`CREATE FUNCTION pacta_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT lower(unaccent('unaccent'::regdictionary, translate(t, '${FOLD_FROM}', '${FOLD_TO}'))) $$`);
    await q(`CREATE FUNCTION pacta_translit(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT translate(t, '${TRANSLIT_FROM}', '${TRANSLIT_TO}') $$`);
    await q(`CREATE TEXT SEARCH CONFIGURATION pacta (COPY = simple)`);
    await q(`ALTER TEXT SEARCH CONFIGURATION pacta
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem`);
    await q(
      `ALTER TEXT SEARCH CONFIGURATION pacta ALTER MAPPING FOR word, hword, hword_part WITH unaccent, russian_stem`,
    );
    await q(`CREATE FUNCTION pacta_tsv(t text, w "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector('pacta', pacta_fold(coalesce(t, ''))), w) $$`);

    await q(`CREATE TABLE search_entries (
      entity_type varchar(20) NOT NULL,
      entity_id uuid NOT NULL,
      classification varchar(20) NOT NULL,
      title text NOT NULL,
      status varchar(40) NOT NULL,
      body text NOT NULL,
      tsv tsvector NOT NULL,
      PRIMARY KEY (entity_type, entity_id))`);
    await q(`CREATE INDEX "IDX_search_entries_tsv" ON search_entries USING gin (tsv)`);
    await q(`CREATE TABLE search_words (word text PRIMARY KEY, key text NOT NULL)`);
    await q(`CREATE INDEX "IDX_search_words_key" ON search_words USING gin (key gin_trgm_ops)`);

    // Upserts one entry and remembers the words of its names (typo matching).
    await q(`CREATE FUNCTION search_put(p_type text, p_id uuid, p_class text, p_title text, p_status text,
        p_names text, p_body text, p_tsv tsvector) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_entries (entity_type, entity_id, classification, title, status, body, tsv)
        VALUES (p_type, p_id, p_class, p_title, p_status, left(p_body, 20000), p_tsv)
        ON CONFLICT (entity_type, entity_id) DO UPDATE SET classification = EXCLUDED.classification,
          title = EXCLUDED.title, status = EXCLUDED.status, body = EXCLUDED.body, tsv = EXCLUDED.tsv;
        INSERT INTO search_words (word, key)
          SELECT w, pacta_translit(w) FROM unnest(tsvector_to_array(to_tsvector('simple', pacta_fold(p_title || ' ' || p_names)))) AS w
           WHERE length(w) BETWEEN 3 AND 60
        ON CONFLICT (word) DO NOTHING;
      END $$`);

    await q(`CREATE FUNCTION search_refresh_document(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
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

    await q(`CREATE FUNCTION search_refresh_summit(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
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

    await q(`CREATE FUNCTION search_refresh_institution(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
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

    await q(`CREATE FUNCTION search_refresh_milestone(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE m record;
      BEGIN
        SELECT * INTO m FROM milestones WHERE id = p_id;
        IF NOT FOUND THEN
          DELETE FROM search_entries WHERE entity_type = 'milestone' AND entity_id = p_id;
          RETURN;
        END IF;
        PERFORM search_put('milestone', m.id, m.classification, m.title, m.status, '',
          concat_ws(' · ', m.description, m.sector),
          pacta_tsv(m.title, 'A') || pacta_tsv(concat_ws(' ', m.description, m.sector), 'C'));
      END $$`);

    // Triggers: each write refreshes the entries it changes, in its own transaction.
    await q(`CREATE FUNCTION search_track() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q(`CREATE FUNCTION search_track_document_part() RETURNS trigger LANGUAGE plpgsql AS $$
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
    for (const table of ['documents', 'summits', 'institutions', 'milestones']) {
      await q(`CREATE TRIGGER search_track AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION search_track()`);
    }
    await q(`CREATE TRIGGER search_track AFTER INSERT OR UPDATE OR DELETE ON signatories
      FOR EACH ROW EXECUTE FUNCTION search_track_document_part()`);
    await q(`CREATE TRIGGER search_track AFTER INSERT OR UPDATE OR DELETE ON attachments
      FOR EACH ROW EXECUTE FUNCTION search_track_document_part()`);
    await q(`CREATE TRIGGER search_track AFTER UPDATE OF text, text_status ON attachment_versions
      FOR EACH ROW EXECUTE FUNCTION search_track_document_part()`);

    // Rows that exist already.
    await q(`SELECT search_refresh_institution(id) FROM institutions`);
    await q(`SELECT search_refresh_summit(id) FROM summits`);
    await q(`SELECT search_refresh_document(id) FROM documents`);
    await q(`SELECT search_refresh_milestone(id) FROM milestones`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of [
      'documents',
      'summits',
      'institutions',
      'milestones',
      'signatories',
      'attachments',
      'attachment_versions',
    ]) {
      await q(`DROP TRIGGER search_track ON ${table}`);
    }
    await q(`DROP FUNCTION search_track_document_part()`);
    await q(`DROP FUNCTION search_track()`);
    for (const type of ['document', 'summit', 'institution', 'milestone'])
      await q(`DROP FUNCTION search_refresh_${type}(uuid)`);
    await q(`DROP FUNCTION search_put(text, uuid, text, text, text, text, text, tsvector)`);
    await q(`DROP TABLE search_words`);
    await q(`DROP TABLE search_entries`);
    await q(`DROP FUNCTION pacta_tsv(text, "char")`);
    await q(`DROP TEXT SEARCH CONFIGURATION pacta`);
    await q(`DROP FUNCTION pacta_translit(text)`);
    await q(`DROP FUNCTION pacta_fold(text)`);
  }
}
