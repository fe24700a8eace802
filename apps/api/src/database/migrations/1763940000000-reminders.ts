import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder outbox: every reminder a change implies is written with that change, then relayed to BullMQ
 * for its timing; delivery marks the row once.
 */
export class Reminders1763940000000 implements MigrationInterface {
  name = 'Reminders1763940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(200) NOT NULL, "kind" character varying(60) NOT NULL, "subject_id" character varying(100) NOT NULL, "case_id" uuid, "recipient_user_id" uuid NOT NULL, "due_on" date NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "enqueued_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_reminder" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reminder_case" ON "reminder"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "ix_reminder_subject" ON "reminder"  ("subject_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_reminder_pending_unenqueued" ON "reminder"  ("created_at") WHERE "status" = 'pending' AND "enqueued_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reminder_pending_due" ON "reminder"  ("due_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reminder_key" ON "reminder"  ("key") `);
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_recipient"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reminder_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_pending_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_pending_unenqueued"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_case"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
  }
}
