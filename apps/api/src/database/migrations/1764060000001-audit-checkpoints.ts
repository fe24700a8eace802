import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each database's chain gets an id of its own that every checkpoint signs, so checkpoints of another database
 * (a DATA_DIR reused, a file copied) are never taken for this one's. The database records the newest checkpoint written outside it (its number and digest), so a checkpoint file
 * shortened by whoever administers it shows in verification, as a chain wound back shows against the file.
 */
export class AuditCheckpoints1764060000001 implements MigrationInterface {
  name = 'AuditCheckpoints1764060000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_chain_head" ADD "chain_id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" ADD "checkpoint_number" bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" ADD "checkpoint_digest" character varying(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_chain_head" DROP COLUMN "checkpoint_digest"`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" DROP COLUMN "checkpoint_number"`);
    await queryRunner.query(`ALTER TABLE "audit_chain_head" DROP COLUMN "chain_id"`);
  }
}
