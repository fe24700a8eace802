import type { AgreementStatus } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { ActietafelSessionEntity } from './actietafel-session.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { EscalationEntity } from './escalation.entity';

/** An agreement (afspraak) made at a session, owned by a person or an organisation. */
@Entity({ name: 'agreement' })
@Index('ix_agreement_escalation', ['escalationId'])
@Index('ix_agreement_case', ['caseId'])
@Index('ix_agreement_session', ['sessionId'])
@Index('ix_agreement_owner_user', ['ownerUserId', 'status'])
@Index('ix_agreement_owner_organisation', ['ownerOrganisationId', 'status'])
@Index('ix_agreement_open_deadline', ['deadline'], { where: `"status" = 'open'` })
// The dashboard's overdue agreements: open ones made in a period (issue 7).
@Index('ix_agreement_open_created', ['createdAt'], { where: `"status" = 'open'` })
@Check('ck_agreement_owner', `"owner_user_id" IS NOT NULL OR "owner_organisation_id" IS NOT NULL`)
@Check('ck_agreement_dropped', `"status" <> 'dropped' OR "drop_reason" IS NOT NULL`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement' })
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'fk_agreement_escalation' })
  escalation!: EscalationEntity;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_agreement_case' })
  case!: CaseEntity;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ActietafelSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_agreement_session' })
  session!: ActietafelSessionEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_agreement_agenda_item' })
  agendaItem!: AgendaItemEntity;

  @Column({ type: 'varchar', length: 2000 })
  what!: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'fk_agreement_owner_user' })
  ownerUser!: UserEntity | null;

  /** The owning organisation; for a person, their organisation when the agreement was made. */
  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_organisation_id', foreignKeyConstraintName: 'fk_agreement_owner_organisation' })
  ownerOrganisation!: OrganisationEntity | null;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: AgreementStatus;

  @Column({ name: 'done_note', type: 'varchar', length: 2000, nullable: true })
  doneNote!: string | null;

  @Column({ name: 'drop_reason', type: 'varchar', length: 2000, nullable: true })
  dropReason!: string | null;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ name: 'settled_by', type: 'uuid', nullable: true })
  settledBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'settled_by', foreignKeyConstraintName: 'fk_agreement_settled_by' })
  settler!: UserEntity | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_agreement_created_by' })
  creator!: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
