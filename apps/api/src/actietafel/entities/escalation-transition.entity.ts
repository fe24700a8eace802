import type { EscalationState, EscalationTransition } from '@sluitend/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { EscalationEntity } from './escalation.entity';

/** Who moved an escalation, when and why: append-only, one row per transition. */
@Entity({ name: 'escalation_transition' })
@Index('ix_escalation_transition_escalation', ['escalationId', 'at'])
export class EscalationTransitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_escalation_transition' })
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'fk_escalation_transition_escalation' })
  escalation!: EscalationEntity;

  @Column({ type: 'varchar', length: 30 })
  transition!: EscalationTransition;

  @Column({ name: 'from_state', type: 'varchar', length: 30 })
  fromState!: EscalationState;

  @Column({ name: 'to_state', type: 'varchar', length: 30 })
  toState!: EscalationState;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_user_id', foreignKeyConstraintName: 'fk_escalation_transition_by' })
  by!: UserEntity;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  why!: string | null;
}
