import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a sign-in no longer writes app_user (whose version guards an admin's edit); the last sign-in moves
 * to a table of its own. Failure counts and locks stay in Redis.
 */
export class SignInBookkeeping1764050000001 implements MigrationInterface {
  name = 'SignInBookkeeping1764050000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_sign_in" ("user_id" uuid NOT NULL, "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_user_sign_in" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_sign_in" ADD CONSTRAINT "fk_user_sign_in_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "user_sign_in" ("user_id", "last_sign_in_at") SELECT "id", "last_login_at" FROM "app_user" WHERE "last_login_at" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_login_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_login_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "app_user" SET "last_login_at" = s."last_sign_in_at" FROM "user_sign_in" s WHERE s."user_id" = "app_user"."id"`,
    );
    await queryRunner.query(`DROP TABLE "user_sign_in"`);
  }
}
