import type { CaseStatus } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MunicipalityEntity } from '../../regions/entities/municipality.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** A jongere's dossier. `case` is an SQL keyword, hence the table name. */
@Entity({ name: 'case_file' })
@Check('ck_case_file_status', `"status" IN ('open', 'closed')`)
@Check('ck_case_file_bsn', `"bsn" IS NULL OR "bsn" ~ '^[0-9]{9}$'`)
@Index('ix_case_file_name', ['lastName', 'firstName'])
// A covering index (INCLUDE) for the case list, which TypeORM cannot describe; it lives in the migration.
@Index('ix_case_file_list', { synchronize: false })
// The dashboard's signals about open cases (issue 7), partial and covering; they live in the migration.
@Index('ix_case_file_open_birth', { synchronize: false })
@Index('ix_case_file_open_without_plan', { synchronize: false })
@Index('ix_case_file_open_activity', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_file' })
  id!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** One dossier per jongere: a closed case is reopened, never opened twice (see the unique index's migration). */
  @Index('uq_case_file_bsn', { unique: true })
  @Column({ type: 'varchar', length: 9, nullable: true })
  bsn!: string | null;

  @Index('ix_case_file_municipality')
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_case_file_municipality' })
  municipality!: MunicipalityEntity;

  @Column({ name: 'school_or_work', type: 'varchar', length: 200, nullable: true })
  schoolOrWork!: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'contact_address', type: 'varchar', length: 300, nullable: true })
  contactAddress!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: CaseStatus;

  @Column({ name: 'closed_reason', type: 'varchar', length: 1000, nullable: true })
  closedReason!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** AVG art. 18: set while processing is restricted; the dossier is then kept and read, not changed. */
  @Column({ name: 'restricted_at', type: 'timestamptz', nullable: true })
  restrictedAt!: Date | null;

  @Column({ name: 'restricted_reason', type: 'varchar', length: 1000, nullable: true })
  restrictedReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_case_file_created_by' })
  creator!: UserEntity;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Index('ix_case_file_updated_at')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * The last change to the case's plan, actions or team: a saved toekomstplan version (also an action's
   * status), a team member added or removed, the casusregisseur handed over; the opening of the case
   * before any of those. Unlike `updated_at` it does not move with edits of the jongere's details, so it
   * says whether the work on the case stands still: the stagnation reminder is due 6 weeks after it, and
   * the dashboard's "stagnating cases" (issue 7) select on it. Set from the app's Clock in the
   * transaction of the change; the default only serves rows written outside the api.
   */
  @Index('ix_case_file_last_activity_at')
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /**
   * Whether the case has a saved toekomstplan, and whether its current plan's 18-/18+ checklist is open (an
   * item not done, or no checklist at all; so also without a plan). Kept by a trigger on every inserted
   * toekomstplan_version (migration 1763970000000-monitoring), whoever writes it (the api, the seed, the
   * benchmark's generator), so the dashboard's signals never parse a plan's jsonb.
   */
  @Column({ name: 'has_toekomstplan', type: 'boolean', default: false })
  hasToekomstplan!: boolean;

  @Column({ name: 'checklist_open', type: 'boolean', default: true })
  checklistOpen!: boolean;
}
