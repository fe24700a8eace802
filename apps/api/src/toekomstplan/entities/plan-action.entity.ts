import type { ActionStatus } from '@sluitend/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';

/**
 * The actions of each case's current plan version, one row each, rewritten on every save:
 * "Mijn acties" and deadline reminders query this instead of digging through JSON of all plans.
 */
@Entity({ name: 'plan_action' })
@Index('ix_plan_action_owner_user', ['ownerUserId', 'deadline'])
export class PlanActionEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'pk_plan_action' })
  caseId!: string;

  @PrimaryColumn({ name: 'action_id', type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_plan_action' })
  actionId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_plan_action_case' })
  case!: CaseEntity;

  @Column({ type: 'varchar', length: 64 })
  domain!: string;

  @Column({ name: 'goal_description', type: 'varchar', length: 1000 })
  goalDescription!: string;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: ActionStatus;

  @Column({ name: 'plan_version', type: 'integer' })
  planVersion!: number;
}
