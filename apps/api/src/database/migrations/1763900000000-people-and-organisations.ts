import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndOrganisations1763900000000 implements MigrationInterface {
  name = 'PeopleAndOrganisations1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_region_name" UNIQUE ("name"), CONSTRAINT "pk_region" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "region_id" uuid NOT NULL, CONSTRAINT "uq_municipality_region_name" UNIQUE ("region_id", "name"), CONSTRAINT "pk_municipality" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_municipality_region" ON "municipality" ("region_id")`);
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "sector" character varying(32) NOT NULL, "region_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisation_region_name" UNIQUE ("region_id", "name"), CONSTRAINT "ck_organisation_sector" CHECK ("sector" IN ('welzijn', 'jeugdhulp', 'werk-en-inkomen', 'onderwijs', 'gemeente')), CONSTRAINT "pk_organisation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organisation_region" ON "organisation" ("region_id")`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "organisation_id" uuid NOT NULL, "roles" character varying array NOT NULL, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "ck_app_user_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "ck_app_user_roles" CHECK ("roles" <@ ARRAY['professional', 'actietafel-coordinator', 'actietafel-chair', 'actietafel-member', 'admin']::varchar[] AND cardinality("roles") > 0), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_app_user_organisation" ON "app_user" ("organisation_id")`);
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "fk_municipality_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "fk_organisation_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Sessions live in Postgres so any number of API instances serve the same users (connect-pg-simple's schema).
    await queryRunner.query(
      `CREATE TABLE "http_session" ("sid" character varying NOT NULL, "sess" jsonb NOT NULL, "expire" TIMESTAMP(6) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_http_session" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_http_session_expire" ON "http_session" ("expire")`);
    await queryRunner.query(`CREATE INDEX "ix_http_session_user" ON "http_session" (("sess"->>'userId'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "http_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP TABLE "region"`);
  }
}
