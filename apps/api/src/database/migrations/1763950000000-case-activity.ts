import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `case_file.last_activity_at`: the last change to a case's plan, actions or team, for the stagnation
 * reminder and the dashboard's stagnating cases. Existing cases get the latest of their opening, their
 * toekomstplan versions and their team members' arrival.
 */
export class CaseActivity1763950000000 implements MigrationInterface {
  name = 'CaseActivity1763950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" ADD "last_activity_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "case_file" c SET "last_activity_at" = GREATEST(
         c."created_at",
         (SELECT MAX(v."created_at") FROM "toekomstplan_version" v WHERE v."case_id" = c."id"),
         (SELECT MAX(m."added_at") FROM "case_team_member" m WHERE m."case_id" = c."id"))`,
    );
    await queryRunner.query(`ALTER TABLE "case_file" ALTER COLUMN "last_activity_at" SET DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "case_file" ALTER COLUMN "last_activity_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_case_file_last_activity_at" ON "case_file" ("last_activity_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_file_last_activity_at"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "last_activity_at"`);
  }
}
