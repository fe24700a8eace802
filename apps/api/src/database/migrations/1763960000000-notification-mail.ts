import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail for notifications: each user's preference, and on each notification where its mail stands (an
 * outbox the mail sender works through). Rows already there are history: the default 'skipped' keeps them
 * from being mailed now.
 */
export class NotificationMail1763960000000 implements MigrationInterface {
  name = 'NotificationMail1763960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "mail_preference" character varying(20) NOT NULL DEFAULT 'immediate'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "mail_status" character varying(20) NOT NULL DEFAULT 'skipped'`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "mail_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "mail_next_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "mail_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "mail_error" character varying(100)`);
    await queryRunner.query(
      `CREATE INDEX "ix_notification_mail_digest" ON "notification"  ("user_id", "created_at") WHERE "mail_status" = 'digest'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_mail_pending" ON "notification"  ("created_at") WHERE "mail_status" = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "ck_app_user_mail_preference" CHECK ("mail_preference" IN ('immediate', 'daily-digest', 'off'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_mail_status" CHECK ("mail_status" IN ('pending', 'digest', 'sent', 'skipped', 'failed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_mail_status"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_mail_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_mail_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_mail_digest"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail_error"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail_sent_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail_next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail_attempts"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail_status"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "mail_preference"`);
  }
}
