import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { UserEntity } from '../../users/entities/user.entity';

export const REMINDER_STATUSES = ['pending', 'delivered', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * The outbox of reminders: what must be reminded, to whom and when. Written in the same transaction as the
 * change it derives from; Postgres is the source of truth and BullMQ only carries the timing, so a lost job
 * is found again here (the reconciler) and a job that runs twice delivers once (`delivered_at` is set once).
 */
@Entity({ name: 'reminder' })
@Index('uq_reminder_key', ['key'], { unique: true })
@Index('ix_reminder_pending_due', ['dueAt'], { where: `"status" = 'pending'` })
@Index('ix_reminder_pending_unenqueued', ['createdAt'], { where: `"status" = 'pending' AND "enqueued_at" IS NULL` })
@Index('ix_reminder_subject', ['subjectId'])
@Index('ix_reminder_case', ['caseId'])
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reminder' })
  id!: string;

  /** Deterministic: kind, subject, due day and recipient; also the BullMQ job id, so a retry adds nothing twice. */
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  /** What it is about: an action, agreement, case, consent, escalation or session. */
  @Column({ name: 'subject_id', type: 'varchar', length: 100 })
  subjectId!: string;

  /** The case it belongs to, so closing a case cancels all of its reminders. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_reminder_case' })
  case!: CaseEntity | null;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_reminder_recipient' })
  recipient!: UserEntity;

  /** The Dutch calendar day it is due, and the moment (that morning, Europe/Amsterdam) it is sent. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** A title without personal data of a jongere, and the web app's path to the thing. */
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: ReminderStatus;

  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
