import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator's dashboard (issue 7). Its signals about 100,000 cases must not parse every plan's jsonb
 * per request, so each case keeps whether it has a toekomstplan and whether its current plan's 18-/18+
 * checklist is open (an item not done, or no checklist). A trigger keeps both with every inserted version,
 * in the inserting transaction, whoever inserts (the api, the demo seed, the benchmark's generator); existing
 * cases are filled from their latest version. Plus the indexes of the dashboard's period selections.
 *
 * Each escalation keeps what the dashboard's figures would otherwise join per escalation (with 20,000 escalations
 * the joins were most of its time): `municipality_id`, its case's municipality when it was submitted (the
 * municipality responsible then; a later move does not move the escalation's figures), `first_triage_at` (the
 * earlier of `triaged_at` and its first return) and `first_session_at` (the start of the first session that
 * discussed it). Triggers keep them in the writing transaction whoever writes (the api, the demo seed, the
 * benchmark's generator), and the period indexes carry them, so a figure reads one index range and no table.
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
    await this.keepEscalationFigures(queryRunner);
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_region_closed" ON "escalation" ("region_id", "closed_at") INCLUDE ("municipality_id", "outcome")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_region_submitted" ON "escalation" ("region_id", "submitted_at") INCLUDE ("municipality_id", "state", "state_since", "reason_code", "sectors_needed", "closed_at", "first_triage_at", "first_session_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_open_created" ON "agreement" ("created_at") WHERE "status" = 'open'`,
    );
  }

  private async keepEscalationFigures(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation" ADD "municipality_id" uuid`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD "first_triage_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD "first_session_at" TIMESTAMP WITH TIME ZONE`);
    // Positional parameters: in a SQL function a column of the same name would win over a named one.
    await queryRunner.query(`
      CREATE FUNCTION escalation_first_triage_at(uuid, timestamptz) RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT LEAST($2, (SELECT min(t.at) FROM escalation_transition t
                           WHERE t.escalation_id = $1 AND t.transition = 'return'))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION escalation_first_session_at(uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT min(s.starts_at) FROM agenda_item ai JOIN actietafel_session s ON s.id = ai.session_id
         WHERE ai.escalation_id = $1 AND ai.phase = 'discussed'
      $$`);
    await queryRunner.query(
      `UPDATE "escalation" e SET "municipality_id" = c.municipality_id, "first_triage_at" = escalation_first_triage_at(e.id, e.triaged_at),
              "first_session_at" = escalation_first_session_at(e.id)
         FROM "case_file" c WHERE c.id = e.case_id`,
    );
    await queryRunner.query(`ALTER TABLE "escalation" ALTER COLUMN "municipality_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The municipality is taken when the escalation is made (a draft needs one too) and again when it is first
    // submitted; a resubmission keeps it. The stages are recomputed with every write of the escalation.
    await queryRunner.query(`
      CREATE FUNCTION escalation_keep_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR (OLD.submitted_at IS NULL AND NEW.submitted_at IS NOT NULL) THEN
          NEW.municipality_id := (SELECT c.municipality_id FROM case_file c WHERE c.id = NEW.case_id);
        END IF;
        NEW.first_triage_at := escalation_first_triage_at(NEW.id, NEW.triaged_at);
        NEW.first_session_at := escalation_first_session_at(NEW.id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER escalation_figures BEFORE INSERT OR UPDATE ON "escalation" FOR EACH ROW EXECUTE FUNCTION escalation_keep_figures()`,
    );
    // A return, a discussed agenda item or a moved session changes the stages: touching the escalation lets
    // its own trigger recompute them.
    await queryRunner.query(`
      CREATE FUNCTION escalation_transition_keep_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE escalation e SET first_triage_at = escalation_first_triage_at(e.id, e.triaged_at)
         WHERE e.id IN (SELECT n.escalation_id FROM inserted_transitions n WHERE n.transition = 'return');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER escalation_transition_figures AFTER INSERT ON "escalation_transition" REFERENCING NEW TABLE AS inserted_transitions FOR EACH STATEMENT EXECUTE FUNCTION escalation_transition_keep_figures()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION agenda_item_keep_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE escalation e SET first_session_at = escalation_first_session_at(e.id)
         WHERE e.id IN (SELECT n.escalation_id FROM changed_items n WHERE n.phase = 'discussed');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER agenda_item_inserted_figures AFTER INSERT ON "agenda_item" REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION agenda_item_keep_figures()`,
    );
    // Before and after: an item that stops being discussed (or moves) changes its escalation's first session too.
    await queryRunner.query(
      `CREATE TRIGGER agenda_item_updated_figures AFTER UPDATE ON "agenda_item" REFERENCING NEW TABLE AS changed_items FOR EACH STATEMENT EXECUTE FUNCTION agenda_item_keep_figures()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION agenda_item_keep_figures_before() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE escalation e SET first_session_at = escalation_first_session_at(e.id)
         WHERE e.id IN (SELECT o.escalation_id FROM old_items o WHERE o.phase = 'discussed');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER agenda_item_left_figures AFTER UPDATE ON "agenda_item" REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION agenda_item_keep_figures_before()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER agenda_item_deleted_figures AFTER DELETE ON "agenda_item" REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION agenda_item_keep_figures_before()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION actietafel_session_keep_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE escalation e SET first_session_at = escalation_first_session_at(e.id)
         WHERE e.id IN (SELECT ai.escalation_id FROM agenda_item ai
                         WHERE ai.session_id = NEW.id AND ai.phase = 'discussed');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER actietafel_session_figures AFTER UPDATE OF starts_at ON "actietafel_session" FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at) EXECUTE FUNCTION actietafel_session_keep_figures()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_open_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_region_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_region_closed"`);
    await queryRunner.query(`DROP TRIGGER actietafel_session_figures ON "actietafel_session"`);
    await queryRunner.query(`DROP FUNCTION actietafel_session_keep_figures()`);
    await queryRunner.query(`DROP TRIGGER agenda_item_deleted_figures ON "agenda_item"`);
    await queryRunner.query(`DROP TRIGGER agenda_item_left_figures ON "agenda_item"`);
    await queryRunner.query(`DROP FUNCTION agenda_item_keep_figures_before()`);
    await queryRunner.query(`DROP TRIGGER agenda_item_updated_figures ON "agenda_item"`);
    await queryRunner.query(`DROP TRIGGER agenda_item_inserted_figures ON "agenda_item"`);
    await queryRunner.query(`DROP FUNCTION agenda_item_keep_figures()`);
    await queryRunner.query(`DROP TRIGGER escalation_transition_figures ON "escalation_transition"`);
    await queryRunner.query(`DROP FUNCTION escalation_transition_keep_figures()`);
    await queryRunner.query(`DROP TRIGGER escalation_figures ON "escalation"`);
    await queryRunner.query(`DROP FUNCTION escalation_keep_figures()`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_municipality"`);
    await queryRunner.query(`DROP FUNCTION escalation_first_session_at(uuid)`);
    await queryRunner.query(`DROP FUNCTION escalation_first_triage_at(uuid, timestamptz)`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "first_session_at"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "first_triage_at"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "municipality_id"`);
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
