import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The `Idempotency-Key` store (issue 13): one row per user and key, the first response kept for 24 hours. */
export class IdempotencyKeys1764040000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key_hash" character varying(64) NOT NULL, "fingerprint" character varying(64) NOT NULL, "response_status" integer, "response_headers" jsonb, "response_body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_idempotency_key" PRIMARY KEY ("user_id", "key_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idempotency_key_expires_at" ON "idempotency_key"  ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "idempotency_key" ADD CONSTRAINT "fk_idempotency_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "fk_idempotency_key_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_key_expires_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
