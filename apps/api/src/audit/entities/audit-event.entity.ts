import type { AccessGround, AuditAction, Role } from '@sluitend/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The access log (NEN 7513). Append-only: triggers in the migration refuse UPDATE, DELETE and TRUNCATE, and
 * each row's hash covers its content and its predecessor's hash. No foreign keys: the log outlives what it
 * is about (an erased case, a removed user) and must not block it.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_at', ['at'])
@Index('ix_audit_event_user_at', ['userId', 'at'])
@Index('ix_audit_event_subject_at', ['subjectId', 'at'])
@Index('ix_audit_event_case_ids', { synchronize: false })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  sequence!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'varchar', array: true })
  roles!: Role[];

  @Column({ name: 'on_behalf_of', type: 'varchar', length: 200, nullable: true })
  onBehalfOf!: string | null;

  @Column({ name: 'case_ids', type: 'uuid', array: true })
  caseIds!: string[];

  @Column({ type: 'varchar', length: 30 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 60 })
  resource!: string;

  @Column({ type: 'varchar', array: true })
  fields!: string[];

  @Column({ type: 'varchar', length: 30 })
  ground!: AccessGround;

  @Column({ name: 'ground_reference', type: 'varchar', length: 64, nullable: true })
  groundReference!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'session_digest', type: 'varchar', length: 64, nullable: true })
  sessionDigest!: string | null;

  /** The user, organisation or region an administrative event is about (`resource` says which). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'previous_hash', type: 'varchar', length: 64 })
  previousHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
