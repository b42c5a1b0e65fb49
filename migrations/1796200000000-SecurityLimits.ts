import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempts counted in the database (every instance sees one limit), and the token version
 * that a password change bumps so that access tokens issued before it stop working.
 */
export class SecurityLimits1796200000000 implements MigrationInterface {
  name = 'SecurityLimits1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("key" character varying(400) NOT NULL, "attempts" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f90e70c50d5744e4d9f41dd397c" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_attempts_reset_at" ON "login_attempts"  ("reset_at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`DROP INDEX "IDX_login_attempts_reset_at"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
