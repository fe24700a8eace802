import type { LadderLevel } from '@sluitend/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { EscalationEntity } from './escalation.entity';

/** One step up the escalation ladder (opschaling), with the deadline by which that level must act. */
@Entity({ name: 'escalation_ladder_step' })
@Index('ix_escalation_ladder_step_escalation', ['escalationId', 'at'])
export class LadderStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_escalation_ladder_step' })
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'fk_escalation_ladder_step_escalation' })
  escalation!: EscalationEntity;

  @Column({ type: 'varchar', length: 20 })
  level!: LadderLevel;

  @Column({ type: 'varchar', length: 4000 })
  reason!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_user_id', foreignKeyConstraintName: 'fk_escalation_ladder_step_by' })
  by!: UserEntity;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
