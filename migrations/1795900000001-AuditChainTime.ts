import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chain head remembers the time of the last event, so that each append takes
 * greatest(its clock, the last time) in the same statement that takes the head's row lock:
 * event times follow seq without a second round trip under the lock.
 */
export class AuditChainTime1795900000001 implements MigrationInterface {
  name = 'AuditChainTime1795900000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_chain_head" ADD "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '-infinity'`,
    );
    await queryRunner.query(
      `UPDATE "audit_chain_head" SET "at" = COALESCE((SELECT max("occurred_at") FROM "audit_events"), '-infinity')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_chain_head" DROP COLUMN "at"`);
  }
}
