import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES_BEFORE = `'professional', 'actietafel-coordinator', 'actietafel-chair', 'actietafel-member', 'admin'`;
const ROLES_AFTER = `${ROLES_BEFORE}, 'privacy-officer'`;

/**
 * Consent registry, break-the-glass, erasure records and the access log (NEN 7513).
 *
 * The access log is append-only by trigger rather than by privileges alone: the triggers fire for every
 * role, the table owner included, so no code path of the application can rewrite history. The one
 * exception is pruning by the retention term, which only `prune_audit_events` may do; it records the hash
 * of the last pruned event, so the chain stays verifiable from there.
 */
export class PrivacyAndAccess1763920000000 implements MigrationInterface {
  name = 'PrivacyAndAccess1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_roles"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "ck_app_user_roles" CHECK ("roles" <@ ARRAY[${ROLES_AFTER}]::varchar[] AND cardinality("roles") > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "case_file" ADD "restricted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD "restricted_reason" character varying(1000)`);

    await queryRunner.query(
      `CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "scope" character varying(20) NOT NULL, "organisation_id" uuid, "sector" character varying(30), "purpose" character varying(30) NOT NULL, "basis" character varying(20) NOT NULL, "given_by" character varying array NOT NULL DEFAULT '{}', "legal_ground" character varying(40), "note" character varying(1000), "given_on" date NOT NULL, "valid_until" date, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" character varying(1000), "withdrawn_by" uuid, "version" integer NOT NULL, CONSTRAINT "ck_consent_basis" CHECK (("basis" = 'consent' AND cardinality("given_by") > 0) OR ("basis" = 'legal-ground' AND "legal_ground" IS NOT NULL)), CONSTRAINT "ck_consent_scope" CHECK (("scope" = 'organisation' AND "organisation_id" IS NOT NULL) OR ("scope" = 'sector' AND "sector" IS NOT NULL)), CONSTRAINT "pk_consent" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_consent_case" ON "consent" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "emergency_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_emergency_access" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_emergency_access_user" ON "emergency_access" ("user_id", "granted_at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_emergency_access_case_user" ON "emergency_access" ("case_id", "user_id", "expires_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "erasure_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "reason" character varying(1000) NOT NULL, "erased_by" uuid, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed" jsonb NOT NULL, CONSTRAINT "pk_erasure_record" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_erasure_record_erased_at" ON "erasure_record" ("erased_at")`);
    for (const [table, constraint, column, target, onDelete] of [
      ['consent', 'fk_consent_case', 'case_id', 'case_file', 'CASCADE'],
      ['consent', 'fk_consent_organisation', 'organisation_id', 'organisation', 'RESTRICT'],
      ['consent', 'fk_consent_recorded_by', 'recorded_by', 'app_user', 'RESTRICT'],
      ['consent', 'fk_consent_withdrawn_by', 'withdrawn_by', 'app_user', 'RESTRICT'],
      ['emergency_access', 'fk_emergency_access_case', 'case_id', 'case_file', 'CASCADE'],
      ['emergency_access', 'fk_emergency_access_user', 'user_id', 'app_user', 'RESTRICT'],
      ['erasure_record', 'fk_erasure_record_erased_by', 'erased_by', 'app_user', 'RESTRICT'],
    ]) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "audit_event" ("sequence" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid, "organisation_id" uuid, "roles" character varying array NOT NULL, "on_behalf_of" character varying(200), "case_ids" uuid array NOT NULL, "action" character varying(30) NOT NULL, "resource" character varying(60) NOT NULL, "fields" character varying array NOT NULL, "ground" character varying(30) NOT NULL, "ground_reference" character varying(64), "reason" character varying(1000), "ip" character varying(64), "session_digest" character varying(64), "previous_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "pk_audit_event" PRIMARY KEY ("sequence"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_user_at" ON "audit_event" ("user_id", "at")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_at" ON "audit_event" ("at")`);
    // "Who looked at this case" must not scan the whole log.
    await queryRunner.query(`CREATE INDEX "ix_audit_event_case_ids" ON "audit_event" USING gin ("case_ids")`);
    // One row: the head of the hash chain. Locking it orders concurrent writers into one chain.
    await queryRunner.query(
      `CREATE TABLE "audit_chain_head" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "sequence" bigint NOT NULL, "hash" character varying(64) NOT NULL, "pruned_through" bigint NOT NULL DEFAULT 0, "pruned_hash" character varying(64) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_chain_head" ("id", "sequence", "hash", "pruned_hash") VALUES (1, 0, repeat('0', 64), repeat('0', 64))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('sluitend.audit_prune', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_immutable()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION prune_audit_events(cutoff timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        last_sequence bigint;
        last_hash varchar(64);
        removed bigint;
      BEGIN
        PERFORM 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        SELECT sequence, hash INTO last_sequence, last_hash FROM audit_event
          WHERE at < cutoff ORDER BY sequence DESC LIMIT 1;
        IF last_sequence IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('sluitend.audit_prune', 'on', true);
        DELETE FROM audit_event WHERE sequence <= last_sequence;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('sluitend.audit_prune', 'off', true);
        UPDATE audit_chain_head SET pruned_through = last_sequence, pruned_hash = last_hash WHERE id = 1;
        RETURN removed;
      END $$`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION prune_audit_events(timestamptz)`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_immutable()`);
    await queryRunner.query(`DROP TABLE "erasure_record"`);
    await queryRunner.query(`DROP TABLE "emergency_access"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "restricted_reason"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "restricted_at"`);
    await queryRunner.query(
      `DELETE FROM "app_user" WHERE 'privacy-officer' = ANY("roles") AND cardinality("roles") = 1`,
    );
    await queryRunner.query(`UPDATE "app_user" SET "roles" = array_remove("roles", 'privacy-officer')`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_roles"`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "ck_app_user_roles" CHECK ("roles" <@ ARRAY[${ROLES_BEFORE}]::varchar[] AND cardinality("roles") > 0)`,
    );
  }
}
