import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Actietafel: escalations with their transitions and ladder steps, sessions with invitees and agenda,
 * decisions and agreements, and in-app notifications (owners are told their agreements).
 */
export class Actietafel1763930000000 implements MigrationInterface {
  name = 'Actietafel1763930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "region_id" uuid NOT NULL, "state" character varying(30) NOT NULL, "state_since" TIMESTAMP WITH TIME ZONE NOT NULL, "reason_code" character varying(60), "reason_text" character varying(4000) NOT NULL DEFAULT '', "what_was_tried" character varying(4000) NOT NULL DEFAULT '', "question" character varying(2000) NOT NULL DEFAULT '', "urgency" character varying(10) NOT NULL DEFAULT 'normal', "sectors_needed" character varying array NOT NULL DEFAULT '{}', "plan_version_id" uuid, "ladder_level" character varying(20) NOT NULL DEFAULT 'table', "session_id" uuid, "outcome" character varying(20), "evaluation" character varying(4000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "triaged_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_escalation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_region_state" ON "escalation"  ("region_id", "state", "submitted_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_escalation_case" ON "escalation"  ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "escalation_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "minutes_planned" integer NOT NULL, "phase" character varying(20) NOT NULL DEFAULT 'pending', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "summary" character varying(8000), "version" integer NOT NULL, CONSTRAINT "uq_agenda_item_session_escalation" UNIQUE ("session_id", "escalation_id"), CONSTRAINT "pk_agenda_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agenda_item_escalation" ON "agenda_item"  ("escalation_id") `);
    await queryRunner.query(
      `CREATE TABLE "session_invitee" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "sector" character varying(30) NOT NULL, "attendance" character varying(20), "substitute_name" character varying(200), CONSTRAINT "pk_session_invitee" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_invitee_user" ON "session_invitee"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "actietafel_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'planned', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(300), "online_url" character varying(500), "chair_user_id" uuid NOT NULL, "minute_taker_user_id" uuid, "agenda_sent_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by" uuid, "minutes" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_actietafel_session_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_actietafel_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_actietafel_session_region_starts" ON "actietafel_session"  ("region_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "escalation_id" uuid NOT NULL, "case_id" uuid NOT NULL, "session_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "what" character varying(2000) NOT NULL, "owner_user_id" uuid, "owner_organisation_id" uuid, "deadline" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "done_note" character varying(2000), "drop_reason" character varying(2000), "settled_at" TIMESTAMP WITH TIME ZONE, "settled_by" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_agreement_dropped" CHECK ("status" <> 'dropped' OR "drop_reason" IS NOT NULL), CONSTRAINT "ck_agreement_owner" CHECK ("owner_user_id" IS NOT NULL OR "owner_organisation_id" IS NOT NULL), CONSTRAINT "pk_agreement" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_open_deadline" ON "agreement"  ("deadline") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_owner_organisation" ON "agreement"  ("owner_organisation_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_agreement_owner_user" ON "agreement"  ("owner_user_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_agreement_session" ON "agreement"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_agreement_case" ON "agreement"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "ix_agreement_escalation" ON "agreement"  ("escalation_id") `);
    await queryRunner.query(
      `CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "escalation_id" uuid NOT NULL, "text" character varying(4000) NOT NULL, "doorzettingsmacht" boolean NOT NULL DEFAULT false, "justification" character varying(4000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_decision_justification" CHECK (NOT "doorzettingsmacht" OR "justification" IS NOT NULL), CONSTRAINT "pk_decision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_decision_doorzettingsmacht" ON "decision"  ("agenda_item_id") WHERE "doorzettingsmacht"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_decision_escalation" ON "decision"  ("escalation_id") `);
    await queryRunner.query(`CREATE INDEX "ix_decision_agenda_item" ON "decision"  ("agenda_item_id") `);
    await queryRunner.query(
      `CREATE TABLE "escalation_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "escalation_id" uuid NOT NULL, "transition" character varying(30) NOT NULL, "from_state" character varying(30) NOT NULL, "to_state" character varying(30) NOT NULL, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "why" character varying(4000), CONSTRAINT "pk_escalation_transition" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_transition_escalation" ON "escalation_transition"  ("escalation_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "escalation_ladder_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "escalation_id" uuid NOT NULL, "level" character varying(20) NOT NULL, "reason" character varying(4000) NOT NULL, "deadline" date NOT NULL, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_escalation_ladder_step" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalation_ladder_step_escalation" ON "escalation_ladder_step"  ("escalation_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "subject_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notification_user_kind_subject" UNIQUE ("user_id", "kind", "subject_id"), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "toekomstplan_version"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_session" FOREIGN KEY ("session_id") REFERENCES "actietafel_session"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "fk_escalation_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_session" FOREIGN KEY ("session_id") REFERENCES "actietafel_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_escalation" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_invitee" ADD CONSTRAINT "fk_session_invitee_session" FOREIGN KEY ("session_id") REFERENCES "actietafel_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_invitee" ADD CONSTRAINT "fk_session_invitee_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actietafel_session" ADD CONSTRAINT "fk_actietafel_session_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actietafel_session" ADD CONSTRAINT "fk_actietafel_session_chair" FOREIGN KEY ("chair_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actietafel_session" ADD CONSTRAINT "fk_actietafel_session_minute_taker" FOREIGN KEY ("minute_taker_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actietafel_session" ADD CONSTRAINT "fk_actietafel_session_ended_by" FOREIGN KEY ("ended_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actietafel_session" ADD CONSTRAINT "fk_actietafel_session_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_escalation" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_session" FOREIGN KEY ("session_id") REFERENCES "actietafel_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_owner_user" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_owner_organisation" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_settled_by" FOREIGN KEY ("settled_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "fk_agreement_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "fk_decision_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "fk_decision_escalation" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "fk_decision_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_transition" ADD CONSTRAINT "fk_escalation_transition_escalation" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_transition" ADD CONSTRAINT "fk_escalation_transition_by" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_ladder_step" ADD CONSTRAINT "fk_escalation_ladder_step_escalation" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_ladder_step" ADD CONSTRAINT "fk_escalation_ladder_step_by" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await queryRunner.query(`ALTER TABLE "escalation_ladder_step" DROP CONSTRAINT "fk_escalation_ladder_step_by"`);
    await queryRunner.query(
      `ALTER TABLE "escalation_ladder_step" DROP CONSTRAINT "fk_escalation_ladder_step_escalation"`,
    );
    await queryRunner.query(`ALTER TABLE "escalation_transition" DROP CONSTRAINT "fk_escalation_transition_by"`);
    await queryRunner.query(
      `ALTER TABLE "escalation_transition" DROP CONSTRAINT "fk_escalation_transition_escalation"`,
    );
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_created_by"`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_escalation"`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision_agenda_item"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_created_by"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_settled_by"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_owner_organisation"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_owner_user"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_agenda_item"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_session"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_case"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "fk_agreement_escalation"`);
    await queryRunner.query(`ALTER TABLE "actietafel_session" DROP CONSTRAINT "fk_actietafel_session_created_by"`);
    await queryRunner.query(`ALTER TABLE "actietafel_session" DROP CONSTRAINT "fk_actietafel_session_ended_by"`);
    await queryRunner.query(`ALTER TABLE "actietafel_session" DROP CONSTRAINT "fk_actietafel_session_minute_taker"`);
    await queryRunner.query(`ALTER TABLE "actietafel_session" DROP CONSTRAINT "fk_actietafel_session_chair"`);
    await queryRunner.query(`ALTER TABLE "actietafel_session" DROP CONSTRAINT "fk_actietafel_session_region"`);
    await queryRunner.query(`ALTER TABLE "session_invitee" DROP CONSTRAINT "fk_session_invitee_user"`);
    await queryRunner.query(`ALTER TABLE "session_invitee" DROP CONSTRAINT "fk_session_invitee_session"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_escalation"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_session"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_created_by"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_session"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_plan_version"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_region"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "fk_escalation_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_ladder_step_escalation"`);
    await queryRunner.query(`DROP TABLE "escalation_ladder_step"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_transition_escalation"`);
    await queryRunner.query(`DROP TABLE "escalation_transition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_decision_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_decision_escalation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_decision_doorzettingsmacht"`);
    await queryRunner.query(`DROP TABLE "decision"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_escalation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_owner_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_owner_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_open_deadline"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_actietafel_session_region_starts"`);
    await queryRunner.query(`DROP TABLE "actietafel_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_invitee_user"`);
    await queryRunner.query(`DROP TABLE "session_invitee"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agenda_item_escalation"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalation_region_state"`);
    await queryRunner.query(`DROP TABLE "escalation"`);
  }
}
