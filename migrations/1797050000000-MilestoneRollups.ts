import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The milestone dashboard's counts, kept as the milestones change, so that the unfiltered
 * dashboard reads a few thousand summary rows instead of scanning every visible milestone (it
 * was the one read path that grew with the data: 13.8× slower at 10× more milestones).
 *
 * Clearance is a prefix of the levels (public ⊂ restricted ⊂ confidential), so each summary row
 * is kept per reader level and counts the milestones at or below it: a milestone classified
 * `restricted` counts in the `restricted` and `confidential` rows. A reader then reads the rows of
 * their own level, and every count is over exactly the milestones they may see.
 *
 * - `milestone_rollup`: per (level, sector, status, due date) the milestones, the sum of their
 *   progress and how many have one. The dashboard's totals, overdue and due-soon counts, status
 *   counts, average progress and sector groups are sums over these rows; their number is bounded
 *   by sectors × statuses × distinct due dates, not by the milestones.
 * - `milestone_group_rollup`: per (level, dimension, key) the milestones of each document, summit
 *   and owning institution, indexed by count, so the largest groups are an index scan.
 *
 * Statement-level triggers keep both: each statement's changed rows (its transition tables) are
 * applied as signed deltas, aggregated per key, in key order (so two statements lock summary
 * rows in the same order and cannot deadlock on them), and keys whose deltas cancel (an UPDATE
 * that moves nothing) are not written. A bulk insert is one aggregated upsert. The owners of a
 * deleted milestone are subtracted before it goes (a BEFORE DELETE row trigger), since the
 * cascade removes them after the milestone's classification is gone. The progress expression is
 * `progressSql` of src/milestones/milestone.sql.ts, frozen here; test/milestone-rollup.e2e-spec.ts
 * compares the summary-based dashboard with the scanning one and the kept rows with a rebuild.
 */
export class MilestoneRollups1797050000000 implements MigrationInterface {
  name = 'MilestoneRollups1797050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE milestone_rollup (
        clearance varchar(20) NOT NULL,
        sector varchar(100),
        status varchar(20) NOT NULL,
        due_on date NOT NULL,
        n bigint NOT NULL,
        progress_sum numeric NOT NULL,
        progress_n bigint NOT NULL,
        CONSTRAINT "UQ_milestone_rollup" UNIQUE NULLS NOT DISTINCT (clearance, sector, status, due_on))`,
      `CREATE TABLE milestone_group_rollup (
        clearance varchar(20) NOT NULL,
        dimension varchar(20) NOT NULL CHECK (dimension IN ('document', 'summit', 'owner')),
        key uuid,
        n bigint NOT NULL,
        CONSTRAINT "UQ_milestone_group_rollup" UNIQUE NULLS NOT DISTINCT (clearance, dimension, key))`,
      `CREATE INDEX "IDX_milestone_group_rollup_top" ON milestone_group_rollup (clearance, dimension, n DESC, key)`,
      `CREATE TYPE pacta_milestone_delta AS (
        classification text, sector text, status text, due_on date, progress numeric,
        document_id uuid, summit_id uuid, milestone_id uuid, sign int)`,
      `CREATE TYPE pacta_owner_delta AS (milestone_id uuid, institution_id uuid, sign int)`,
      // The reader levels that see a classification: its own and every level above it.
      `CREATE FUNCTION pacta_levels_seeing(classification text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT l FROM unnest(ARRAY['public', 'restricted', 'confidential']) WITH ORDINALITY AS u(l, i)
           WHERE i >= array_position(ARRAY['public', 'restricted', 'confidential'], classification)
        $$`,
      `CREATE FUNCTION pacta_milestone_progress(target numeric, baseline numeric, latest numeric) RETURNS numeric
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN target IS NULL OR latest IS NULL THEN NULL
            ELSE round(greatest(0::numeric, least(100::numeric, (latest - baseline) * 100 / (target - baseline))), 2) END
        $$`,
      `CREATE FUNCTION pacta_milestone_rollup_apply(d pacta_milestone_delta[], with_owners boolean) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO milestone_rollup AS r (clearance, sector, status, due_on, n, progress_sum, progress_n)
          SELECT l.level, x.sector, x.status, x.due_on, sum(x.sign), COALESCE(sum(x.sign * x.progress), 0),
                 COALESCE(sum(x.sign) FILTER (WHERE x.progress IS NOT NULL), 0)
            FROM unnest(d) x CROSS JOIN LATERAL pacta_levels_seeing(x.classification) AS l(level)
           GROUP BY 1, 2, 3, 4
          HAVING sum(x.sign) <> 0 OR COALESCE(sum(x.sign * x.progress), 0) <> 0
              OR COALESCE(sum(x.sign) FILTER (WHERE x.progress IS NOT NULL), 0) <> 0
           ORDER BY 1, 2, 3, 4
          ON CONFLICT ON CONSTRAINT "UQ_milestone_rollup" DO UPDATE
             SET n = r.n + excluded.n, progress_sum = r.progress_sum + excluded.progress_sum,
                 progress_n = r.progress_n + excluded.progress_n;
          INSERT INTO milestone_group_rollup AS r (clearance, dimension, key, n)
          SELECT l.level, g.dimension, g.key, sum(g.sign)
            FROM (SELECT 'document' AS dimension, x.document_id AS key, x.sign, x.classification FROM unnest(d) x
                  UNION ALL
                  SELECT 'summit', x.summit_id, x.sign, x.classification FROM unnest(d) x
                  UNION ALL
                  SELECT 'owner', o.institution_id, x.sign, x.classification
                    FROM unnest(d) x JOIN milestone_owners o ON o.milestone_id = x.milestone_id
                   WHERE with_owners) g
            CROSS JOIN LATERAL pacta_levels_seeing(g.classification) AS l(level)
           GROUP BY 1, 2, 3
          HAVING sum(g.sign) <> 0
           ORDER BY 1, 2, 3
          ON CONFLICT ON CONSTRAINT "UQ_milestone_group_rollup" DO UPDATE SET n = r.n + excluded.n;
        $$`,
      // Owners count at their milestone's classification; an owner row whose milestone is gone
      // (the cascade of a delete) was already subtracted by the milestone's BEFORE DELETE trigger.
      `CREATE FUNCTION pacta_owner_rollup_apply(d pacta_owner_delta[]) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO milestone_group_rollup AS r (clearance, dimension, key, n)
          SELECT l.level, 'owner', x.institution_id, sum(x.sign)
            FROM unnest(d) x JOIN milestones m ON m.id = x.milestone_id
            CROSS JOIN LATERAL pacta_levels_seeing(m.classification) AS l(level)
           GROUP BY 1, 2, 3
          HAVING sum(x.sign) <> 0
           ORDER BY 1, 2, 3
          ON CONFLICT ON CONSTRAINT "UQ_milestone_group_rollup" DO UPDATE SET n = r.n + excluded.n;
        $$`,
      `CREATE FUNCTION pacta_milestone_rollup_track() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            -- A new milestone has no owners yet (their rows reference it).
            PERFORM pacta_milestone_rollup_apply(array(
              SELECT (n.classification, n.sector, n.status, n.due_on,
                      pacta_milestone_progress(n.indicator_target, n.indicator_baseline, n.latest_value),
                      n.document_id, n.summit_id, n.id, 1)::pacta_milestone_delta FROM new_rows n), false);
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM pacta_milestone_rollup_apply(array(
              SELECT (n.classification, n.sector, n.status, n.due_on,
                      pacta_milestone_progress(n.indicator_target, n.indicator_baseline, n.latest_value),
                      n.document_id, n.summit_id, n.id, 1)::pacta_milestone_delta FROM new_rows n
              UNION ALL
              SELECT (o.classification, o.sector, o.status, o.due_on,
                      pacta_milestone_progress(o.indicator_target, o.indicator_baseline, o.latest_value),
                      o.document_id, o.summit_id, o.id, -1)::pacta_milestone_delta FROM old_rows o), true);
          ELSE
            -- Its owners were subtracted before the delete (pacta_milestone_rollup_owners_gone).
            PERFORM pacta_milestone_rollup_apply(array(
              SELECT (o.classification, o.sector, o.status, o.due_on,
                      pacta_milestone_progress(o.indicator_target, o.indicator_baseline, o.latest_value),
                      o.document_id, o.summit_id, o.id, -1)::pacta_milestone_delta FROM old_rows o), false);
          END IF;
          RETURN NULL;
        END $$`,
      `CREATE FUNCTION pacta_milestone_rollup_owners_gone() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pacta_owner_rollup_apply(array(
            SELECT (o.milestone_id, o.institution_id, -1)::pacta_owner_delta
              FROM milestone_owners o WHERE o.milestone_id = OLD.id));
          RETURN OLD;
        END $$`,
      `CREATE FUNCTION pacta_owner_rollup_track() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM pacta_owner_rollup_apply(array(
              SELECT (n.milestone_id, n.institution_id, 1)::pacta_owner_delta FROM new_rows n));
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM pacta_owner_rollup_apply(array(
              SELECT (o.milestone_id, o.institution_id, -1)::pacta_owner_delta FROM old_rows o));
          END IF;
          RETURN NULL;
        END $$`,
      // Adds the milestones after `after` (by id, `chunk` of them) to both summaries; answers the
      // last id added, NULL when none was left. The backfill goes chunk by chunk, so that no one
      // statement runs into the statement timeout at a million milestones.
      `CREATE FUNCTION pacta_milestone_rollup_backfill(after uuid, chunk int) RETURNS uuid LANGUAGE plpgsql AS $$
        DECLARE
          d pacta_milestone_delta[];
          last uuid;
        BEGIN
          SELECT array_agg((m.classification, m.sector, m.status, m.due_on,
                            pacta_milestone_progress(m.indicator_target, m.indicator_baseline, m.latest_value),
                            m.document_id, m.summit_id, m.id, 1)::pacta_milestone_delta ORDER BY m.id),
                 (array_agg(m.id ORDER BY m.id DESC))[1]
            INTO d, last
            FROM (SELECT * FROM milestones WHERE after IS NULL OR id > after ORDER BY id LIMIT chunk) m;
          IF last IS NOT NULL THEN PERFORM pacta_milestone_rollup_apply(d, true); END IF;
          RETURN last;
        END $$`,
      // Both summaries from the tables as they are (after a TRUNCATE).
      `CREATE FUNCTION pacta_milestone_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE last uuid;
        BEGIN
          DELETE FROM milestone_rollup;
          DELETE FROM milestone_group_rollup;
          LOOP
            last := pacta_milestone_rollup_backfill(last, 50000);
            EXIT WHEN last IS NULL;
          END LOOP;
        END $$`,
      `CREATE FUNCTION pacta_milestone_rollup_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pacta_milestone_rollup_rebuild();
          RETURN NULL;
        END $$`,
      `CREATE TRIGGER milestone_rollup_insert AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_milestone_rollup_track()`,
      `CREATE TRIGGER milestone_rollup_update AFTER UPDATE ON milestones
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_milestone_rollup_track()`,
      `CREATE TRIGGER milestone_rollup_delete AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_milestone_rollup_track()`,
      `CREATE TRIGGER zz_milestone_rollup_owners_gone BEFORE DELETE ON milestones
        FOR EACH ROW EXECUTE FUNCTION pacta_milestone_rollup_owners_gone()`,
      `CREATE TRIGGER milestone_owner_rollup_insert AFTER INSERT ON milestone_owners REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_owner_rollup_track()`,
      `CREATE TRIGGER milestone_owner_rollup_update AFTER UPDATE ON milestone_owners
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_owner_rollup_track()`,
      `CREATE TRIGGER milestone_owner_rollup_delete AFTER DELETE ON milestone_owners REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_owner_rollup_track()`,
      `CREATE TRIGGER milestone_rollup_truncate AFTER TRUNCATE ON milestones
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_milestone_rollup_truncated()`,
      `CREATE TRIGGER milestone_owner_rollup_truncate AFTER TRUNCATE ON milestone_owners
        FOR EACH STATEMENT EXECUTE FUNCTION pacta_milestone_rollup_truncated()`,
    ];
    for (const sql of statements) await queryRunner.query(sql);
    let last: string | null = null;
    do {
      const [row] = (await queryRunner.query('SELECT pacta_milestone_rollup_backfill($1, 50000) AS last', [
        last,
      ])) as { last: string | null }[];
      last = row.last;
    } while (last !== null);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      'DROP TRIGGER milestone_owner_rollup_truncate ON milestone_owners',
      'DROP TRIGGER milestone_rollup_truncate ON milestones',
      'DROP TRIGGER milestone_owner_rollup_delete ON milestone_owners',
      'DROP TRIGGER milestone_owner_rollup_update ON milestone_owners',
      'DROP TRIGGER milestone_owner_rollup_insert ON milestone_owners',
      'DROP TRIGGER zz_milestone_rollup_owners_gone ON milestones',
      'DROP TRIGGER milestone_rollup_delete ON milestones',
      'DROP TRIGGER milestone_rollup_update ON milestones',
      'DROP TRIGGER milestone_rollup_insert ON milestones',
      'DROP FUNCTION pacta_milestone_rollup_truncated()',
      'DROP FUNCTION pacta_milestone_rollup_rebuild()',
      'DROP FUNCTION pacta_milestone_rollup_backfill(uuid, int)',
      'DROP FUNCTION pacta_owner_rollup_track()',
      'DROP FUNCTION pacta_milestone_rollup_owners_gone()',
      'DROP FUNCTION pacta_milestone_rollup_track()',
      'DROP FUNCTION pacta_owner_rollup_apply(pacta_owner_delta[])',
      'DROP FUNCTION pacta_milestone_rollup_apply(pacta_milestone_delta[], boolean)',
      'DROP FUNCTION pacta_milestone_progress(numeric, numeric, numeric)',
      'DROP FUNCTION pacta_levels_seeing(text)',
      'DROP TYPE pacta_owner_delta',
      'DROP TYPE pacta_milestone_delta',
      'DROP TABLE milestone_group_rollup',
      'DROP TABLE milestone_rollup',
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }
}
