import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The seven life domains of DOMAIN.md, for regions that existed before the column did. */
const DEFAULT_LIFE_DOMAINS = JSON.stringify([
  { key: 'wonen', label: 'Wonen' },
  { key: 'onderwijs-en-werk', label: 'Onderwijs en werk (incl. dagbesteding)' },
  { key: 'inkomen-en-schulden', label: 'Inkomen en schulden' },
  { key: 'gezondheid', label: 'Gezondheid (incl. psychisch en verslaving)' },
  { key: 'netwerk-en-relaties', label: 'Netwerk en relaties' },
  { key: 'vrije-tijd', label: 'Vrije tijd' },
  { key: 'veiligheid-en-justitie', label: 'Veiligheid en justitie' },
]);

export class CasesAndToekomstplan1763910000000 implements MigrationInterface {
  name = 'CasesAndToekomstplan1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region" ADD "life_domains" jsonb`);
    await queryRunner.query(`UPDATE "region" SET "life_domains" = $1::jsonb`, [DEFAULT_LIFE_DOMAINS]);
    await queryRunner.query(`ALTER TABLE "region" ALTER COLUMN "life_domains" SET NOT NULL`);

    await queryRunner.query(
      `CREATE TABLE "case_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "date_of_birth" date NOT NULL, "bsn" character varying(9), "municipality_id" uuid NOT NULL, "school_or_work" character varying(200), "contact_phone" character varying(40), "contact_email" character varying(254), "contact_address" character varying(300), "status" character varying(10) NOT NULL DEFAULT 'open', "closed_reason" character varying(1000), "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_case_file_bsn" CHECK ("bsn" IS NULL OR "bsn" ~ '^[0-9]{9}$'), CONSTRAINT "ck_case_file_status" CHECK ("status" IN ('open', 'closed')), CONSTRAINT "pk_case_file" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_file_bsn" ON "case_file" ("bsn")`);
    await queryRunner.query(`CREATE INDEX "ix_case_file_municipality" ON "case_file" ("municipality_id")`);
    await queryRunner.query(`CREATE INDEX "ix_case_file_updated_at" ON "case_file" ("updated_at")`);
    await queryRunner.query(`CREATE INDEX "ix_case_file_name" ON "case_file" ("last_name", "first_name")`);
    // Covers the case list: the caller's few hundred case ids are looked up without touching the table.
    await queryRunner.query(
      `CREATE INDEX "ix_case_file_list" ON "case_file" ("id") INCLUDE ("last_name", "first_name", "date_of_birth", "municipality_id", "status", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "kind" character varying(60) NOT NULL, "summary" character varying(300) NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "pk_case_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_event_case_at" ON "case_event" ("case_id", "at")`);
    await queryRunner.query(
      `CREATE TABLE "case_network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "relation" character varying(20) NOT NULL, "phone" character varying(40), "email" character varying(254), "note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_case_network_member_relation" CHECK ("relation" IN ('parent', 'guardian', 'jim', 'family', 'friend', 'other')), CONSTRAINT "pk_case_network_member" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_network_member_case" ON "case_network_member" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "case_team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "part" character varying(100) NOT NULL, "is_casusregisseur" boolean NOT NULL DEFAULT false, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_case_team_member_user" UNIQUE ("case_id", "user_id"), CONSTRAINT "pk_case_team_member" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_team_member_user" ON "case_team_member" ("user_id", "case_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_team_member_casusregisseur" ON "case_team_member" ("case_id") WHERE "is_casusregisseur"`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_action" ("case_id" uuid NOT NULL, "action_id" character varying(64) NOT NULL, "domain" character varying(64) NOT NULL, "goal_description" character varying(1000) NOT NULL, "description" character varying(1000) NOT NULL, "owner_user_id" uuid, "owner_organisation_id" uuid, "deadline" date, "status" character varying(20) NOT NULL, "plan_version" integer NOT NULL, CONSTRAINT "pk_plan_action" PRIMARY KEY ("case_id", "action_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_action_owner_user" ON "plan_action" ("owner_user_id", "deadline")`);
    await queryRunner.query(
      `CREATE TABLE "toekomstplan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "number" integer NOT NULL, "based_on" integer, "reason" character varying(20) NOT NULL, "content" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, CONSTRAINT "uq_toekomstplan_version_number" UNIQUE ("case_id", "number"), CONSTRAINT "ck_toekomstplan_version_reason" CHECK ("reason" IN ('save', 'action-status')), CONSTRAINT "pk_toekomstplan_version" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "fk_case_file_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "fk_case_file_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_event" ADD CONSTRAINT "fk_case_event_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_event" ADD CONSTRAINT "fk_case_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_network_member" ADD CONSTRAINT "fk_case_network_member_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_team_member" ADD CONSTRAINT "fk_case_team_member_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_team_member" ADD CONSTRAINT "fk_case_team_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_action" ADD CONSTRAINT "fk_plan_action_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "toekomstplan_version" ADD CONSTRAINT "fk_toekomstplan_version_case" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "toekomstplan_version" ADD CONSTRAINT "fk_toekomstplan_version_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "toekomstplan_version"`);
    await queryRunner.query(`DROP TABLE "plan_action"`);
    await queryRunner.query(`DROP TABLE "case_team_member"`);
    await queryRunner.query(`DROP TABLE "case_network_member"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "life_domains"`);
  }
}
