import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * §14 notifications: a transactional outbox (notification_events, written in the transaction of
 * the write that causes it), subscriptions, one delivery per (event, subscription) with every
 * attempt, the inbox, and the keys that make time-based events and digests happen once.
 * Like text_extraction_jobs, these tables are read and written in SQL only (no entities).
 */
export class Notifications1796600000000 implements MigrationInterface {
  name = 'Notifications1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const types = `'milestone.due_soon', 'milestone.overdue', 'milestone.transitioned', 'progress.reported', 'document.transitioned', 'document.expiring', 'party.transitioned', 'deadline.created'`;
    await queryRunner.query(`CREATE TABLE "notification_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "seq" bigserial NOT NULL UNIQUE,
      "type" character varying(40) NOT NULL CHECK ("type" IN (${types})),
      "subject_kind" character varying(20) NOT NULL CHECK ("subject_kind" IN ('milestone', 'document', 'party', 'deadline_rule')),
      "subject_id" uuid NOT NULL,
      "subject_title" text NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}',
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "classification" character varying(20) NOT NULL CHECK ("classification" IN ('public', 'restricted', 'confidential')),
      "document_id" uuid,
      "milestone_id" uuid,
      "summit_id" uuid,
      "countries" text array NOT NULL DEFAULT '{}',
      "sectors" text array NOT NULL DEFAULT '{}',
      "owner_institution_ids" uuid array NOT NULL DEFAULT '{}',
      "actor_id" uuid,
      "fanned_out_at" TIMESTAMP WITH TIME ZONE)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_events_pending" ON "notification_events" ("seq") WHERE "fanned_out_at" IS NULL`,
    );
    await queryRunner.query(`CREATE TABLE "subscriptions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "owner_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "active" boolean NOT NULL DEFAULT true,
      "channel" character varying(10) NOT NULL CHECK ("channel" IN ('inbox', 'email', 'webhook')),
      "target" character varying(2000),
      "events" text array NOT NULL,
      "filter" jsonb NOT NULL DEFAULT '{}',
      "days_before" integer,
      "digest" boolean NOT NULL DEFAULT false,
      "language" character varying(2) NOT NULL DEFAULT 'en' CHECK ("language" IN ('en', 'ru', 'az', 'kk')),
      "clearance" character varying(20) CHECK ("clearance" IN ('public', 'restricted', 'confidential')),
      "secret" text,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_by" uuid NOT NULL,
      "updated_by" uuid NOT NULL,
      CONSTRAINT "CHK_subscriptions_target" CHECK (("channel" = 'inbox') = ("target" IS NULL)),
      CONSTRAINT "CHK_subscriptions_webhook" CHECK (("channel" = 'webhook') = ("secret" IS NOT NULL AND "clearance" IS NOT NULL)))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_subscriptions_owner" ON "subscriptions" ("owner_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_subscriptions_events" ON "subscriptions" USING gin ("events") WHERE "active"`,
    );
    await queryRunner.query(`CREATE TABLE "deliveries" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "subscription_id" uuid NOT NULL REFERENCES "subscriptions"("id") ON DELETE CASCADE,
      "event_id" uuid REFERENCES "notification_events"("id") ON DELETE CASCADE,
      "digest_day" date,
      "status" character varying(10) NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'delivered', 'retrying', 'failed', 'skipped')),
      "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_attempt_at" TIMESTAMP WITH TIME ZONE,
      "status_code" integer,
      "detail" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_deliveries_kind" CHECK (("event_id" IS NULL) <> ("digest_day" IS NULL)),
      CONSTRAINT "UQ_deliveries_event" UNIQUE ("event_id", "subscription_id"),
      CONSTRAINT "UQ_deliveries_digest" UNIQUE ("subscription_id", "digest_day"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_deliveries_due" ON "deliveries" ("next_attempt_at") WHERE "status" IN ('pending', 'retrying')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_deliveries_subscription" ON "deliveries" ("subscription_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE TABLE "delivery_attempts" (
      "delivery_id" uuid NOT NULL REFERENCES "deliveries"("id") ON DELETE CASCADE,
      "attempt" integer NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ok" boolean NOT NULL,
      "status_code" integer,
      "detail" text NOT NULL,
      "duration_ms" integer NOT NULL,
      PRIMARY KEY ("delivery_id", "attempt"))`);
    await queryRunner.query(`CREATE TABLE "notifications" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "delivery_id" uuid UNIQUE REFERENCES "deliveries"("id") ON DELETE SET NULL,
      "event_id" uuid NOT NULL,
      "type" character varying(40) NOT NULL,
      "subject" jsonb NOT NULL,
      "data" jsonb NOT NULL,
      "link" text NOT NULL,
      "classification" character varying(20) NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "read_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "seq" bigserial NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_user" ON "notifications" ("user_id", "seq")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_unread" ON "notifications" ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(`CREATE TABLE "notification_schedule_keys" (
      "key" character varying(200) NOT NULL PRIMARY KEY,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_schedule_keys',
      'notifications',
      'delivery_attempts',
      'deliveries',
      'subscriptions',
      'notification_events',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
