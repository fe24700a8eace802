import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration in the access log (issue 13): an event about a user, an organisation or a region names it in
 * `subject_id` (no foreign key, like the rest of the log: it outlives what it is about). Older events have none,
 * and the hash covers the column only when it is set, so their chain stays valid. The index serves the privacy
 * officer's search for everything done to one person.
 */
export class AdminAuditSubject1764020000000 implements MigrationInterface {
  name = 'AdminAuditSubject1764020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "subject_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_subject_at" ON "audit_event" ("subject_id", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_event_subject_at"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "subject_id"`);
  }
}
