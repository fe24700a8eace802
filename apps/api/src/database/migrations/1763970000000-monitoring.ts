import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator's dashboard (issue 7). Its signals about 100,000 cases must not parse every plan's jsonb
 * per request, so each case keeps whether it has a toekomstplan and whether its current plan's 18-/18+
 * checklist is open (an item not done, or no checklist). A trigger keeps both with every inserted version,
 * in the inserting transaction, whoever inserts (the api, the demo seed, the benchmark's generator); existing
 * cases are filled from their latest version. Plus the indexes of the dashboard's period selections.
 */
export class Monitoring1763970000000 implements MigrationInterface {
  name = 'Monitoring1763970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" ADD "has_toekomstplan" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD "checklist_open" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`
      CREATE FUNCTION toekomstplan_checklist_open(content jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN jsonb_typeof(content -> 'transitionChecklist') <> 'array'
                      OR jsonb_array_length(content -> 'transitionChecklist') = 0 THEN true
                    ELSE EXISTS (SELECT 1 FROM jsonb_array_elements(content -> 'transitionChecklist') AS item
                                  WHERE item ->> 'status' IS DISTINCT FROM 'done')
               END
      $$`);
    // Per statement, over all rows it inserted: a bulk insert of many versions updates each case once.
    await queryRunner.query(`
      CREATE FUNCTION case_file_keep_plan_flags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE case_file c
           SET has_toekomstplan = true, checklist_open = toekomstplan_checklist_open(latest.content)
          FROM (SELECT DISTINCT ON (n.case_id) n.case_id, n.number, n.content
                  FROM inserted_versions n ORDER BY n.case_id, n.number DESC) latest
         WHERE c.id = latest.case_id
           AND NOT EXISTS (SELECT 1 FROM toekomstplan_version v
                            WHERE v.case_id = latest.case_id AND v.number > latest.number);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER toekomstplan_version_plan_flags AFTER INSERT ON "toekomstplan_version" REFERENCING NEW TABLE AS inserted_versions FOR EACH STATEMENT EXECUTE FUNCTION case_file_keep_plan_flags()`,
    );
    await queryRunner.query(
      `UPDATE "case_file" c SET "has_toekomstplan" = true, "checklist_open" = toekomstplan_checklist_open(latest.content)
         FROM (SELECT DISTINCT ON (v.case_id) v.case_id, v.content
                 FROM "toekomstplan_version" v ORDER BY v.case_id, v.number DESC) latest
        WHERE c.id = latest.case_id`,
    );
    // Each signal counts one range of one of these (index-only), not every open case of the region.
    await queryRunner.query(
      `CREATE INDEX "ix_case_file_open_birth" ON "case_file" ("municipality_id", "date_of_birth") INCLUDE ("checklist_open") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_file_open_without_plan" ON "case_file" ("municipality_id", "date_of_birth") WHERE "status" = 'open' AND NOT "has_toekomstplan"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_file_open_activity" ON "case_file" ("municipality_id", "last_activity_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_escalation_region_closed" ON "escalation" ("region_id", "closed_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_region_submitted" ON "escalation" ("region_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_open_created" ON "agreement" ("created_at") WHERE "status" = 'open'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_open_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_region_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_region_closed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_file_open_activity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_file_open_without_plan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_file_open_birth"`);
    await queryRunner.query(`DROP TRIGGER toekomstplan_version_plan_flags ON "toekomstplan_version"`);
    await queryRunner.query(`DROP FUNCTION case_file_keep_plan_flags()`);
    await queryRunner.query(`DROP FUNCTION toekomstplan_checklist_open(jsonb)`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "checklist_open"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "has_toekomstplan"`);
  }
}
