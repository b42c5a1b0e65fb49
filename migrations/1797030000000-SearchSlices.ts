import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search's candidates come from slices of search_entries, each with its own partial GIN
 * index on tsv, in this order: a sixteenth, three sixteenths and the remaining three quarters of
 * the entries (by `uuid_hash(entity_id) & 15`). A GIN index answers only with a bitmap of every match,
 * so a word in 25 000 entries cost 20–45 ms of CPU before one of them could be ranked; the search
 * now reads the slices in turn and stops once it has MAX_RANKED visible matches, so a broad word
 * reads the bitmap of a sixteenth of its matches (src/search/search.sql.ts, `SEARCH_SLICES`, has
 * the same predicates: a query's predicate must imply its index's for the planner to use it).
 * The full index stays for the registers' `q`, which wants every match.
 */
const SLICES: [name: string, predicate: string][] = [
  ['IDX_search_entries_tsv_s0', '= 0'],
  ['IDX_search_entries_tsv_s1', 'BETWEEN 1 AND 3'],
  ['IDX_search_entries_tsv_s4', 'BETWEEN 4 AND 15'],
];

export class SearchSlices1797030000000 implements MigrationInterface {
  name = 'SearchSlices1797030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, predicate] of SLICES)
      await queryRunner.query(
        `CREATE INDEX "${name}" ON search_entries USING gin (tsv) WHERE (uuid_hash(entity_id) & 15) ${predicate}`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of SLICES) await queryRunner.query(`DROP INDEX "${name}"`);
  }
}
