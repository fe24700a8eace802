import type { AgendaItemKind, AgendaItemPhase } from '@sluitend/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { ActietafelSessionEntity } from './actietafel-session.entity';
import { EscalationEntity } from './escalation.entity';

/** One escalation on a session's agenda, time-boxed, with what was said about it. */
@Entity({ name: 'agenda_item' })
@Unique('uq_agenda_item_session_escalation', ['sessionId', 'escalationId'])
@Index('ix_agenda_item_escalation', ['escalationId'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agenda_item' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ActietafelSessionEntity, (session) => session.agenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_agenda_item_session' })
  session!: ActietafelSessionEntity;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'fk_agenda_item_escalation' })
  escalation!: EscalationEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: AgendaItemKind;

  @Column({ name: 'minutes_planned', type: 'integer' })
  minutesPlanned!: number;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  phase!: AgendaItemPhase;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** The discussion summary. */
  @Column({ type: 'varchar', length: 8000, nullable: true })
  summary!: string | null;

  @VersionColumn()
  version!: number;
}
