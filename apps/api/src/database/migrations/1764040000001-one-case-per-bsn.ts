import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One dossier per jongere (issue 13): a second case with the same BSN splits the plan, the team and the consents
 * of one jongere over two files, so the BSN is unique over all cases (a closed case is reopened, not opened again).
 * A database that already holds duplicates stops here with a count, never with the BSNs themselves.
 */
export class OneCasePerBsn1764040000001 implements MigrationInterface {
  name = 'OneCasePerBsn1764040000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ duplicates }]: Array<{ duplicates: number }> = await queryRunner.query(
      `SELECT COUNT(*)::int AS duplicates FROM (SELECT 1 FROM "case_file" WHERE "bsn" IS NOT NULL GROUP BY "bsn" HAVING COUNT(*) > 1) d`,
    );
    if (duplicates > 0) {
      throw new Error(
        `${duplicates} BSN(s) belong to more than one case: merge those dossiers before this migration (one case per jongere)`,
      );
    }
    await queryRunner.query(`DROP INDEX "public"."ix_case_file_bsn"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_file_bsn" ON "case_file"  ("bsn") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_case_file_bsn"`);
    await queryRunner.query(`CREATE INDEX "ix_case_file_bsn" ON "case_file" ("bsn") `);
  }
}
