import type { EscalationOutcome, EscalationState, EscalationUrgency, LadderLevel, Sector } from '@sluitend/domain';
import {
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
import { CaseEntity } from '../../cases/entities/case.entity';
import { MunicipalityEntity } from '../../regions/entities/municipality.entity';
import { RegionEntity } from '../../regions/entities/region.entity';
import { ToekomstplanVersionEntity } from '../../toekomstplan/entities/toekomstplan-version.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { ActietafelSessionEntity } from './actietafel-session.entity';

/**
 * An escalation of a stuck case to the Actietafel of its region. The state only changes through the domain
 * state machine (escalation-state-machine.ts); every change is recorded in escalation_transition.
 */
@Entity({ name: 'escalation' })
@Index('ix_escalation_case', ['caseId'])
@Index('ix_escalation_region_state', ['regionId', 'state', 'submittedAt'])
// The monitoring dashboard selects by period of submission and of closing (issue 7); both indexes cover its
// figures with INCLUDE columns, which TypeORM cannot declare (migration 1763970000000-monitoring).
@Index('ix_escalation_region_submitted', { synchronize: false })
@Index('ix_escalation_region_closed', { synchronize: false })
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_escalation' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_escalation_case' })
  case!: CaseEntity;

  /** The region of the case's municipality when it was created: whose table handles it. */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_escalation_region' })
  region!: RegionEntity;

  /**
   * The case's municipality when the escalation was submitted (a draft: when made): the municipality its
   * figures and municipality filters count it for. Kept by a database trigger, never written by the api.
   */
  @Column({ name: 'municipality_id', type: 'uuid', insert: false, update: false })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_escalation_municipality' })
  municipality!: MunicipalityEntity;

  @Column({ type: 'varchar', length: 30 })
  state!: EscalationState;

  @Column({ name: 'state_since', type: 'timestamptz' })
  stateSince!: Date;

  @Column({ name: 'reason_code', type: 'varchar', length: 60, nullable: true })
  reasonCode!: string | null;

  @Column({ name: 'reason_text', type: 'varchar', length: 4000, default: '' })
  reasonText!: string;

  @Column({ name: 'what_was_tried', type: 'varchar', length: 4000, default: '' })
  whatWasTried!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  question!: string;

  @Column({ type: 'varchar', length: 10, default: 'normal' })
  urgency!: EscalationUrgency;

  @Column({ name: 'sectors_needed', type: 'varchar', array: true, default: () => "'{}'" })
  sectorsNeeded!: Sector[];

  /** The toekomstplan version as it was when the escalation was (re)submitted. */
  @Column({ name: 'plan_version_id', type: 'uuid', nullable: true })
  planVersionId!: string | null;

  @ManyToOne(() => ToekomstplanVersionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'fk_escalation_plan_version' })
  planVersion!: ToekomstplanVersionEntity | null;

  @Column({ name: 'ladder_level', type: 'varchar', length: 20, default: 'table' })
  ladderLevel!: LadderLevel;

  /** The session it is (or was first) on the agenda of. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => ActietafelSessionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_escalation_session' })
  session!: ActietafelSessionEntity | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: EscalationOutcome | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  evaluation!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_escalation_created_by' })
  creator!: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** First submission: the start of every lead time. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Accepted or rejected: the end of triage. */
  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The end of triage for the lead times: the earlier of `triagedAt` and the first return. Kept by a trigger. */
  @Column({ name: 'first_triage_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  firstTriageAt!: Date | null;

  /** The start of the first session that discussed it (its agenda item discussed). Kept by a trigger. */
  @Column({ name: 'first_session_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  firstSessionAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
