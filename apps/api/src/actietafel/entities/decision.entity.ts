import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { EscalationEntity } from './escalation.entity';

/** A decision taken on an agenda item; at most one per item with doorzettingsmacht, always justified. */
@Entity({ name: 'decision' })
@Index('ix_decision_agenda_item', ['agendaItemId'])
@Index('ix_decision_escalation', ['escalationId'])
@Index('uq_decision_doorzettingsmacht', ['agendaItemId'], { unique: true, where: '"doorzettingsmacht"' })
@Check('ck_decision_justification', `NOT "doorzettingsmacht" OR "justification" IS NOT NULL`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_decision' })
  id!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_decision_agenda_item' })
  agendaItem!: AgendaItemEntity;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'fk_decision_escalation' })
  escalation!: EscalationEntity;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ type: 'boolean', default: false })
  doorzettingsmacht!: boolean;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  justification!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_decision_created_by' })
  creator!: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
